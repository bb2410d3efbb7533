const STORAGE_KEY = "rapporteur.speakers.soundAtZero";

/**
 * Whether a sound marks the end of a turn's time on this browser: the chair's choice, kept in the browser so
 * that a hall screen opened from the same computer follows it.
 */
export const soundAtZero = (): boolean => {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "on";
  } catch {
    return false;
  }
};

/** Remembers the chair's choice of a sound at zero. */
export const setSoundAtZero = (on: boolean): void => {
  try {
    if (on) window.localStorage.setItem(STORAGE_KEY, "on");
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
};

/** A short two-tone chime, made on the spot (no sound file): the speaker's time is up. */
export const playZeroSignal = (): void => {
  const Context = window.AudioContext as typeof AudioContext | undefined;
  if (!Context) return;
  try {
    const audio = new Context();
    [880, 660].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      const start = audio.currentTime + i * 0.25;
      gain.gain.setValueAtTime(0.2, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.22);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.24);
    });
    window.setTimeout(() => void audio.close(), 1000);
  } catch {
    // A browser that refuses sound without a gesture on this page stays silent; the screen still signals.
  }
};
