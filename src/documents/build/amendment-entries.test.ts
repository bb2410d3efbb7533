import { describe, expect, it } from "vitest";
import { asId, type AmendmentId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import type { Amendment } from "../../domain/text/amendment.js";
import { amendment, draftOf, pid, subAmendment } from "../../domain/text/test-factories.js";
import type { StoredAmendment } from "../../store/amendments/rows.js";
import { exportAmendmentListAkn } from "../akn/export-amendments.js";
import { validateAkn } from "../akn/xmllint.js";
import type { Line } from "../model.js";
import { wordingFor } from "../wording/index.js";
import { amendmentEntries } from "./amendment-entries.js";

const draft = draftOf([
  ["preambular", "Recalling the Convention on the Rights of the Child,"],
  ["operative", "Calls upon parliaments to act;"],
]);
const stored = (a: Amendment, number: number): StoredAmendment => ({
  amendment: a,
  draftId: "d",
  number,
  createdBy: null,
  createdAt: "2021-11-26T10:00:00.000Z",
  version: 1,
});
const amendments = [
  stored(amendment("A1", { action: "amend", target: pid("p2"), text: "Calls upon parliaments to act now;", author: "Spain" }), 1),
  stored(subAmendment("A2", "A1", "Calls upon all parliaments to act now;", { author: "Egypt" }), 2),
  stored(amendment("A3", { action: "insert", after: pid("p2"), kind: "operative", text: "Invites parliaments to report back;" }), 3),
  stored(amendment("A4", { action: "delete", parent: asId<AmendmentId>("A3") }), 4),
  stored(amendment("A5", { action: "amend", target: pid("p1"), text: "Recalling also the Convention on the Rights of the Child," }), 5),
];
const plain = (line: Line): string => line.map((r) => r.text).join("");
const IDENTITY = { name: "C-III/143/DR", date: "2021-11-26", author: "Standing Committee" };

describe("amendment entries of sub-amendments", () => {
  it.each<[Language, string, string]>([
    ["en", "Amendment to amendment 1", "Amend amendment 1 to read as follows:"],
    ["fr", "Amendement à l'amendement 1", "Modifier l'amendement 1 comme suit :"],
    ["es", "Enmienda a la enmienda 1", "Modifíquese la enmienda 1 para que diga:"],
    ["ar", "تعديل على التعديل 1", "يعدل التعديل 1 ليصبح كما يلي:"],
  ])("in %s: heads a sub-amendment as an amendment to its amendment, right after it", (language, heading, instruction) => {
    const entries = amendmentEntries(draft, amendments, language);
    expect(entries.map((e) => e.stored.number)).toEqual([5, 1, 2, 3, 4]);
    const sub = entries[2]!;
    expect(plain(sub.heading)).toBe(heading);
    expect(plain(sub.instruction).replace(/\s/g, " ")).toBe(instruction.replace(/\s/g, " "));
    expect(sub.part).toBe("operative");
    expect(plain(entries[4]!.instruction)).toBe(wordingFor(language).deleteProposed(3));
  });

  it("marks only the words a sub-amendment changes in the tabled wording", () => {
    const sub = amendmentEntries(draft, amendments, "en")[2]!;
    expect(sub.text.filter((r) => r.change === "insert").map((r) => r.text.trim())).toEqual(["all"]);
    expect(sub.text.filter((r) => r.change === "delete")).toEqual([]);
  });

  it("exports sub-amendments in an Akoma Ntoso amendment list the schema accepts", () => {
    const w = wordingFor("en");
    const headed = amendmentEntries(draft, amendments, "en").map((e) => ({
      amendment: e.stored.amendment,
      number: e.stored.number,
      label: w.amendmentNumber(e.stored.number),
      heading: plain(e.heading),
    }));
    const xml = exportAmendmentListAkn(draft, headed, "en", IDENTITY);
    expect(validateAkn(xml)).toBe("");
    expect(xml).toContain("<docNumber>Amendment 2</docNumber> — Amendment to amendment 1</p>");
    expect(xml).toContain("<ins>all </ins>");
    expect(xml).not.toContain("<ins>Calls upon all");
    expect(xml).toContain("<del>Invites parliaments to report back;</del>");
  });
});
