import { useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { changedFields, fieldErrorsOf, type FieldErrors } from "./values.js";
import { failureInWords, issuesInWords } from "../api/failure.js";

interface Options<V extends object, S extends { version: number }> {
  /** The subject being edited, or null when the form creates one. */
  readonly subject: S | null;
  readonly toValues: (subject: S | null) => V;
  readonly create?: (values: V) => Promise<unknown>;
  readonly update?: (version: number, changes: Partial<V>) => Promise<unknown>;
  readonly onSaved: (saved: S) => void;
  /** Picks the edited part out of what the server returns, when it returns the whole parent (a body in its event). */
  readonly pick?: (answer: unknown, values: V) => S | null;
}

/** What a versioned form offers its fields and its buttons. */
export interface VersionedForm<V extends object, S> {
  readonly values: V;
  readonly set: <K extends keyof V>(key: K, value: V[K]) => void;
  readonly errors: FieldErrors;
  readonly formError: string | null;
  readonly pending: boolean;
  /** The current state when someone else saved first; the user's own changes stay in the form. */
  readonly stale: S | null;
  readonly changes: Partial<V>;
  readonly submit: (event: FormEvent<HTMLFormElement>) => void;
  readonly reapply: () => void;
  readonly discard: () => void;
  /** The form element's id, so that focus can move to its first error. */
  readonly formId: string;
}

/**
 * Holds a form for a versioned subject: creates it, or sends only the changed fields with the version
 * that was loaded. A 400 puts each message beside its field and moves focus to the first; a stale
 * version keeps the user's changes and shows the current state, to re-apply on top of it or discard.
 */
export const useVersionedForm = <V extends object, S extends { version: number }>(options: Options<V, S>): VersionedForm<V, S> => {
  const { t } = useTranslation();
  const [base, setBase] = useState<S | null>(options.subject);
  const [values, setValues] = useState<V>(() => options.toValues(options.subject));
  const [errors, setErrors] = useState<FieldErrors>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [stale, setStale] = useState<S | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const formId = useId();
  const initial = options.toValues(base);
  const changes = changedFields(initial, values);

  useEffect(() => {
    if (focusTick === 0) return;
    const target = document.getElementById(formId)?.querySelector<HTMLElement>("[aria-invalid=true], .setup-alert");
    target?.focus();
  }, [focusTick, formId]);

  const pick = (answer: unknown): S => (options.pick ? (options.pick(answer, values) ?? (answer as S)) : (answer as S));

  const send = async (version: number | null, toSend: Partial<V>) => {
    setPending(true);
    setFormError(null);
    setErrors(new Map());
    try {
      let saved: S;
      if (version === null) {
        if (!options.create) return;
        saved = pick(await options.create(values));
      } else {
        if (!options.update) return;
        if (Object.keys(toSend).length === 0) {
          setFormError(t("setup.form.nothingChanged"));
          setFocusTick((n) => n + 1);
          return;
        }
        saved = pick(await options.update(version, toSend));
      }
      setStale(null);
      setBase(saved);
      setValues(options.toValues(saved));
      options.onSaved(saved);
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === "stale_version") {
        const answer = (cause.details as { current?: unknown } | undefined)?.current;
        const current = answer === undefined ? null : options.pick ? options.pick(answer, values) : (answer as S);
        setStale(current);
        if (!current) setFormError(t("setup.form.staleReload"));
      } else if (cause instanceof ApiError && cause.issues.length > 0) {
        setErrors(fieldErrorsOf(issuesInWords(t, cause.issues)));
        setFormError(t("setup.form.fixFields"));
      } else {
        setFormError(t("setup.form.failed", { message: failureInWords(t, cause) }));
      }
      setFocusTick((n) => n + 1);
    } finally {
      setPending(false);
    }
  };

  return {
    values,
    set: (key, value) => setValues((v) => ({ ...v, [key]: value })),
    errors,
    formError,
    pending,
    stale,
    changes,
    formId,
    submit: (event) => {
      event.preventDefault();
      void send(base ? base.version : null, changes);
    },
    reapply: () => {
      if (!stale) return;
      const mine = changes;
      setBase(stale);
      setValues({ ...options.toValues(stale), ...mine });
      setStale(null);
      void send(stale.version, mine);
    },
    discard: () => {
      if (!stale) return;
      setBase(stale);
      setValues(options.toValues(stale));
      setStale(null);
      options.onSaved(stale);
    },
  };
};
