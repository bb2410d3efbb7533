import type { Language } from "../domain/language.js";
import type { NoticeParams, NotificationKind } from "../domain/notifications/kinds.js";
import { formatDate } from "../domain/dates.js";

/** A notice's mail: its title (the subject) and the paragraphs after the greeting. */
export interface NoticeWords {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

type Status = "accepted" | "rejected" | "accepted_as_revised" | "merged" | "withdrawn";

interface Words {
  readonly status: Readonly<Record<Status, string>>;
  readonly amendment: (n: string) => string;
  readonly decided: (amendment: string, status: string) => NoticeWords;
  readonly nextToSpeak: (plenary: boolean) => NoticeWords;
  readonly voteOpened: NoticeWords;
  readonly deadlineSoon: (at: string) => NoticeWords;
  readonly recommendationAdopted: NoticeWords;
  readonly draftActivity: NoticeWords;
  readonly groupActivity: NoticeWords;
  readonly why: string;
}

const EN: Words = {
  status: {
    accepted: "accepted",
    rejected: "rejected",
    accepted_as_revised: "accepted as revised",
    merged: "merged",
    withdrawn: "withdrawn",
  },
  amendment: (n) => `amendment ${n}`,
  decided: (a, s) => ({ title: `The committee decided on your ${a}`, paragraphs: [`Your ${a} was ${s}.`] }),
  nextToSpeak: (plenary) => ({
    title: "You are next to speak",
    paragraphs: [plenary ? "You are next on the plenary's speakers list." : "You are next on your group's speakers list."],
  }),
  voteOpened: { title: "A vote is open in your group", paragraphs: ["The chair opened a vote on one of your group's recommendations."] },
  deadlineSoon: (at) => ({
    title: "The deadline for amendments is one hour away",
    paragraphs: [`Amendments to the draft resolution must be submitted by ${at}.`],
  }),
  recommendationAdopted: {
    title: "Your group's recommendation was adopted",
    paragraphs: ["The plenary adopted your group's recommendation."],
  },
  draftActivity: { title: "News of a draft resolution you follow", paragraphs: ["Something changed on a draft resolution you follow."] },
  groupActivity: { title: "News of a group you follow", paragraphs: ["Something changed in a discussion group you follow."] },
  why: "You receive this e-mail because of your notification settings in Rapporteur.",
};

const FR: Words = {
  status: {
    accepted: "accepté",
    rejected: "rejeté",
    accepted_as_revised: "accepté tel que révisé",
    merged: "fusionné",
    withdrawn: "retiré",
  },
  amendment: (n) => `amendement ${n}`,
  decided: (a, s) => ({ title: `La commission s'est prononcée sur votre ${a}`, paragraphs: [`Votre ${a} a été ${s}.`] }),
  nextToSpeak: (plenary) => ({
    title: "Vous êtes le prochain orateur",
    paragraphs: [
      plenary
        ? "Vous êtes le prochain sur la liste des orateurs de la plénière."
        : "Vous êtes le prochain sur la liste des orateurs de votre groupe.",
    ],
  }),
  voteOpened: {
    title: "Un vote est ouvert dans votre groupe",
    paragraphs: ["La présidence a ouvert un vote sur une recommandation de votre groupe."],
  },
  deadlineSoon: (at) => ({
    title: "Le délai de dépôt des amendements expire dans une heure",
    paragraphs: [`Les amendements au projet de résolution doivent être soumis avant le ${at}.`],
  }),
  recommendationAdopted: {
    title: "La recommandation de votre groupe a été adoptée",
    paragraphs: ["La plénière a adopté la recommandation de votre groupe."],
  },
  draftActivity: {
    title: "Du nouveau sur un projet de résolution que vous suivez",
    paragraphs: ["Un projet de résolution que vous suivez a changé."],
  },
  groupActivity: { title: "Du nouveau dans un groupe que vous suivez", paragraphs: ["Un groupe de discussion que vous suivez a changé."] },
  why: "Vous recevez ce message en raison de vos préférences de notification dans Rapporteur.",
};

const ES: Words = {
  status: {
    accepted: "aceptada",
    rejected: "rechazada",
    accepted_as_revised: "aceptada en forma revisada",
    merged: "fusionada",
    withdrawn: "retirada",
  },
  amendment: (n) => `enmienda ${n}`,
  decided: (a, s) => ({ title: `La comisión se pronunció sobre su ${a}`, paragraphs: [`Su ${a} fue ${s}.`] }),
  nextToSpeak: (plenary) => ({
    title: "Usted es el próximo orador",
    paragraphs: [
      plenary ? "Usted es el próximo en la lista de oradores del plenario." : "Usted es el próximo en la lista de oradores de su grupo.",
    ],
  }),
  voteOpened: {
    title: "Hay una votación abierta en su grupo",
    paragraphs: ["La presidencia abrió una votación sobre una recomendación de su grupo."],
  },
  deadlineSoon: (at) => ({
    title: "El plazo para presentar enmiendas vence dentro de una hora",
    paragraphs: [`Las enmiendas al proyecto de resolución deben presentarse antes del ${at}.`],
  }),
  recommendationAdopted: {
    title: "Se adoptó la recomendación de su grupo",
    paragraphs: ["El plenario adoptó la recomendación de su grupo."],
  },
  draftActivity: {
    title: "Novedades de un proyecto de resolución que sigue",
    paragraphs: ["Cambió un proyecto de resolución que usted sigue."],
  },
  groupActivity: { title: "Novedades de un grupo que sigue", paragraphs: ["Cambió un grupo de debate que usted sigue."] },
  why: "Recibe este mensaje por sus preferencias de notificación en Rapporteur.",
};

const AR: Words = {
  status: { accepted: "مقبول", rejected: "مرفوض", accepted_as_revised: "مقبول بصيغة منقحة", merged: "مدمج", withdrawn: "مسحوب" },
  amendment: (n) => `التعديل ${n}`,
  decided: (a, s) => ({ title: `بتّت اللجنة في ${a} الذي قدمتموه`, paragraphs: [`${a} الذي قدمتموه: ${s}.`] }),
  nextToSpeak: (plenary) => ({
    title: "حان دوركم التالي في الكلام",
    paragraphs: [plenary ? "أنتم التالون في قائمة المتكلمين في الجلسة العامة." : "أنتم التالون في قائمة المتكلمين في مجموعتكم."],
  }),
  voteOpened: { title: "فُتح تصويت في مجموعتكم", paragraphs: ["فتح الرئيس تصويتاً على إحدى توصيات مجموعتكم."] },
  deadlineSoon: (at) => ({
    title: "يحل الموعد النهائي لتقديم التعديلات بعد ساعة",
    paragraphs: [`يجب تقديم التعديلات على مشروع القرار قبل ${at}.`],
  }),
  recommendationAdopted: { title: "اعتُمدت توصية مجموعتكم", paragraphs: ["اعتمدت الجلسة العامة توصية مجموعتكم."] },
  draftActivity: { title: "جديد في مشروع قرار تتابعونه", paragraphs: ["طرأ تغيير على مشروع قرار تتابعونه."] },
  groupActivity: { title: "جديد في مجموعة تتابعونها", paragraphs: ["طرأ تغيير في مجموعة نقاش تتابعونها."] },
  why: "تصلكم هذه الرسالة بحسب إعدادات الإشعارات في Rapporteur.",
};

const ALL: Readonly<Record<Language, Words>> = { en: EN, fr: FR, es: ES, ar: AR };

const isStatus = (v: unknown): v is Status =>
  typeof v === "string" && ["accepted", "rejected", "accepted_as_revised", "merged", "withdrawn"].includes(v);

/** A notice put in words for its mail, in the recipient's language; dates in the UN style of the language. */
export const noticeWords = (kind: NotificationKind, params: NoticeParams, language: Language): NoticeWords => {
  const w = ALL[language];
  const add = (words: NoticeWords): NoticeWords => ({ ...words, paragraphs: [...words.paragraphs, w.why] });
  switch (kind) {
    case "amendment_decided": {
      const status = isStatus(params.status) ? w.status[params.status] : String(params.status ?? "");
      return add(w.decided(w.amendment(String(params.number ?? "")), status));
    }
    case "next_to_speak":
      return add(w.nextToSpeak(params.floor === "plenary"));
    case "vote_opened":
      return add(w.voteOpened);
    case "deadline_soon": {
      const local = typeof params.local === "string" ? params.local : "";
      const at = local ? `${formatDate(local.slice(0, 10), language)} ${local.slice(11, 16)} (${String(params.timeZone ?? "")})` : "";
      return add(w.deadlineSoon(at));
    }
    case "recommendation_adopted":
      return add(w.recommendationAdopted);
    case "draft_activity":
      return add(w.draftActivity);
    case "group_activity":
      return add(w.groupActivity);
  }
};
