import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

/** The boundary messages ESLint reports for one import written in a file of a given layer. */
const violations = async (filePath: string, specifier: string): Promise<string[]> => {
  const [result] = await eslint.lintText(`import { x } from "${specifier}";\nexport const y = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
};

describe("layer boundaries", () => {
  it.each([
    ["src/store/amendments/rows.ts", "../../server/route.js"],
    ["src/store/drafts.ts", "../commands/amendments/propose.js"],
    ["src/commands/amendments/propose.ts", "../../server/auth.js"],
    ["src/documents/sources.ts", "../server/app.js"],
    ["src/live/hub.ts", "../web/live/useLiveSitting.js"],
    ["src/web/drafts/DraftPage.tsx", "../../store/drafts.js"],
  ])("refuses %s importing %s", async (file, specifier) => {
    expect(await violations(file, specifier)).toHaveLength(1);
  });

  it.each([
    "src/store/committee/votes.ts",
    "src/store/drafts.ts",
    "src/store/sittings.ts",
    "src/store/amendments/rows.ts",
    "src/store/committee/recommendations.ts",
  ])("refuses %s deciding who may: can() is the commands' and their read functions'", async (filePath) => {
    const [result] = await eslint.lintText(`import { can } from "../../domain/authorization.js";\nexport const y = can;\n`, { filePath });
    expect((result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports")).toHaveLength(1);
  });

  it("lets the commands' read functions decide with can()", async () => {
    expect(await violations("src/commands/votes/read.ts", "../../domain/authorization.js")).toEqual([]);
  });

  /** The messages of the thin-route rule for a query written in a file. */
  const queries = async (filePath: string, call: string): Promise<string[]> => {
    const code = `import type { Kysely } from "kysely";\nexport const f = (db: Kysely<never>) => ${call};\n`;
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
  };

  it.each([
    ["src/server/routes/session.ts", `db.selectFrom("sign_in_tokens").selectAll().execute()`],
    ["src/server/routes/mail/password-reset.ts", `db.updateTable("accounts").set({}).execute()`],
    ["src/server/routes/tasks/tasks.ts", `db.insertInto("sessions").values({}).execute()`],
    ["src/server/routes/amendments/amendments.ts", `db.transaction().execute((trx) => trx.deleteFrom("sessions").execute())`],
  ])("refuses %s building a query: routes call commands", async (file, call) => {
    const messages = await queries(file, call);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/call a command/);
  });

  it.each([
    ["src/commands/session/sign-out.ts", `db.deleteFrom("sessions").execute()`],
    ["src/store/accounts.ts", `db.selectFrom("accounts").selectAll().execute()`],
    ["src/server/routes/session.test.ts", `db.selectFrom("events").selectAll().execute()`],
  ])("lets %s build a query", async (file, call) => {
    expect(await queries(file, call)).toEqual([]);
  });

  it.each([
    ["src/commands/amendments/propose.ts", "../../store/drafts.js"],
    ["src/server/routes/amendments/amendments.ts", "../../../commands/amendments/propose.js"],
    ["src/web/drafts/DraftPage.tsx", "../../api/amendments.js"],
  ])("lets %s import %s", async (file, specifier) => {
    expect(await violations(file, specifier)).toEqual([]);
  });
});
