import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import { diffWords } from "../../domain/text/diff.js";
import { TrackedChanges } from "./TrackedChanges.js";
import type { ConsolidationView } from "./types.js";

type Numbers = (ids: readonly string[]) => string;

/** Each conflict's disputed words, side by side with every amendment's wording for them. */
const Disputes = ({ conflict, numbers }: { conflict: ConsolidationView["conflicts"][number]; numbers: Numbers }) => {
  const { t } = useTranslation();
  return (
    <div className="disputes" data-testid="disputes" data-label={conflict.label}>
      <h4 dir="ltr">{conflict.label}</h4>
      {conflict.disputes.map((d) => (
        <table key={`${d.within ?? ""}-${d.start}`} className="dispute" data-testid="dispute">
          {d.within && <caption>{t("drafts.consolidated.within", { number: numbers([d.within]) })}</caption>}
          <tbody>
            <tr>
              <th scope="row">{t("drafts.consolidated.disputed")}</th>
              <td lang={d.language} dir={directionOf(d.language)}>
                <del className="tc-del">{d.original}</del>
              </td>
            </tr>
            {d.wordings.map((w) => (
              <tr key={w.amendment} data-testid="dispute-wording">
                <th scope="row">{t("drafts.consolidated.wordingOf", { number: numbers([w.amendment]) })}</th>
                <td lang={d.language} dir={directionOf(d.language)}>
                  {w.text.trim() === "" ? (
                    <span className="muted">{t("drafts.consolidated.deleted")}</span>
                  ) : (
                    <ins className="tc-ins">{w.text}</ins>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
};

/**
 * What the consolidation did beyond single amendments: the disputed words of each conflict with every wording,
 * the paragraphs where amendments were merged, and the amendments applied as their sub-amendments changed them.
 */
export const ConsolidationDetails = ({ consolidation: c, numbers }: { consolidation: ConsolidationView; numbers: Numbers }) => {
  const { t } = useTranslation();
  return (
    <>
      {c.conflicts.map((x) => (
        <Disputes key={x.target} conflict={x} numbers={numbers} />
      ))}
      {c.merges.length > 0 && (
        <section className="consolidated-section" aria-labelledby="merges-heading" data-testid="merges">
          <h3 id="merges-heading">{t("drafts.consolidated.merges")}</h3>
          <ul>
            {c.merges.map((m) => (
              <li key={m.target}>{t("drafts.consolidated.mergeItem", { label: m.label, numbers: numbers(m.amendments) })}</li>
            ))}
          </ul>
        </section>
      )}
      {c.subAmended.length > 0 && (
        <ul className="sub-amended" data-testid="sub-amended">
          {c.subAmended.map((s) => (
            <li key={s.amendment}>
              <p>{t("drafts.consolidated.subAmended", { number: numbers([s.amendment]), numbers: numbers(s.subAmendments) })}</p>
              <p lang={s.language} dir={directionOf(s.language)}>
                <TrackedChanges changes={diffWords(s.tabled, s.wording, s.language)} language={s.language} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
};
