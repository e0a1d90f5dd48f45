// The opinion box (意见箱) under an entry. A signed-in resident of this village asks directly;
// anyone else confirms a mobile number with a one-time code first (the code comes through the
// notifications outbox). The server's field errors are shown next to the fields, and the
// answer's due date (working days, holiday calendar) is said back to the asker.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n.tsx';
import { api } from '../lib/api.ts';
import type { ApiResponse } from '../lib/api-types.ts';
import { CheckField, ErrorSummary, TextAreaField, TextField, useFormErrors } from '../lib/forms.tsx';
import { formatDay } from '../lib/disclosure.ts';
import { fetchMe, useMe } from '../staff/session.ts';
import { maskPhone } from '../../core/privacy.ts';
import { chinaDate } from '../../core/time.ts';

const fields = ['question', 'phone', 'code', 'name', 'private', 'entryId'] as const;

/** The server's answer, and the year whose holiday calendar is missing when it could not say a due date. */
type Done = ApiResponse<'/api/v1/villages/{code}/feedback', 'post'> & { missingYear: number | null };

export function AskForm({ code, entryId, kind }: { code: string; entryId: number | null; kind: string | null }) {
  const t = useT();
  const id = useId();
  const me = useMe();
  useEffect(() => { if (me === undefined) fetchMe().catch(() => {}); }, [me]);
  const resident = !!me && me.actions.includes('disclosure.ask') && me.grants.some((g) => g.role === 'resident' && g.jurisdictionCode === code);

  const [question, setQuestion] = useState('');
  const [name, setName] = useState('');
  const [priv, setPriv] = useState(false);
  const [phone, setPhone] = useState('');
  const [codeSent, setCodeSent] = useState<{ phone: string; expiresAt: string } | null>(null);
  const [otp, setOtp] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'code' | 'ask' | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const errors = useFormErrors(error, fields);
  const doneRef = useRef<HTMLDivElement>(null);
  const otpRef = useRef<HTMLInputElement>(null);
  const f = (k: string) => `${id}-${k}`;
  const err = (k: string) => local[k] ?? errors.byField[k];
  useEffect(() => { if (done) doneRef.current?.focus(); }, [done]);

  const cleanPhone = phone.replace(/[\s-]/g, '');
  const checkQuestion = (): Record<string, string> => (question.trim().length < 4 ? { question: t('ask.error.question') } : {});

  const sendCode = async () => {
    const problems: Record<string, string> = /^1\d{10}$/.test(cleanPhone) ? {} : { phone: t('ask.error.phone') };
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length) return;
    setBusy('code');
    try {
      const r = await api<ApiResponse<'/api/v1/phone-codes', 'post'>>('/api/v1/phone-codes', { json: { phone: cleanPhone, villageCode: code } });
      setCodeSent({ phone: cleanPhone, expiresAt: r.expiresAt });
      requestAnimationFrame(() => otpRef.current?.focus());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = checkQuestion();
    if (!resident) {
      if (!codeSent) problems.code = t('ask.error.getCodeFirst');
      else if (!/^\d{6}$/.test(otp.trim())) problems.code = t('ask.error.code');
    }
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length) return;
    setBusy('ask');
    const body: Record<string, unknown> = { entryId, question: question.trim(), private: priv };
    if (!resident) {
      body.phone = codeSent!.phone;
      body.code = otp.trim();
      if (name.trim()) body.name = name.trim();
    }
    try {
      // A signed-in resident asks as themselves (the session identifies them); anyone else by phone.
      const r = resident
        ? await api<ApiResponse<'/api/v1/villages/{code}/feedback/as-resident', 'post'>>(`/api/v1/villages/${code}/feedback/as-resident`, { json: body })
        : await api<ApiResponse<'/api/v1/villages/{code}/feedback', 'post'>>(`/api/v1/villages/${code}/feedback`, { json: body });
      setDone({ ...r, missingYear: r.dueOn ? null : await uncoveredYear() });
    } catch (e2) {
      setError(e2);
    } finally {
      setBusy(null);
    }
  };

  const reset = () => {
    setDone(null); setQuestion(''); setOtp(''); setCodeSent(null); setError(null); setLocal({});
  };

  const supervisors = kind === 'community' ? t('ask.supervisors.community') : t('ask.supervisors.village');
  if (done) {
    return (
      <div ref={doneRef} tabIndex={-1} className="card notice-ok ask-done" role="status">
        <p><strong>{t('ask.done')}</strong></p>
        <p>
          {done.dueOn
            ? t('ask.dueOn', { who: supervisors, date: formatDay(done.dueOn, t.lang) })
            : done.missingYear
              ? t('ask.dueUnknownYear', { who: supervisors, year: done.missingYear })
              : t('ask.dueUnknown', { who: supervisors })}
        </p>
        <p className="hint">{priv ? t('ask.privateNote') : t('ask.publicNote')}</p>
        <p><button type="button" onClick={reset}>{t('ask.again')}</button></p>
      </div>
    );
  }

  const shown = { ...errors, byField: { ...errors.byField, ...local } };
  return (
    <form className="form-grid ask-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary errors={shown} source={error} />
      {resident && me && <p className="notice">{t('ask.asResident', { name: me.account.displayName })}</p>}
      <TextAreaField id={f('question')} label={t('ask.question')} value={question} rows={4} maxLength={1000} required
        hint={t('ask.question.hint')} error={err('question')} onChange={(e) => setQuestion(e.target.value)} />
      <CheckField id={f('private')} label={t('ask.private')} hint={t('ask.private.hint')} checked={priv}
        error={err('private')} onChange={(e) => setPriv(e.target.checked)} />
      {!resident && (
        <fieldset className="phone-flow">
          <legend>{t('ask.phoneFlow')}</legend>
          <p className="hint">{t('ask.phoneFlow.hint')}</p>
          <TextField id={f('name')} label={t('ask.name')} value={name} maxLength={30} autoComplete="name"
            error={err('name')} onChange={(e) => setName(e.target.value)} />
          <TextField id={f('phone')} label={t('ask.phone')} value={phone} type="tel" inputMode="tel" autoComplete="tel" maxLength={20} required
            error={err('phone')} onChange={(e) => { setPhone(e.target.value); if (codeSent) setCodeSent(null); }} />
          <p>
            <button type="button" onClick={() => void sendCode()} disabled={busy !== null}>
              {busy === 'code' ? t('ask.sending') : codeSent ? t('ask.resend') : t('ask.getCode')}
            </button>
          </p>
          <p role="status" className="ok-note">{codeSent ? t('ask.codeSent', { phone: maskPhone(codeSent.phone) }) : ''}</p>
          <div className={`field${err('code') ? ' has-error' : ''}`}>
            <label htmlFor={f('code')}>{t('ask.code')} <span className="required">{t('form.required')}</span></label>
            <input ref={otpRef} id={f('code')} name="code" value={otp} inputMode="numeric" autoComplete="one-time-code" maxLength={6}
              pattern="\d{6}" disabled={!codeSent} aria-invalid={err('code') ? true : undefined}
              aria-describedby={`${f('code')}-hint${err('code') ? ` ${f('code')}-error` : ''}`} onChange={(e) => setOtp(e.target.value.replace(/\D/g, ''))} />
            <p id={`${f('code')}-hint`} className="hint">{t('ask.code.hint')}</p>
            {err('code') && <p id={`${f('code')}-error`} className="field-error">{err('code')}</p>}
          </div>
        </fieldset>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy !== null}>{busy === 'ask' ? t('ask.submitting') : t('ask.submit')}</button>
      </div>
    </form>
  );
}

/** When no due date could be computed: the first year (this or next) whose holidays are not entered. */
async function uncoveredYear(): Promise<number | null> {
  const y = Number(chinaDate(new Date()).slice(0, 4));
  for (const year of [y, y + 1]) {
    try {
      const c = await api<ApiResponse<'/api/v1/calendar/{year}'>>(`/api/v1/calendar/${year}`);
      if (!c.covered) return year;
    } catch { return null; }
  }
  return null;
}
