import type { Brand, DiscussionGroupId } from "../ids.js";

/** A hall screen of a sitting: its own address, hall language and projection. */
export type ProjectorId = Brand<string, "ProjectorId">;

/** What a hall screen can show. */
export const SLIDE_KINDS = ["speakers", "paragraph", "text", "vote", "agenda", "message", "countdown", "group_report"] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/**
 * One slide: the speakers list of the screen's floor, a paragraph under debate (optionally one amendment to it)
 * with its tracked changes, the text being adopted, a vote and its result, the sitting's agenda, a free message,
 * a countdown that starts when the slide is shown, or one page of a discussion group's report as its rapporteur presents it.
 */
export type Slide =
  | { readonly kind: "speakers" }
  | { readonly kind: "paragraph"; readonly paragraphId: string; readonly amendmentId: string | null }
  | { readonly kind: "text"; readonly draftId: string }
  | { readonly kind: "vote"; readonly voteId: string }
  | { readonly kind: "agenda" }
  | { readonly kind: "message"; readonly text: string }
  | { readonly kind: "countdown"; readonly label: string; readonly seconds: number }
  | { readonly kind: "group_report"; readonly groupId: DiscussionGroupId; readonly page: number };

/** A slide prepared in the queue, with an id so it can be shown or removed by name. */
export interface QueuedSlide {
  readonly id: string;
  readonly slide: Slide;
}

/** What a screen shows now, since when, and the slides prepared to follow. */
export interface Projection {
  readonly current: Slide;
  readonly shownAt: string;
  readonly queue: readonly QueuedSlide[];
}

export const MAX_MESSAGE_LENGTH = 500;
export const MAX_COUNTDOWN_SECONDS = 24 * 3600;
export const MAX_QUEUE = 30;
/** The last page a group report's slide may name; a report has far fewer, and the screen shows its last page past them. */
export const MAX_REPORT_PAGE = 199;

/** The projection of a new screen: the speakers list, as the hall's screen always showed it. */
export const initialProjection = (now: string): Projection => ({ current: { kind: "speakers" }, shownAt: now, queue: [] });

/** The ids a slide refers to, which the store must find in the screen's sitting before it is shown or queued. */
export const slideReference = (
  slide: Slide,
): { readonly what: "paragraph" | "amendment" | "draft" | "vote" | "group"; readonly id: string }[] => {
  switch (slide.kind) {
    case "paragraph":
      return [
        { what: "paragraph", id: slide.paragraphId },
        ...(slide.amendmentId === null ? [] : [{ what: "amendment" as const, id: slide.amendmentId }]),
      ];
    case "text":
      return [{ what: "draft", id: slide.draftId }];
    case "vote":
      return [{ what: "vote", id: slide.voteId }];
    case "group_report":
      return [{ what: "group", id: slide.groupId }];
    case "speakers":
    case "agenda":
    case "message":
    case "countdown":
      return [];
  }
};
