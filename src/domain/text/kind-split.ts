/** How strongly a paragraph's own signs say preambular and operative (label 1000, opening words 4, number 3, punctuation 1). */
export interface KindWeights {
  readonly preambular: number;
  readonly operative: number;
}

/**
 * Where the preamble ends: the number of leading paragraphs taken as preambular, chosen so that the signs
 * contradicted weigh least. Among equal choices the earliest wins, then it extends over paragraphs with no
 * sign at all, which follow the paragraph before them. One pass forward, one back: linear in the paragraphs.
 */
export const preambleLength = (weights: readonly KindWeights[]): number => {
  const n = weights.length;
  let operativeAfter = weights.reduce((s, w) => s + w.preambular, 0);
  let operativeBefore = 0;
  let best = operativeAfter;
  let at = 0;
  for (let k = 1; k <= n; k++) {
    const w = weights[k - 1] as KindWeights;
    operativeAfter -= w.preambular;
    operativeBefore += w.operative;
    const cost = operativeBefore + operativeAfter;
    if (cost < best) {
      best = cost;
      at = k;
    }
  }
  while (at < n && (weights[at] as KindWeights).preambular === 0 && (weights[at] as KindWeights).operative === 0) at++;
  return at;
};
