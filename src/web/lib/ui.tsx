// Small shared pieces: loading and error notes, a data-loading hook, a debounce hook.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT, type T } from '../i18n.tsx';
import { api, ApiError, isAbort } from './api.ts';

export function Loading() {
  const t = useT();
  return <p role="status" className="muted">{t('common.loading')}</p>;
}

/** What went wrong, in the current language, as the server put it. */
export function errorText(error: unknown, t: T): string {
  if (error instanceof ApiError) return error.network ? t('error.network') : error.text(t.lang);
  return t('error.unexpected');
}

/** Says what went wrong, announced to screen readers. */
export function ErrorNote({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return <p role="alert" className="error-note">{errorText(error, t)}</p>;
}

/** `reload()` settles once the re-fetched answer (or its error) is on screen, so a caller can
 *  announce "done" only when the page already shows the new state. */
export interface Loaded<T> { data: T | null; error: unknown; loading: boolean; reload(): Promise<void> }

/** GETs `path` (null = nothing to load) and re-fetches when it changes; stale answers are dropped. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({ data: null, error: null, loading: path !== null });
  const [tick, setTick] = useState(0);
  const waiting = useRef<(() => void)[]>([]);
  const settle = () => { const w = waiting.current; waiting.current = []; for (const f of w) f(); };
  useEffect(() => {
    if (path === null) { setState({ data: null, error: null, loading: false }); settle(); return; }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    api<T>(path, { signal: ctl.signal }).then(
      (data) => { setState({ data, error: null, loading: false }); settle(); },
      (error: unknown) => { if (!isAbort(error)) { setState({ data: null, error, loading: false }); settle(); } },
    );
    return () => ctl.abort();
  }, [path, tick]);
  const reload = useCallback(() => new Promise<void>((resolve) => { waiting.current.push(resolve); setTick((n) => n + 1); }), []);
  return { ...state, reload };
}

export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

export const formatNumber = (n: number, lang: string) => n.toLocaleString(lang);

export function formatDateTime(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang, { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}
