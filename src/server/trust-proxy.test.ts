import { describe, expect, it } from "vitest";
import { testApp } from "../test-support/app.js";
import type { TrustProxy } from "../trust-proxy.js";

/** Three sign-in attempts from each of two people behind one reverse proxy at 10.0.0.1. */
const attemptsBehindOneProxy = async (trustProxy: TrustProxy) => {
  const t = await testApp("sqlite", { referenceCase: false, loginRateLimit: 2, trustProxy });
  try {
    const statuses: Record<string, number[]> = { amina: [], pablo: [] };
    for (const [who, address] of [
      ["amina", "203.0.113.5"],
      ["amina", "203.0.113.5"],
      ["amina", "203.0.113.5"],
      ["pablo", "198.51.100.7"],
    ] as const) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/session",
        remoteAddress: "10.0.0.1",
        headers: { "x-forwarded-for": address },
        payload: { email: `${who}@example.org`, password: "wrong password" },
      });
      statuses[who]!.push(res.statusCode);
    }
    return statuses;
  } finally {
    await t.close();
  }
};

describe("sign-in budgets behind a reverse proxy", () => {
  it("are per client when TRUST_PROXY names the proxy, by hops or by address", async () => {
    const expected = { amina: [401, 401, 429], pablo: [401] };
    expect(await attemptsBehindOneProxy(1)).toEqual(expected);
    expect(await attemptsBehindOneProxy(["10.0.0.1"])).toEqual(expected);
  });

  it("are shared by everyone behind the proxy when it is not trusted", async () => {
    expect(await attemptsBehindOneProxy(false)).toEqual({ amina: [401, 401, 429], pablo: [429] });
  });
});
