import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, requests, setCsrfToken } from "../api/client.js";
import { loadEarly } from "../api/early.js";
import type { Account, SessionResponse } from "../api/types.js";

export interface Session {
  readonly status: "loading" | "ready";
  readonly account: Account | null;
  readonly signIn: (email: string, password: string) => Promise<Account | null>;
  readonly signInWithLink: (token: string) => Promise<Account | null>;
  /** Sets a new password; the current one is needed once a password is set (see PasswordForm). */
  readonly setPassword: (password: string, currentPassword?: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const linkSignIns = new Map<string, Promise<SessionResponse>>();

/** A sign-in link works once: the same token is never sent twice, even if a page mounts twice. */
const redeemLink = (token: string): Promise<SessionResponse> => {
  let pending = linkSignIns.get(token);
  if (!pending) {
    pending = api.session.signInWithLink({ body: { token } });
    linkSignIns.set(token, pending);
  }
  return pending;
};

/** Holds who is signed in and the CSRF token that goes with the session cookie. */
export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [status, setStatus] = useState<Session["status"]>("loading");
  const [account, setAccount] = useState<Account | null>(null);

  const accept = useCallback((session: SessionResponse): Account | null => {
    setCsrfToken(session.csrfToken);
    setAccount(session.account);
    setStatus("ready");
    return session.account;
  }, []);

  useEffect(() => {
    loadEarly<SessionResponse>(requests.session.get().url).then(accept, () => accept({ account: null, csrfToken: null }));
  }, [accept]);

  const value = useMemo<Session>(
    () => ({
      status,
      account,
      signIn: async (email, password) => accept(await api.session.signIn({ body: { email, password } })),
      signInWithLink: async (token) => accept(await redeemLink(token)),
      setPassword: async (password, currentPassword) => {
        await api.session.setPassword({ body: { password, ...(currentPassword === undefined ? {} : { currentPassword }) } });
      },
      signOut: async () => {
        await api.session.signOut();
        accept(await api.session.get());
      },
    }),
    [status, account, accept],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
};
