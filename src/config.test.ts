import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseDatabaseUrl } from "./config.js";

describe("configuration", () => {
  it("defaults to the SQLite file ./data/rapporteur.db", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: "sqlite", path: "./data/rapporteur.db" });
  });

  it("reads sqlite: and postgres:// URLs", () => {
    expect(parseDatabaseUrl("sqlite:/tmp/x.db")).toEqual({ kind: "sqlite", path: "/tmp/x.db" });
    expect(parseDatabaseUrl("postgres://u@h:5432/db").kind).toBe("postgres");
  });

  it("stops on a bad DATABASE_URL with what to fix, hiding the password", () => {
    expect(() => parseDatabaseUrl("mysql://u:secret@h/db")).toThrow(ConfigError);
    expect(() => parseDatabaseUrl("mysql://u:secret@h/db")).toThrow(/sqlite: or postgres:\/\/.*u:\*\*\*@/);
    expect(() => parseDatabaseUrl("sqlite:")).toThrow(/file path/);
  });

  it("stops on a bad PORT or REDIS_URL naming the variable", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrow(/PORT/);
    expect(() => loadConfig({ REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL/);
  });

  it("starts empty when RAPPORTEUR_EMPTY=1", () => {
    expect(loadConfig({ RAPPORTEUR_EMPTY: "1" }).loadReferenceCase).toBe(false);
    expect(loadConfig({}).loadReferenceCase).toBe(true);
    expect(loadConfig({}).port).toBe(3000);
  });
});
