import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { routes } from "../api/routes.js";
import { routeTable, routeTablePlugin } from "./route-table-plugin.js";

describe("the route table the web app is built with", () => {
  it("holds every route of the contract with its method and address, and marks those that take a body", () => {
    const table = routeTable();
    const flat = (t: Record<string, Record<string, unknown>>) =>
      Object.entries(t).flatMap(([f, actions]) => Object.keys(actions).map((a) => `${f}.${a}`));
    expect(flat(table)).toEqual(flat(routes));
    for (const [feature, actions] of Object.entries(routes))
      for (const [action, route] of Object.entries(actions)) {
        const entry = table[feature]![action]!;
        expect(entry).toEqual({ method: route.method, url: route.url, ...("body" in route ? { body: true } : {}) });
      }
  });

  it("stands in for the contract's routes module only, with a module of plain data", () => {
    const plugin = routeTablePlugin();
    const load = plugin.load as (id: string) => string | null;
    const routesModule = fileURLToPath(new URL("../api/routes.ts", import.meta.url));
    const code = load(`${routesModule}?v=1`);
    expect(code).toMatch(/^export const routes = \{/);
    expect(JSON.parse(code!.replace("export const routes = ", "").replace(/;\n$/, ""))).toEqual(routeTable());
    expect(load(fileURLToPath(new URL("../api/setup.ts", import.meta.url)))).toBeNull();
  });
});
