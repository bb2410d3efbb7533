/** A failed API call, carrying the server's stable error code and field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly { readonly path: string; readonly message: string }[] = [],
    /** What the server adds to explain the refusal, e.g. the current state of a stale subject. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session; every cookie-authenticated write sends it. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

interface RequestOptions {
  readonly method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

const errorFrom = async (response: Response): Promise<ApiError> => {
  try {
    const json = (await response.json()) as { error?: { code?: string; message?: string; issues?: ApiError["issues"]; details?: unknown } };
    const error = json.error ?? {};
    return new ApiError(response.status, error.code ?? "unknown", error.message ?? response.statusText, error.issues ?? [], error.details);
  } catch {
    return new ApiError(response.status, response.status === 429 ? "rate_limited" : "unknown", response.statusText);
  }
};

/** Calls the JSON API; resolves with the parsed body (undefined for 204) or rejects with an ApiError. */
export const api = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network", cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
};
