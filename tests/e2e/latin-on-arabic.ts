import type { Page } from "playwright-core";

/** One thing wrong on a screen: where, and what. */
export interface Problem {
  readonly screen: string;
  readonly what: string;
}

/**
 * Interface text in a Latin script on an Arabic screen: words outside what the data holds in another
 * language (marked with its `lang`), isolated user text (`<bdi>`, `dir="auto"`), symbols kept left to right,
 * acronyms and the names of the product and of file formats. Each such word is an untranslated string or a person's text shown without isolation.
 */
export const latinOnArabicScreen = (page: Page, screen: string): Promise<Problem[]> =>
  page.evaluate((s) => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Text isolated inside a sentence (U+2068 … U+2069) is a person's or body's own.
      const text = (node.textContent ?? "").replace(/\u2068[^\u2069]*\u2069/g, "");
      // Acronyms, symbols and labels (IFEMA, PDF, OP3, SMTP_URL) and the names of the product and of file formats are not words to translate.
      // Symbols and identifiers (FEM/32/5.Inf-1, Europe/Madrid) hold a digit or a slash.
      const words = text
        .split(/\s+/)
        .filter((token) => !/[0-9/]/.test(token))
        .flatMap((token) => token.match(/[A-Za-z][A-Za-z'’-]+/g) ?? [])
        .filter((w) => /[a-z]/.test(w) && w.length >= 3);
      if (words.every((w) => ["Rapporteur", "Word", "Excel", "Markdown", "docx", "Akoma", "Ntoso"].includes(w))) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, code, bdi, [dir='auto'], [dir='ltr'], .brand-name, option, select")) continue;
      const lang = parent.closest("[lang]")?.getAttribute("lang") ?? "";
      if (lang !== "ar") continue;
      found.add(`${text.trim().slice(0, 60)}" in ${parent.tagName.toLowerCase()}${[...parent.classList].map((c) => `.${c}`).join("")}`);
    }
    return [...found].slice(0, 12).map((t) => ({ screen: s, what: `Latin text on the Arabic screen: "${t}` }));
  }, screen);
