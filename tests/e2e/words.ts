import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

type Tree = { readonly [key: string]: string | Tree };

/**
 * The interface's own words in one language, read from its locale file: a test in Arabic finds buttons and
 * messages by what an Arabic reader sees, without copying the translations. `{{name}}` is filled as i18next does.
 */
export const wordsOf = (lang: string) => {
  const tree = JSON.parse(readFileSync(join(resolve(import.meta.dirname, "../../src/web/i18n"), `${lang}.json`), "utf8")) as Tree;
  return (key: string, params: Readonly<Record<string, string | number>> = {}): string => {
    const found = key
      .split(".")
      .reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
    if (typeof found !== "string") throw new Error(`No wording for ${key} in ${lang}`);
    return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
  };
};
