import { useTranslation } from "react-i18next";
import { TrackedChanges } from "../drafts/TrackedChanges.js";
import type { AmendmentView } from "../drafts/types.js";
import { CompromiseForm } from "./CompromiseForm.js";
import { DecideControls } from "./DecideControls.js";
import type { Compilation, DecisionInput } from "./types.js";

interface Props {
  readonly draftId: string;
  readonly compilation: Compilation;
  readonly amendments: readonly AmendmentView[];
  /** Null when the reader may not decide. */
  readonly committeeId: string | null;
  readonly decision: DecisionInput;
  readonly onChanged: () => void;
}

/** Every amendment by paragraph and author, identical wordings shown once with all their authors; the committee decides on each. */
export const CompilationSection = ({ draftId, compilation, amendments, committeeId, decision, onChanged }: Props) => {
  const { t } = useTranslation();
  const byId = new Map(amendments.map((a) => [a.id, a]));
  return (
    <section className="rec-section" aria-labelledby="compilation-heading" data-testid="compilation">
      <h2 id="compilation-heading">{t("committee.page.compilation")}</h2>
      {compilation.places.length === 0 && <p className="muted">{t("committee.page.noAmendments")}</p>}
      {compilation.places.map((place) => {
        const submitted = place.wordings.flatMap((w) =>
          w.amendments.filter((a) => a.status === "submitted").flatMap((a) => (byId.get(a.id) ? [byId.get(a.id)!] : [])),
        );
        return (
          <article key={place.target} className="compiled-place" data-testid="compiled-place" data-label={place.label}>
            <h3>{place.label}</h3>
            {place.wordings.map((w, i) => {
              const first = byId.get(w.amendments[0]?.id ?? "");
              return (
                <div
                  key={i}
                  className={`compiled-wording${w.amends ? " amendment-sub" : ""}`}
                  data-testid="wording"
                  data-amends={w.amends ? (byId.get(w.amends)?.number ?? "") : ""}
                >
                  {w.amends && (
                    <p className="compiled-amends">{t("drafts.subAmendment.heading", { number: byId.get(w.amends)?.number ?? "?" })}</p>
                  )}
                  <p className="compiled-authors" data-testid="authors">
                    {w.authors.join(" · ")}
                  </p>
                  {first && (
                    <p className="preview-text">
                      <TrackedChanges changes={first.changes} language={first.language} />
                    </p>
                  )}
                  <ul className="compiled-amendments">
                    {w.amendments.map((a) => {
                      const view = byId.get(a.id);
                      return (
                        <li key={a.id} data-testid="compiled-amendment" data-number={a.number} data-status={a.status}>
                          {t("committee.amendmentBy", { number: a.number, author: a.author ?? "" })} ·{" "}
                          <span className={`status-${a.status}`}>{t(`committee.status.${a.status}`)}</span>
                          {view?.revisedText && <> · {view.revisedText}</>}
                          {committeeId && view && a.status === "submitted" && (
                            <DecideControls
                              amendment={view}
                              others={submitted.filter((o) => o.id !== a.id)}
                              committeeId={committeeId}
                              decision={decision}
                              onChanged={onChanged}
                            />
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
            {committeeId && submitted.length > 1 && (
              <CompromiseForm
                draftId={draftId}
                target={place.target}
                amendments={submitted}
                committeeId={committeeId}
                decision={decision}
                onChanged={onChanged}
              />
            )}
          </article>
        );
      })}
    </section>
  );
};
