import { directionOf, type Language } from "../../domain/language.js";
import type { Change } from "../../domain/text/diff.js";

/** Word-level changes as tracked changes: insertions bold and underlined, deletions struck through. */
export const TrackedChanges = ({
  changes,
  language,
  className,
}: {
  changes: readonly Change[];
  language: Language;
  className?: string;
}) => (
  <span className={["tracked-changes", className].filter(Boolean).join(" ")} lang={language} dir={directionOf(language)}>
    {changes.map((c, i) =>
      c.op === "insert" ? (
        <ins key={i} className="tc-ins">
          {c.text}
        </ins>
      ) : c.op === "delete" ? (
        <del key={i} className="tc-del">
          {c.text}
        </del>
      ) : (
        <span key={i}>{c.text}</span>
      ),
    )}
  </span>
);
