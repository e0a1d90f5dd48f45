// The opinion box of one village for staff: questions newest first, open ones with their due
// date (overdue said in words), and for the supervisory committee the answer form.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { formatDay, type StaffFeedback } from '../../lib/disclosure.ts';
import { CheckField, chinaToday, ErrorSummary, TextAreaField, useFormErrors } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading, useLocation } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, Loading, useApi } from '../../lib/ui.tsx';
import { useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { DisclosureNav } from './common.tsx';
import { useSubmit } from '../../lib/submit.ts';

export function FeedbackPage() {
  const t = useT();
  const me = useMe()!;
  const { path, query } = useLocation();
  const { code, node } = useAt();
  const open = query.get('open') === 'true';
  const list = useApi<StaffFeedback[]>(`/api/v1/villages/${code}/feedback?open=${open}`);
  const [answered, setAnswered] = useState<Record<number, StaffFeedback>>({});
  const title = t('disclosure.feedback.title');
  const today = chinaToday();
  const items = (list.data ?? []).map((f) => answered[f.id] ?? f);
  const setOpen = (v: boolean) => navigate(`${path}?${new URLSearchParams({ ...Object.fromEntries(query), open: String(v) }).toString()}`, { replace: true });

  return (
    <>
      <DisclosureNav />
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('disclosure.feedback.intro')}</p>
      <div className="filter-chips" role="group" aria-label={t('disclosure.feedback.filter')}>
        <button type="button" aria-pressed={!open} onClick={() => setOpen(false)}>{t('disclosure.feedback.all')}</button>
        <button type="button" aria-pressed={open} onClick={() => setOpen(true)}>{t('disclosure.feedback.open')}</button>
      </div>
      <ErrorNote error={list.error} />
      {list.loading && !list.data ? <Loading /> : (
        <>
          <p role="status" className="muted result-count">{items.length === 0 ? t('disclosure.feedback.none') : t('disclosure.feedback.count', { n: items.length, open: items.filter((f) => !f.answer).length })}</p>
          <ol className="plain-list feedback-list">
            {items.map((f) => {
              const overdue = !f.answer && f.dueOn !== null && f.dueOn < today;
              return (
                <li key={f.id} className={`card feedback ${f.answer ? 'is-answered' : overdue ? 'is-overdue' : 'is-open'}`}>
                  <h2 className="feedback-q">{f.question}</h2>
                  <p className="feedback-meta">
                    <span className={`badge fb-${f.answer ? 'answered' : overdue ? 'overdue' : 'open'}`}>
                      <span aria-hidden="true">{f.answer ? '✓ ' : overdue ? '✗ ' : '… '}</span>
                      {f.answer ? t('disclosure.feedback.answered') : overdue ? t('disclosure.feedback.overdue') : t('disclosure.feedback.waiting')}
                    </span>
                    {f.private && <span className="badge">{t('disclosure.feedback.private')}</span>}
                    {f.escalatedAt && <span className="badge fb-overdue">{t('disclosure.feedback.escalated')}</span>}
                    <span>{t('disclosure.feedback.asked', { who: f.askerName ?? (f.fromResident ? t('disclosure.feedback.resident') : f.phoneMasked ?? '—'), at: formatDateTime(f.createdAt, t.lang) })}</span>
                    {f.phoneMasked && f.askerName && <span className="mono">{f.phoneMasked}</span>}
                    {!f.answer && <span>{f.dueOn ? t('disclosure.feedback.due', { date: formatDay(f.dueOn, t.lang) }) : t('disclosure.feedback.noDue')}</span>}
                    {f.entryId !== null
                      ? <Link to={`/v/${code}/d/${f.entryId}`}>{t('disclosure.feedback.about', { id: f.entryId })}</Link>
                      : <span className="muted">{t('disclosure.feedback.aboutBoard')}</span>}
                  </p>
                  {f.answer ? (
                    <div className="feedback-answer">
                      <p><strong>{t('disclosure.feedback.answer')}</strong> {f.answer}</p>
                      <p className="muted small">{t('disclosure.feedback.answeredBy', { who: f.answeredBy ?? '', at: f.answeredAt ? formatDateTime(f.answeredAt, t.lang) : '' })}</p>
                    </div>
                  ) : can(me, 'disclosure.answer')
                    ? <AnswerForm f={f} onDone={(a) => setAnswered((m) => ({ ...m, [f.id]: a }))} />
                    : <p className="muted">{t('disclosure.feedback.onlySupervisors')}</p>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}

function AnswerForm({ f, onDone }: { f: StaffFeedback; onDone(f: StaffFeedback): void }) {
  const t = useT();
  const me = useMe()!;
  const id = useId();
  const [text, setText] = useState('');
  const [priv, setPriv] = useState(f.private);
  const [local, setLocal] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const errors = useFormErrors(error, ['answer', 'private']);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim().length < 2) { setLocal(t('disclosure.feedback.answerRequired')); return; }
    setLocal(null);
    void run(async () => {
      await api(`/api/v1/feedback/${f.id}/answer`, { json: { answer: text.trim(), private: priv } });
      onDone({ ...f, answer: text.trim(), private: priv, answeredBy: me.account.username, answeredAt: new Date().toISOString() });
    }, { keepBusy: true });
  };
  return (
    <form className="form-grid answer-form" onSubmit={onSubmit} noValidate aria-label={t('disclosure.feedback.answerFor', { id: f.id })}>
      <ErrorSummary errors={errors} source={error} />
      <TextAreaField id={`${id}-answer`} label={t('disclosure.feedback.answerLabel')} rows={3} maxLength={2000} required value={text}
        error={local ?? errors.byField.answer} onChange={(e) => setText(e.target.value)} />
      <CheckField id={`${id}-private`} label={t('disclosure.feedback.privateLabel')} hint={t('disclosure.feedback.privateHint')} checked={priv}
        onChange={(e) => setPriv(e.target.checked)} error={errors.byField.private} />
      <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('disclosure.feedback.send')}</button></div>
    </form>
  );
}
