import { z } from "zod";
import { errorBodySchema } from "../api/errors.js";
import { routeRegistry } from "./route.js";

const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" });

/** The OpenAPI 3 document, generated from the same zod schemas that check requests and answers. */
export const buildOpenApi = (version: string) => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routeRegistry) {
    const parameters = [
      ...Object.keys((r.params as z.ZodObject | undefined)?.shape ?? {}).map((name) => ({
        name,
        in: "path",
        required: true,
        schema: { type: "string" },
      })),
      ...Object.entries((r.query as z.ZodObject | undefined)?.shape ?? {}).map(([name, s]) => ({
        name,
        in: "query",
        required: false,
        schema: jsonSchema(s as z.ZodType, "input"),
      })),
    ];
    const status = String(r.status ?? 200);
    (paths[r.url] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      parameters,
      ...(r.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(r.body, "input") } } } } : {}),
      responses: {
        [status]:
          status === "204"
            ? { description: "Done" }
            : { description: "OK", content: { "application/json": { schema: jsonSchema(r.response, "output") } } },
        default: {
          description: "An error from the catalogue",
          content: { "application/json": { schema: jsonSchema(errorBodySchema, "output") } },
        },
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "Rapporteur API", version, description: "Deliberation on draft resolutions: sittings, groups, amendments." },
    paths,
  };
};
