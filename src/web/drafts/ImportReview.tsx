import { useState } from "react";
import { Button, Checkbox, Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf, type Language } from "../../domain/language.js";
import { Field } from "../components/fields.js";
import { SelectField } from "./controls.js";
import type { ImportPreview } from "./types.js";
import { PARAGRAPH_KINDS, type ParagraphKind } from "../../domain/text/paragraph.js";
import { TableScroll } from "../components/TableScroll.js";
import { reasonsInWords, whereInWords } from "./importReasons.js";

/** What the secretariat saves once the import is checked. */
export interface Reviewed {
  readonly symbol: string;
  readonly title: string;
  readonly language: Language;
  readonly illustrative: boolean;
  readonly publish: boolean;
  readonly source: string;
  readonly preface: string | null;
  readonly frontMatter: { role: ImportPreview["frontMatter"][number]["role"]; text: string }[];
  readonly paragraphs: { kind: ParagraphKind; text: string; subParagraphs: string[] }[];
}

/** Labels PP1…, OP1… for kinds in their current order, as the saved draft will have them. */
export const labelsFor = (kinds: readonly ParagraphKind[]): string[] => {
  let pp = 0;
  let op = 0;
  return kinds.map((k) => (k === "preambular" ? `PP${++pp}` : `OP${++op}`));
};

interface ReviewProps {
  readonly preview: ImportPreview;
  readonly onSave: (reviewed: Reviewed) => Promise<void>;
  readonly describe: (cause: unknown) => string;
}

/** Each paragraph with what the import decided and why; the kinds can be corrected before saving. */
export const ImportReview = ({ preview, onSave, describe }: ReviewProps) => {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<ParagraphKind[]>(preview.paragraphs.map((p) => p.kind));
  const [symbol, setSymbol] = useState(preview.frontMatter.find((f) => f.role === "symbol")?.text ?? "");
  const [title, setTitle] = useState(preview.title ?? "");
  const [preface, setPreface] = useState(preview.preface ?? "");
  const [illustrative, setIllustrative] = useState(false);
  const [publish, setPublish] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const labels = labelsFor(kinds);
  const dir = directionOf(preview.language);
  const skipped = preview.decisions.filter(
    (d) => d.role === "title" || d.role === "preface" || d.role === "front-matter" || d.role === "left-out",
  );

  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await onSave({
        symbol,
        title,
        language: preview.language,
        illustrative,
        publish,
        source: preview.filename,
        preface: preface.trim() || null,
        frontMatter: preview.frontMatter.map((f) => ({ role: f.role, text: f.text })),
        paragraphs: preview.paragraphs.map((p, i) => ({
          kind: kinds[i] ?? p.kind,
          text: p.text,
          subParagraphs: p.subParagraphs.map((s) => s.text),
        })),
      });
    } catch (cause) {
      setError(describe(cause));
    } finally {
      setPending(false);
    }
  };

  return (
    <Form
      className="import-review"
      aria-labelledby="import-review-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="import-review-heading">{t("drafts.import.decisions")}</h2>
      <p className="muted">
        {t("drafts.import.summary", {
          count: preview.paragraphs.length,
          language: t(`languageName.${preview.language}`),
          format: t(`importReason.format.${preview.format}`),
        })}
      </p>
      <TableScroll label={t("drafts.import.title")}>
        <table className="import-table" data-testid="import-table">
          <thead>
            <tr>
              <th scope="col">{t("drafts.import.label")}</th>
              <th scope="col">{t("drafts.import.where")}</th>
              <th scope="col">{t("drafts.import.decision")}</th>
              <th scope="col">{t("drafts.import.text")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.paragraphs.map((p, i) => (
              <tr key={`${p.where}-${i}`} data-testid="import-row">
                <th scope="row" dir="ltr">
                  {labels[i]}
                </th>
                <td>{whereInWords(t, p.where)}</td>
                <td>
                  <SelectField
                    label={t("drafts.import.kindOf", { label: labels[i] })}
                    className="select-compact"
                    value={kinds[i] ?? p.kind}
                    onChange={(v) => setKinds(kinds.map((k, j) => (j === i ? (v === "preambular" ? "preambular" : "operative") : k)))}
                    options={PARAGRAPH_KINDS.map((k) => ({ id: k, label: t(`drafts.kind.${k}`) }))}
                  />
                  <p className="import-reason" data-testid="import-reason">
                    {kinds[i] === p.kind ? reasonsInWords(t, p.because) : t("drafts.import.corrected")}
                  </p>
                </td>
                <td lang={preview.language} dir={dir}>
                  {p.text}
                  {p.subParagraphs.length > 0 && (
                    <ol className="import-subs">
                      {p.subParagraphs.map((s) => (
                        <li key={s.where}>{s.text}</li>
                      ))}
                    </ol>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {skipped.length > 0 && (
        <section aria-labelledby="import-skipped">
          <h3 id="import-skipped">{t("drafts.import.skipped")}</h3>
          <ul className="import-skipped">
            {skipped.map((d) => (
              <li key={d.where}>
                <strong>{t(`drafts.import.role.${d.role}`)}</strong> ({whereInWords(t, d.where)}):{" "}
                <span lang={preview.language} dir={dir}>
                  {d.text}
                </span>{" "}
                — <span data-testid="import-skipped-reason">{reasonsInWords(t, d.because)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {preview.frontMatter.length > 0 && (
        <p className="muted" data-testid="import-front-matter">
          {t("drafts.frontMatter.keep")}
        </p>
      )}
      <div className="form-row">
        <Field label={t("drafts.import.symbol")} value={symbol} onChange={setSymbol} isRequired />
        <Field label={t("drafts.import.titleField")} value={title} onChange={setTitle} isRequired />
      </div>
      <Field label={t("drafts.frontMatter.preface")} value={preface} onChange={setPreface} />
      <Checkbox className="checkbox" isSelected={illustrative} onChange={setIllustrative}>
        <span className="checkbox-box" aria-hidden="true" />
        {t("drafts.import.illustrative")}
      </Checkbox>
      <Checkbox className="checkbox" isSelected={publish} onChange={setPublish}>
        <span className="checkbox-box" aria-hidden="true" />
        {t("drafts.import.publish")}
      </Checkbox>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <Button type="submit" className="button button-primary" isPending={pending}>
        {t("drafts.import.save")}
      </Button>
    </Form>
  );
};
