import type { ReactNode } from "react";

const FOOTNOTE_MARKER = /\[\^(\d+)\]/g;

/** Anchor ids of a footnote and of its call in the text, unique per document. */
export const footnoteIds = (scope: string, number: number | string) => ({
  note: `fn-${scope}-${number}`,
  call: `fnref-${scope}-${number}`,
});

/** Id of the heading of a document's notes, which describes every footnote call. */
export const footnotesLabelId = (scope: string): string => `fn-${scope}-label`;

/** Renders text with footnote markers `[^1]` as superscript links to the notes of `scope`. */
export const RichText = ({ text, footnoteScope }: { text: string; footnoteScope?: string | undefined }) => {
  if (!footnoteScope) return <>{text.replace(FOOTNOTE_MARKER, "")}</>;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(FOOTNOTE_MARKER)) {
    const number = match[1] as string;
    const ids = footnoteIds(footnoteScope, number);
    parts.push(text.slice(last, match.index));
    parts.push(
      <sup key={`${match.index}`} className="footnote-call">
        <a href={`#${ids.note}`} id={ids.call} aria-describedby={footnotesLabelId(footnoteScope)}>
          {number}
        </a>
      </sup>,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
};
