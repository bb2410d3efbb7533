import { durationWith, type ReportWording } from "./reports.js";

/** Spanish wording of the group and participation reports. */
export const reportsEs: ReportWording = {
  groupReport: "Informe del grupo de debate",
  room: "Sala",
  chair: "Presidencia",
  rapporteur: "Relatora o relator",
  notDesignated: "sin designar",
  recommendations: "I. Recomendaciones",
  recommendationOn: (draft, status) =>
    `Sobre el proyecto de resolución ${draft} (${{ drafting: "en redacción", agreed: "acordadas por el grupo", presented: "presentadas al órgano", adopted: "adoptadas por el órgano", not_adopted: "no adoptadas por el órgano" }[status]})`,
  general: "General",
  noRecommendations: "El grupo no ha registrado ninguna recomendación.",
  proposedAmendments: "II. Enmiendas propuestas",
  noProposedAmendments: "El grupo no ha propuesto ninguna enmienda.",
  contributions: "III. Contribuciones por pregunta orientadora",
  contributionsAsMade: "Las contribuciones se reproducen tal como se hicieron, en su idioma original.",
  noContributions: "No se ha registrado ninguna contribución.",
  participation: "IV. Participación",
  participationHidden: "Las cifras de participación se reservan a la presidencia y a la secretaría.",
  participationReport: "Participación por género y edad",
  participationIntro:
    "Quién tomó la palabra y durante cuánto tiempo, por género y por franja de edad, en comparación con la composición de los grupos de debate. La edad se cuenta en la fecha de la sesión; los parlamentarios menores de 45 años se consideran jóvenes.",
  wholeSitting: "La sesión en su conjunto",
  plenary: "Plenaria",
  byGender: "Por género",
  byAge: "Por edad",
  totals: (members, speakers, turns, time) =>
    `Miembros: ${members}. Oradores: ${speakers}. Intervenciones: ${turns}. Tiempo de palabra: ${time}.`,
  columns: ["Categoría", "Miembros", "Oradores", "Intervenciones", "Tiempo de palabra"],
  series: ["Proporción de miembros", "Proporción de oradores", "Proporción del tiempo de palabra"],
  gender: (g) => ({ woman: "Mujeres", man: "Hombres", other: "Otro", undisclosed: "No declarado" })[g],
  age: (a) => ({ "under-45": "Menores de 45 años", "45-and-over": "45 años o más", unknown: "Edad desconocida" })[a],
  duration: durationWith("min", "s"),
};
