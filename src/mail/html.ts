import { directionOf, type Language } from "../domain/language.js";

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for an HTML element or a quoted attribute. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);

/** A person's or an event's text inside a sentence: escaped and isolated, so a Latin name keeps its place in Arabic. */
export const isolated = (value: string): string => `<bdi>${escapeHtml(value)}</bdi>`;

const FONT = "'Noto Sans', 'Segoe UI', Tahoma, Arial, sans-serif";

/** The HTML part around already escaped paragraphs: the recipient's language and direction on the root and the body. */
export const htmlDocument = (language: Language, subject: string, inner: string): string => {
  const dir = directionOf(language);
  const align = dir === "rtl" ? "right" : "left";
  return [
    `<!doctype html>`,
    `<html lang="${language}" dir="${dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    `<body dir="${dir}" lang="${language}" style="margin:0;padding:24px 12px;background:#f4f1ea;color:#1d1d1b;font-family:${FONT};font-size:16px;line-height:1.5;text-align:${align}">`,
    `<div dir="${dir}" lang="${language}" style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:6px">`,
    inner,
    `</div></body></html>`,
  ].join("\n");
};

/** A link drawn as a button, with its address written out below for mail readers that block buttons. */
export const htmlButton = (href: string, label: string, fallback: string): string =>
  [
    `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(label)}</a></p>`,
    `<p style="font-size:13px;color:#555555">${escapeHtml(fallback)}<br><a href="${escapeHtml(href)}" dir="ltr" style="word-break:break-all">${escapeHtml(href)}</a></p>`,
  ].join("\n");
