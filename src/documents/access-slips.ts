import QRCode from "qrcode";
import type { Role } from "../domain/authorization.js";
import { directionOf, type Language } from "../domain/language.js";
import { compileTypst } from "./render/pdf.js";

/** One person's slip: their name, delegation, roles and sign-in link, in their own language. */
export interface AccessSlip {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly Role[];
  readonly link: string;
  readonly expiresAt: string;
  readonly language: Language;
}

/** The slips of one delegation: one page. */
export interface DelegationSlips {
  readonly delegation: string;
  readonly parliament: string;
  readonly slips: readonly AccessSlip[];
}

/** Everything the access slips are written from, as plain data that can cross to a worker thread. */
export interface AccessSlipsJob {
  readonly kind: "access-slips";
  /** The event's name in each language it is written in. */
  readonly event: Partial<Record<Language, string>>;
  readonly delegations: readonly DelegationSlips[];
}

interface SlipWording {
  readonly title: string;
  readonly scan: string;
  readonly validUntil: (date: string) => string;
  readonly roles: Record<Role, string>;
}

const WORDING: Record<Language, SlipWording> = {
  en: {
    title: "Access slip",
    scan: "Scan the code with your phone to sign in, or open the link below. Keep this slip to yourself.",
    validUntil: (d) => `Valid until ${d}`,
    roles: {
      secretariat: "Secretariat",
      bureau_member: "Bureau member",
      presiding_officer: "Presiding officer",
      chair: "Chair",
      rapporteur: "Rapporteur",
      participant: "Participant",
      observer: "Observer",
      translator: "Translator",
    },
  },
  fr: {
    title: "Fiche d’accès",
    scan: "Scannez le code avec votre téléphone pour vous connecter, ou ouvrez le lien ci-dessous. Gardez cette fiche pour vous.",
    validUntil: (d) => `Valable jusqu’au ${d}`,
    roles: {
      secretariat: "Secrétariat",
      bureau_member: "Membre du Bureau",
      presiding_officer: "Président(e) de séance",
      chair: "Président(e)",
      rapporteur: "Rapporteur(euse)",
      participant: "Participant(e)",
      observer: "Observateur(trice)",
      translator: "Traducteur(trice)",
    },
  },
  es: {
    title: "Ficha de acceso",
    scan: "Escanee el código con su teléfono para iniciar sesión, o abra el enlace de abajo. Guarde esta ficha para usted.",
    validUntil: (d) => `Válida hasta el ${d}`,
    roles: {
      secretariat: "Secretaría",
      bureau_member: "Miembro de la Mesa",
      presiding_officer: "Presidente/a de la sesión",
      chair: "Presidente/a",
      rapporteur: "Relator/a",
      participant: "Participante",
      observer: "Observador/a",
      translator: "Traductor/a",
    },
  },
  ar: {
    title: "بطاقة الدخول",
    scan: "امسح الرمز بهاتفك لتسجيل الدخول، أو افتح الرابط أدناه. احتفظ بهذه البطاقة لنفسك.",
    validUntil: (d) => `صالحة حتى ${d}`,
    roles: {
      secretariat: "الأمانة",
      bureau_member: "عضو المكتب",
      presiding_officer: "رئيس الجلسة",
      chair: "رئيس المجموعة",
      rapporteur: "المقرر",
      participant: "مشارك",
      observer: "مراقب",
      translator: "مترجم",
    },
  },
};

const dateIn = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));

/** What the Typst template reads: every text already in the slip's language, the QR code as SVG. */
export const slipsData = async (job: AccessSlipsJob) => ({
  pages: await Promise.all(
    job.delegations.map(async (d) => ({
      delegation: d.delegation,
      parliament: d.parliament === d.delegation ? "" : d.parliament,
      slips: await Promise.all(
        d.slips.map(async (s) => {
          const w = WORDING[s.language];
          return {
            language: s.language,
            rtl: directionOf(s.language) === "rtl",
            title: w.title,
            event: job.event[s.language] ?? Object.values(job.event)[0] ?? "",
            name: s.name,
            delegation: d.delegation,
            email: s.email,
            roles: [...new Set(s.roles.map((r) => w.roles[r]))].join(s.language === "ar" ? "، " : ", "),
            scan: w.scan,
            valid: w.validUntil(dateIn(s.expiresAt, s.language)),
            link: s.link,
            qr: await QRCode.toString(s.link, { type: "svg", errorCorrectionLevel: "M", margin: 1 }),
          };
        }),
      ),
    })),
  ),
});

/** The access slips as PDF: one page per delegation, a slip per person to cut out, each in its person's language. */
export const accessSlipsToPdf = async (job: AccessSlipsJob): Promise<Buffer> => compileTypst("access-slips.typ", await slipsData(job));
