import { durationWith, type ReportWording } from "./reports.js";

/** English wording of the group and participation reports. */
export const reportsEn: ReportWording = {
  groupReport: "Report of the discussion group",
  room: "Room",
  chair: "Chair",
  rapporteur: "Rapporteur",
  notDesignated: "not designated",
  recommendations: "I. Recommendations",
  recommendationOn: (draft, status) =>
    `On the draft resolution ${draft} (${{ drafting: "being drafted", agreed: "agreed by the group", presented: "presented to the body", adopted: "adopted by the body", not_adopted: "not adopted by the body" }[status]})`,
  general: "General",
  noRecommendations: "The group has recorded no recommendation.",
  proposedAmendments: "II. Proposed amendments",
  noProposedAmendments: "The group has proposed no amendment.",
  contributions: "III. Contributions by guiding question",
  contributionsAsMade: "Contributions are shown as they were made, in their original language.",
  noContributions: "No contribution recorded.",
  participation: "IV. Participation",
  participationHidden: "The participation figures are shown to the chair and the staff.",
  participationReport: "Participation by gender and age",
  participationIntro:
    "Who spoke and for how long, by gender and by age band, compared with the membership of the discussion groups. Age is counted at the date of the sitting; parliamentarians under 45 count as young.",
  wholeSitting: "The sitting as a whole",
  plenary: "Plenary",
  byGender: "By gender",
  byAge: "By age",
  totals: (members, speakers, turns, time) => `Members: ${members}. Speakers: ${speakers}. Turns: ${turns}. Speaking time: ${time}.`,
  columns: ["Category", "Members", "Speakers", "Turns", "Speaking time"],
  series: ["Share of members", "Share of speakers", "Share of speaking time"],
  gender: (g) => ({ woman: "Women", man: "Men", other: "Other", undisclosed: "Not disclosed" })[g],
  age: (a) => ({ "under-45": "Under 45", "45-and-over": "45 and over", unknown: "Age unknown" })[a],
  duration: durationWith("min", "s"),
};
