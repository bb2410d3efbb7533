import { DomainError } from "../errors.js";
import { MAX_COUNTDOWN_SECONDS, MAX_MESSAGE_LENGTH, MAX_QUEUE, MAX_REPORT_PAGE, type Projection, type Slide } from "./slides.js";

/**
 * The steps that change a screen's projection: show a slide at once, prepare one at the end of the queue,
 * project the next prepared slide, project one prepared slide out of turn, take one out of the queue.
 */
export type ProjectorStep =
  | { readonly type: "show"; readonly slide: Slide }
  | { readonly type: "enqueue"; readonly id: string; readonly slide: Slide }
  | { readonly type: "show_next" }
  | { readonly type: "show_queued"; readonly id: string }
  | { readonly type: "remove"; readonly id: string };

/** Why a slide cannot be shown: empty message, a message too long, a countdown out of range, a report page out of range. */
export const slideProblems = (slide: Slide): { path: string; message: string }[] => {
  switch (slide.kind) {
    case "message":
      return slide.text.trim().length === 0 || slide.text.length > MAX_MESSAGE_LENGTH
        ? [{ path: "slide.text", message: `a message has 1 to ${MAX_MESSAGE_LENGTH} characters` }]
        : [];
    case "countdown":
      return Number.isInteger(slide.seconds) && slide.seconds > 0 && slide.seconds <= MAX_COUNTDOWN_SECONDS && slide.label.length <= 200
        ? []
        : [{ path: "slide.seconds", message: `a countdown lasts 1 to ${MAX_COUNTDOWN_SECONDS} seconds` }];
    case "group_report":
      return Number.isInteger(slide.page) && slide.page >= 0 && slide.page <= MAX_REPORT_PAGE
        ? []
        : [{ path: "slide.page", message: `a report's page is 0 to ${MAX_REPORT_PAGE}` }];
    case "speakers":
    case "paragraph":
    case "text":
    case "vote":
    case "agenda":
      return [];
  }
};

const valid = (slide: Slide): Slide => {
  const issues = slideProblems(slide);
  if (issues.length > 0) throw new DomainError("validation_failed", "This slide cannot be shown", issues);
  return slide;
};

const queued = (p: Projection, id: string) => {
  const found = p.queue.find((q) => q.id === id);
  if (!found) throw new DomainError("not_found", `Slide ${id} is not in this screen's queue`);
  return found;
};

/** Applies one step to a projection at `now`; a slide shown takes `now` as its start (a countdown counts from it). */
export const applyProjectorStep = (p: Projection, step: ProjectorStep, now: string): Projection => {
  switch (step.type) {
    case "show":
      return { ...p, current: valid(step.slide), shownAt: now };
    case "enqueue":
      if (p.queue.length >= MAX_QUEUE) throw new DomainError("conflict", `A screen prepares at most ${MAX_QUEUE} slides`);
      if (p.queue.some((q) => q.id === step.id)) throw new DomainError("conflict", `Slide ${step.id} is already queued`);
      return { ...p, queue: [...p.queue, { id: step.id, slide: valid(step.slide) }] };
    case "show_next": {
      const [next, ...rest] = p.queue;
      if (!next) throw new DomainError("invalid_transition", "No slide is prepared to be shown next");
      return { current: next.slide, shownAt: now, queue: rest };
    }
    case "show_queued": {
      const chosen = queued(p, step.id);
      return { current: chosen.slide, shownAt: now, queue: p.queue.filter((q) => q !== chosen) };
    }
    case "remove": {
      const chosen = queued(p, step.id);
      return { ...p, queue: p.queue.filter((q) => q !== chosen) };
    }
  }
};

/** The slide that `show_next` would project: what the control screen previews. */
export const nextSlide = (p: Projection): Slide | null => p.queue[0]?.slide ?? null;

/** When a countdown slide ends, from the moment it was shown; null for any other slide. */
export const countdownEnd = (p: Projection): string | null =>
  p.current.kind === "countdown" ? new Date(Date.parse(p.shownAt) + p.current.seconds * 1000).toISOString() : null;
