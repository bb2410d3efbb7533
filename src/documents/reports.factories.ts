import { expect } from "vitest";
import { signIn, type TestApp } from "../test-support/app.js";
import { accountWith } from "../test-support/app.js";
import { caller, participant, referenceApp } from "../test-support/factories.js";
import { threeTimedTurns } from "../test-support/turns.js";
import type { SittingId } from "../domain/ids.js";

/** User text that must come out literally in every format. */
export const HOSTILE_CONTRIBUTION = "#set page(width: 1pt) </p><script>alert(1)</script> Tom &amp; Jerry";

/** The group-1 data of the reports: designations, contributions, turns, a recommendation with two proposed amendments. */
export interface ReportData {
  readonly t: TestApp;
  readonly sittingId: SittingId;
  readonly g1: string;
  readonly outsider: { cookie: string; csrfToken: string };
  readonly secretariat: { cookie: string; csrfToken: string };
}

/**
 * Builds, through the API, a discussion in group 1 of the reference case: a designated chair and rapporteur,
 * four members (two women, a man, one undisclosed), three turns of 60, 120 and 30 seconds, contributions on two
 * guiding questions, and the rapporteur's recommendation with texts in English and Arabic and two amendments.
 */
export const reportData = async (kind: "sqlite" | "postgres"): Promise<ReportData> => {
  const ref = await referenceApp(kind);
  const { t, sittingId, draftId, paragraphs } = ref;
  const g1 = ref.g1.id;
  const [q1, q2] = ref.g1.guidingQuestions.map((q) => q.id);
  const call = caller(t);
  await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
  const secretariat = await signIn(t, "secretariat@example.org");
  const chair = await participant(t, "layla.haddad@example.org", { gender: "woman", birthYear: 1970, parliament: "Jordan" }, [
    { role: "chair", scope: `group:${g1}` },
  ]);
  const rapporteur = await participant(t, "ines.moreno@example.org", { gender: "woman", birthYear: 1988, parliament: "Spain" }, [
    { role: "rapporteur", scope: `group:${g1}` },
  ]);
  const member = (email: string, facts: Parameters<typeof participant>[2]) =>
    participant(t, email, facts, [{ role: "participant", scope: `group:${g1}` }]);
  const amina = (await member("amina@example.org", { gender: "woman", birthYear: 1990 })).session;
  const bruno = (await member("bruno@example.org", { gender: "man", ageBand: "60+" })).session;
  await member("dana@example.org", { gender: "undisclosed" });
  const outsider = (
    await participant(t, "omar@example.org", { gender: "man", birthYear: 1980 }, [{ role: "participant", scope: `group:${ref.g2.id}` }])
  ).session;

  for (const [person, fn] of [
    [chair, "chair"],
    [rapporteur, "rapporteur"],
  ] as const) {
    const p = await t.store.db.selectFrom("participants").select("id").where("account_id", "=", person.accountId).executeTakeFirstOrThrow();
    const d = await call(secretariat, "POST", "/api/v1/designations", { groupId: g1, function: fn, participantId: p.id, note: null });
    expect(d.statusCode).toBe(201);
    const done = await call(secretariat, "POST", `/api/v1/designations/${d.json().id}/transitions`, {
      version: d.json().version,
      transition: { type: "designate", sittingId, method: { kind: "consensus" } },
    });
    expect(done.statusCode).toBe(200);
  }

  const said = [
    [amina, q1, "Laws should name grooming as an offence."],
    [bruno, q1, HOSTILE_CONTRIBUTION],
    [amina, q2, "يجب إشراك الأطفال في وضع السياسات."],
  ] as const;
  for (const [who, questionId, text] of said)
    expect((await call(who, "POST", `/api/v1/groups/${g1}/contributions`, { text, questionId })).statusCode).toBe(201);

  await threeTimedTurns(t, g1, chair.session, amina, bruno);

  const rec = await call(rapporteur.session, "POST", `/api/v1/groups/${g1}/recommendations`, { draftId });
  expect(rec.statusCode).toBe(201);
  let rv = rec.json().version as number;
  const texts = [
    { questionId: q1, text: "Criminalize online grooming in every jurisdiction.", language: "en", contributions: [] },
    { questionId: q1, text: "تجريم استدراج الأطفال عبر الإنترنت في جميع الولايات القضائية.", language: "ar", contributions: [] },
    { questionId: q2, text: "Involve children in designing policies.", language: "en", contributions: [] },
  ];
  rv = (await call(rapporteur.session, "PUT", `/api/v1/recommendations/${rec.json().id}/texts`, { version: rv, texts })).json().version;
  const op = (label: string) => paragraphs.find((p) => p.label === label)!;
  const op2 = op("OP2").text.versions.en!.text;
  const added = await call(rapporteur.session, "POST", `/api/v1/recommendations/${rec.json().id}/amendments`, {
    version: rv,
    action: "amend",
    target: op("OP2").id,
    text: `${op2.replace(/[;.]$/, "")}, with a gender perspective;`,
    language: "en",
  });
  expect(added.statusCode).toBe(201);
  rv = added.json().version;
  expect(
    (
      await call(rapporteur.session, "POST", `/api/v1/recommendations/${rec.json().id}/amendments`, {
        version: rv,
        action: "delete",
        target: op("OP4").id,
        language: "en",
      })
    ).statusCode,
  ).toBe(201);
  return { t, sittingId, g1, outsider, secretariat };
};
