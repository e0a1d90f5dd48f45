// One request for the back office (后台审批): what, for whom, where it is, its due date, every
// state change so far (as the resident sees it), and the next moves the rules allow.
import '../../public/services/services.css';
import { useId, useState } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextAreaField, useFormErrors } from '../../lib/forms.tsx';
import { Link, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import type { RequestState, ServiceRequestDetail } from '../../public/services/model.ts';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { useSubmit } from '../../lib/submit.ts';
import { Timeline } from '../../lib/Timeline.tsx';

export function RequestStaffPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe()!;
  const { code } = useAt();
  const r = useApi<ServiceRequestDetail>(`/api/v1/service-requests/${id}`);
  const title = t('services.request.title', { id });
  if (r.error) return <><PageHeading title={title} brand={t('app.name')}>{title}</PageHeading><ErrorNote error={r.error} /></>;
  if (!r.data) return <Loading />;
  const d = r.data;
  // Routed to a department on acceptance: its back office is that department's staff's only.
  const held = d.department !== null && d.state !== 'received' && !me.grants.some((g) => g.department?.id === d.department!.id);
  return (
    <>
      <p><Link to={atHref('/staff/services', code)}>{t('services.back')}</Link></p>
      <PageHeading title={`${d.serviceName} · ${title}`} brand={t('app.name')}>{d.serviceName}<span className="h1-sub">{title}</span></PageHeading>
      <div className="svc-card">
        <p><StatusBadge state={d.state} tone="svc-state-" className="svc-state" label={d.stateLabel[t.lang]} /> {d.overdue && <span className="badge fb-overdue">{t('services.overdue')}</span>}</p>
        <p className="svc-meta">{t('services.request.for', { name: d.residentName })}{d.onBehalf && <> · {t('services.onBehalf')}</>}</p>
        <p className="svc-meta">{t('services.request.office', { office: d.department?.name ?? d.office })}</p>
        <p className="svc-meta">{d.dueOn ? t('services.due', { date: d.dueOn }) : t('services.noDue')}</p>
        <p>{d.description}</p>
        {d.statusNote && <p><strong>{t('services.request.note')}</strong>{d.statusNote}</p>}
      </div>
      <h2>{t('services.timeline')}</h2>
      <RequestTimeline events={d.timeline} />
      {held ? <p className="hint" role="note">{t('services.request.routedElsewhere', { name: d.department!.name })}</p>
        : can(me, 'services.handle') && d.moves.length > 0 && <MoveForm d={d} reload={r.reload} />}
    </>
  );
}

export function RequestTimeline({ events }: { events: ServiceRequestDetail['timeline'] }) {
  const t = useT();
  return (
    <Timeline className="svc-timeline" lastIsCurrent entries={events.map((e) => ({
      key: e.id, at: e.at, when: formatDateTime(e.at, t.lang), label: e.toLabel[t.lang], actor: t.dyn(`role.${e.actorRole}`, e.actorRole), note: e.note,
      extra: e.dueOn && <p className="svc-due-moved">{t('services.dueMoved', { date: e.dueOn })}</p>,
    }))} />
  );
}

function MoveForm({ d, reload }: { d: ServiceRequestDetail; reload(): Promise<void> }) {
  const t = useT();
  const id = useId();
  const [to, setTo] = useState<RequestState | ''>('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, ['to', 'note']);
  const submit = onSubmit(async () => {
    setDone(null);
    await api(`/api/v1/service-requests/${d.id}/transitions`, { json: { to, ...(note.trim() ? { note: note.trim() } : {}) } });
    setNote(''); setTo('');
    await reload();
    setDone(t('services.move.done'));
  });
  return (
    <form className="form-grid svc-card" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('services.move.title')}</h2>
      <ErrorSummary errors={errors} source={error} />
      <SelectField id={`${id}-to`} label={t('services.move.to')} required value={to} error={errors.byField.to} onChange={(e) => setTo(e.target.value as RequestState)}>
        <option value="">{t('services.desk.choose')}</option>
        {d.moves.map((m) => <option key={m.state} value={m.state}>{m.label[t.lang]}</option>)}
      </SelectField>
      <TextAreaField id={`${id}-note`} label={t('services.move.note')} hint={t('services.move.noteHint')} rows={2} maxLength={1000} value={note} error={errors.byField.note} onChange={(e) => setNote(e.target.value)} />
      <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('services.move.submit')}</button></div>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
