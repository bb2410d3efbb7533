import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { directionOf, type Language } from "../../domain/language.js";
import { diffWords, type Change } from "../../domain/text/diff.js";
import { useResource } from "../api/useResource.js";
import { Badge } from "../components/Badge.js";
import { LoadError, Loading } from "../components/Status.js";
import { TrackedChanges } from "./TrackedChanges.js";
import { ConsolidationDetails } from "./ConsolidationDetails.js";
import type { AmendmentView, ConsolidatedSub, DraftView, SubParagraphView } from "./types.js";
import { VotingOrder } from "./VotingOrder.js";
import { requests } from "../api/client.js";

interface PreviewProps {
  readonly draft: DraftView;
  readonly amendments: readonly AmendmentView[];
  readonly language: Language;
  /** Changes whenever a live event says the text may have changed. */
  readonly generation: number;
}

/** The changes to show in the reader's language: a translator's text of the revised wording when there is one. */
const changesIn = (
  row: ConsolidatedSub,
  language: Language,
  views: Map<string, SubParagraphView>,
): { changes: readonly Change[]; needed: boolean } => {
  if (row.outcome !== "amended" && row.outcome !== "inserted") return { changes: row.changes, needed: false };
  if (row.text.original === language) return { changes: row.changes, needed: false };
  const view = views.get(row.id);
  const supplied = view?.revision?.languages.find((l) => l.language === language);
  if (supplied?.text)
    return { changes: diffWords(view?.languages.find((l) => l.language === language)?.text ?? "", supplied.text, language), needed: false };
  return { changes: row.changes, needed: true };
};

/** The text with the accepted amendments applied: tracked changes, conflicts, renumbering and voting order. */
export const ConsolidatedPreview = ({ draft, amendments, language, generation }: PreviewProps) => {
  const { t } = useTranslation();
  const { resource, reload } = useResource(requests.amendments.consolidation({ params: { id: draft.id }, query: { lang: language } }));
  const seen = useRef(generation);
  useEffect(() => {
    if (seen.current === generation) return;
    seen.current = generation;
    reload();
  }, [generation, reload]);
  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  const c = resource.data;
  const views = new Map<string, SubParagraphView>();
  for (const p of draft.paragraphs) {
    views.set(p.id, { ...p, letter: "" });
    for (const s of p.subParagraphs) views.set(s.id, s);
  }
  const numbers = (ids: readonly string[]) => ids.map((id) => amendments.find((a) => a.id === id)?.number ?? "?").join(t("list.separator"));
  const conflictIds = new Set(c.conflicts.map((x) => x.target));

  const renderRow = (row: ConsolidatedSub, sub = false) => {
    const { changes, needed } = changesIn(row, language, views);
    const renumbered = row.label !== null && row.label !== row.previousLabel;
    const original = row.text.versions[row.text.original]?.text ?? null;
    return (
      <li
        key={row.id}
        className={`consolidated-row outcome-${row.outcome}${sub ? " consolidated-sub" : ""}`}
        data-testid="consolidated-row"
        data-previous={row.previousLabel}
        data-label={row.label ?? ""}
      >
        <div className="consolidated-labels">
          <span className="paragraph-label" dir="ltr">
            {row.label ?? row.previousLabel}
          </span>
          {renumbered && (
            <span className="renumbered" dir="ltr">
              {t("drafts.consolidated.renumbered", { from: row.previousLabel, to: row.label })}
            </span>
          )}
        </div>
        <div className="consolidated-body">
          <p className="consolidated-text" lang={language} dir={directionOf(language)}>
            <TrackedChanges changes={changes} language={language} />
          </p>
          {needed && original && (
            <p className="consolidated-original">
              {t("translation.original", { language: t(`languageName.${row.text.original}`) })}{" "}
              <span lang={row.text.original} dir={directionOf(row.text.original)}>
                {original}
              </span>
            </p>
          )}
          <p className="consolidated-meta">
            {row.outcome !== "unchanged" && (
              <Badge tone={row.outcome === "conflict" ? "missing" : "neutral"}>{t(`drafts.consolidated.outcome.${row.outcome}`)}</Badge>
            )}
            {needed && <Badge tone="missing">{t("drafts.status.translation_needed")}</Badge>}
            {row.amendments.length > 0 && <span>{t("drafts.consolidated.shapedBy", { numbers: numbers(row.amendments) })}</span>}
          </p>
        </div>
      </li>
    );
  };

  return (
    <div className="consolidated" data-testid="consolidated">
      <p className="muted">{t("drafts.consolidated.intro", { language: t(`languageName.${language}`) })}</p>
      {c.conflicts.length > 0 ? (
        <div className="notice notice-error" role="note" data-testid="conflicts">
          <p className="notice-title">{t("drafts.consolidated.conflicts", { count: c.conflicts.length })}</p>
          <ul>
            {c.conflicts.map((x) => (
              <li key={x.target}>{t("drafts.consolidated.conflictItem", { label: x.label, numbers: numbers(x.amendments) })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">{t("drafts.consolidated.noConflicts")}</p>
      )}
      <ConsolidationDetails consolidation={c} numbers={numbers} />
      {c.title && c.title.amendments.length > 0 && (
        <p className="draft-title" lang={language} dir={directionOf(language)}>
          <TrackedChanges changes={c.title.changes} language={language} />
        </p>
      )}
      <ol className="consolidated-list">
        {c.paragraphs.map((p) => (
          <li key={p.id} className={conflictIds.has(p.id) ? "has-conflict" : undefined}>
            <ol className="consolidated-group">
              {renderRow(p)}
              {p.subParagraphs.map((s) => renderRow(s, true))}
            </ol>
          </li>
        ))}
      </ol>
      <VotingOrder consolidation={c} numbers={numbers} />
    </div>
  );
};
