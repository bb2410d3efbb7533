import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { AccountId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import { diffWords } from "../../domain/text/diff.js";
import {
  awaitsTranslator,
  median,
  nextTranslationStatus,
  readerStatus,
  turnaround,
  type TranslationSourceKind,
  type TranslationTaskStatus,
} from "../../domain/translations/translation.js";
import { listAmendments } from "../amendments/read.js";
import { groupContext } from "../../store/committee/context.js";
import { recommendationsOfDraft } from "../../store/committee/recommendations.js";
import { mayRead } from "../recommendations/read.js";
import { visibleDraft } from "../drafts/read.js";
import type { Schema } from "../../store/schema.js";
import {
  findTranslation,
  translationQueue,
  translationsOfDraft,
  translationsOfSource,
  type StoredTranslation,
} from "../../store/translations/rows.js";

const WAITING: readonly TranslationTaskStatus[] = ["open", "drafted", "stale"];

const mustTranslate = (p: Principal) => {
  if (!can(p, { kind: "translate" })) throw new DomainError("forbidden", "Only translators and the secretariat see the translation queue");
};

const names = async (db: Kysely<Schema>, ids: readonly (AccountId | null)[]) => {
  const wanted = [...new Set(ids.filter((i): i is AccountId => i !== null))];
  const rows = wanted.length ? await db.selectFrom("accounts").select(["id", "name"]).where("id", "in", wanted).execute() : [];
  return new Map(rows.map((r) => [r.id, r.name]));
};

const symbols = async (db: Kysely<Schema>, ids: readonly string[]) => {
  const wanted = [...new Set(ids)];
  const rows = wanted.length ? await db.selectFrom("draft_resolutions").select(["id", "symbol"]).where("id", "in", wanted).execute() : [];
  return new Map(rows.map((r) => [r.id, r.symbol]));
};

/** The accounts that hold the translator role: whom the secretariat may assign. */
const translatorsFor = async (db: Kysely<Schema>, p: Principal) => {
  if (!can(p, { kind: "assign_translations" })) return [];
  return db
    .selectFrom("accounts")
    .innerJoin("role_assignments", "role_assignments.account_id", "accounts.id")
    .select(["accounts.id", "accounts.name"])
    .where("role_assignments.role", "=", "translator")
    .distinct()
    .orderBy("accounts.name")
    .execute();
};

const summaryOf = (t: StoredTranslation, who: Map<AccountId, string>, symbol: Map<string, string>) => ({
  id: t.id,
  draftId: t.draftId,
  draftSymbol: symbol.get(t.draftId) ?? "",
  sourceKind: t.sourceKind,
  sourceId: t.sourceId,
  part: t.part,
  sourceLanguage: t.sourceLanguage,
  language: t.language,
  status: t.status,
  number: t.source.number,
  action: t.source.action,
  label: t.source.label,
  parentNumber: t.source.parentNumber,
  groupNumber: t.source.groupNumber,
  question: t.source.question,
  tabledAt: t.tabledAt,
  doneAt: t.doneAt,
  assignedTo: t.assignedTo ? { id: t.assignedTo as string, name: who.get(t.assignedTo) ?? "" } : null,
  version: t.version,
});

/** The time to all languages of each source among some tasks (per amendment or recommendation), oldest first. */
const turnaroundsOf = (tasks: readonly StoredTranslation[]) => {
  const bySource = new Map<string, StoredTranslation[]>();
  for (const t of tasks) bySource.set(`${t.sourceKind}:${t.sourceId}`, [...(bySource.get(`${t.sourceKind}:${t.sourceId}`) ?? []), t]);
  return [...bySource.values()].map((ts) => ({
    sourceKind: ts[0]!.sourceKind,
    sourceId: ts[0]!.sourceId,
    tabledAt: ts.map((t) => t.tabledAt).sort()[0]!,
    milliseconds: turnaround(ts),
  }));
};

/**
 * The translation queue for translators and the secretariat, oldest tabled first, narrowed by language, status and
 * draft; the secretariat also gets the time from tabling to all languages per text and its median.
 */
export const translationQueueFor = async (
  db: Kysely<Schema>,
  p: Principal,
  query: { lang?: Language | undefined; status?: TranslationTaskStatus | "waiting" | "all" | undefined; draft?: string | undefined },
) => {
  mustTranslate(p);
  const status = query.status ?? "waiting";
  const tasks = await translationQueue(db, {
    language: query.lang,
    statuses: status === "all" ? undefined : status === "waiting" ? WAITING : [status],
    draftId: query.draft,
  });
  const secretariat = can(p, { kind: "assign_translations" });
  const all = secretariat ? await translationQueue(db, { draftId: query.draft }) : [];
  const turnarounds = turnaroundsOf(all);
  const [who, symbol] = await Promise.all([
    names(
      db,
      tasks.map((t) => t.assignedTo),
    ),
    symbols(
      db,
      tasks.map((t) => t.draftId),
    ),
  ]);
  return {
    tasks: tasks.map((t) => summaryOf(t, who, symbol)),
    turnarounds,
    medianMilliseconds: median(turnarounds.flatMap((x) => (x.milliseconds === null ? [] : [x.milliseconds]))),
    translators: await translatorsFor(db, p),
    permissions: { assign: secretariat, turnaround: secretariat },
  };
};

/** One task for the translation page: its source with the changes marked, the wording so far, the steps the reader may take. */
export const translationDetailFor = async (db: Kysely<Schema>, p: Principal, id: string) => {
  mustTranslate(p);
  const t = await findTranslation(db, id);
  if (!t) throw notFound("Translation", id);
  const siblings = await translationsOfSource(db, t.sourceKind, t.sourceId);
  const [who, symbol] = await Promise.all([names(db, [t.assignedTo]), symbols(db, [t.draftId])]);
  const secretariat = can(p, { kind: "assign_translations" });
  const mine = t.assignedTo === null || t.assignedTo === p.accountId || secretariat;
  const may = (step: "save" | "submit" | "reopen") => mine && nextTranslationStatus(t.status, step) !== null;
  return {
    ...summaryOf(t, who, symbol),
    source: {
      text: t.source.text,
      before: t.source.before,
      targetBefore: t.source.targetBefore,
      changes: diffWords(t.source.before ?? "", t.source.text, t.sourceLanguage),
    },
    text: t.text,
    changes: t.text === null ? null : diffWords(t.source.targetBefore ?? "", t.text, t.language),
    languages: siblings.filter((s) => s.part === t.part).map((s) => ({ language: s.language, status: s.status })),
    turnaroundMilliseconds: turnaround(siblings),
    translators: await translatorsFor(db, p),
    permissions: {
      save: may("save"),
      submit: may("submit"),
      reopen: may("reopen"),
      claim: t.assignedTo === null && awaitsTranslator(t.status),
      assign: secretariat && awaitsTranslator(t.status),
    },
  };
};

/**
 * A draft's amendments and its groups' recommendations in the reader's language: the final translation of each
 * wording with its tracked changes against the paragraph in that language, or its status when it is not final
 * ("translation needed"). Only what the reader may see; the secretariat also gets the time to all languages of each.
 */
export const draftTranslationsFor = async (db: Kysely<Schema>, p: Principal, draftId: string, language: Language) => {
  await visibleDraft(db, p, draftId);
  const visible = new Set((await listAmendments(db, p, draftId)).map((a) => a.amendment.id as string));
  // A group's recommendation is read in other languages by whoever may read it: its group until presented, then all.
  for (const { recommendation: r } of await recommendationsOfDraft(db, draftId))
    if (mayRead(p, r, await groupContext(db, r.groupId))) visible.add(r.id);
  const tasks = (await translationsOfDraft(db, draftId)).filter((t) => visible.has(t.sourceId));
  return {
    language,
    items: tasks
      .filter((t) => t.language === language)
      .map((t) => {
        const final = t.status === "final" && t.text !== null;
        return {
          sourceKind: t.sourceKind as TranslationSourceKind,
          sourceId: t.sourceId,
          part: t.part,
          sourceLanguage: t.sourceLanguage,
          status: readerStatus(t.status),
          text: final ? t.text : null,
          changes: final ? diffWords(t.source.targetBefore ?? "", t.text!, language) : null,
        };
      }),
    turnarounds: can(p, { kind: "assign_translations" }) ? turnaroundsOf(tasks) : [],
  };
};
