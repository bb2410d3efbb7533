import { DomainError } from "../errors.js";
import type { AmendmentId, ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import type { Amendment, AmendmentAction } from "../text/amendment.js";
import type { ParagraphKind } from "../text/paragraph.js";

/** An amendment a group proposed, with the recommendation it belongs to. */
export interface GroupProposal {
  readonly amendment: Amendment;
  readonly recommendationId: string;
}

/** What the body decides for one place of the text where groups' proposals differ. */
export type Resolution = { readonly choose: AmendmentId } | { readonly compromise: string; readonly language: Language };

/** How an amendment of the body's set came from the groups' proposals. */
export const BODY_AMENDMENT_ORIGINS = ["single", "merged", "chosen", "compromise"] as const;

/** What became of a group proposal in the body's set. */
export const PROPOSAL_OUTCOMES = ["kept", "merged", "chosen", "not_chosen", "compromise"] as const;

/** What became of a group proposal once the body decided: its place in the set, or, the set decided, left out of it or not adopted. */
export const ADOPTION_OUTCOMES = [...PROPOSAL_OUTCOMES, "left_out", "not_adopted"] as const;

/** An amendment of the body's set: the wording and every group proposal it credits. */
export interface BodyAmendment {
  readonly key: string;
  readonly action: AmendmentAction;
  readonly target: ParagraphId | null;
  readonly after: ParagraphId | null;
  readonly kind: ParagraphKind | null;
  readonly text: string | null;
  readonly language: Language;
  readonly how: (typeof BODY_AMENDMENT_ORIGINS)[number];
  /** The group proposals it credits (for a choice, the chosen one only). */
  readonly sources: readonly GroupProposal[];
}

/** What became of one group proposal in the body's set. */
export interface ProposalOutcome {
  readonly amendmentId: AmendmentId;
  readonly recommendationId: string;
  readonly key: string;
  readonly became: (typeof PROPOSAL_OUTCOMES)[number];
}

/** Proposals on one place of the text, identical ones together. */
export interface PlacePlan {
  readonly key: string;
  /** Each option: proposals with identical wording. More than one option is a conflict. */
  readonly options: readonly (readonly GroupProposal[])[];
  readonly conflict: boolean;
}

const normalize = (text: string | null | undefined): string => (text ?? "").normalize("NFC").replace(/\s+/gu, " ").trim();

/** The place an amendment changes: a paragraph, the title, or a new paragraph's anchor (each new wording its own place). */
const placeOf = (a: Amendment): string => {
  if (a.action === "insert") return `insert:${a.after ?? `first-${a.kind ?? "operative"}`}:${a.language}:${normalize(a.text)}`;
  if (a.action === "amend_title") return "title";
  return `paragraph:${a.target as string}`;
};

/** The engine's target of a place key ("paragraph:ID", "insert:ID:…", "insert:first-KIND:…", "title"), to name the place. */
export const targetOfPlace = (key: string): string => {
  const [kind, rest = ""] = key.split(":");
  if (kind !== "insert") return rest || key;
  return rest.startsWith("first-") ? `first:${rest.slice(6)}` : `after:${rest}`;
};

const wordingOf = (a: Amendment): string => `${a.action}|${a.language}|${a.action === "delete" ? "" : normalize(a.text)}`;

/**
 * Groups the proposals of every group by place: identical wordings merge into one option, two different ones
 * on one paragraph are a conflict the body must resolve by a choice or a compromise text.
 */
export const planBodySet = (proposals: readonly GroupProposal[]): PlacePlan[] => {
  const places = new Map<string, Map<string, GroupProposal[]>>();
  for (const p of proposals) {
    const place = places.get(placeOf(p.amendment)) ?? new Map<string, GroupProposal[]>();
    const wording = wordingOf(p.amendment);
    place.set(wording, [...(place.get(wording) ?? []), p]);
    places.set(placeOf(p.amendment), place);
  }
  return [...places].map(([key, options]) => ({ key, options: [...options.values()], conflict: options.size > 1 }));
};

const fromProposal = (
  key: string,
  how: BodyAmendment["how"],
  sources: readonly GroupProposal[],
  text?: string,
  language?: Language,
): BodyAmendment => {
  const a = sources[0]!.amendment;
  return {
    key,
    action: text !== undefined && a.action === "delete" ? "amend" : a.action,
    target: a.target ?? null,
    after: a.after ?? null,
    kind: a.kind ?? null,
    text: text ?? a.text ?? null,
    language: language ?? a.language,
    how,
    sources,
  };
};

/**
 * The body's single set of amendments from the groups' proposals and the body's resolutions of each conflict;
 * an unresolved conflict, or a resolution that fits no conflict, is refused naming the place.
 */
export const resolveBodySet = (
  plan: readonly PlacePlan[],
  resolutions: Readonly<Record<string, Resolution>>,
): { amendments: BodyAmendment[]; outcomes: ProposalOutcome[] } => {
  const amendments: BodyAmendment[] = [];
  const outcomes: ProposalOutcome[] = [];
  const note = (key: string, list: readonly GroupProposal[], became: ProposalOutcome["became"]) =>
    list.forEach((p) => outcomes.push({ amendmentId: p.amendment.id, recommendationId: p.recommendationId, key, became }));
  for (const key of Object.keys(resolutions)) {
    if (!plan.some((p) => p.key === key && p.conflict))
      throw new DomainError("validation_failed", `No conflict to resolve at ${key}`, [
        { path: `resolutions.${key}`, message: "not a conflict" },
      ]);
  }
  for (const place of plan) {
    if (!place.conflict) {
      const only = place.options[0]!;
      amendments.push(fromProposal(place.key, only.length > 1 ? "merged" : "single", only));
      note(place.key, only, only.length > 1 ? "merged" : "kept");
      continue;
    }
    const resolution = resolutions[place.key];
    if (!resolution)
      throw new DomainError(
        "validation_failed",
        "Two groups propose different wordings for one paragraph: choose one or write a compromise",
        [{ path: `resolutions.${place.key}`, message: "a choice or a compromise text is needed" }],
        { key: place.key, options: place.options.map((o) => o.map((p) => p.amendment.id)) },
      );
    const all = place.options.flat();
    if ("choose" in resolution) {
      const chosen = place.options.find((o) => o.some((p) => p.amendment.id === resolution.choose));
      if (!chosen)
        throw new DomainError("validation_failed", `Amendment ${resolution.choose} is not proposed at ${place.key}`, [
          { path: `resolutions.${place.key}.choose`, message: "not an option here" },
        ]);
      amendments.push(fromProposal(place.key, "chosen", chosen));
      note(place.key, chosen, "chosen");
      note(
        place.key,
        all.filter((p) => !chosen.includes(p)),
        "not_chosen",
      );
    } else {
      if (!resolution.compromise.trim())
        throw new DomainError("validation_failed", "The compromise text is empty", [
          { path: `resolutions.${place.key}.compromise`, message: "required" },
        ]);
      amendments.push(fromProposal(place.key, "compromise", all, resolution.compromise, resolution.language));
      note(place.key, all, "compromise");
    }
  }
  return { amendments, outcomes };
};
