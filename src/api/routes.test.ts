import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeRegistry, type AnyRoute } from "../server/route.js";
import { testApp, type TestApp } from "../test-support/app.js";
import { routes, type ApiRoute } from "./routes.js";

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const contract: [string, ApiRoute][] = Object.entries(routes).flatMap(([feature, actions]) =>
  Object.entries(actions as Record<string, ApiRoute>).map(([action, route]): [string, ApiRoute] => [`${feature}.${action}`, route]),
);

describe("the API contract", () => {
  let t: TestApp;
  let registered: Map<string, AnyRoute>;

  beforeAll(async () => {
    t = await testApp("sqlite");
    registered = new Map(routeRegistry.map((r) => [key(r), r]));
  });
  afterAll(async () => t.close());

  it("names every route the server registers, once", () => {
    expect(new Set(contract.map(([, r]) => key(r))).size).toBe(contract.length);
    expect([...registered.keys()].sort()).toEqual(contract.map(([, r]) => key(r)).sort());
  });

  it("is what the server checks: the same schemas for params, query, body and answer", () => {
    for (const [name, route] of contract) {
      const server = registered.get(key(route));
      for (const part of ["params", "query", "body", "response"] as const) expect(server?.[part], `${name} ${part}`).toBe(route[part]);
    }
  });
});
