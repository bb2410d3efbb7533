import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test-support/app.js";
import { caller, participant, referenceApp, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { SittingId } from "../../../domain/ids.js";

interface TaskView {
  kind: string;
  groupId: string | null;
  draftId: string | null;
  subject: string | null;
  status: string | null;
}

describe.each(storeKinds())("the start page's next steps on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let sittingId: SittingId;
  let draftId: string;
  let g1: string;
  let g2: string;

  const tasksOf = async (who: Caller): Promise<TaskView[]> => {
    const answer = await call(who, "GET", "/api/v1/me/tasks");
    expect(answer.statusCode).toBe(200);
    return answer.json().tasks as TaskView[];
  };

  beforeEach(async () => {
    const ref = await referenceApp(kind);
    t = ref.t;
    call = caller(t);
    sittingId = ref.sittingId;
    draftId = ref.draftId;
    g1 = ref.g1.id;
    g2 = ref.g2.id;
  });
  afterEach(async () => t.close());

  it("asks a delegate who belongs to no group to choose one, and stops once they have joined", async () => {
    const amina = await participant(t, "amina@example.org", { gender: "woman" });
    expect(await tasksOf(amina.session)).toContainEqual(
      expect.objectContaining({ kind: "choose_group", subject: `sitting:${sittingId}`, draftId, groupId: null }),
    );
    const answer = await call(amina.session, "GET", "/api/v1/me/tasks");
    expect(answer.json().sittings).toContain(sittingId);

    expect((await call(amina.session, "POST", `/api/v1/groups/${g2}/members`, {})).statusCode).toBe(200);
    expect((await tasksOf(amina.session)).some((x) => x.kind === "choose_group")).toBe(false);
  });

  it("tells a member their group is in session with who has the floor, and only their own group's", async () => {
    const chair = (await participant(t, "chair@example.org", { gender: "woman" }, [{ role: "chair", scope: `group:${g1}` }])).session;
    const amina = await participant(t, "amina@example.org", { gender: "woman" }, [{ role: "participant", scope: `group:${g1}` }]);
    const other = await participant(t, "other@example.org", { gender: "man" }, [{ role: "participant", scope: `group:${g2}` }]);
    expect((await tasksOf(amina.session)).some((x) => x.kind === "group_speaking")).toBe(false);

    expect(
      (await call(amina.session, "POST", `/api/v1/groups/${g1}/speakers/commands`, { command: { type: "request_floor" } })).statusCode,
    ).toBe(200);
    const list = (await call(chair, "GET", `/api/v1/groups/${g1}/speakers`)).json();
    expect(
      (await call(chair, "POST", `/api/v1/groups/${g1}/speakers/commands`, { version: list.version, command: { type: "call_next" } }))
        .statusCode,
    ).toBe(200);

    expect(await tasksOf(amina.session)).toContainEqual(
      expect.objectContaining({ kind: "group_speaking", groupId: g1, subject: `sitting:${sittingId}`, status: "amina" }),
    );
    expect(await tasksOf(chair)).toContainEqual(expect.objectContaining({ kind: "group_speaking", groupId: g1 }));
    expect((await tasksOf(other.session)).some((x) => x.kind === "group_speaking")).toBe(false);
  });

  it("gives an observer no group to choose and the public no tasks at all", async () => {
    const watcher = await participant(t, "watcher@example.org", { gender: "man" }, [{ role: "observer", scope: null }]);
    expect(await tasksOf(watcher.session)).toEqual([]);
    expect((await call(null, "GET", "/api/v1/me/tasks")).statusCode).toBe(401);
  });
});
