/** Branded string ids: a ParagraphId can never be passed where a ParticipantId is expected. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SittingId = Brand<string, "SittingId">;
export type ParagraphId = Brand<string, "ParagraphId">;
export type DiscussionGroupId = Brand<string, "DiscussionGroupId">;
export type GuidingQuestionId = Brand<string, "GuidingQuestionId">;
export type ParticipantId = Brand<string, "ParticipantId">;
export type AccountId = Brand<string, "AccountId">;
export type AmendmentId = Brand<string, "AmendmentId">;

/** Casts a plain string to a branded id; use only at the edges (store rows, parsed input). */
export const asId = <T extends Brand<string, string>>(value: string): T => value as T;
