import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import type { DraftView } from "../drafts/types.js";
import { Badge } from "../components/Badge.js";
import { useLanguage } from "../i18n/index.js";
import { ProvenancePanel } from "./ProvenancePanel.js";

/** The revised (or adopted) text, each paragraph able to say where it came from. */
export const RevisedText = ({ draft }: { draft: DraftView }) => {
  const { t } = useTranslation();
  const ui = useLanguage();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <section className="rec-section" aria-labelledby="revised-text-heading">
      <h2 id="revised-text-heading">{t("committee.revision.text")}</h2>
      <ol className="revised-text">
        {draft.paragraphs.map((p) => {
          const here = p.languages.find((l) => l.language === ui);
          const language = here?.text && here.status !== "missing" && here.status !== "translation_needed" ? ui : p.text.original;
          return (
            <li key={p.id} className="revised-paragraph" data-testid="revised-paragraph" data-label={p.label}>
              <p>
                <strong className="paragraph-label" dir="ltr">
                  {p.label}
                </strong>{" "}
                {language !== ui && (
                  <>
                    <Badge tone="missing">{t("translation.missing")}</Badge>{" "}
                  </>
                )}
                <span lang={language} dir={directionOf(language)}>
                  {p.text.versions[language]?.text}
                </span>
              </p>
              <Button className="button button-quiet button-small" onPress={() => toggle(p.id)} aria-expanded={open.has(p.id)} data-testid="where-from">
                {t("committee.provenance.whereFrom")}
              </Button>
              {open.has(p.id) && <ProvenancePanel draftId={draft.id} paragraphId={p.id} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
};
