import type { TFunction } from "i18next";
import { placeWords } from "../../domain/text/place-label.js";

/**
 * A place of the draft in the reader's language: "OP3" stays a label, the title and new paragraphs are worded
 * ("فقرة جديدة بعد OP6"); `target` and `label` are the engine's, as the API gives them.
 */
export const placeName = (t: TFunction, target: string, label: string): string => {
  const words = placeWords(target, label);
  switch (words.kind) {
    case "title":
      return t("places.title");
    case "first":
      return t(`places.first.${words.paragraphKind}`);
    case "after":
      return t("places.after", { label: words.label });
    case "paragraph":
      return words.label;
  }
};
