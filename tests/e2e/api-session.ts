import type { RunningServer } from "./server.js";

/** The secretariat's API session: cookie and CSRF token, as the web app holds them. */
export interface ApiSession {
  readonly cookie: string;
  readonly csrf: string;
}

/** Signs in with the server's one-time link through the API, without a browser. */
export const signInByApi = async (server: RunningServer): Promise<ApiSession> => {
  const token = new URL(server.signInLink).searchParams.get("token");
  const res = await fetch(`${server.baseUrl}/api/v1/session/link`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
};

/** Calls the API in a session; an answer of 300 or more fails the test with its body. */
export const caller =
  (server: RunningServer, session: ApiSession) =>
  async <T = Record<string, unknown>>(method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        cookie: session.cookie,
        "x-csrf-token": session.csrf,
        accept: "application/json",
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
