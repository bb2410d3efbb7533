import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../test-support/app.js";
import { caller } from "../test-support/factories.js";
import { storeKinds } from "../test-support/stores.js";
import { loadReferenceStage } from "./load.js";
import { CHILDREN_CAMPAIGNS_REVISED, OP2_COMPROMISE } from "./adopted.js";
import { DELEGATE_AMENDMENTS } from "./committee-wording.js";
import { RECOMMENDATIONS } from "./plenary-wording.js";
import { REFERENCE_STAGES } from "./stages.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The reference case with its secretariat, and a way to read the API as the secretariat. */
const referenceWithStaff = async (kind: "sqlite" | "postgres") => {
  const t = await testApp(kind);
  await accountWith(t, "admin@rapporteur.local", [{ role: "secretariat", scope: null }]);
  const staff = await signIn(t, "admin@rapporteur.local");
  const get = async (url: string): Promise<Json> => {
    const res = await caller(t)(staff, "GET", url);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json() as Json;
  };
  const sitting = (await get("/api/v1/sittings")).sittings[0];
  const detail = await get(`/api/v1/sittings/${sitting.id}`);
  return { t, get, draftId: detail.draftResolutions[0].id as string, groups: (detail.groups as Json[]).map((g) => g.id as string) };
};

/** Positions of the event log, which must run 1, 2, 3 … without a gap. */
const positions = async (t: TestApp) =>
  (await t.store.db.selectFrom("events").select("position").orderBy("position").execute()).map((e) => Number(e.position));

/** What a stage leaves behind, without ids or clock-independent noise: to compare two ways of loading. */
const fingerprint = async (t: TestApp) => {
  const db = t.store.db;
  const events = await db.selectFrom("events").select(["type", "time"]).orderBy("position").execute();
  const amendments = await db
    .selectFrom("amendments")
    .select(["number", "status", "action", "language", "data"])
    .orderBy("number")
    .execute();
  const paragraphs = await db
    .selectFrom("paragraphs")
    .innerJoin("draft_resolutions", "draft_resolutions.id", "paragraphs.draft_id")
    .select(["draft_resolutions.stage", "paragraphs.position", "paragraphs.data"])
    .orderBy("draft_resolutions.stage")
    .orderBy("paragraphs.position")
    .execute();
  const names = new Map<string, string>();
  for (const p of paragraphs) {
    const row = await db.selectFrom("paragraphs").select(["id", "data"]).where("position", "=", p.position).execute();
    for (const x of row) {
      const stage = `${p.stage}:${p.position}`;
      if (p.data === x.data) names.set(x.id, stage);
      (JSON.parse(x.data) as { subParagraphs: { id: string }[] }).subParagraphs.forEach(
        (sub, i) => p.data === x.data && names.set(sub.id, `${stage}.${i}`),
      );
    }
  }
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  const strip = (data: string) =>
    JSON.stringify(JSON.parse(data, (_k, v: unknown) => (typeof v === "string" ? v.replace(uuid, (m) => names.get(m) ?? "id") : v)));
  return {
    events: events.map((e) => (e.time.startsWith("2021") ? `${e.type}@${e.time}` : e.type)),
    amendments: amendments.map((a) => ({ ...a, data: strip(a.data) })),
    paragraphs: paragraphs.map((p) => ({ ...p, data: strip(p.data) })),
  };
};

describe.each(storeKinds())("the reference case played stage by stage on %s", (kind) => {
  let r: Awaited<ReturnType<typeof referenceWithStaff>>;
  beforeAll(async () => {
    r = await referenceWithStaff(kind);
  });
  afterAll(async () => r.t.close());

  it("groups: chairs and rapporteurs designated, members joined, turns in the hall and remote, contributions tied to paragraphs", async () => {
    expect(await loadReferenceStage(r.t.store, "groups")).toContain('stage "groups"');
    for (const [i, g] of r.groups.entries()) {
      const designations = (await r.get(`/api/v1/designations?groupId=${g}`)).designations as Json[];
      expect(designations.map((d) => `${d.function}:${d.status}`).sort()).toEqual(["chair:designated", "rapporteur:designated"]);
      expect((await r.get(`/api/v1/groups/${g}/members`)).members).toHaveLength([6, 5][i]!);
      const turns = (await r.get(`/api/v1/groups/${g}/speakers/turns`)).requests as Json[];
      expect(turns.filter((x) => x.status === "spoke")).toHaveLength(5);
      expect(turns.filter((x) => x.remote)).toHaveLength(1);
      expect(turns.every((x) => x.startedAt >= "2021-11-26T10:45" && x.endedAt < "2021-11-26T12:00" && x.seconds >= 90)).toBe(true);
      const contributions = (await r.get(`/api/v1/groups/${g}/contributions`)).contributions as Json[];
      expect(contributions).toHaveLength(5);
      expect(contributions.every((c) => c.paragraphIds.length > 0)).toBe(true);
    }
    const arabic = (await r.get(`/api/v1/groups/${r.groups[1]}/contributions`)).contributions as Json[];
    expect(arabic.every((c) => /[\u0600-\u06FF]/.test(c.text))).toBe(true);
    expect(await loadReferenceStage(r.t.store, "groups")).toBe('The reference case is already at stage "groups"; nothing loaded.');
  });

  it("plenary: each group's recommendation drafted, commented, voted and presented", async () => {
    expect(await loadReferenceStage(r.t.store, "plenary")).toContain('stage "plenary"');
    for (const g of r.groups) {
      const [rec] = (await r.get(`/api/v1/groups/${g}/recommendations`)).recommendations as Json[];
      expect(rec).toMatchObject({ status: "presented" });
      expect(rec!.amendments).toHaveLength(2);
      expect(rec!.texts).toHaveLength(2);
      expect(rec!.comments).toHaveLength(2);
      const [vote] = (await r.get(`/api/v1/groups/${g}/votes`)).votes as Json[];
      expect(vote).toMatchObject({ status: "closed" });
    }
  });

  it("committee: the Forum's set and the delegations' amendments submitted, some in Arabic, one a sub-amendment", async () => {
    expect(await loadReferenceStage(r.t.store, "committee")).toContain('stage "committee"');
    const amendments = (await r.get(`/api/v1/drafts/${r.draftId}/amendments`)).amendments as Json[];
    const submitted = amendments.filter((a) => a.status === "submitted");
    expect(submitted).toHaveLength(9);
    expect(submitted.filter((a) => a.author === "Forum of Women Parliamentarians")).toHaveLength(3);
    expect(submitted.filter((a) => a.language === "ar")).toHaveLength(3);
    expect(submitted.filter((a) => a.parent !== null)).toHaveLength(1);
  });

  it("adopted: the committee's decisions, the revised draft as the accepted amendments say, and the adopted resolution", async () => {
    expect(await loadReferenceStage(r.t.store, "adopted")).toContain('stage "adopted"');
    const amendments = (await r.get(`/api/v1/drafts/${r.draftId}/amendments`)).amendments as Json[];
    const count = (status: string) => amendments.filter((a) => a.status === status).length;
    expect({
      accepted: count("accepted"),
      rejected: count("rejected"),
      revised: count("accepted_as_revised"),
      merged: count("merged"),
    }).toEqual({ accepted: 4, rejected: 3, revised: 1, merged: 2 });
    const versions = (await r.get(`/api/v1/drafts/${r.draftId}/versions`)).versions as Json[];
    expect(versions.map((v) => [v.symbol, v.stage])).toEqual([
      ["C-III/143/DR", "draft"],
      ["C-III/143/DR/Rev.1", "adopted"],
    ]);
    expect(versions[1]).toMatchObject({ revisedAt: "2021-11-28T11:00:00.000Z", adoption: { at: "2021-11-28T15:00:00.000Z" } });

    const wording = (p: Json) => p.text.versions[p.text.original].text as string;
    const texts = (d: Json) =>
      new Map<string, string>(
        (d.paragraphs as Json[]).flatMap((p): [string, string][] => [
          [p.label, wording(p)],
          ...(p.subParagraphs as Json[]).map((s, i): [string, string] => [`${p.label}(${"ab"[i]})`, wording(s)]),
        ]),
      );
    const original = texts(await r.get(`/api/v1/drafts/${r.draftId}`));
    const revised = texts(await r.get(`/api/v1/drafts/${versions[1]!.draftId}`));
    const [g1, g2] = RECOMMENDATIONS;
    const delegation = (by: string) => DELEGATE_AMENDMENTS.find((d) => d.by === by)!.text("");
    const changed = new Map([
      ["OP1", g1!.proposals[0]!.text],
      ["OP2", OP2_COMPROMISE],
      ["OP4(a)", delegation("sophie")],
      ["OP7", CHILDREN_CAMPAIGNS_REVISED],
      ["OP8", g2!.proposals[0]!.text],
    ]);
    expect(revised.size).toBe(original.size + 1);
    for (const [label, text] of revised) {
      const before =
        label === "OP7"
          ? undefined
          : original.get(label.replace(/^OP(\d+)/, (_: string, n: string) => `OP${Number(n) > 7 ? Number(n) - 1 : n}`));
      expect([label, text]).toEqual([label, changed.get(label) ?? before]);
    }
    expect(await positions(r.t)).toEqual(Array.from({ length: (await positions(r.t)).length }, (_, i) => i + 1));
    expect(await loadReferenceStage(r.t.store, "committee")).toBe('The reference case is already at stage "adopted"; nothing loaded.');
  });
});

describe.each(storeKinds())("loading a later stage at once on %s", (kind) => {
  it("equals loading each stage in turn", async () => {
    const direct = await referenceWithStaff(kind);
    const stepwise = await referenceWithStaff(kind);
    try {
      await loadReferenceStage(direct.t.store, "adopted");
      for (const stage of REFERENCE_STAGES) await loadReferenceStage(stepwise.t.store, stage);
      expect(await fingerprint(direct.t)).toEqual(await fingerprint(stepwise.t));
    } finally {
      await direct.t.close();
      await stepwise.t.close();
    }
  }, 60_000);
});

describe.each(storeKinds())("a stage that cannot be played on %s", (kind) => {
  it("is not loaded into a database without the reference case, and needs the secretariat to play it", async () => {
    const empty = await testApp(kind, { referenceCase: false });
    const bare = await testApp(kind);
    try {
      expect(await loadReferenceStage(empty.store, "groups")).toBe(
        'The reference case is not in this database; stage "groups" was not loaded.',
      );
      await expect(loadReferenceStage(bare.store, "groups")).rejects.toThrow("create it first (rapporteur create-admin)");
      expect(await positions(bare)).toHaveLength(11);
    } finally {
      await empty.close();
      await bare.close();
    }
  });
});

describe.each(storeKinds())("two starts at once on %s", (kind) => {
  it("play the stage once: the second finds it loaded", async () => {
    const r = await referenceWithStaff(kind);
    // Another instance on PostgreSQL: its own Store object, so only the database's lock keeps the two apart.
    const other = kind === "postgres" ? { ...r.t.store } : r.t.store;
    try {
      const messages = await Promise.all([loadReferenceStage(r.t.store, "plenary"), loadReferenceStage(other, "plenary")]);
      expect(messages.filter((m) => m === 'The reference case is already at stage "plenary"; nothing loaded.')).toHaveLength(1);
      expect(messages.filter((m) => m.startsWith('Loaded the reference case at stage "plenary"'))).toHaveLength(1);
      expect((await r.get(`/api/v1/groups/${r.groups[0]}/recommendations`)).recommendations).toHaveLength(1);
    } finally {
      await r.t.close();
    }
  }, 60_000);
});
