import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import type { DraftView } from "../drafts/types.js";
import { Badge } from "../components/Badge.js";
import { useLanguage } from "../i18n/index.js";
import { ProvenancePanel } from "./ProvenancePanel.js";
import { revisedLines, type RevisedLine } from "./revisedLines.js";

const LineText = ({ line }: { line: RevisedLine }) => {
  const { t } = useTranslation();
  return (
    <>
      {line.untranslated && (
        <>
          <Badge tone="missing">{t("translation.missing")}</Badge>{" "}
        </>
      )}
      <span lang={line.language} dir={directionOf(line.language)}>
        {line.text}
      </span>
    </>
  );
};

/** The revised (or adopted) text, sub-paragraphs included, each paragraph able to say where it came from. */
export const RevisedText = ({ draft }: { draft: DraftView }) => {
  const { t } = useTranslation();
  const ui = useLanguage();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <section className="rec-section" aria-labelledby="revised-text-heading">
      <h2 id="revised-text-heading">{t("committee.revision.text")}</h2>
      <ol className="revised-text">
        {revisedLines(draft.paragraphs, ui).map((p) => (
          <li key={p.id} className="revised-paragraph" data-testid="revised-paragraph" data-label={p.label}>
            <p>
              <strong className="paragraph-label" dir="ltr">
                {p.label}
              </strong>{" "}
              <LineText line={p} />
            </p>
            {p.subParagraphs.length > 0 && (
              <ol className="revised-sub-paragraphs">
                {p.subParagraphs.map((s) => (
                  <li key={s.id} data-testid="revised-sub-paragraph" data-label={s.label}>
                    <span className="paragraph-label" dir="ltr">
                      ({s.letter})
                    </span>{" "}
                    <LineText line={s} />
                  </li>
                ))}
              </ol>
            )}
            <Button
              className="button button-quiet button-small"
              onPress={() => toggle(p.id)}
              aria-expanded={open.has(p.id)}
              data-testid="where-from"
            >
              {t("committee.provenance.whereFrom")}
            </Button>
            {open.has(p.id) && <ProvenancePanel draftId={draft.id} paragraphId={p.id} />}
          </li>
        ))}
      </ol>
    </section>
  );
};
