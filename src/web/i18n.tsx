// Locale handling: zh-CN is the default and is bundled; en is fetched when first chosen.
// t() is typed by the keys of zh-CN.json, so a missing key is a compile error; enum values
// coming from the API go through t.dyn(), which falls back to the raw value.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import zh from './locales/zh-CN.json' with { type: 'json' };

export type Lang = 'zh-CN' | 'en';
export const langs: readonly Lang[] = ['zh-CN', 'en'];
export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;
export type Vars = Record<string, string | number>;

const STORAGE_KEY = 'gz.lang';
const loaded: Partial<Record<Lang, Messages>> = { 'zh-CN': zh };
let current: Lang = 'zh-CN';

/** The language the app speaks now (for Accept-Language on API calls). */
export const currentLang = (): Lang => current;

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export async function loadMessages(lang: Lang): Promise<Messages> {
  const have = loaded[lang];
  if (have) return have;
  const m = (await import('./locales/en.ts')).default;
  loaded.en = m;
  return m;
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

export function makeT(lang: Lang, messages: Messages): T {
  const dict = messages as Record<string, string>;
  const t = ((key: MessageKey, vars?: Vars) => fill(messages[key] ?? key, vars)) as T;
  t.dyn = (key, fallback, vars) => fill(dict[key] ?? fallback ?? key, vars);
  t.lang = lang;
  return t;
}

interface I18n { t: T; setLang(lang: Lang): Promise<void> }
const Ctx = createContext<I18n | null>(null);

export function applyLang(lang: Lang) {
  current = lang;
  document.documentElement.lang = lang;
}

export function I18nProvider({ initial, messages, children }: { initial: Lang; messages: Messages; children: ReactNode }) {
  const [state, setState] = useState({ lang: initial, messages });
  const setLang = useCallback(async (lang: Lang) => {
    const m = await loadMessages(lang);
    try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* private mode: not persisted */ }
    applyLang(lang);
    setState({ lang, messages: m });
  }, []);
  const value = useMemo(() => ({ t: makeT(state.lang, state.messages), setLang }), [state, setLang]);
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
