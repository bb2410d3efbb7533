import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { routes } from "../api/routes.js";

const ROUTES_MODULE = fileURLToPath(new URL("../api/routes.ts", import.meta.url));

/** What the web app's client reads of a route at run time: its method, its address, whether it takes a body. */
export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly body?: true;
}

/** The method and address of every route of the contract, and whether it takes a body. */
export const routeTable = (): Record<string, Record<string, RouteEntry>> =>
  Object.fromEntries(
    Object.entries(routes).map(([feature, actions]) => [
      feature,
      Object.fromEntries(
        Object.entries(actions).map(([action, route]): [string, RouteEntry] => [
          action,
          { method: route.method, url: route.url, ...("body" in route && route.body ? { body: true } : {}) },
        ]),
      ),
    ]),
  );

/**
 * The web app's copy of the contract's route table, made from it at build time: the app takes its types from the
 * contract's schemas and, at run time, only each route's method, address and whether it sends a body (`body: true`
 * instead of the body's schema), so the schemas and their library stay out of the pages that do not check a form.
 */
export const routeTablePlugin = (): Plugin => ({
  name: "rapporteur-route-table",
  enforce: "pre",
  load(id) {
    return id.split("?")[0] === ROUTES_MODULE ? `export const routes = ${JSON.stringify(routeTable())};\n` : null;
  },
});
