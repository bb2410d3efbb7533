/**
 * A person's or body's text placed inside a sentence of the interface, isolated with Unicode's first-strong
 * isolate (U+2068 … U+2069): an English name in an Arabic sentence, or the reverse, keeps its own direction
 * and does not reorder the words and punctuation around it. For text set as an element, use `<bdi>`.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
