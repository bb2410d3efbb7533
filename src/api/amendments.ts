import { z } from "zod";
import { AMENDMENT_STATUSES, AMENDMENT_ACTIONS } from "../domain/text/amendment.js";
import { changeRunSchema } from "./changes.js";
import { languageSchema, multilingualSchema } from "./multilingual.js";
import { PARAGRAPH_KINDS } from "../domain/text/paragraph.js";
import { CHANGE_OPS } from "../domain/text/diff.js";
import { OUTCOMES } from "../domain/text/consolidation.js";

const wording = z.string().trim().min(1).max(20_000);
/** A paragraph's id or label (PP2, OP3bis), or `new-<amendment id>` for a paragraph an amendment inserts. */
const reference = z.string().trim().min(1).max(100);
/** The tabled amendment a sub-amendment amends: its id or its number. */
const parentReference = z.union([z.string().trim().min(1).max(100), z.number().int().positive().max(1_000_000)]);

export const draftParams = z.strictObject({ id: z.string().min(1).max(100) });
export const consolidationQuery = z.strictObject({ lang: languageSchema.optional() });

/**
 * Filters of an amendment list: its status, its author (or an accepted co-sponsor), the paragraph it concerns (id or
 * label: PP2, OP3; its sub-paragraphs and the insertions after it too) and its language. A matching sub-amendment
 * comes with the amendment it amends.
 */
export const amendmentListQuery = z.strictObject({
  status: z.enum(AMENDMENT_STATUSES).optional(),
  author: z.string().trim().min(1).max(200).optional(),
  paragraph: z.string().trim().min(1).max(100).optional(),
  language: languageSchema.optional(),
});

/**
 * A proposal: amend (new wording), insert (after a paragraph), delete, or amend the title. An amendment or
 * deletion names its paragraph (`target`), or the tabled amendment it amends (`parent`): a sub-amendment.
 */
export const proposeBody = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("amend"),
    target: reference.optional(),
    parent: parentReference.optional(),
    text: wording,
    ...common(),
  }),
  z.strictObject({
    action: z.literal("insert"),
    after: reference.nullable(),
    kind: z.enum(PARAGRAPH_KINDS),
    text: wording,
    ...common(),
  }),
  z.strictObject({ action: z.literal("delete"), target: reference.optional(), parent: parentReference.optional(), ...common() }),
  z.strictObject({ action: z.literal("amend_title"), text: wording, ...common() }),
]);

function common() {
  return {
    language: languageSchema,
    author: z.string().trim().min(1).max(200),
    coSponsors: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    justification: z.string().max(5_000).nullable().default(null),
    provenance: z.string().max(500).nullable().default(null),
    submit: z.boolean().default(false),
    /**
     * A paper amendment the secretariat types in: the author as written on the paper, outside the data, and the
     * documents say so. False holds the author to the data; left out, a name outside the data from the secretariat
     * is taken as a paper amendment.
     */
    paper: z.boolean().optional(),
  };
}

export const transitionBody = z.strictObject({
  version: z.number().int().positive(),
  transition: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("submit") }),
    z.strictObject({ type: z.literal("withdraw") }),
    z.strictObject({ type: z.literal("accept") }),
    z.strictObject({ type: z.literal("reject") }),
    z.strictObject({ type: z.literal("accept_as_revised"), revisedText: wording }),
    z.strictObject({ type: z.literal("merge"), into: z.string().min(1).max(100) }),
  ]),
});

export const amendmentSchema = z.strictObject({
  id: z.string(),
  number: z.number().int(),
  action: z.enum(AMENDMENT_ACTIONS),
  status: z.enum(AMENDMENT_STATUSES),
  target: z.string().nullable(),
  targetLabel: z.string().nullable(),
  after: z.string().nullable(),
  kind: z.enum(PARAGRAPH_KINDS).nullable(),
  text: z.string().nullable(),
  revisedText: z.string().nullable(),
  mergedInto: z.string().nullable(),
  /** A sub-amendment: the amendment whose wording it amends. */
  parent: z.string().nullable(),
  language: languageSchema,
  author: z.string().nullable(),
  /** Entered by the secretariat from a paper amendment, its author as written on the paper. */
  paper: z.boolean(),
  coSponsors: z.array(z.string()),
  justification: z.string().nullable(),
  provenance: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  changes: z.array(z.strictObject({ op: z.enum(CHANGE_OPS), text: z.string() })),
});

/** Whom a caller may name on an amendment to a draft: every name spelled as the data spells it. */
export const authorChoicesSchema = z.strictObject({
  /** The caller's own delegation and the bodies they act for; for the secretariat also every delegation and body of the event. */
  authors: z.array(z.string()),
  /** The author to preselect: the caller's own delegation or body when there is exactly one. */
  suggested: z.string().nullable(),
  /** The delegations of the event that may co-sponsor. */
  coSponsors: z.array(z.string()),
  /** Whether the caller may enter a paper amendment with its author as written on it (the secretariat). */
  paper: z.boolean(),
});

/**
 * An amendment as a list gives it: its change names the kept and deleted words by their place in the wording it
 * amends (the paragraph `target` in `language`, the draft's title, or the wording of the amendment `parent`), and
 * its `text` is left out when it is the wording the change gives (the equal and insert runs).
 */
export const listedAmendmentSchema = amendmentSchema.extend({ changes: z.array(changeRunSchema), text: z.string().nullable().optional() });

export const amendmentListSchema = z.strictObject({ amendments: z.array(listedAmendmentSchema) });

const changes = z.array(z.strictObject({ op: z.enum(CHANGE_OPS), text: z.string() }));
const outcome = z.enum(OUTCOMES);
const consolidatedSub = z.strictObject({
  id: z.string(),
  label: z.string().nullable(),
  previousLabel: z.string(),
  outcome,
  text: multilingualSchema,
  changes,
  html: z.string(),
  amendments: z.array(z.string()),
});

/** The words of a paragraph (or, with `within`, of an amendment's tabled wording) in dispute, and every wording for them. */
const disputeSchema = z.strictObject({
  target: z.string(),
  within: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  language: languageSchema,
  original: z.string(),
  wordings: z.array(z.strictObject({ amendment: z.string(), text: z.string() })),
});

/** The order of the vote at each place; `amends` maps each sub-amendment to the amendment it amends (voted just after it). */
export const votingOrderSchema = z.array(
  z.strictObject({
    target: z.string(),
    label: z.string(),
    order: z.array(z.string()),
    falls: z.record(z.string(), z.array(z.string())),
    amends: z.record(z.string(), z.string()),
  }),
);

/** Where each paragraph's label moves once the accepted amendments are applied (OP3 → OP4), and nothing else. */
export const renumberingSchema = z.strictObject({ renumbering: z.record(z.string(), z.string()) });

export const consolidationSchema = z.strictObject({
  language: languageSchema,
  title: z.strictObject({ html: z.string(), changes, amendments: z.array(z.string()) }).nullable(),
  paragraphs: z.array(consolidatedSub.extend({ kind: z.enum(PARAGRAPH_KINDS), subParagraphs: z.array(consolidatedSub) })),
  renumbering: z.record(z.string(), z.string()),
  conflicts: z.array(
    z.strictObject({ target: z.string(), label: z.string(), amendments: z.array(z.string()), disputes: z.array(disputeSchema) }),
  ),
  merges: z.array(z.strictObject({ target: z.string(), label: z.string(), amendments: z.array(z.string()) })),
  subAmended: z.array(
    z.strictObject({
      amendment: z.string(),
      language: languageSchema,
      tabled: z.string(),
      wording: z.string(),
      subAmendments: z.array(z.string()),
      html: z.string(),
    }),
  ),
  votingOrder: votingOrderSchema,
});
