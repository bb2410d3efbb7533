import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { PUBLIC, type Principal } from "../domain/authorization.js";
import { DomainError } from "../domain/errors.js";
import { refusal } from "../domain/refusals.js";
import { accountView, findSession, principalOf, type AccountView } from "../store/accounts.js";
import type { Store } from "../store/database.js";

export const SESSION_COOKIE = "rapporteur_session";

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal;
    account: AccountView | null;
    csrfToken: string | null;
    sessionId: string | null;
  }
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Who is asking, from the session cookie; the public when there is none or it expired. */
export const resolveSession = async (store: Store, secret: string | undefined) => {
  if (!secret) return null;
  const session = await findSession(store.db, secret, new Date().toISOString());
  if (!session) return null;
  const account = await accountView(store.db, session.account_id);
  return account ? { session, account } : null;
};

/**
 * Resolves the principal of every request and defends cookie-authenticated writes against CSRF:
 * the session's token must come back in `x-csrf-token`, and a cross-site Origin is refused.
 */
export const registerAuth = (app: FastifyInstance, store: Store): void => {
  app.decorateRequest("principal", null as unknown as Principal);
  app.decorateRequest("account", null);
  app.decorateRequest("csrfToken", null);
  app.decorateRequest("sessionId", null);
  app.addHook("onRequest", async (request: FastifyRequest) => {
    request.principal = PUBLIC;
    if (!request.url.startsWith("/api/")) return;
    if (UNSAFE.has(request.method)) checkOrigin(request);
    const resolved = await resolveSession(store, request.cookies[SESSION_COOKIE]);
    if (!resolved) return;
    request.principal = principalOf(resolved.account);
    request.account = resolved.account;
    request.csrfToken = resolved.session.csrf_token;
    request.sessionId = resolved.session.id;
    if (UNSAFE.has(request.method) && request.headers["x-csrf-token"] !== resolved.session.csrf_token) {
      throw new DomainError("csrf_failed", "This write needs the x-csrf-token header of your session");
    }
  });
};

const checkOrigin = (request: FastifyRequest): void => {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new DomainError("csrf_failed", "The Origin header is malformed");
  }
  if (host !== request.headers.host) throw new DomainError("csrf_failed", "Cross-site writes are refused");
};

/** Throws 401 unless someone is signed in. */
export const requireAccount = (request: FastifyRequest): AccountView => {
  if (!request.account) throw refusal("sign_in_first");
  return request.account;
};

export const setSessionCookie = (reply: FastifyReply, secret: string, expiresAt: string, secure: boolean): void => {
  reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    expires: new Date(expiresAt),
  });
};
