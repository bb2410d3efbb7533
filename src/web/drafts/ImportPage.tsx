import { useState } from "react";
import { Button, FileTrigger, Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../domain/language.js";
import type { TFunction } from "i18next";
import { api, ApiError } from "../api/client.js";
import { failureInWords, issuesInWords } from "../api/failure.js";
import { navigate, paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { ENDONYMS } from "../i18n/index.js";
import { SelectField } from "./controls.js";
import { ImportReview, type Reviewed } from "./ImportReview.js";
import type { ImportPreview } from "./types.js";

/** The file's bytes in base64, in slices so that a large file does not overflow the call stack. */
export const toBase64 = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** Why the file was refused or not saved, in the interface language, with what is wrong in each field when the refusal is general. */
const describe = (t: TFunction, cause: unknown): string => {
  const issues = cause instanceof ApiError && !cause.reason ? issuesInWords(t, cause.issues).map((i) => i.message) : [];
  return [failureInWords(t, cause), ...issues].join(" — ");
};

/** The secretariat imports a draft resolution: upload, see what was decided for each paragraph, correct the kinds, save. */
export const ImportPage = ({ sittingId }: { sittingId: string }) => {
  const { t } = useTranslation();
  usePageTitle(t("drafts.import.title"));
  const [file, setFile] = useState<File | null>(null);
  const [language, setLanguage] = useState<"auto" | Language>("auto");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const read = async () => {
    if (!file) return;
    setPending(true);
    setError(null);
    setPreview(null);
    try {
      const contentBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      const body = { filename: file.name, contentBase64, ...(language === "auto" ? {} : { language }) };
      setPreview(await api.draftImport.preview({ body }));
    } catch (cause) {
      setError(t("drafts.import.unreadable", { message: describe(t, cause) }));
    } finally {
      setPending(false);
    }
  };

  const save = async (reviewed: Reviewed) => {
    const saved = await api.draftImport.save({ params: { id: sittingId }, body: reviewed });
    navigate(paths.draft(saved.id));
  };

  return (
    <div className="page draft-page import-page">
      <h1>{t("drafts.import.title")}</h1>
      <p className="muted">{t("drafts.import.intro")}</p>
      <Form
        className="form import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void read();
        }}
      >
        <div className="form-row">
          <div className="field">
            <span className="field-label" id="import-file-label">
              {t("drafts.import.file")}
            </span>
            <FileTrigger
              acceptedFileTypes={[".docx", ".md", ".markdown", ".txt", ".xml", ".akn"]}
              onSelect={(files) => setFile(files?.[0] ?? null)}
            >
              <Button className="button button-quiet" aria-describedby="import-file-label import-file-name">
                {t("drafts.import.choose")}
              </Button>
            </FileTrigger>
            <span id="import-file-name" className="file-name" data-testid="import-file-name">
              {file ? <bdi>{file.name}</bdi> : t("drafts.import.noFile")}
            </span>
          </div>
          <SelectField
            label={t("drafts.import.language")}
            value={language}
            onChange={(v) => setLanguage(v as "auto" | Language)}
            options={[{ id: "auto", label: t("drafts.import.detect") }, ...LANGUAGES.map((l) => ({ id: l, label: ENDONYMS[l], lang: l }))]}
          />
        </div>
        <Button type="submit" className="button button-primary" isDisabled={!file} isPending={pending}>
          {t("drafts.import.read")}
        </Button>
      </Form>
      {error && (
        <div className="notice notice-error" role="alert" data-testid="import-error">
          <p>{error}</p>
        </div>
      )}
      {preview && (
        <ImportReview
          key={`${preview.filename}-${preview.paragraphs.length}`}
          preview={preview}
          onSave={save}
          describe={(cause) => describe(t, cause)}
        />
      )}
    </div>
  );
};
