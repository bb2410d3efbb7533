import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";
import { parseTrustProxy } from "./trust-proxy.js";

describe("TRUST_PROXY", () => {
  it("trusts no proxy by default, a number of hops, or listed addresses and ranges", () => {
    expect(parseTrustProxy(undefined)).toEqual({ ok: false });
    expect(parseTrustProxy("0")).toEqual({ ok: false });
    expect(parseTrustProxy("2")).toEqual({ ok: 2 });
    expect(parseTrustProxy("10.0.0.1, 192.168.0.0/16,::1,loopback")).toEqual({ ok: ["10.0.0.1", "192.168.0.0/16", "::1", "loopback"] });
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
  });

  it("stops the start on a value that would trust anyone or is not an address", () => {
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/number of proxies/);
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.1,proxy.example.org" })).toThrow(/proxy\.example\.org is not an address/);
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.0/33" })).toThrow(/10\.0\.0\.0\/33/);
    expect(() => loadConfig({ TRUST_PROXY: "99" })).toThrow(/at most 32/);
  });
});
