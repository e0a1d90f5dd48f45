// Locale handling. zh-CN is the default, en second. The messages are split into parts
// (src/web/locales/<part>/zh-CN.json + en.json), each loaded with the code that uses it: the
// public entry bundles only `public`; a lazily loaded chunk imports its parts' index.ts, which
// registers the part's zh-CN messages (bundled in that chunk) and a loader for its en messages
// (a separate file, fetched only when en is chosen). A lazy chunk's import promise goes through
// withMessages(), so it renders only once its messages exist in the language being shown;
// switching language loads that language for every part registered so far.
// t() is typed by the keys of all parts, so a missing key is a compile error; keys built at run
// time (enum values from the API, nav labels) go through t.dyn(), which falls back to the raw value.
// test/unit/web-locales.test.ts checks that every key a chunk uses is in a part it (or the entry) loads.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import zhPublic from './locales/public/zh-CN.json' with { type: 'json' };
import type { MessageKey } from './locales/keys.ts';

export type { MessageKey } from './locales/keys.ts';
export type Lang = 'zh-CN' | 'en';
export const langs: readonly Lang[] = ['zh-CN', 'en'];
export type Vars = Record<string, string | number>;
type Dict = Record<string, string>;

const STORAGE_KEY = 'gz.lang';

interface Part { en?: Dict; loading?: Promise<void>; loadEn(): Promise<{ default: Dict }> }
const parts = new Map<string, Part>();
/** Every registered part's messages, merged, per language (en holds the parts loaded so far). */
const dict: Record<Lang, Dict> = { 'zh-CN': {}, en: {} };
let current: Lang = 'zh-CN';
/** The language being switched to (or shown): chunks arriving meanwhile load their messages in it. */
let wanted: Lang = 'zh-CN';

/**
 * Registers a part's messages: its zh-CN messages now, its en messages when en is (or becomes)
 * the language. Called once per part by src/web/locales/<part>/index.ts; the en loader's type
 * makes en.json a compile error when it lacks a key of zh-CN.json.
 */
export function registerMessages<M extends Dict>(name: string, zh: M, loadEn: () => Promise<{ default: Record<keyof M, string> }>): void {
  if (parts.has(name)) return;
  parts.set(name, { loadEn });
  Object.assign(dict['zh-CN'], zh);
}

registerMessages('public', zhPublic, () => import('./locales/public/en.json', { with: { type: 'json' } }));

/** Loads `lang` for every registered part, including parts registered while loading. */
export async function ensureMessages(lang: Lang): Promise<void> {
  if (lang === 'zh-CN') return;
  for (;;) {
    const missing = [...parts.values()].filter((p) => !p.en);
    if (missing.length === 0) return;
    await Promise.all(missing.map((p) => (p.loading ??= p.loadEn().then(
      (m) => { p.en = m.default; Object.assign(dict.en, m.default); },
      (e: unknown) => { p.loading = undefined; throw e; },
    ))));
  }
}

/** For a lazy chunk's import promise: resolves to the chunk once its messages are loaded in the language shown. */
export const withMessages = <M,>(chunk: M): Promise<M> => ensureMessages(wanted).then(() => chunk);

/** The language the app speaks now (for Accept-Language on API calls). */
export const currentLang = (): Lang => current;

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export interface T {
  (key: MessageKey, vars?: Vars): string;
  /** For keys built at run time (enum values from the API); falls back to `fallback`. */
  dyn(key: string, fallback?: string, vars?: Vars): string;
  lang: Lang;
}

function fill(s: string, vars?: Vars): string {
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Looks messages up when called, so parts registered after it was made are seen. */
export function makeT(lang: Lang): T {
  const messages = dict[lang];
  const t = ((key: MessageKey, vars?: Vars) => fill(messages[key] ?? key, vars)) as T;
  t.dyn = (key, fallback, vars) => fill(messages[key] ?? fallback ?? key, vars);
  t.lang = lang;
  return t;
}

interface I18n { t: T; setLang(lang: Lang): Promise<void> }
const Ctx = createContext<I18n | null>(null);

export function applyLang(lang: Lang) {
  current = lang;
  wanted = lang;
  document.documentElement.lang = lang;
}

export function I18nProvider({ initial, children }: { initial: Lang; children: ReactNode }) {
  const [lang, setState] = useState(initial);
  const setLang = useCallback(async (next: Lang) => {
    wanted = next;
    try {
      await ensureMessages(next);
    } catch (e) {
      wanted = current;
      throw e;
    }
    try { localStorage.setItem(STORAGE_KEY, next); } catch { /* private mode: not persisted */ }
    applyLang(next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ t: makeT(lang), setLang }), [lang, setLang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('I18nProvider missing');
  return v;
}
export const useT = (): T => useI18n().t;

/** A button that switches between the two languages, labelled in the language it switches to. */
export function LangSwitch() {
  const { t, setLang } = useI18n();
  const other: Lang = t.lang === 'en' ? 'zh-CN' : 'en';
  return (
    <button type="button" className="link-button lang-switch" lang={other} onClick={() => void setLang(other)}>
      {t('lang.other')}
    </button>
  );
}
