import { useState } from "react";
import { Button, ProgressBar } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DocumentName, ExportFormat } from "../../domain/documents.js";
import { useLanguage } from "../i18n/index.js";
import { errorFrom, requests } from "../api/client.js";
import { failureInWords } from "../api/failure.js";

interface Download {
  readonly document: DocumentName;
  readonly formats: readonly ExportFormat[];
}

const fileNameOf = (response: Response, fallback: string): string =>
  /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallback;

/** Reads a response body, reporting the share received when its length is known. */
const readAll = async (response: Response, onProgress: (share: number | null) => void): Promise<Blob> => {
  const total = Number(response.headers.get("content-length") ?? 0);
  const reader = response.body?.getReader();
  if (!reader) return response.blob();
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    onProgress(total > 0 ? received / total : null);
  }
  return new Blob(parts as BlobPart[], { type: response.headers.get("content-type") ?? "application/octet-stream" });
};

type Stage = { readonly key: string; readonly position: number | null; readonly share: number | null };

/** Asks every second where the download named by TICKET stands, until STOP is called. */
const watchQueue = (ticket: string, onPosition: (position: number | null) => void): (() => void) => {
  const timer = setInterval(() => {
    void fetch(requests.documents.progress({ query: { ticket } }).url, { credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<{ state: string; position?: number }>) : null))
      .then((p) => onPosition(p?.state === "queued" && p.position ? p.position : null))
      .catch(() => undefined);
  }, 1000);
  return () => clearInterval(timer);
};

/** Download buttons for documents generated from the data, in the reader's language, with the place in the queue and a progress bar while one is written. */
export const DocumentDownloads = ({ symbol, downloads }: { symbol: string; downloads: readonly Download[] }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState<Stage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async (document: DocumentName, format: ExportFormat) => {
    const key = `${document}.${format}`;
    setBusy({ key, position: null, share: null });
    setError(null);
    const ticket = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
    const stop = watchQueue(ticket, (position) => setBusy((b) => (b && b.key === key && b.share === null ? { ...b, position } : b)));
    try {
      const address = requests.documents.export({ query: { document, symbol, lang: language, format, ticket } }).url;
      const response = await fetch(address, { credentials: "same-origin" }).finally(stop);
      if (!response.ok) {
        throw await errorFrom(response);
      }
      const blob = await readAll(response, (share) => setBusy({ key, position: null, share }));
      const url = URL.createObjectURL(blob);
      const link = Object.assign(window.document.createElement("a"), {
        href: url,
        download: fileNameOf(response, `${document}.${format}`),
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(t("documents.failed", { message: failureInWords(t, e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="document-downloads" data-testid="document-downloads">
      {downloads.map((d) => (
        <p key={d.document} className="document-download">
          <span className="document-download-name">{t(`documents.names.${d.document}`)}</span>{" "}
          {d.formats.map((format) => (
            <Button
              key={format}
              className="button button-quiet"
              isDisabled={busy !== null}
              onPress={() => void start(d.document, format)}
              aria-label={t("documents.download", { name: t(`documents.names.${d.document}`), format: t(`documents.formats.${format}`) })}
            >
              {t(`documents.formats.${format}`)}
            </Button>
          ))}
        </p>
      ))}
      {busy && (
        <ProgressBar
          aria-label={t("documents.preparing")}
          isIndeterminate={busy.share === null}
          value={busy.share === null ? undefined : Math.round(busy.share * 100)}
          className="document-progress"
        >
          {({ valueText }) => (
            <>
              <span>
                {busy.share !== null
                  ? t("documents.receiving", { percent: valueText })
                  : busy.position !== null
                    ? t("documents.queued", { position: busy.position })
                    : t("documents.preparing")}
              </span>
              <progress max={100} {...(busy.share === null ? {} : { value: Math.round(busy.share * 100) })} />
            </>
          )}
        </ProgressBar>
      )}
      {error && (
        <p role="alert" className="document-download-error">
          {error}
        </p>
      )}
    </div>
  );
};
