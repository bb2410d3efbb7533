import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { startServer, type Running } from "../runtime.js";

describe("starting with RAPPORTEUR_REFERENCE_STAGE", () => {
  let running: Running | null = null;
  afterEach(async () => {
    await running?.stop();
    running = null;
  });

  it("plays the reference case to the stage on the first start, still prints the secretariat's link, and leaves it alone on the next", async () => {
    const env = {
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      RAPPORTEUR_REFERENCE_STAGE: "committee",
      DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), "rapporteur-")), "stage.db")}`,
    };
    const lines: string[] = [];
    running = await startServer(loadConfig(env), (line) => lines.push(line));
    expect(lines.some((l) => l.includes("sign-in/link?token="))).toBe(true);
    expect(lines).toContain(
      'Loaded the reference case at stage "committee" (groups, plenary, committee), dated as in Madrid, 26–28 November 2021.',
    );
    const sitting = ((await (await fetch(`${running.url}/api/v1/sittings`)).json()) as { sittings: { id: string }[] }).sittings[0]!;
    const detail = (await (await fetch(`${running.url}/api/v1/sittings/${sitting.id}`)).json()) as { draftResolutions: { id: string }[] };
    const list = (await (await fetch(`${running.url}/api/v1/drafts/${detail.draftResolutions[0]!.id}/amendments`)).json()) as {
      amendments: { status: string }[];
    };
    expect(list.amendments.filter((a) => a.status === "submitted")).toHaveLength(9);
    const events = await running.store.db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    await running.stop();

    lines.length = 0;
    running = await startServer(loadConfig(env), (line) => lines.push(line));
    expect(lines).toContain('The reference case is already at stage "committee"; nothing loaded.');
    expect(
      await running.store.db
        .selectFrom("events")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow(),
    ).toEqual(events);
  }, 60_000);
});
