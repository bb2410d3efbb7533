import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "missing" | "draft" | "notice" | "live" | "offline";

export const Badge = ({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) => (
  <span className={`badge badge-${tone}`}>{children}</span>
);
