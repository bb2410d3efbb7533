import type { BadgeTone } from "../components/Badge.js";

/** The badge of each translation status: waiting ones stand out, final is live, cancelled is quiet. */
export const STATUS_TONES = {
  open: "missing",
  drafted: "draft",
  stale: "notice",
  final: "live",
  cancelled: "neutral",
} as const satisfies Record<string, BadgeTone>;
