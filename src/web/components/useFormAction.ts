import { useState, type FormEvent } from "react";

/** Runs a form's action once per submit, with its pending state and the message of a failure. */
export const useFormAction = (action: () => Promise<void>, describeFailure: (cause: unknown) => string) => {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(describeFailure(cause));
    } finally {
      setPending(false);
    }
  };
  return { error, pending, submit };
};
