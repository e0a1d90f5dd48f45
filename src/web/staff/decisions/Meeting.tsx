// /staff/decisions/meetings/:id — holding a meeting, on a phone in the meeting room or at a
// desk afterwards: the roll with one-tap present / absent / on leave per member (saved as you
// go) or the head counts of an assembly, the quorum live with the statute's reasons, the vote
// (for / against / abstain) with the pass rule, and closing with minutes.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api, ApiError, isAbort } from '../../lib/api.ts';
import { ErrorSummary, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, PageHeading, useLocation } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi, useDebounced } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { useSubmit } from '../../lib/submit.ts';
import {
  chinaDay, countedKinds, kindLabel, kindRequirement, paren, type AttendanceStatus, type Matter, type Meeting, type MeetingOutcome,
} from '../../public/decisions/model.ts';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { DecisionsNav, Reasons, Verdict } from './common.tsx';

const statuses: AttendanceStatus[] = ['present', 'absent', 'leave'];

/** The statute's verdict for these numbers (the same function the server applies when saving). */
function useOutcome(m: Meeting | null, present: { persons?: number; households?: number } | null, votes?: { for: number; against: number; abstain: number } | null) {
  const body = m && present ? JSON.stringify({ kind: m.kind, eligible: m.eligible, present, ...(votes ? { votes } : {}) }) : null;
  const key = useDebounced(body, 150);
  const [out, setOut] = useState<{ outcome: MeetingOutcome | null; error: unknown }>({ outcome: null, error: null });
  useEffect(() => {
    if (!key) { setOut({ outcome: null, error: null }); return; }
    const ctl = new AbortController();
    api<MeetingOutcome>('/api/v1/rules/meeting-outcome', { json: JSON.parse(key) as unknown, signal: ctl.signal })
      .then((outcome) => setOut({ outcome, error: null }), (error: unknown) => { if (!isAbort(error)) setOut({ outcome: null, error }); });
    return () => ctl.abort();
  }, [key]);
  return out;
}

export function MeetingStaffPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const { query } = useLocation();
  const { data: m, error, reload } = useApi<Meeting>(`/api/v1/meetings/${id}`);
  const matter = useApi<Matter>(m?.procedureId ? `/api/v1/matters/${m.procedureId}` : null);
  if (error) return <><DecisionsNav /><ErrorNote error={error} /></>;
  if (!m) return <Loading />;
  const mayEdit = can(me, 'decisions.meeting');
  const counted = countedKinds.includes(m.kind) || m.attendance.length === 0;
  // A meeting is recorded on its day (or later), never before: the server refuses it.
  const notYet = m.status === 'scheduled' && chinaDay() < m.meetingDate;
  const open = mayEdit && m.status === 'scheduled' && !notYet;
  const back = m.procedureId ? atHref(`/staff/decisions/${m.procedureId}`, code) : atHref('/staff/decisions', code);
  return (
    <>
      <DecisionsNav />
      <p className="back"><Link to={back}>{m.procedureId ? t('decisions.meeting.backToMatter', { title: matter.data?.title ?? '' }) : t('decisions.staff.back')}</Link></p>
      <PageHeading title={m.title} brand={t('app.name')}>{m.title}</PageHeading>
      {query.get('new') === '1' && m.status === 'scheduled' && <p className="ok-note" role="status">{t('decisions.meeting.scheduledNotice', { n: m.attendance.length })}</p>}
      <p className="pd-meta">
        <span className="badge">{kindLabel(t, m.kind, node?.kind)}</span>
        <StatusBadge state={m.status} tone="ms-" className="meeting-status" keys="decisions.meetingStatus" />
        <span>{t('decisions.meeting.when', { date: m.meetingDate, place: m.place })}</span>
      </p>
      <details className="meeting-about">
        <summary>{t('decisions.meeting.aboutSummary')}</summary>
        <dl className="facts">
          <dt>{t('decisions.schedule.agenda')}</dt><dd className="pd-description">{m.agenda}</dd>
          <dt>{t('decisions.meeting.noticeGiven')}</dt><dd>{m.noticeGivenOn}</dd>
          <dt>{t('decisions.meeting.rule')}</dt><dd>{kindRequirement(t, m.kind, node?.kind)}</dd>
        </dl>
      </details>
      {notYet && <p className="notice notice-warn not-yet" role="note">{t('decisions.meeting.notYet', { date: m.meetingDate, notice: m.noticeGivenOn })}</p>}
      {counted
        ? <HeadCount key={`${m.id}-${m.status}-${open}`} m={m} editable={open} onSaved={reload} />
        : <Roll key={`${m.id}-${m.status}-${open}`} m={m} editable={open} onSaved={reload} />}
      <Votes m={m} editable={mayEdit && m.status !== 'cancelled' && !notYet} onSaved={reload} />
      <Close m={m} editable={mayEdit} notYet={notYet} onSaved={reload} back={back} />
    </>
  );
}

/** The quorum, live: present against needed, the verdict in words, the statute's reasons. */
function QuorumBar({ m, present, saving, saved }: { m: Meeting; present: { persons?: number; households?: number } | null; saving?: boolean; saved?: boolean }) {
  const t = useT();
  const { outcome, error } = useOutcome(m, present ?? { persons: 0 });
  const eligible = m.eligible.members ?? m.eligible.adults ?? 0;
  return (
    <div className="quorum">
      <div className={`quorum-bar${outcome ? (outcome.quorate ? ' is-ok' : ' is-bad') : ''}`} role="status" aria-live="polite" data-testid="quorum">
        <span className="quorum-count">{t('decisions.meeting.presentOf', { n: present?.persons ?? 0, of: eligible })}</span>
        {outcome?.quorumNeeded != null && <span className="quorum-need">{t('decisions.meeting.needed', { n: outcome.quorumNeeded })}</span>}
        {outcome && <Verdict ok={outcome.quorate} yes={t('decisions.quorum.yes')} no={t('decisions.quorum.no')} />}
        {saving !== undefined && <span className="quorum-save muted">{saving ? t('decisions.roll.saving') : saved ? t('decisions.roll.saved') : ''}</span>}
      </div>
      {error ? <ErrorNote error={error} /> : null}
      {outcome && <Reasons reasons={outcome.reasons.slice(0, 1)} />}
    </div>
  );
}

function Roll({ m, editable, onSaved }: { m: Meeting; editable: boolean; onSaved: () => void }) {
  const t = useT();
  const id = useId();
  const [roll, setRoll] = useState<Record<number, AttendanceStatus>>(() => Object.fromEntries(m.attendance.map((a) => [a.id, a.status])));
  const [saving, setSaving] = useState(0);
  const [saved, setSaved] = useState(m.present !== null);
  const [error, setError] = useState<unknown>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);

  // Each change is sent at once, one request after another, so the server ends with the last tap;
  // when the queue is empty the meeting is read again (the vote needs the recorded attendance).
  const save = useCallback((changes: { id: number; status: AttendanceStatus }[]) => {
    inFlight.current++;
    setSaving(inFlight.current);
    queue.current = queue.current.then(() => api<Meeting>(`/api/v1/meetings/${m.id}/attendance`, { json: { statuses: changes } }))
      .then(() => { setError(null); setSaved(true); }, (e: unknown) => setError(e))
      .finally(() => {
        inFlight.current--;
        setSaving(inFlight.current);
        if (inFlight.current === 0) onSaved();
      });
  }, [m.id, onSaved]);
  const set = (aid: number, s: AttendanceStatus) => {
    setRoll((r) => ({ ...r, [aid]: s }));
    save([{ id: aid, status: s }]);
  };
  const setAll = (s: AttendanceStatus) => {
    setRoll(Object.fromEntries(m.attendance.map((a) => [a.id, s])));
    save(m.attendance.map((a) => ({ id: a.id, status: s })));
  };
  const count = (s: AttendanceStatus) => m.attendance.filter((a) => roll[a.id] === s).length;
  const present = count('present');

  return (
    <section aria-labelledby={`${id}-h`} className="roll-section">
      <h2 id={`${id}-h`}>{t('decisions.roll.title')}</h2>
      {(editable || m.present !== null) && <>
        <QuorumBar m={m} present={{ persons: present }} saving={editable ? saving > 0 : undefined} saved={saved} />
        <ErrorNote error={error} />
        <p className="roll-counts">{t('decisions.roll.counts', { present, leave: count('leave'), absent: count('absent') })}</p>
      </>}
      {editable
        ? (
          <>
            <p className="roll-quick">
              <button type="button" onClick={() => setAll('present')}>{t('decisions.roll.allPresent')}</button>
              <button type="button" onClick={() => setAll('absent')}>{t('decisions.roll.allAbsent')}</button>
            </p>
            <ul className="roll">
              {m.attendance.map((a) => (
                <li key={a.id} className={`roll-row st-${roll[a.id]}`}>
                  <fieldset>
                    <legend className="sr-only">{a.name}</legend>
                    <span className="roll-name" aria-hidden="true">{a.name}</span>
                    <div className="seg">
                      {statuses.map((s) => (
                        <label key={s} className={`seg-opt seg-${s}`}>
                          <input type="radio" name={`${id}-${a.id}`} value={s} checked={roll[a.id] === s} onChange={() => set(a.id, s)} />
                          <span>{t.dyn(`decisions.roll.${s}`, s)}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                </li>
              ))}
            </ul>
            <p className="hint">{t('decisions.roll.hint')}</p>
          </>
        )
        : m.status === 'scheduled' && m.present === null
          ? <p className="roll-names">{t('decisions.roll.members', { n: m.attendance.length })}{m.attendance.map((a) => a.name).join('、')}</p>
          : (
          <dl className="roll-readonly">
            {statuses.map((s) => (
              <div key={s}>
                <dt>{t.dyn(`decisions.roll.${s}`, s)}{paren(t, count(s))}</dt>
                <dd>{m.attendance.filter((a) => roll[a.id] === s).map((a) => a.name).join('、') || '—'}</dd>
              </div>
            ))}
          </dl>
        )}
    </section>
  );
}

const countFields = ['persons', 'households'] as const;

function HeadCount({ m, editable, onSaved }: { m: Meeting; editable: boolean; onSaved: () => void }) {
  const t = useT();
  const id = useId();
  const [persons, setPersons] = useState(m.present?.persons !== undefined ? String(m.present.persons) : '');
  const [households, setHouseholds] = useState(m.present?.households !== undefined ? String(m.present.households) : '');
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, countFields);
  const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s) : undefined);
  const p = num(persons);
  const h = num(households);
  const present = p === undefined ? null : { persons: p, ...(h !== undefined && m.eligible.households !== undefined ? { households: h } : {}) };
  const submit = onSubmit(async () => {
    await api(`/api/v1/meetings/${m.id}/attendance`, { json: { persons: p, ...(h !== undefined ? { households: h } : {}) } });
    onSaved();
  });
  return (
    <section aria-labelledby={`${id}-h`} className="roll-section">
      <h2 id={`${id}-h`}>{t('decisions.count.title')}</h2>
      <p>{t('decisions.count.eligible', { adults: m.eligible.adults ?? '—', households: m.eligible.households ?? '—' })}</p>
      <QuorumBar m={m} present={present} />
      {editable
        ? (
          <form className="form-grid two count-form" onSubmit={submit} noValidate>
            <ErrorSummary errors={errors} source={error} />
            <TextField id={`${id}-p`} type="number" inputMode="numeric" min={0} label={t('decisions.count.persons')} required value={persons} onChange={(e) => setPersons(e.target.value)} error={errors.byField['persons']} />
            {m.eligible.households !== undefined && (
              <TextField id={`${id}-h2`} type="number" inputMode="numeric" min={0} label={t('decisions.count.households')} hint={t('decisions.count.householdsHint')} value={households} onChange={(e) => setHouseholds(e.target.value)} error={errors.byField['households']} />
            )}
            <div className="form-actions"><button type="submit" className="primary" disabled={busy || p === undefined}>{t('decisions.count.submit')}</button></div>
          </form>
        )
        : m.present && <p>{t('decisions.count.recorded', { persons: m.present.persons ?? 0, households: m.present.households ?? '—' })}</p>}
    </section>
  );
}

const voteFields = ['title', 'for', 'against', 'abstain', 'attendance', 'votes'] as const;

function Votes({ m, editable, onSaved }: { m: Meeting; editable: boolean; onSaved: () => void }) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState(m.agenda.split('\n')[0]!.slice(0, 200));
  const [yes, setYes] = useState('');
  const [no, setNo] = useState('');
  const [abstain, setAbstain] = useState('');
  const { busy, error, run } = useSubmit();
  const errors = useFormErrors(error, voteFields);
  const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s) : undefined);
  const votes = num(yes) !== undefined && num(no) !== undefined && num(abstain) !== undefined ? { for: num(yes)!, against: num(no)!, abstain: num(abstain)! } : null;
  const preview = useOutcome(m, votes ? m.present : null, votes);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!votes) return;
    void run(async () => {
      await api(`/api/v1/meetings/${m.id}/motions`, { json: { title: title.trim(), ...votes } });
      setYes(''); setNo(''); setAbstain('');
      onSaved();
    });
  };
  return (
    <section aria-labelledby={`${id}-h`} className="votes-section">
      <h2 id={`${id}-h`}>{t('decisions.vote.title')}</h2>
      {m.motions.length > 0 && (
        <ol className="motions">
          {m.motions.map((mo) => (
            <li key={mo.id} className={`motion ${mo.passed ? 'is-ok' : 'is-bad'}`}>
              <p className="motion-title"><strong>{mo.title}</strong></p>
              <p>
                <Verdict ok={mo.passed} yes={t('decisions.vote.passed')} no={t('decisions.vote.notPassed')} />{' '}
                <span>{t('decisions.vote.tally', { f: mo.votesFor, a: mo.votesAgainst, b: mo.votesAbstain })}</span>
              </p>
              <Reasons reasons={mo.reasons} />
            </li>
          ))}
        </ol>
      )}
      {editable && !m.present && <p className="muted">{t('decisions.vote.needRoll')}</p>}
      {editable && m.present && (
        <form className="form-grid vote-form" onSubmit={submit} noValidate>
          <ErrorSummary errors={errors} source={error} />
          <TextField id={`${id}-title`} label={t('decisions.vote.motion')} required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.byField['title']} />
          <div className="vote-numbers">
            <TextField id={`${id}-for`} type="number" inputMode="numeric" min={0} label={t('decisions.vote.for')} required value={yes} onChange={(e) => setYes(e.target.value)} error={errors.byField['for']} />
            <TextField id={`${id}-against`} type="number" inputMode="numeric" min={0} label={t('decisions.vote.against')} required value={no} onChange={(e) => setNo(e.target.value)} error={errors.byField['against']} />
            <TextField id={`${id}-abstain`} type="number" inputMode="numeric" min={0} label={t('decisions.vote.abstain')} required value={abstain} onChange={(e) => setAbstain(e.target.value)} error={errors.byField['abstain']} />
          </div>
          <div className="vote-preview" aria-live="polite">
            {preview.outcome && preview.outcome.passed !== null && (
              <p>{t('decisions.vote.preview')} <Verdict ok={preview.outcome.passed} yes={t('decisions.vote.passed')} no={t('decisions.vote.notPassed')} />
                {preview.outcome.votesNeeded !== null && <> {t('decisions.vote.needs', { n: preview.outcome.votesNeeded })}</>}</p>
            )}
            {preview.error instanceof ApiError && <p className="error-note">{preview.error.errors.map((e) => e.messages?.[t.lang] ?? e.message).join('；') || preview.error.text(t.lang)}</p>}
          </div>
          <div className="form-actions"><button type="submit" className="primary" disabled={busy || !votes}>{t('decisions.vote.submit')}</button></div>
        </form>
      )}
    </section>
  );
}

function Close({ m, editable, notYet, onSaved, back }: { m: Meeting; editable: boolean; notYet: boolean; onSaved: () => void; back: string }) {
  const t = useT();
  const id = useId();
  const [minutes, setMinutes] = useState(m.minutes ?? '');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState('');
  const close = (status: 'held' | 'cancelled') => run(async () => {
    await api(`/api/v1/meetings/${m.id}/close`, { json: { status, ...(minutes.trim() ? { minutes: minutes.trim() } : {}) } });
    setDone(status === 'held' ? t('decisions.close.done') : t('decisions.close.cancelled'));
    setConfirmCancel(false);
    onSaved();
  });
  if (m.status === 'cancelled') return <p className="notice notice-warn">{t('decisions.close.isCancelled')}</p>;
  return (
    <section aria-labelledby={`${id}-h`} className="close-section">
      <h2 id={`${id}-h`}>{t('decisions.close.title')}</h2>
      {editable && notYet && (
        <div className="form-actions">
          {!confirmCancel && <button type="button" onClick={() => setConfirmCancel(true)}>{t('decisions.close.cancel')}</button>}
          {confirmCancel && <>
            <span className="strong-bad">{t('decisions.close.confirmCancel')}</span>
            <button type="button" onClick={() => void close('cancelled')} disabled={busy}>{t('decisions.close.confirmCancelYes')}</button>
            <button type="button" onClick={() => setConfirmCancel(false)}>{t('common.cancel')}</button>
          </>}
          <ErrorNote error={error} />
        </div>
      )}
      {editable && !notYet
        ? (
          <form className="form-grid" onSubmit={(e) => { e.preventDefault(); void close('held'); }}>
            <TextAreaField id={`${id}-minutes`} label={t('decisions.close.minutes')} hint={t('decisions.close.minutesHint')} rows={4} maxLength={20000} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
            <ErrorNote error={error} />
            <div className="form-actions">
              <button type="submit" className="primary" disabled={busy}>{m.status === 'held' ? t('decisions.close.saveMinutes') : t('decisions.close.submit')}</button>
              {m.status === 'scheduled' && !confirmCancel && <button type="button" onClick={() => setConfirmCancel(true)}>{t('decisions.close.cancel')}</button>}
              {confirmCancel && <>
                <span className="strong-bad">{t('decisions.close.confirmCancel')}</span>
                <button type="button" onClick={() => void close('cancelled')} disabled={busy}>{t('decisions.close.confirmCancelYes')}</button>
                <button type="button" onClick={() => setConfirmCancel(false)}>{t('common.cancel')}</button>
              </>}
            </div>
          </form>
        )
        : notYet && editable ? null : m.minutes ? <p className="pd-description">{m.minutes}</p> : <p className="muted">{t('decisions.close.noMinutes')}</p>}
      <p role="status" className="ok-note">{done}</p>
      {m.status === 'held' && m.procedureId && <p><Link to={back} className="button-link">{t('decisions.close.toMatter')}</Link></p>}
    </section>
  );
}
