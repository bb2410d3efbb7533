import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { Kysely } from "kysely";
import { authorChoices, type AuthorChoices } from "../../store/amendments/authors.js";
import type { Schema } from "../../store/schema.js";
import type { SittingId } from "../../domain/ids.js";

/** Who an amendment is by: an author and co-sponsors from the data, or a paper amendment the secretariat typed in. */
export interface Authorship {
  readonly author: string;
  readonly coSponsors: readonly string[];
  readonly paper: boolean;
}

const key = (name: string): string => name.trim().normalize("NFC").toLocaleLowerCase("en");
const find = (names: readonly string[], name: string): string | undefined => names.find((n) => key(n) === key(name));

const refuse = (path: string, message: string): DomainError => new DomainError("validation_failed", message, [{ path, message }]);

/**
 * Settles who an amendment is by. A member names their own delegation or a body they act for, with delegations
 * of the event as co-sponsors, spelled as the data spells them. The secretariat may name any delegation or body;
 * a name outside the data is then a paper amendment it entered, and the documents say so. `paper` true says so
 * outright (the author as written, even a name the data knows); false holds the secretariat to the data too.
 */
export const settleAuthorship = (
  p: Principal,
  choices: AuthorChoices,
  author: string | null | undefined,
  coSponsors: readonly string[] = [],
  paperClaimed?: boolean,
): Authorship => {
  const paperAllowed = can(p, { kind: "enter_paper_amendment" });
  if (paperClaimed && !paperAllowed) throw new DomainError("forbidden", "Only the secretariat enters a paper amendment");
  const allowed = paperAllowed ? [...choices.mine, ...choices.delegations, ...choices.bodies] : choices.mine;
  // A member with one possible author need not name it.
  const named = author?.trim() || (!paperAllowed && choices.mine.length === 1 ? choices.mine[0]! : "");
  if (named === "") throw refuse("author", "Name the author: your delegation or a body you act for");
  const chosen = paperClaimed ? undefined : find(allowed, named);
  if (!chosen && (!paperAllowed || paperClaimed === false)) {
    const offer = choices.mine.length
      ? `choose ${choices.mine.map((n) => `"${n}"`).join(" or ")}`
      : "you have no delegation or body on record in this event";
    throw refuse("author", `"${named}" is not your delegation or a body you act for: ${offer}`);
  }
  const paper = chosen === undefined;
  const sponsors = coSponsors.map((c) => {
    const found = find(choices.delegations, c);
    if (found) return found;
    if (paper) return c.trim();
    throw refuse("coSponsors", `"${c.trim()}" is not a delegation of this event`);
  });
  const name = chosen ?? named;
  return { author: name, coSponsors: [...new Set(sponsors)].filter((s) => key(s) !== key(name)), paper };
};

/** The authors, co-sponsors and paper option a person may choose for an amendment to a draft; observers and the public none. */
export const authorOptions = async (
  db: Kysely<Schema>,
  p: Principal,
  draft: { readonly sittingId: SittingId | null },
): Promise<{ authors: string[]; suggested: string | null; coSponsors: string[]; paper: boolean }> => {
  if (p.accountId === null) throw new DomainError("unauthenticated", "Sign in first");
  if (!can(p, { kind: "propose_amendment" })) throw new DomainError("forbidden", "Your role does not allow proposing amendments");
  const choices = await authorChoices(db, p, draft);
  const paper = can(p, { kind: "enter_paper_amendment" });
  const authors = paper ? [...choices.mine, ...choices.delegations, ...choices.bodies] : [...choices.mine];
  return {
    authors: [...new Map(authors.map((a) => [key(a), a])).values()],
    suggested: choices.mine.length === 1 ? choices.mine[0]! : null,
    coSponsors: [...choices.delegations],
    paper,
  };
};
