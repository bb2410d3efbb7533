import { useEffect, useRef, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatSeconds, isNearEnd, secondsElapsed, secondsLeft } from "./countdown.js";
import { playZeroSignal, soundAtZero } from "./signal.js";

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

/** Sounds the chime once when a running turn's time reaches zero, if this browser asked for it. */
const useZeroSignal = (left: number | null, startedAt: string) => {
  const last = useRef<{ startedAt: string; left: number | null }>({ startedAt, left });
  useEffect(() => {
    const before = last.current;
    last.current = { startedAt, left };
    if (before.startedAt === startedAt && before.left !== null && before.left > 0 && left !== null && left <= 0 && soundAtZero())
      playZeroSignal();
  }, [left, startedAt]);
};

/**
 * The time left in the current turn, counted on the server's clock: amber as a warning near the end, red and
 * flashing at zero (with a chime where the chair switched it on), then counting past zero once over time.
 * Without a limit it shows the time spoken so far.
 */
export const Countdown = ({ startedAt, limitSeconds, offset, className, t: given }: CountdownProps) => {
  const { t: own } = useTranslation();
  const t = given ?? own;
  const now = useNow();
  const left = secondsLeft(startedAt, limitSeconds, now, offset);
  const elapsed = secondsElapsed(startedAt, now, offset);
  useZeroSignal(left, startedAt);
  const tone = left === null ? "open" : left <= 0 ? "over" : limitSeconds !== null && isNearEnd(left, limitSeconds) ? "near" : "running";
  const label = left === null ? t("groups.countdown.elapsed") : left <= 0 ? t("groups.countdown.over") : t("groups.countdown.left");
  return (
    <div className={["countdown", `countdown-${tone}`, className].filter(Boolean).join(" ")} data-testid="countdown" data-tone={tone}>
      <span className="countdown-label">{label}</span>
      <span className="countdown-time" role="timer" aria-label={label} dir="ltr">
        {formatSeconds(left ?? elapsed)}
      </span>
    </div>
  );
};
