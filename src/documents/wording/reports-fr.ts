import { durationWith, type ReportWording } from "./reports.js";

/** French wording of the group and participation reports. */
export const reportsFr: ReportWording = {
  groupReport: "Rapport du groupe de discussion",
  room: "Salle",
  chair: "Présidence",
  rapporteur: "Rapporteur",
  notDesignated: "non désigné",
  recommendations: "I. Recommandations",
  recommendationOn: (draft, status) =>
    `Sur le projet de résolution ${draft} (${{ drafting: "en cours de rédaction", agreed: "approuvées par le groupe", presented: "présentées à l'organe", adopted: "adoptées par l'organe", not_adopted: "non adoptées par l'organe" }[status]})`,
  general: "Général",
  noRecommendations: "Le groupe n'a enregistré aucune recommandation.",
  proposedAmendments: "II. Amendements proposés",
  noProposedAmendments: "Le groupe n'a proposé aucun amendement.",
  contributions: "III. Contributions par question directrice",
  contributionsAsMade: "Les contributions sont reproduites telles qu'elles ont été faites, dans leur langue originale.",
  noContributions: "Aucune contribution enregistrée.",
  participation: "IV. Participation",
  participationHidden: "Les chiffres de participation sont réservés à la présidence et au secrétariat.",
  participationReport: "Participation par genre et par âge",
  participationIntro:
    "Qui a pris la parole et pendant combien de temps, par genre et par tranche d'âge, par rapport à la composition des groupes de discussion. L'âge est compté à la date de la séance ; les parlementaires de moins de 45 ans sont considérés comme jeunes.",
  wholeSitting: "L'ensemble de la séance",
  plenary: "Plénière",
  byGender: "Par genre",
  byAge: "Par âge",
  totals: (members, speakers, turns, time) =>
    `Membres : ${members}. Orateurs : ${speakers}. Interventions : ${turns}. Temps de parole : ${time}.`,
  columns: ["Catégorie", "Membres", "Orateurs", "Interventions", "Temps de parole"],
  series: ["Part des membres", "Part des orateurs", "Part du temps de parole"],
  gender: (g) => ({ woman: "Femmes", man: "Hommes", other: "Autre", undisclosed: "Non déclaré" })[g],
  age: (a) => ({ "under-45": "Moins de 45 ans", "45-and-over": "45 ans et plus", unknown: "Âge inconnu" })[a],
  duration: durationWith("min", "s"),
};
