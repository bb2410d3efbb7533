/** The fields whose values differ between what was loaded and what the form holds now. */
export const changedFields = <V extends object>(initial: V, current: V): Partial<V> => {
  const changed: Partial<V> = {};
  for (const key of Object.keys(current) as (keyof V)[]) {
    if (JSON.stringify(initial[key]) !== JSON.stringify(current[key])) changed[key] = current[key];
  }
  return changed;
};

/** Field errors from a 400 answer, by field path without the leading "body.". */
export type FieldErrors = ReadonlyMap<string, string>;

/** Reads the issues of a refused request into field errors. */
export const fieldErrorsOf = (issues: readonly { readonly path: string; readonly message: string }[]): FieldErrors => {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const key = issue.path.replace(/^body\.?/, "");
    errors.set(key, errors.has(key) ? `${errors.get(key)}; ${issue.message}` : issue.message);
  }
  return errors;
};

/** The message for a field, including those for any part of it (name.versions.en belongs to name). */
export const errorAt = (errors: FieldErrors, field: string): string | undefined => {
  const messages = [...errors].filter(([path]) => path === field || path.startsWith(`${field}.`)).map(([, message]) => message);
  return messages.length > 0 ? messages.join("; ") : undefined;
};

/** The messages no field of the form claims: they go to the top of the form. */
export const unclaimedErrors = (errors: FieldErrors, fields: readonly string[]): string[] =>
  [...errors]
    .filter(([path]) => !fields.some((f) => path === f || path.startsWith(`${f}.`)))
    .map(([path, message]) => (path ? `${path}: ${message}` : message));
