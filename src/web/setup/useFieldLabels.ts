import { useTranslation } from "react-i18next";

const FIELDS = [
  "key",
  "name",
  "place",
  "organisation",
  "tagline",
  "hashtag",
  "startDate",
  "endDate",
  "timeZone",
  "workingLanguages",
  "kind",
  "parentId",
  "bodyId",
  "number",
  "date",
  "startTime",
  "endTime",
  "venue",
  "title",
  "symbol",
  "agendaItemId",
  "subtitle",
  "sections",
  "footnotes",
  "description",
  "room",
  "hall",
  "floor",
  "building",
  "capacity",
  "guidingQuestions",
  "text",
] as const;

/** The set-up's field names in the reader's language, for stale-version notices. */
export const useFieldLabels = (): Record<string, string> => {
  const { t } = useTranslation();
  return Object.fromEntries(FIELDS.map((f) => [f, t(`setup.field.${f}`)]));
};
