import type { MailWording } from "./wording.js";

const hoursAr = (n: number): string => (n === 1 ? "ساعة واحدة" : n === 2 ? "ساعتين" : n <= 10 ? `${n} ساعات` : `${n} ساعة`);

/** Arabic wording of outgoing mail, with Arabic punctuation. */
export const ar: MailWording = {
  greeting: (name) => `السيد/السيدة ${name} المحترم/المحترمة،`,
  signature: "الأمانة",
  linkFallback: "إذا لم يعمل الزر، انسخ هذا العنوان في متصفحك:",
  validFor: (hours) => `يعمل الرابط مرة واحدة خلال ${hoursAr(hours)}.`,
  invitation: (event) => ({
    subject: `دعوتك إلى ${event}`,
    paragraphs: [`أنت مسجل/مسجلة كمشارك/مشاركة في ${event}.`, "سجّل الدخول بالرابط أدناه، ثم اختر كلمة مرور للعودة لاحقًا."],
    action: "تسجيل الدخول إلى Rapporteur",
  }),
  signInLink: {
    subject: "رابط تسجيل الدخول الخاص بك",
    paragraphs: ["طلبت رابطًا لتسجيل الدخول إلى Rapporteur."],
    action: "تسجيل الدخول",
  },
  passwordReset: {
    subject: "اختر كلمة مرور جديدة",
    paragraphs: ["طلب شخص ما، وربما أنت، إعادة تعيين كلمة مرور حسابك في Rapporteur."],
    action: "اختيار كلمة مرور جديدة",
  },
  notRequested: "إذا لم تطلب ذلك، فتجاهل هذه الرسالة؛ تبقى كلمة مرورك كما هي.",
  notice: (title) => ({ subject: title, action: "فتح في Rapporteur" }),
};
