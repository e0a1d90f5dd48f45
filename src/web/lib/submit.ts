// One submit state for every form and action button: busy while the request runs (a second
// submit meanwhile is ignored, even before React re-renders), the error kept for the page to
// show where it always did (ErrorNote, or ErrorSummary + fields through useFormErrors).
import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';

export interface RunOptions {
  /** On success stay busy: the page is moving on (navigating away, or the parent replaces the form). */
  keepBusy?: boolean;
}

export interface Submit {
  busy: boolean;
  error: unknown;
  /** Runs `fn` unless a run is under way: clears the error, busy until it settles; a throw becomes `error`.
   *  Resolves to what `fn` returned, or undefined when it threw or was ignored. */
  run<R>(fn: () => Promise<R>, options?: RunOptions): Promise<R | undefined>;
  /** A form's onSubmit: prevents the page load and runs `fn` (which gets the event, to read the form before its first await). */
  onSubmit(fn: (e: FormEvent<HTMLFormElement>) => Promise<unknown>, options?: RunOptions): (e: FormEvent<HTMLFormElement>) => void;
  /** Shows an error found without a request (or clears it with null). */
  setError(error: unknown): void;
  /** No error, not busy. */
  reset(): void;
}

export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = useCallback(async <R,>(fn: () => Promise<R>, options?: RunOptions): Promise<R | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      const out = await fn();
      if (!options?.keepBusy) { running.current = false; setBusy(false); }
      return out;
    } catch (e) {
      running.current = false;
      setError(e);
      setBusy(false);
      return undefined;
    }
  }, []);
  const onSubmit = useCallback((fn: (e: FormEvent<HTMLFormElement>) => Promise<unknown>, options?: RunOptions) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void run(() => fn(e), options);
  }, [run]);
  const reset = useCallback(() => { running.current = false; setBusy(false); setError(null); }, []);
  return useMemo(() => ({ busy, error, run, onSubmit, setError, reset }), [busy, error, run, onSubmit, reset]);
}
