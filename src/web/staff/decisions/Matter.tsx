// /staff/decisions/:id — one major matter for the committee and the supervisory committee:
// where it stands, WHAT THE NEXT LEGAL STEP NEEDS (which meeting, what quorum and majority, how
// much notice), its meetings with their quorum and vote, scheduling the step's meeting, taking
// the step (the server refuses it with the rule when something is missing), the two
// publications through the supervisory committee's review, and the committee's objections.
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n.tsx';
import { api, ApiError, isAbort } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { useSubmit } from '../../lib/submit.ts';
import {
  addDays, bi, chinaDay, colon, countedKinds, kindLabel, kindRequirement, paren, stepOptions, stepKeys, stepOfEvent,
  type Matter, type MatterType, type Meeting, type MeetingKind, type NextStep, type NoticeOutcome,
} from '../../public/decisions/model.ts';
import { MatterTimeline, StepStrip } from '../../public/decisions/Timeline.tsx';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { DecisionsNav, Reasons, stepLabel, Verdict } from './common.tsx';

/** Full records (roll, votes) of some of the matter's meetings. */
function useMeetingDetails(ids: number[]): Meeting[] {
  const key = ids.join(',');
  const [rows, setRows] = useState<Meeting[]>([]);
  useEffect(() => {
    if (!key) { setRows([]); return; }
    const ctl = new AbortController();
    void Promise.all(key.split(',').map((id) => api<Meeting>(`/api/v1/meetings/${id}`, { signal: ctl.signal }))).then(setRows, (e: unknown) => { if (!isAbort(e)) setRows([]); });
    return () => ctl.abort();
  }, [key]);
  return rows;
}

export function MatterStaffPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const { data: m, error, reload } = useApi<Matter>(`/api/v1/matters/${id}`);
  const [done, setDone] = useState('');
  if (error) {
    return <>
      <DecisionsNav />
      {error instanceof ApiError && error.status === 404
        ? <PageHeading title={t('decisions.public.notFound')} brand={t('app.name')}>{t('decisions.public.notFound')}</PageHeading>
        : <ErrorNote error={error} />}
    </>;
  }
  if (!m) return <Loading />;
  if (m.villageCode !== code) {
    // Another village was picked in the switcher: this matter is not one of its.
    return <><DecisionsNav /><p><Link to={atHref('/staff/decisions', code)}>{t('decisions.staff.back')}</Link></p></>;
  }
  const after = (msg: string) => { void reload().then(() => setDone(msg)); };
  const type = m.context.matterTypeId;
  return (
    <>
      <DecisionsNav />
      <p className="back"><Link to={atHref('/staff/decisions', code)}>{t('decisions.staff.back')}</Link></p>
      <PageHeading title={m.title} brand={t('app.name')}>{m.title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="pd-meta">
        <StatusBadge state={m.state} tone="pd-" className="pd-state" label={bi(t, m.stateLabel)} />
        {m.context.concurrentHead && <span className="badge">{t('decisions.matter.concurrentHead')}</span>}
        <Link to={`/v/${m.villageCode}/matters/${m.id}`}>{t('decisions.matter.publicPage')}</Link>
      </p>
      <StepStrip matter={m} />
      <p role="status" className="ok-note step-done">{done}</p>
      <div className="matter-grid">
        <div className="matter-main">
          <NextStepPanel key={`${m.state}-${m.updatedAt}`} m={m} onDone={after} />
          <section aria-labelledby="tl-h" className="card">
            <h2 id="tl-h">{t('decisions.public.timeline')}</h2>
            <MatterTimeline matter={m} villageKind={node?.kind ?? null}
              links={{ entry: (e) => atHref(`/staff/disclosure/${e}`, code), meeting: (mt) => atHref(`/staff/decisions/meetings/${mt}`, code) }} />
          </section>
        </div>
        <div className="matter-side">
          <section aria-labelledby="about-h" className="card">
            <h2 id="about-h">{t('decisions.public.about')}</h2>
            {type !== null && <MatterTypeName code={m.villageCode} id={type} />}
            <p className="pd-description">{m.context.description}</p>
          </section>
          {can(me, 'decisions.object') && <ObjectionForm m={m} onDone={after} />}
          {can(me, 'decisions.advance') && <OtherActions m={m} onDone={after} />}
        </div>
      </div>
    </>
  );
}

function MatterTypeName({ code, id }: { code: string; id: number }) {
  const t = useT();
  const { data } = useApi<MatterType[]>(`/api/v1/jurisdictions/${code}/matter-types`);
  const mt = data?.find((x) => x.id === id);
  return mt ? <p><span className="muted">{t('decisions.matter.type')}{colon(t)}</span>{mt.title}{paren(t, mt.basis)}</p> : null;
}

function NextStepPanel({ m, onDone }: { m: Matter; onDone: (msg: string) => void }) {
  const t = useT();
  const me = useMe()!;
  const { node } = useAt();
  const options = stepOptions(m, node?.kind);
  const [choice, setChoice] = useState(0);
  const id = useId();
  if (!options.length) {
    return (
      <section className="card next-step is-final" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{t('decisions.next.title')}</h2>
        <p className="lead">{t.dyn(`decisions.next.final.${m.state}`, bi(t, m.stateLabel))}</p>
      </section>
    );
  }
  const step = options[Math.min(choice, options.length - 1)]!;
  const mayAct = can(me, 'decisions.advance');
  return (
    <section className="card next-step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{step.waiting ? t('decisions.next.waitingTitle') : t('decisions.next.titleStep', { step: stepLabel(t, step.event) })}</h2>
      {options.length > 1 && (
        <fieldset className="radio-row next-choice">
          <legend>{t('decisions.next.choose')}</legend>
          {options.map((o, i) => (
            <label key={o.event}><input type="radio" name={`${id}-choice`} checked={choice === i} onChange={() => setChoice(i)} /> {stepLabel(t, o.event)}{o.event === 'proposeAndConsult' ? t('decisions.next.jointSuffix') : ''}</label>
          ))}
        </fieldset>
      )}
      <p className="lead">{t.dyn(`decisions.next.what.${step.event}`, '')}</p>
      {step.kinds.length > 0
        ? <VotingStep key={step.event} m={m} step={step} mayAct={mayAct} onDone={onDone} />
        : <PlainStep m={m} step={step} mayAct={mayAct} onDone={onDone} />}
    </section>
  );
}

/** A step decided by a meeting: what it needs, its meetings, scheduling one, taking the step. */
function VotingStep({ m, step, mayAct, onDone }: { m: Matter; step: NextStep; mayAct: boolean; onDone: (msg: string) => void }) {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const mine = m.meetings.filter((mt) => (step.kinds as string[]).includes(mt.kind));
  const details = useMeetingDetails(mine.map((mt) => mt.id));
  const [scheduling, setScheduling] = useState(mine.length === 0);
  return (
    <>
      <div className="need">
        <h3>{t('decisions.next.needs')}</h3>
        <ul>
          {step.kinds.map((k) => <li key={k}>{kindRequirement(t, k, node?.kind)}</li>)}
          <li>{t('decisions.next.needMeetingOfMatter')}</li>
          {step.text === 'resolution' && <li>{t('decisions.next.needResolution')}</li>}
        </ul>
      </div>
      <h3>{t('decisions.next.meetings')}</h3>
      {mine.length === 0 && <p className="muted">{t('decisions.next.noMeetings')}</p>}
      {mine.length > 0 && (
        <ul className="step-meetings">
          {mine.map((mt) => {
            const d = details.find((x) => x.id === mt.id);
            const motion = d?.motions.at(-1);
            return (
              <li key={mt.id} className={mt.quorate === false ? 'is-noquorum' : ''}>
                <Link to={atHref(`/staff/decisions/meetings/${mt.id}`, code)}>{mt.meetingDate} {mt.title}</Link>
                <span className="muted">{paren(t, `${kindLabel(t, mt.kind, node?.kind)} · ${t.dyn(`decisions.meetingStatus.${mt.status}`, mt.status)}`)}</span>
                <span className="step-meeting-facts">
                  {d?.present && <span>{t('decisions.meeting.presentOf', { n: d.present.persons ?? 0, of: d.eligible.members ?? d.eligible.adults ?? 0 })}</span>}
                  <Verdict ok={mt.quorate} yes={t('decisions.quorum.yes')} no={t('decisions.quorum.no')} />
                  {motion && <Verdict ok={motion.passed} yes={t('decisions.vote.passedShort', { f: motion.votesFor, a: motion.votesAgainst, b: motion.votesAbstain })} no={t('decisions.vote.notPassedShort', { f: motion.votesFor, a: motion.votesAgainst, b: motion.votesAbstain })} />}
                  {mt.status === 'scheduled' && can(me, 'decisions.meeting') && <Link to={atHref(`/staff/decisions/meetings/${mt.id}`, code)} className="button-link small">{t('decisions.next.hold')}<span className="sr-only">{colon(t)}{mt.title}</span></Link>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {can(me, 'decisions.meeting') && (scheduling
        ? <ScheduleMeeting m={m} step={step} onCancel={mine.length ? () => setScheduling(false) : undefined} />
        : <p><button type="button" onClick={() => setScheduling(true)}>{t('decisions.next.schedule')}</button></p>)}
      {mayAct && mine.length > 0 && <TakeStep m={m} step={step} meetings={details} onDone={onDone} />}
    </>
  );
}

const scheduleFields = ['kind', 'title', 'meetingDate', 'place', 'agenda', 'localNoticeDays'] as const;

function ScheduleMeeting({ m, step, onCancel }: { m: Matter; step: NextStep; onCancel?: (() => void) | undefined }) {
  const t = useT();
  const { code, node } = useAt();
  const id = useId();
  const today = chinaDay();
  const stepName = stepOfEvent(step.event).map((s) => t.dyn(`decisions.step.${stepKeys[s]}`, '')).join(t('decisions.tl.and'));
  const [kind, setKind] = useState<MeetingKind>(step.kinds[0]!);
  const suggested = (k: MeetingKind) => t('decisions.schedule.defaultTitle', { kind: kindLabel(t, k, node?.kind), step: stepName });
  const [title, setTitle] = useState(suggested(step.kinds[0]!));
  const [date, setDate] = useState(addDays(today, 7));
  const lastPlace = [...m.meetings].sort((a, b) => b.id - a.id)[0]?.place;
  const [place, setPlace] = useState(lastPlace ?? node?.profile?.officeAddress ?? '');
  const [agenda, setAgenda] = useState(m.title);
  const [localDays, setLocalDays] = useState('');
  const [notice, setNotice] = useState<{ out: NoticeOutcome | null; error: unknown }>({ out: null, error: null });
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, scheduleFields);
  const silent = !['villagersAssembly', 'representativesMeeting'].includes(kind);

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) { setNotice({ out: null, error: null }); return; }
    const ctl = new AbortController();
    const localN = localDays.trim() === '' ? undefined : Number(localDays);
    api<NoticeOutcome>('/api/v1/rules/notice-deadline', { json: { kind, meetingDate: date, ...(silent && localN !== undefined && Number.isInteger(localN) ? { localDays: localN } : {}) }, signal: ctl.signal })
      .then((out) => setNotice({ out, error: null }), (e: unknown) => { if (!isAbort(e)) setNotice({ out: null, error: e }); });
    return () => ctl.abort();
  }, [kind, date, localDays, silent]);

  const changeKind = (k: MeetingKind) => {
    // The suggested title follows the kind, unless the clerk wrote their own.
    if (title === suggested(kind)) setTitle(suggested(k));
    setKind(k);
  };
  const submit = onSubmit(async () => {
    const localN = localDays.trim() === '' ? undefined : Number(localDays);
    const mt = await api<Meeting>(`/api/v1/villages/${code}/meetings`, {
      json: { kind, title: title.trim(), meetingDate: date, place: place.trim(), agenda: agenda.trim(), procedureId: m.id, ...(silent && localN !== undefined ? { localNoticeDays: localN } : {}) },
    });
    navigate(atHref(`/staff/decisions/meetings/${mt.id}`, code, { new: 1 }));
  }, { keepBusy: true });
  const late = notice.out?.latestNoticeDate ? today > notice.out.latestNoticeDate : false;
  return (
    <form className="form-grid schedule-form" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h3 id={`${id}-h`}>{t('decisions.schedule.title')}</h3>
      <ErrorSummary errors={errors} source={error} />
      <div className="form-grid two">
        {step.kinds.length > 1
          ? (
            <SelectField id={`${id}-kind`} label={t('decisions.schedule.kind')} value={kind} onChange={(e) => changeKind(e.target.value as MeetingKind)} error={errors.byField['kind']}>
              {step.kinds.map((k) => <option key={k} value={k}>{kindLabel(t, k, node?.kind)}</option>)}
            </SelectField>
          )
          : <div className="field"><span className="field-label">{t('decisions.schedule.kind')}</span><p className="fixed-value">{kindLabel(t, kind, node?.kind)}</p></div>}
        <TextField id={`${id}-date`} type="date" label={t('decisions.schedule.date')} required min={today} value={date} onChange={(e) => setDate(e.target.value)}
          error={errors.byField['meetingDate']} hint={t('decisions.schedule.dateHint')} />
      </div>
      <div className={`notice notice-deadline${late ? ' notice-bad' : ''}`} aria-live="polite">
        {notice.error ? <p className="error-note">{notice.error instanceof ApiError ? notice.error.text(t.lang) : t('error.unexpected')}</p> : null}
        {notice.out && (notice.out.latestNoticeDate
          ? <p><strong>{t(notice.out.workingDays ? 'decisions.schedule.latestNoticeWorking' : 'decisions.schedule.latestNotice', { date: notice.out.latestNoticeDate })}</strong>{late ? <> <span className="strong-bad">{t('decisions.schedule.tooLate')}</span></> : <> {t('decisions.schedule.inTime', { today })}</>}</p>
          : <p>{t('decisions.schedule.noStatutoryNotice')}</p>)}
        {notice.out?.latestNoticeDate && <Reasons reasons={notice.out.reasons} />}
      </div>
      {silent && (
        <TextField id={`${id}-local`} type="number" inputMode="numeric" min={0} max={60} label={t('decisions.schedule.localDays')} hint={t('decisions.schedule.localDaysHint')}
          value={localDays} onChange={(e) => setLocalDays(e.target.value)} error={errors.byField['localNoticeDays']} />
      )}
      <TextField id={`${id}-title`} label={t('decisions.schedule.meetingTitle')} required maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.byField['title']} />
      <TextField id={`${id}-place`} label={t('decisions.schedule.place')} required maxLength={120} value={place} onChange={(e) => setPlace(e.target.value)} error={errors.byField['place']} />
      <TextAreaField id={`${id}-agenda`} label={t('decisions.schedule.agenda')} required rows={3} maxLength={5000} value={agenda} onChange={(e) => setAgenda(e.target.value)} error={errors.byField['agenda']} hint={t('decisions.schedule.agendaHint')} />
      {countedKinds.includes(kind) && <p className="hint">{t('decisions.schedule.countedHint')}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t('decisions.schedule.submit')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('common.cancel')}</button>}
      </div>
    </form>
  );
}

const stepFields = ['meetingId', 'resolution', 'outcome', 'note'] as const;

/** Take a voting step on the strength of one of the matter's meetings; the server checks it. */
function TakeStep({ m, step, meetings, onDone }: { m: Matter; step: NextStep; meetings: Meeting[]; onDone: (msg: string) => void }) {
  const t = useT();
  const { node } = useAt();
  const id = useId();
  const usable = [...meetings].sort((a, b) => b.id - a.id);
  const best = usable.find((mt) => mt.quorate && mt.motions.at(-1)?.passed) ?? usable[0];
  const [meetingId, setMeetingId] = useState<string>(best ? String(best.id) : '');
  const chosen = useRef(false);
  useEffect(() => { if (!chosen.current && best) setMeetingId(String(best.id)); }, [best?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const [resolution, setResolution] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, stepFields);
  const label = stepLabel(t, step.event);
  const submit = onSubmit(async () => {
    await api<Matter>(`/api/v1/matters/${m.id}/steps`, {
      json: { type: step.event, meetingId: Number(meetingId), ...(step.text === 'resolution' ? { resolution: resolution.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
    });
    onDone(t('decisions.step.done', { step: label }));
  }, { keepBusy: true });
  const describe = (mt: Meeting) => {
    const motion = mt.motions.at(-1);
    const q = mt.quorate === null ? t('decisions.meeting.noRoll') : mt.quorate ? t('decisions.quorum.yes') : t('decisions.quorum.no');
    const v = motion ? (motion.passed ? t('decisions.vote.passed') : t('decisions.vote.notPassed')) : t('decisions.vote.none');
    const kind = kindLabel(t, mt.kind, node?.kind);
    return t('decisions.take.option', { date: mt.meetingDate, title: `${mt.title}${mt.title.includes(kind) ? '' : paren(t, kind)}`, quorum: q, vote: v });
  };
  return (
    <form className="form-grid take-step" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h3 id={`${id}-h`}>{t('decisions.take.title', { step: label })}</h3>
      <ErrorSummary errors={errors} source={error} />
      <SelectField id={`${id}-meeting`} label={t('decisions.take.meeting')} value={meetingId} onChange={(e) => { chosen.current = true; setMeetingId(e.target.value); }} error={errors.byField['meetingId']} required>
        {usable.map((mt) => <option key={mt.id} value={mt.id}>{describe(mt)}</option>)}
      </SelectField>
      {step.text === 'resolution' && (
        <TextAreaField id={`${id}-resolution`} label={t('decisions.take.resolution')} hint={t('decisions.take.resolutionHint')} required rows={4} maxLength={5000}
          value={resolution} onChange={(e) => setResolution(e.target.value)} error={errors.byField['resolution']} />
      )}
      <TextField id={`${id}-note`} label={t('decisions.take.note')} hint={t('decisions.take.noteHint')} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} error={errors.byField['note']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !meetingId}>{t('decisions.take.submit', { step: label })}</button>
      </div>
    </form>
  );
}

/** Steps without a meeting: the two publication requests, waiting for them, implementation. */
function PlainStep({ m, step, mayAct, onDone }: { m: Matter; step: NextStep; mayAct: boolean; onDone: (msg: string) => void }) {
  const t = useT();
  const { code } = useAt();
  const id = useId();
  const [text, setText] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, stepFields);
  const label = stepLabel(t, step.event);
  const entryId = step.event === 'resolutionPublished' ? m.context.resolutionEntryId : step.event === 'outcomePublished' ? m.context.outcomeEntryId : null;
  const submit = onSubmit(async () => {
    const body: Record<string, unknown> = { type: step.event };
    if (step.text === 'outcome') body['outcome'] = text.trim();
    else if (step.event === 'implement' && text.trim()) body['note'] = text.trim();
    await api<Matter>(`/api/v1/matters/${m.id}/steps`, { json: body });
    onDone(t('decisions.step.done', { step: label }));
  }, { keepBusy: true });
  if (step.waiting) {
    return (
      <div className="waiting">
        <p className="waiting-state"><span aria-hidden="true">⏳ </span>{t('decisions.wait.body', { id: entryId ?? '' })}</p>
        <ul className="inline-links">
          {entryId !== null && <li><Link to={atHref(`/staff/disclosure/${entryId}`, code)}>{t('decisions.wait.entry', { id: entryId })}</Link></li>}
          <li><Link to={atHref('/staff/disclosure/review', code)}>{t('decisions.wait.queue')}</Link></li>
        </ul>
        <p className="hint">{t('decisions.wait.hint')}</p>
        {mayAct && (
          <form onSubmit={submit}>
            <ErrorSummary errors={errors} source={error} />
            <button type="submit" disabled={busy}>{t('decisions.wait.check')}</button>
          </form>
        )}
      </div>
    );
  }
  if (!mayAct) return <p className="muted">{t('decisions.next.committeeOnly')}</p>;
  return (
    <form className="form-grid" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h3 id={`${id}-h`} className="sr-only">{label}</h3>
      <ErrorSummary errors={errors} source={error} />
      {step.event === 'requestResolutionPublication' && m.context.resolution && (
        <div className="mt-text"><strong>{t('decisions.resolution')}</strong><p>{m.context.resolution}</p></div>
      )}
      {step.text === 'outcome' && (
        <TextAreaField id={`${id}-outcome`} label={t('decisions.take.outcome')} hint={t('decisions.take.outcomeHint')} required rows={4} maxLength={5000}
          value={text} onChange={(e) => setText(e.target.value)} error={errors.byField['outcome']} />
      )}
      {step.event === 'implement' && (
        <TextField id={`${id}-note`} label={t('decisions.take.implementNote')} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} error={errors.byField['note']} />
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t.dyn(`decisions.take.button.${step.event}`, label)}</button>
      </div>
    </form>
  );
}

function ObjectionForm({ m, onDone }: { m: Matter; onDone: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const [note, setNote] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, ['note']);
  const submit = onSubmit(async () => {
    await api<Matter>(`/api/v1/matters/${m.id}/objections`, { json: { note: note.trim() } });
    setNote('');
    onDone(t('decisions.objection.done'));
  });
  return (
    <form className="card form-grid objection-form" aria-labelledby={`${id}-h`} onSubmit={submit}>
      <h2 id={`${id}-h`}>{t('decisions.objection.title')}</h2>
      <p className="hint">{t('decisions.objection.hint')}</p>
      <ErrorSummary errors={errors} source={error} />
      <TextAreaField id={`${id}-note`} label={t('decisions.objection.note')} required minLength={2} maxLength={2000} rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={errors.byField['note']} />
      <div className="form-actions"><button type="submit" disabled={busy}>{t('decisions.objection.submit')}</button></div>
    </form>
  );
}

/** Withdraw (before the resolution) or record that a meeting rejected the matter. */
function OtherActions({ m, onDone }: { m: Matter; onDone: (msg: string) => void }) {
  const t = useT();
  const { node } = useAt();
  const id = useId();
  const canWithdraw = m.moves.some((mv) => mv.event === 'withdraw');
  const canReject = m.moves.some((mv) => mv.event === 'reject');
  const [type, setType] = useState<'withdraw' | 'reject'>(canWithdraw ? 'withdraw' : 'reject');
  const [meetingId, setMeetingId] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, stepFields);
  if (!canWithdraw && !canReject) return null;
  const submit = onSubmit(async () => {
    await api<Matter>(`/api/v1/matters/${m.id}/steps`, { json: { type, ...(type === 'reject' ? { meetingId: Number(meetingId) } : {}), ...(note.trim() ? { note: note.trim() } : {}) } });
    onDone(t.dyn(`decisions.event.${type}`, type));
  });
  return (
    <details className="card other-actions">
      <summary>{t('decisions.other.title')}</summary>
      <form className="form-grid" onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} source={error} />
        <fieldset className="radio-row">
          <legend>{t('decisions.other.which')}</legend>
          {canWithdraw && <label><input type="radio" name={`${id}-t`} checked={type === 'withdraw'} onChange={() => setType('withdraw')} /> {t('decisions.event.withdraw')}</label>}
          {canReject && <label><input type="radio" name={`${id}-t`} checked={type === 'reject'} onChange={() => setType('reject')} /> {t('decisions.event.reject')}</label>}
        </fieldset>
        {type === 'reject' && (
          <SelectField id={`${id}-m`} label={t('decisions.other.rejectMeeting')} value={meetingId} onChange={(e) => setMeetingId(e.target.value)} error={errors.byField['meetingId']} required>
            <option value="" disabled>{t('common.choose')}</option>
            {m.meetings.map((mt) => <option key={mt.id} value={mt.id}>{mt.meetingDate} {mt.title}{paren(t, kindLabel(t, mt.kind, node?.kind))}</option>)}
          </SelectField>
        )}
        <TextField id={`${id}-note`} label={t('decisions.other.reason')} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} error={errors.byField['note']} />
        <div className="form-actions"><button type="submit" disabled={busy || (type === 'reject' && !meetingId)}>{t.dyn(`decisions.event.${type}`, type)}</button></div>
      </form>
    </details>
  );
}
