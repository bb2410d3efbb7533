import type { GroupFunction } from "../domain/designations/designation.js";
import type { Kysely } from "kysely";
import type { Principal } from "../domain/authorization.js";
import { DomainError, notFound } from "../domain/errors.js";
import type { ParticipationFigures } from "../domain/participation/figures.js";
import type { StoredRecommendation } from "../store/committee/recommendations.js";
import { listGroupRecommendations } from "../commands/recommendations/read.js";
import type { StoredDraft } from "../store/drafts.js";
import { visibleDraft } from "../commands/drafts/read.js";
import { listContributions, type ContributionView } from "../store/group-work/contributions.js";
import { loadGroupFloor, loadPlenaryFloor, mayFollow, mayReadParticipation } from "../commands/groups/floor.js";
import { groupParticipation, sittingParticipation } from "../store/group-work/participation.js";
import type { Schema } from "../store/schema.js";
import { listDesignations } from "../commands/designations/read.js";
import { getSittingDetail, type SittingDetail } from "../store/sittings.js";
import { readsUnpublished } from "../domain/authorization.js";
import { loadNoteSource } from "./sources.js";
import { storedAmendments, type StoredAmendment } from "../store/amendments/rows.js";
import { asId, type SittingId } from "../domain/ids.js";

/** A sitting named by the symbol of one of its documents (the information note) or by its id. */
export interface NamedSitting {
  readonly detail: SittingDetail;
  /** The document symbol the sitting was named by, or null when named by its id. */
  readonly noteSymbol: string | null;
}

/** Finds a sitting by a document symbol, else by its id; neither is not found. */
export const loadNamedSitting = async (db: Kysely<Schema>, p: Principal, symbol: string): Promise<NamedSitting> => {
  try {
    return { detail: await loadNoteSource(db, p, symbol), noteSymbol: symbol };
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== "not_found") throw e;
  }
  const detail = await getSittingDetail(db, readsUnpublished(p), asId<SittingId>(symbol)).catch(() => null);
  if (!detail) throw notFound("Document or sitting", symbol);
  return { detail, noteSymbol: null };
};

/** The group symbol's form: the information note's symbol (or the sitting's id), "/G" and the group's number. */
export const GROUP_SYMBOL = /^(.+)\/G(\d{1,3})$/;

/** Splits "FEM/32/5.Inf-1/G1" into the note's symbol and the group number; anything else is a 400 naming the form. */
export const parseGroupSymbol = (symbol: string): { base: string; number: number } => {
  const match = GROUP_SYMBOL.exec(symbol.trim());
  if (!match) {
    throw new DomainError(
      "validation_failed",
      "A group report is named by the information note's symbol and the group number, e.g. FEM/32/5.Inf-1/G1",
      [{ path: "symbol", message: "expected NOTE-SYMBOL/G<number>" }],
    );
  }
  return { base: match[1] as string, number: Number(match[2]) };
};

/** A person holding a group office. */
export interface OfficeHolder {
  readonly name: string;
  readonly parliament: string;
}

/** A recommendation with its draft and the amendments it proposes, in the order the rapporteur listed them. */
export interface RecommendationSource {
  readonly stored: StoredRecommendation;
  readonly draft: StoredDraft;
  readonly amendments: readonly StoredAmendment[];
}

/** Everything a group report shows, as far as the caller may see it. */
export interface GroupReportSource {
  readonly symbol: string;
  readonly sitting: NamedSitting;
  readonly group: SittingDetail["groups"][number];
  readonly chair: OfficeHolder | null;
  readonly rapporteur: OfficeHolder | null;
  readonly recommendations: readonly RecommendationSource[];
  readonly contributions: readonly ContributionView[];
  /** Null when the caller may not read the figures (only the chair and the staff may). */
  readonly figures: ParticipationFigures | null;
}

const holder = (designations: Awaited<ReturnType<typeof listDesignations>>, fn: GroupFunction): OfficeHolder | null => {
  const d = designations.find((x) => x.designation.function === fn && x.designation.status === "designated");
  return d ? { name: d.participant.name, parliament: d.participant.parliament } : null;
};

/**
 * Loads a group report's data: the group's members and the staff may read it; the participation figures
 * come only for the chair and the staff.
 */
export const loadGroupReportSource = async (db: Kysely<Schema>, p: Principal, symbol: string): Promise<GroupReportSource> => {
  const { base, number } = parseGroupSymbol(symbol);
  const sitting = await loadNamedSitting(db, p, base);
  const group = sitting.detail.groups.find((g) => g.number === number);
  if (!group) throw notFound("Discussion group", symbol);
  const floor = await loadGroupFloor(db, p, group.id);
  if (!(await mayFollow(db, p, floor))) throw new DomainError("forbidden", "A group's report is for its members and the staff");
  const [designations, stored, contributions] = await Promise.all([
    listDesignations(db, p, group.id),
    listGroupRecommendations(db, p, group.id),
    listContributions(db, floor),
  ]);
  const recommendations = await Promise.all(
    stored.map(async (s): Promise<RecommendationSource> => {
      const r = s.recommendation;
      const [draft, all] = await Promise.all([visibleDraft(db, p, r.draftId), storedAmendments(db, r.draftId)]);
      const byId = new Map(all.map((a) => [a.amendment.id as string, a]));
      return { stored: s, draft, amendments: r.amendmentIds.flatMap((id) => byId.get(id) ?? []) };
    }),
  );
  const figures = mayReadParticipation(p, floor) ? await groupParticipation(db, floor) : null;
  return {
    symbol,
    sitting,
    group,
    chair: holder(designations, "chair"),
    rapporteur: holder(designations, "rapporteur"),
    recommendations,
    contributions,
    figures,
  };
};

/** A sitting's participation figures: the whole sitting, each group and the plenary. */
export interface ParticipationSource {
  readonly symbol: string;
  readonly sitting: NamedSitting;
  readonly figures: Awaited<ReturnType<typeof sittingParticipation>>;
}

/** Loads the participation figures of a sitting for the staff and the body's presiding officer; others are refused. */
export const loadParticipationSource = async (db: Kysely<Schema>, p: Principal, symbol: string): Promise<ParticipationSource> => {
  const sitting = await loadNamedSitting(db, p, symbol);
  const floor = await loadPlenaryFloor(db, p, sitting.detail.sitting.id);
  if (!mayReadParticipation(p, floor))
    throw new DomainError("forbidden", "Participation figures are for the staff and the presiding officer");
  return { symbol, sitting, figures: await sittingParticipation(db, floor) };
};
