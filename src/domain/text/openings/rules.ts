/**
 * What a language's drafts say with their words: how paragraphs open, how the enacting formula and the
 * sponsor line read, what front matter looks like. Words are lower case; Arabic is written with its usual
 * spelling and normalized (diacritics, tatweel, alif forms) before matching.
 */
export interface LanguageRules {
  /** Adverbs and conjunctions read past before the opening word: "also", "deeply". */
  readonly skip: readonly string[];
  /** Words and phrases that open a preambular paragraph: "recalling", "bearing in mind". */
  readonly preambular: readonly string[];
  /** Words and phrases that open an operative paragraph: "calls upon", "decides". */
  readonly operative: readonly string[];
  /** Endings of a preambular opening word that is in no list (participles, gerunds). */
  readonly preambularEnding: RegExp | null;
  /** Endings of an operative opening word that is in no list (a verb in the present tense). */
  readonly operativeEnding: RegExp | null;
  /** The enacting formula before the preamble or between preamble and operative part. */
  readonly formula: RegExp;
  /** "Draft resolution submitted by …". */
  readonly sponsor: RegExp;
  /** An article heading: "Article 3", "المادة 3". */
  readonly article: RegExp;
  /** Month names, to recognise the dates of the front matter. */
  readonly months: readonly string[];
  /** Lines that are front matter whatever surrounds them: "Original: English", "Distr.: General", sessions. */
  readonly frontMatter: readonly RegExp[];
  /** The marker the documents write where a translation is missing. */
  readonly missing: string;
  /** Frequent short words, to recognise the language of a file. */
  readonly stopWords: readonly string[];
}
