// Form fields that always carry a label, a hint and the server's message for that field,
// wired with aria-describedby / aria-invalid; and the mapping of problem+json errors[] to fields.
import { useEffect, useMemo, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useT, type Lang } from '../i18n.tsx';
import { ApiError, fieldText } from './api.ts';
import { chinaDate } from '../../core/time.ts';

export interface FormErrors { byField: Record<string, string>; other: string[]; title: string | null }
export const noErrors: FormErrors = { byField: {}, other: [], title: null };

/** "body.name" and "name" both name the input "name"; errors for fields not on the form are listed apart. */
export function formErrors(err: unknown, fields: readonly string[], lang: Lang, networkText: string): FormErrors {
  if (!err) return noErrors;
  if (!(err instanceof ApiError)) return { byField: {}, other: [], title: String(err) };
  if (err.network) return { byField: {}, other: [], title: networkText };
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const e of err.errors) {
    const name = e.field.replace(/^body\./, '');
    const text = fieldText(e, lang);
    if (fields.includes(name)) byField[name] = byField[name] ? `${byField[name]}；${text}` : text;
    else other.push(text);
  }
  return { byField, other, title: err.text(lang) };
}

/** The server's error for a form, split by field, in the current language (re-read on a language switch). */
export function useFormErrors(error: unknown, fields: readonly string[]): FormErrors {
  const t = useT();
  return useMemo(() => formErrors(error, fields, t.lang, t('error.network')), [error, fields, t]);
}

/** The summary above a form: what went wrong, announced and focused when a new error arrives. */
export function ErrorSummary({ errors, source }: { errors: FormErrors; source: unknown }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.title !== null;
  useEffect(() => { if (source) ref.current?.focus(); }, [source]);
  if (!shown) return null;
  const fieldCount = Object.keys(errors.byField).length;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <p><strong>{errors.title}</strong></p>
      {fieldCount > 0 && <p>{t('form.seeFields', { n: fieldCount })}</p>}
      {errors.other.length > 0 && <ul>{errors.other.map((m, i) => <li key={i}>{m}</li>)}</ul>}
    </div>
  );
}

interface FieldShell { id: string; label: string; error?: string | undefined; hint?: string | undefined; required?: boolean }

function describedBy(id: string, hint?: string, error?: string) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Under({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return <>
    {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
    {error && <p id={`${id}-error`} className="field-error">{error}</p>}
  </>;
}

function RequiredMark() {
  const t = useT();
  return <span className="required">{t('form.required')}</span>;
}

export function TextField({ id, label, error, hint, required, ...input }: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}{required && <> <RequiredMark /></>}</label>
      <input id={id} name={id} required={required} aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)} {...input} />
      <Under id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({ id, label, error, hint, required, children, ...select }: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}{required && <> <RequiredMark /></>}</label>
      <select id={id} name={id} required={required} aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)} {...select}>{children}</select>
      <Under id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({ id, label, error, hint, required, ...area }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}{required && <> <RequiredMark /></>}</label>
      <textarea id={id} name={id} required={required} aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)} {...area} />
      <Under id={id} hint={hint} error={error} />
    </div>
  );
}

export function CheckField({ id, label, error, hint, ...input }: Omit<FieldShell, 'required'> & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field check${error ? ' has-error' : ''}`}>
      <input id={id} name={id} type="checkbox" aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)} {...input} />
      <label htmlFor={id}>{label}</label>
      <Under id={id} hint={hint} error={error} />
    </div>
  );
}

/** Today's date in China as YYYY-MM-DD. */
export const chinaToday = () => chinaDate(new Date());
