import { useState, type FormEvent } from "react";

/**
 * One press of a form's submit: what is wrong with the values (nothing is sent), or the action run once and the
 * words of its failure; null when it succeeded.
 */
export const submitOnce = async (
  check: () => string | null,
  action: () => Promise<void>,
  describeFailure: (cause: unknown) => string,
): Promise<string | null> => {
  const problem = check();
  if (problem !== null) return problem;
  try {
    await action();
    return null;
  } catch (cause) {
    return describeFailure(cause);
  }
};

/**
 * Runs a form's action on every valid press, with its pending state; an invalid press says what is wrong
 * (`check`) instead of sending, and a failure says why.
 */
export const useFormAction = (
  action: () => Promise<void>,
  describeFailure: (cause: unknown) => string,
  check: () => string | null = () => null,
) => {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      setError(await submitOnce(check, action, describeFailure));
    } finally {
      setPending(false);
    }
  };
  return { error, pending, submit };
};
