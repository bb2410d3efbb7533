import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onRecord } from "../../../test-support/factories.js";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";

type Who = { cookie: string; csrfToken: string };
interface Version {
  language: string;
  text: string | null;
  status: string;
  original: boolean;
}
interface Para {
  id: string;
  label: string;
  version: number;
  languages: Version[];
  revision: { amendments: string[]; language: string; languages: Version[] } | null;
  subParagraphs: { id: string; label: string; languages: Version[] }[];
}

describe.each(storeKinds())("draft page API and language versions on %s", (kind) => {
  let t: TestApp;
  let draftId: string;
  let secretariat: Who;
  let participant: Who;

  const call = (who: Who | null, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      ...(payload ? { payload: payload as object } : {}),
      headers: who ? { cookie: who.cookie, "x-csrf-token": who.csrfToken } : {},
    });
  const draft = async (who: Who | null = secretariat) =>
    (await call(who, "GET", `/api/v1/drafts/${draftId}`)).json() as {
      paragraphs: Para[];
      permissions: Record<string, boolean>;
      languages: string[];
      mine: string[];
    };
  const para = async (label: string) => (await draft()).paragraphs.find((p) => p.label === label)!;
  const lang = (versions: Version[], l: string) => versions.find((v) => v.language === l)!;

  beforeAll(async () => {
    t = await testApp(kind);
    const sittings = (await t.app.inject({ url: "/api/v1/sittings" })).json();
    draftId = (await t.app.inject({ url: `/api/v1/sittings/${sittings.sittings[0].id}` })).json().draftResolutions[0].id;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    await onRecord(t, await accountWith(t, "participant@example.org", [{ role: "participant", scope: "group:g1" }]), {
      parliament: "Spain",
    });
    secretariat = await signIn(t, "secretariat@example.org");
    participant = await signIn(t, "participant@example.org");
  });
  afterAll(async () => t.close());

  it("reads the draft with labels, every language with its status, and what the caller may do", async () => {
    const d = await draft(null);
    expect(d.languages).toEqual(["en", "ar"]);
    expect(d.paragraphs.map((p) => p.label).slice(0, 2)).toEqual(["PP1", "PP2"]);
    const pp1 = d.paragraphs[0]!;
    expect(pp1.version).toBe(1);
    expect(lang(pp1.languages, "en")).toMatchObject({ status: "final", original: true });
    expect(lang(pp1.languages, "ar").status).toBe("final");
    expect(lang(pp1.languages, "fr")).toMatchObject({ status: "missing", text: null });
    expect(d.permissions).toEqual({
      propose: false,
      decide: false,
      translate: false,
      importDraft: false,
      setDeadline: false,
      submitForAuthors: false,
    });
    expect((await draft()).permissions).toEqual({
      propose: true,
      decide: true,
      translate: true,
      importDraft: true,
      setDeadline: true,
      submitForAuthors: true,
    });
    expect((await call(null, "GET", "/api/v1/drafts/no-such-draft")).statusCode).toBe(404);
  });

  it("records a translation, then refuses a stale version with the current paragraph", async () => {
    const op1 = await para("OP1");
    const url = `/api/v1/drafts/${draftId}/paragraphs/${op1.id}/translations/fr`;
    const ok = await call(secretariat, "PUT", url, { text: "Demande aux parlements d'agir ;", status: "draft", version: op1.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(op1.version + 1);
    expect(lang(ok.json().languages, "fr")).toMatchObject({ text: "Demande aux parlements d'agir ;", status: "draft" });
    const stale = await call(secretariat, "PUT", url, { text: "Autre texte ;", status: "final", version: op1.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("stale_version");
    expect(stale.json().error.details.current.version).toBe(op1.version + 1);
    expect(lang((await para("OP1")).languages, "fr").text).toBe("Demande aux parlements d'agir ;");
    const original = await call(secretariat, "PUT", `/api/v1/drafts/${draftId}/paragraphs/${op1.id}/translations/en`, {
      text: "X;",
      status: "final",
      version: op1.version + 1,
    });
    expect(original.statusCode).toBe(400);
    expect(original.json().error.issues[0].path).toBe("params.lang");
  });

  it("lets neither a participant nor the public translate", async () => {
    const op1 = await para("OP1");
    const url = `/api/v1/drafts/${draftId}/paragraphs/${op1.id}/translations/es`;
    expect((await call(participant, "PUT", url, { text: "Pide;", status: "draft", version: op1.version })).statusCode).toBe(403);
    expect((await call(null, "PUT", url, { text: "Pide;", status: "draft", version: op1.version })).statusCode).toBe(401);
    expect(lang((await para("OP1")).languages, "es").status).toBe("missing");
  });

  it("marks the other languages of an amended paragraph as needing translation until a translator supplies them", async () => {
    const op2 = await para("OP2");
    expect(op2.revision).toBeNull();
    const revisedUrl = `/api/v1/drafts/${draftId}/paragraphs/${op2.id}/translations/ar`;
    const early = await call(secretariat, "PUT", revisedUrl, { text: "نص", status: "final", version: op2.version, wording: "revised" });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.issues[0].path).toBe("body.wording");

    const wording = "Urges parliaments to act without delay and with the participation of girls;";
    const a = (
      await call(participant, "POST", `/api/v1/drafts/${draftId}/amendments`, {
        action: "amend",
        target: op2.id,
        text: wording,
        language: "en",
        author: "Spain",
        submit: true,
      })
    ).json();
    await call(secretariat, "POST", `/api/v1/amendments/${a.id}/transitions`, { version: a.version, transition: { type: "accept" } });
    const amended = await para("OP2");
    expect(amended.revision?.amendments).toEqual([a.id]);
    expect(lang(amended.revision!.languages, "en")).toMatchObject({ text: wording, status: "final", original: true });
    expect(lang(amended.revision!.languages, "ar")).toMatchObject({ text: null, status: "translation_needed" });
    expect(lang(amended.revision!.languages, "fr").status).toBe("missing");

    const arabic = "تحث البرلمانات على التحرك دون إبطاء وبمشاركة الفتيات؛";
    const supplied = await call(secretariat, "PUT", revisedUrl, {
      text: arabic,
      status: "final",
      version: amended.version,
      wording: "revised",
    });
    expect(supplied.statusCode).toBe(200);
    expect(lang(supplied.json().revision.languages, "ar")).toMatchObject({ text: arabic, status: "final" });
    expect(lang(supplied.json().languages, "ar").text).not.toBe(arabic);
  });

  it("translates a sub-paragraph under its paragraph's version", async () => {
    const withSub = (await draft()).paragraphs.find((p) => p.subParagraphs.length > 0)!;
    expect(withSub.subParagraphs[0]!.label).toMatch(/^OP\d+\(a\)$/);
    const sub = withSub.subParagraphs[0]!;
    const res = await call(secretariat, "PUT", `/api/v1/drafts/${draftId}/paragraphs/${sub.id}/translations/es`, {
      text: "mediante leyes;",
      status: "draft",
      version: withSub.version,
    });
    expect(res.statusCode).toBe(200);
    expect(lang(res.json().subParagraphs[0].languages, "es")).toMatchObject({ text: "mediante leyes;", status: "draft" });
    expect(res.json().version).toBe(withSub.version + 1);
  });
});
