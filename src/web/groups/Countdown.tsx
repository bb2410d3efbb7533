import { useEffect, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatSeconds, isNearEnd, secondsElapsed, secondsLeft } from "./countdown.js";

const TICK_MS = 250;

/** The client's clock, re-read a few times a second while a turn runs. */
const useNow = (): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
};

interface CountdownProps {
  readonly startedAt: string;
  readonly limitSeconds: number | null;
  /** Server clock minus client clock, in milliseconds. */
  readonly offset: number;
  readonly className?: string;
  /** The translation to speak in (the projector speaks the room's language). */
  readonly t?: TFunction;
}

/**
 * The time left in the current turn, counted on the server's clock; red near the end, and counting past
 * zero once over time. Without a limit it shows the time spoken so far.
 */
export const Countdown = ({ startedAt, limitSeconds, offset, className, t: given }: CountdownProps) => {
  const { t: own } = useTranslation();
  const t = given ?? own;
  const now = useNow();
  const left = secondsLeft(startedAt, limitSeconds, now, offset);
  const elapsed = secondsElapsed(startedAt, now, offset);
  const tone = left === null ? "open" : left < 0 ? "over" : limitSeconds !== null && isNearEnd(left, limitSeconds) ? "near" : "running";
  const label = left === null ? t("groups.countdown.elapsed") : left < 0 ? t("groups.countdown.over") : t("groups.countdown.left");
  return (
    <div className={["countdown", `countdown-${tone}`, className].filter(Boolean).join(" ")} data-testid="countdown" data-tone={tone}>
      <span className="countdown-label">{label}</span>
      <span className="countdown-time" role="timer" aria-label={label} dir="ltr">
        {formatSeconds(left ?? elapsed)}
      </span>
    </div>
  );
};
