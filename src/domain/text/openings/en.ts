import type { LanguageRules } from "./rules.js";

/** English drafts: UN and IPU style, classic ("Whereas") and modern ("Recalling"). */
export const en: LanguageRules = {
  skip: ["also", "further", "furthermore", "moreover", "deeply", "gravely", "seriously", "strongly", "firmly", "fully", "once", "again", "however", "and", "in", "addition", "additionally"],
  preambular: [
    "whereas", "recalling", "noting", "noting with concern", "bearing in mind", "having considered", "having regard to", "taking into account",
    "aware", "mindful", "conscious", "cognizant", "cognisant", "convinced", "concerned", "alarmed", "determined", "guided", "encouraged",
    "disturbed", "appalled", "desirous", "resolved", "recognizing", "recognising", "acknowledging", "emphasizing", "emphasising",
    "reaffirming", "welcoming", "considering", "affirming", "stressing", "underlining", "expressing", "believing", "regretting", "observing",
  ],
  operative: [
    "calls upon", "calls on", "urges", "requests", "decides", "invites", "encourages", "recommends", "reaffirms", "welcomes", "takes note",
    "expresses", "emphasizes", "emphasises", "stresses", "condemns", "notes", "affirms", "declares", "adopts", "proclaims", "resolves",
    "endorses", "supports", "underlines", "acknowledges", "recognizes", "recognises", "commends", "deplores", "appeals", "demands",
    "authorizes", "approves", "agrees", "reiterates",
  ],
  preambularEnding: /(ing|ed)$/,
  operativeEnding: /[^s]s$/,
  formula: /^(now,?\s+therefore,?(\s.*)?|the\s.*\b(assembly|council|committee|forum|conference|parliament|union|commission|board|congress|summit|meeting)\b.*)[,:]$/iu,
  sponsor: /^((draft|revised draft)\s+(resolution|decision|declaration)\s+)?(submitted|presented|tabled|proposed|sponsored)\s+by\b/iu,
  article: /^article\s+(\d+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten)\b/iu,
  months: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  frontMatter: [
    /^original\s*:/iu, /^distr(\.|ibution)?\s*:?/iu, /^(general|limited|restricted)$/iu, /\bsession\b/iu, /^agenda\s+item\b/iu, /^item\s+\d+/iu,
    /^(draft\s+|revised\s+draft\s+)?(resolution|decision|declaration)\s+(adopted|submitted|presented|approved)\b/iu,
    /^(draft\s+|revised\s+draft\s+)?(resolution|decision|declaration|resolutions)$/iu,
    /^\d+(st|nd|rd|th)\s+(ipu\s+)?assembly\b/iu, /^for democracy\.\s*for everyone\.?$/iu, /\bplenary meeting\b/iu,
  ],
  missing: "[translation missing]",
  stopWords: ["the", "of", "and", "to", "in", "that", "for", "with", "on", "by", "its", "is"],
};
