import type { Gender } from "../model.js";
import type { SpeakerRequest, SpeakersList } from "./types.js";

const binary = (g: Gender): g is "woman" | "man" => g === "woman" || g === "man";
const opposite = (g: "woman" | "man"): "woman" | "man" => (g === "woman" ? "man" : "woman");

/**
 * Alternates women and men, starting with the gender opposite to `after`; people of other or undisclosed
 * gender keep their place in the order. When one gender runs out, the rest follow in order.
 */
export const alternate = (requests: readonly SpeakerRequest[], after: "woman" | "man" | null): SpeakerRequest[] => {
  const remaining = [...requests];
  const out: SpeakerRequest[] = [];
  let want = after === null ? null : opposite(after);
  while (remaining.length > 0) {
    const fits = remaining.findIndex((r) => want === null || !binary(r.speaker.gender) || r.speaker.gender === want);
    const [pick] = remaining.splice(Math.max(fits, 0), 1) as [SpeakerRequest];
    if (binary(pick.speaker.gender)) want = opposite(pick.speaker.gender);
    out.push(pick);
  }
  return out;
};

/**
 * The order in which the waiting requests will be called: points of order first, then rights of reply (which
 * answer the turn just given), then interventions (alternating women and men when on).
 */
export const callingOrder = (list: SpeakersList): SpeakerRequest[] => {
  const points = list.queue.filter((r) => r.kind === "point_of_order");
  const replies = list.queue.filter((r) => r.kind === "reply");
  const floor = list.queue.filter((r) => r.kind === "floor");
  return [...points, ...replies, ...(list.alternation ? alternate(floor, list.lastSpeakerGender) : floor)];
};
