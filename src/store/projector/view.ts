import type { Kysely } from "kysely";
import { reportPageAt, reportPages } from "../../domain/projector/group-report.js";
import { countdownEnd } from "../../domain/projector/queue.js";
import type { Projection, Slide } from "../../domain/projector/slides.js";
import { labelAll } from "../../domain/text/labels.js";
import { agendaItemData, sittingData } from "../columns/setup.js";
import { readVote } from "../committee/votes.js";
import { decodeColumn } from "../decode.js";
import { loadDraft } from "../drafts.js";
import { readGroupFloor, readPlenaryFloor } from "../group-work/floor.js";
import { readList } from "../group-work/lists.js";
import { paragraphUnderDiscussion } from "../group-work/paragraphs.js";
import { projectorView } from "../group-work/projector.js";
import type { Schema } from "../schema.js";
import { readGroupReport } from "./group-report.js";
import type { StoredProjector } from "./rows.js";

/**
 * A slide is read as the staff read it, unpublished texts included: a controller chose to project it in the hall, and was checked then;
 * what reaches the screen is only the slide's content.
 */
const HALL_READS_UNPUBLISHED = true;

const speakers = async (db: Kysely<Schema>, s: StoredProjector, serverTime: string) => {
  const floor = s.groupId === null ? await readPlenaryFloor(db, s.sittingId) : await readGroupFloor(db, s.groupId);
  return {
    kind: "speakers" as const,
    speakers: await projectorView(db, HALL_READS_UNPUBLISHED, floor, await readList(db, floor), serverTime),
  };
};

const paragraph = async (db: Kysely<Schema>, s: StoredProjector, paragraphId: string, amendmentId: string | null) => {
  const found = await paragraphUnderDiscussion(db, HALL_READS_UNPUBLISHED, s.sittingId, paragraphId);
  const shown = found && amendmentId !== null ? { ...found, amendments: found.amendments.filter((a) => a.id === amendmentId) } : found;
  return { kind: "paragraph" as const, amendmentId, paragraph: shown };
};

const text = async (db: Kysely<Schema>, draftId: string) => {
  const draft = await loadDraft(db, draftId, HALL_READS_UNPUBLISHED);
  const labels = labelAll(draft.text.paragraphs);
  return {
    kind: "text" as const,
    symbol: draft.symbol,
    title: draft.text.title,
    paragraphs: draft.text.paragraphs.map((p) => ({
      id: p.id as string,
      label: labels.get(p.id) ?? "",
      text: p.text,
      subParagraphs: p.subParagraphs.map((x) => ({ id: x.id as string, label: labels.get(x.id) ?? "", text: x.text })),
    })),
  };
};

const vote = async (db: Kysely<Schema>, voteId: string) => {
  const { vote: v, group } = await readVote(db, voteId);
  return {
    kind: "vote" as const,
    groupNumber: group.number,
    groupTitle: group.title,
    status: v.status,
    round: v.round,
    ballotsCast: Object.keys(v.ballots).length,
    // The result is shown once the vote closed, never a running count.
    counts: v.status === "closed" && v.counts ? { ...v.counts } : null,
  };
};

const agenda = async (db: Kysely<Schema>, s: StoredProjector) => {
  const sitting = await db.selectFrom("sittings").selectAll().where("id", "=", s.sittingId).executeTakeFirstOrThrow();
  const items = await db.selectFrom("agenda_items").selectAll().where("sitting_id", "=", s.sittingId).orderBy("position").execute();
  const data = decodeColumn(sittingData, sitting.data, "sittings", sitting.id);
  return {
    kind: "agenda" as const,
    number: sitting.number,
    title: data.title,
    date: sitting.date,
    startTime: sitting.start_time,
    endTime: sitting.end_time,
    items: items.map((i) => ({ number: i.number, title: decodeColumn(agendaItemData, i.data, "agenda_items", i.id).title })),
  };
};

/** What one slide shows on a screen, read now; a countdown ends `seconds` after `shownAt`. */
export const slideView = async (db: Kysely<Schema>, s: StoredProjector, slide: Slide, shownAt: string, serverTime: string) => {
  switch (slide.kind) {
    case "speakers":
      return speakers(db, s, serverTime);
    case "paragraph":
      return paragraph(db, s, slide.paragraphId, slide.amendmentId);
    case "text":
      return text(db, slide.draftId);
    case "vote":
      return vote(db, slide.voteId);
    case "agenda":
      return agenda(db, s);
    case "message":
      return { kind: "message" as const, text: slide.text };
    case "countdown":
      return {
        kind: "countdown" as const,
        label: slide.label,
        endsAt: countdownEnd({ current: slide, shownAt, queue: [] } satisfies Projection) ?? shownAt,
      };
    case "group_report": {
      // The page shown: the last one past the end, when the report has fewer pages than the presenter stepped through.
      const report = await readGroupReport(db, slide.groupId);
      return { kind: "group_report" as const, page: reportPageAt(reportPages(report), slide.page).index, report };
    }
  }
};

export type SlideView = Awaited<ReturnType<typeof slideView>>;
