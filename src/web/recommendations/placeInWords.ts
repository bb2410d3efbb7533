import type { TFunction } from "i18next";
import type { AmendmentAction } from "../../domain/text/amendment.js";
import type { ParagraphKind } from "../../domain/text/paragraph.js";

/** The parts of an amendment that say where it applies (a draft's or a recommendation's amendment alike). */
export interface Placed {
  readonly action: AmendmentAction;
  readonly targetLabel: string | null;
  readonly after: string | null;
  readonly kind: ParagraphKind | null;
}

/**
 * What an amendment does, in words of the interface language: "Amend OP2", "New paragraph after OP5",
 * "Delete OP3", "Amend the title"; a paragraph whose label is unknown is left unnamed, never shown by its id.
 */
export const placeInWords = (t: TFunction, a: Placed, labelOf: (paragraphId: string) => string | null): string => {
  switch (a.action) {
    case "amend":
    case "delete":
      return a.targetLabel ? t(`drafts.amendment.${a.action}`, { label: a.targetLabel }) : t(`committee.rec.actions.${a.action}`);
    case "insert": {
      const after = a.after ? labelOf(a.after) : null;
      if (after) return t("drafts.amendment.insertAfter", { label: after });
      return a.after ? t("committee.rec.actions.insert") : t(`drafts.amendment.insertFirst.${a.kind ?? "operative"}`);
    }
    case "amend_title":
      return t("drafts.amendment.amendTitle");
  }
};
