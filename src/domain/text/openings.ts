import type { Language } from "../language.js";
import type { ParagraphKind } from "./paragraph.js";

/** What the opening words of a paragraph say about its kind, and why. */
export interface OpeningVerdict {
  readonly kind: ParagraphKind;
  readonly word: string;
  readonly why: string;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const EN_SKIP = words("also further furthermore moreover deeply gravely seriously strongly firmly fully once again however and in addition");
const EN_PREAMBULAR = words("whereas aware mindful conscious cognizant cognisant convinced concerned alarmed determined guided encouraged disturbed appalled desirous resolved");
const FR_SKIP = words("également aussi en outre profondément vivement gravement sérieusement fermement de plus par ailleurs et");
const FR_PREAMBULAR = words("vu consciente conscientes conscient conscients convaincue convaincues convaincu convaincus résolue résolu soucieuse soucieux désireuse désireux persuadée persuadé préoccupée préoccupé alarmée alarmé profondément");
const FR_OPERATIVE = words(
  "demande invite exhorte prie engage encourage recommande décide appelle souligne réaffirme condamne affirme salue se prend exprime insiste incite presse approuve accueille note rappelle reconnaît reconnait constate estime considère souhaite appuie soutient charge lance déplore réitère attire sollicite enjoint propose confirme adopte proclame déclare fait demandent invitent",
);
const ES_SKIP = words("también además asimismo profundamente gravemente seriamente firmemente igualmente y");
const ES_PREAMBULAR = words("consciente conscientes resuelta resuelto considerando");
const ES_OPERATIVE = words(
  "exhorta insta pide invita alienta recomienda decide solicita exige condena reafirma acoge toma hace subraya destaca reconoce expresa apoya celebra observa afirma recuerda declara encomia lamenta deplora propone reitera señala llama considera encarga aprueba respalda manifiesta felicita advierte estima convoca anima urge promueve fomenta",
);
const AR_PREAMBULAR = words("اذ واذ حيث وحيث وقد قد مع ومع بالنظر وبالنظر");
const AR_SKIP = words("كما ايضا");

const firstWords = (text: string): string[] => text.toLocaleLowerCase().split(/[\s,;:.،؛]+/u).filter(Boolean);

const skipAdverbs = (list: string[], skip: ReadonlySet<string>): string | undefined => list.find((w) => !skip.has(w));

const english = (text: string): OpeningVerdict | null => {
  const w = skipAdverbs(firstWords(text), EN_SKIP);
  if (!w || !/^\p{L}+$/u.test(w)) return null;
  if (EN_PREAMBULAR.has(w)) return { kind: "preambular", word: w, why: "an adjective or conjunction that opens a preambular paragraph" };
  if (/(ing|ed)$/.test(w)) return { kind: "preambular", word: w, why: "a participle" };
  if (/[^s]s$/.test(w)) return { kind: "operative", word: w, why: "a verb in the present tense" };
  return null;
};

const french = (text: string): OpeningVerdict | null => {
  const w = skipAdverbs(firstWords(text).map((x) => x.replace(/^[ld]['’]/, "")), FR_SKIP);
  if (!w) return null;
  if (FR_PREAMBULAR.has(w) || /(ant|ée|ées)$/.test(w)) return { kind: "preambular", word: w, why: "un participe ou un adjectif (a participle or adjective)" };
  if (FR_OPERATIVE.has(w)) return { kind: "operative", word: w, why: "un verbe au présent (a verb in the present tense)" };
  return null;
};

const spanish = (text: string): OpeningVerdict | null => {
  const w = skipAdverbs(firstWords(text), ES_SKIP);
  if (!w) return null;
  if (ES_PREAMBULAR.has(w) || /(ando|iendo|yendo|ada|ado|adas|ados|ida|ido|idas|idos)$/.test(w)) {
    return { kind: "preambular", word: w, why: "un gerundio o participio (a gerund or participle)" };
  }
  if (ES_OPERATIVE.has(w)) return { kind: "operative", word: w, why: "un verbo en presente (a verb in the present tense)" };
  return null;
};

/** Removes Arabic diacritics and tatweel and unifies alif forms, so that spelling variants match. */
export const normalizeArabic = (text: string): string =>
  text.replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[أإآ]/g, "ا").replace(/ى/g, "ي");

const arabic = (text: string): OpeningVerdict | null => {
  const list = firstWords(normalizeArabic(text));
  const first = list[0];
  if (!first) return null;
  if (AR_PREAMBULAR.has(first)) return { kind: "preambular", word: first, why: "أداة حال (a circumstantial opening such as إذ)" };
  const w = skipAdverbs(list, AR_SKIP) ?? first;
  const stem = w.length > 3 && w.startsWith("و") ? w.slice(1) : w;
  if (stem.length >= 4 && stem.endsWith("ا")) return { kind: "preambular", word: w, why: "مصدر منصوب (a verbal noun, e.g. إدراكاً)" };
  if (/^[تي]\p{L}{2,}$/u.test(stem)) return { kind: "operative", word: w, why: "فعل مضارع (a verb in the present tense)" };
  return null;
};

const READERS: Record<Language, (text: string) => OpeningVerdict | null> = { en: english, fr: french, es: spanish, ar: arabic };

/** Reads the opening words: Arabic script in Arabic, other scripts in the draft's language (or en, fr, es for an Arabic draft). */
export const readOpening = (text: string, language: Language): (OpeningVerdict & { language: Language }) | null => {
  const order: Language[] = /^[^\p{L}]*\p{Script=Arabic}/u.test(text) ? ["ar"] : language === "ar" ? ["en", "fr", "es"] : [language];
  for (const l of order) {
    const verdict = READERS[l](text);
    if (verdict) return { ...verdict, language: l };
  }
  return null;
};
