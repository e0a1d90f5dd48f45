// /staff/representatives — the register of 村民代表 / 居民代表 of one village: the statutory
// checks of its composition (pass / fail, with the article), the numbers they are computed
// from, trainings against the yearly target, adding a representative from the people register,
// recall or resignation with a date and reason, and recording a training.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api, isAbort } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { PageHeading } from '../../lib/router.tsx';
import type { ResidentListItem, ResidentPage } from '../../lib/types.ts';
import { ErrorNote, formatNumber, Loading, useApi, useDebounced } from '../../lib/ui.tsx';
import { useSubmit } from '../../lib/submit.ts';
import { chinaDay, colon, type Representative, type RepresentativeRegister } from '../../public/decisions/model.ts';
import { useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { Reasons, Verdict } from './common.tsx';

export function RepresentativesPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const { data, error, reload } = useApi<RepresentativeRegister>(`/api/v1/villages/${code}/representatives`);
  const [done, setDone] = useState('');
  const [ending, setEnding] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const title = t('reps.title');
  const mayEdit = can(me, 'decisions.representatives');
  const groups = new Map((node?.groups ?? []).map((g) => [g.id, g.name]));
  const after = (msg: string) => { setEnding(null); setAdding(false); void reload().then(() => setDone(msg)); };
  const heading = <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>;
  if (error) return <>{heading}<ErrorNote error={error} /></>;
  if (!data) return <>{heading}<Loading /></>;
  const c = data.composition;
  const active = data.representatives.filter((r) => r.status === 'active');
  const trainingsOk = data.trainings.thisYear >= data.trainings.target;
  return (
    <>
      {heading}
      <p role="status" className="ok-note">{done}</p>
      <div className="detail-grid reps-grid">
        <section aria-labelledby="check-h" className={`card ${data.check.ok ? 'report-ok' : 'report-bad'}`}>
          <h2 id="check-h">{t('reps.check.title')}</h2>
          <p><Verdict ok={data.check.ok} yes={t('reps.check.ok')} no={t('reps.check.bad')} /></p>
          <Reasons reasons={data.check.findings} />
        </section>
        <section aria-labelledby="comp-h" className="card">
          <h2 id="comp-h">{t('reps.comp.title')}</h2>
          <dl className="counts">
            <div><dt>{t('reps.comp.households')}</dt><dd>{formatNumber(c.households, t.lang)}</dd></div>
            <div><dt>{t(node?.kind === 'community' ? 'reps.comp.groups.community' : 'reps.comp.groups.village')}</dt><dd>{c.groups}</dd></div>
            <div><dt>{t('reps.comp.representatives')}</dt><dd>{c.representatives}</dd></div>
            <div><dt>{t('reps.comp.women')}</dt><dd>{c.women}</dd></div>
            <div><dt>{t('reps.comp.meetingMembers')}</dt><dd>{c.meetingMembers}</dd></div>
          </dl>
          <p className="hint">{t('reps.comp.hint')}</p>
        </section>
        <section aria-labelledby="train-h" className="card">
          <h2 id="train-h">{t('reps.train.title')}</h2>
          <p className="train-count">
            <strong>{t('reps.train.count', { n: data.trainings.thisYear, target: data.trainings.target })}</strong>{' '}
            <Verdict ok={trainingsOk} yes={t('reps.train.ok')} no={t('reps.train.short', { n: data.trainings.target - data.trainings.thisYear })} />
          </p>
          <p className="hint">{t('reps.train.basis')}</p>
          {data.trainings.list.length > 0 && (
            <ul className="plain-list train-list">
              {data.trainings.list.slice(0, 6).map((x) => <li key={x.id}><span className="date-cell">{x.heldOn}</span> {x.topic} <span className="muted">{t('reps.train.attendees', { n: Array.isArray(x.attendeeIds) ? x.attendeeIds.length : 0 })}</span></li>)}
            </ul>
          )}
          {mayEdit && <TrainingForm code={code!} reps={active} onDone={() => after(t('reps.train.done'))} />}
        </section>
      </div>

      <h2 id="register-h">{t('reps.register.title')}</h2>
      {mayEdit && (adding
        ? <AddRepresentative code={code!} onDone={(name) => after(t('reps.add.done', { name }))} onCancel={() => setAdding(false)} />
        : <p><button type="button" className="primary" onClick={() => setAdding(true)}>{t('reps.add.title')}</button></p>)}
      <p className="muted result-count">{t('reps.register.count', { active: active.length, all: data.representatives.length })}</p>
      <div className="table-wrap" role="region" aria-labelledby="register-h" tabIndex={0}>
        <table className="data reps-table">
          <thead>
            <tr>
              <th scope="col">{t('reps.col.name')}</th>
              <th scope="col">{t('reps.col.gender')}</th>
              <th scope="col">{t('reps.col.group')}</th>
              <th scope="col">{t('reps.col.term')}</th>
              <th scope="col" className="num">{t('reps.col.households')}</th>
              <th scope="col">{t('reps.col.status')}</th>
              {mayEdit && <th scope="col">{t('reps.col.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {data.representatives.map((r) => (
              <RepRow key={r.id} r={r} group={r.groupId !== null ? groups.get(r.groupId) ?? '' : ''} mayEdit={mayEdit} ending={ending === r.id}
                onEnd={() => setEnding(r.id)} onCancel={() => setEnding(null)} onDone={(msg) => after(msg)} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RepRow({ r, group, mayEdit, ending, onEnd, onCancel, onDone }: { r: Representative; group: string; mayEdit: boolean; ending: boolean; onEnd: () => void; onCancel: () => void; onDone: (msg: string) => void }) {
  const t = useT();
  const cols = mayEdit ? 7 : 6;
  return (
    <>
      <tr className={r.status === 'active' ? '' : 'is-ended'}>
        <th scope="row">{r.name}</th>
        <td>{r.female ? t('gender.female') : t('gender.male')}</td>
        <td>{group}</td>
        <td className="date-cell">{r.termStart}{r.termEnd ? ` – ${r.termEnd}` : ''}</td>
        <td className="num">{r.households.length}</td>
        <td>
          {r.status === 'active'
            ? t('reps.status.active')
            : <>{t.dyn(`reps.status.${r.status}`, r.status)} <span className="muted">{r.endedOn}</span>{r.endReason && <span className="end-reason">{r.endReason}</span>}</>}
        </td>
        {mayEdit && (
          <td>{r.status === 'active' && !ending && <button type="button" className="link-button" onClick={onEnd}>{t('reps.end.button')}<span className="sr-only">{colon(t)}{r.name}</span></button>}</td>
        )}
      </tr>
      {ending && (
        <tr className="end-row">
          <td colSpan={cols}><EndForm r={r} onCancel={onCancel} onDone={onDone} /></td>
        </tr>
      )}
    </>
  );
}

const endFields = ['status', 'endedOn', 'reason'] as const;

function EndForm({ r, onCancel, onDone }: { r: Representative; onCancel: () => void; onDone: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState<'recalled' | 'resigned'>('resigned');
  const [endedOn, setEndedOn] = useState(chinaDay());
  const [reason, setReason] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, endFields);
  const submit = onSubmit(async () => {
    await api(`/api/v1/representatives/${r.id}/end`, { json: { status, endedOn, reason: reason.trim() } });
    onDone(t('reps.end.done', { name: r.name, status: t.dyn(`reps.status.${status}`, status) }));
  }, { keepBusy: true });
  return (
    <form className="form-grid end-form" aria-label={t('reps.end.title', { name: r.name })} onSubmit={submit}>
      <ErrorSummary errors={errors} source={error} />
      <fieldset className="radio-row">
        <legend>{t('reps.end.title', { name: r.name })}</legend>
        <label><input type="radio" name={`${id}-s`} checked={status === 'resigned'} onChange={() => setStatus('resigned')} /> {t('reps.status.resigned')}</label>
        <label><input type="radio" name={`${id}-s`} checked={status === 'recalled'} onChange={() => setStatus('recalled')} /> {t('reps.status.recalled')}</label>
      </fieldset>
      {status === 'recalled' && <p className="hint">{t('reps.end.recallHint')}</p>}
      <div className="form-grid two">
        <TextField id={`${id}-d`} type="date" label={t('reps.end.date')} required value={endedOn} onChange={(e) => setEndedOn(e.target.value)} error={errors.byField['endedOn']} />
        <TextField id={`${id}-r`} label={t('reps.end.reason')} required minLength={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.byField['reason']} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t('reps.end.submit')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

const addFields = ['residentId', 'groupId', 'termStart', 'termEnd'] as const;

function AddRepresentative({ code, onDone, onCancel }: { code: string; onDone: (name: string) => void; onCancel: () => void }) {
  const t = useT();
  const { node } = useAt();
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [found, setFound] = useState<ResidentListItem[] | null>(null);
  const [picked, setPicked] = useState<ResidentListItem | null>(null);
  const [groupId, setGroupId] = useState('');
  const [termStart, setTermStart] = useState(chinaDay());
  const [termEnd, setTermEnd] = useState('');
  const { busy, error, setError, run } = useSubmit();
  const errors = useFormErrors(error, addFields);
  useEffect(() => {
    if (!query) { setFound(null); return; }
    const ctl = new AbortController();
    api<ResidentPage>(`/api/v1/jurisdictions/${code}/residents?limit=10&q=${encodeURIComponent(query)}`, { signal: ctl.signal })
      .then((p) => setFound(p.items), (e: unknown) => { if (!isAbort(e)) setError(e); });
    return () => ctl.abort();
  }, [code, query]);
  const pick = (r: ResidentListItem) => {
    setPicked(r);
    setGroupId(r.groupId !== null ? String(r.groupId) : '');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!picked) return;
    void run(async () => {
      await api(`/api/v1/villages/${code}/representatives`, { json: { residentId: picked.id, groupId: groupId ? Number(groupId) : null, termStart, termEnd: termEnd || null } });
      onDone(picked.name);
    }, { keepBusy: true });
  };
  return (
    <form className="card form-grid add-rep" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h3 id={`${id}-h`}>{t('reps.add.title')}</h3>
      <ErrorSummary errors={errors} source={error} />
      {!picked
        ? (
          <div className="field">
            <label htmlFor={`${id}-q`}>{t('reps.add.search')}</label>
            <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" maxLength={30} aria-describedby={`${id}-qh`} />
            <p id={`${id}-qh`} className="hint">{t('reps.add.searchHint')}</p>
            {found && (
              <ul className="pick-list" aria-label={t('reps.add.results')}>
                {found.length === 0 && <li className="muted">{t('reps.add.noResults')}</li>}
                {found.map((r) => (
                  <li key={r.id}>
                    <button type="button" onClick={() => pick(r)}>{t('reps.add.pick', { name: r.name })}</button>{' '}
                    <span className="muted">{t.dyn(`gender.${r.gender}`, r.gender)} · {r.birthDate} · {r.householdNumber}</span>
                  </li>
                ))}
              </ul>
            )}
            {errors.byField['residentId'] && <p className="field-error">{errors.byField['residentId']}</p>}
          </div>
        )
        : (
          <p className="picked">{t('reps.add.picked', { name: picked.name })} <button type="button" className="link-button" onClick={() => setPicked(null)}>{t('reps.add.change')}</button></p>
        )}
      <div className="form-grid two">
        <SelectField id={`${id}-g`} label={t('reps.col.group')} value={groupId} onChange={(e) => setGroupId(e.target.value)} error={errors.byField['groupId']}>
          <option value="">{t('reps.add.noGroup')}</option>
          {(node?.groups ?? []).map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
        </SelectField>
        <TextField id={`${id}-s`} type="date" label={t('reps.add.termStart')} required value={termStart} onChange={(e) => setTermStart(e.target.value)} error={errors.byField['termStart']} />
        <TextField id={`${id}-e`} type="date" label={t('reps.add.termEnd')} value={termEnd} onChange={(e) => setTermEnd(e.target.value)} error={errors.byField['termEnd']} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !picked}>{t('reps.add.submit')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

const trainFields = ['heldOn', 'topic', 'attendeeIds'] as const;

function TrainingForm({ code, reps, onDone }: { code: string; reps: Representative[]; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [heldOn, setHeldOn] = useState(chinaDay());
  const [topic, setTopic] = useState('');
  const [who, setWho] = useState<Set<number>>(() => new Set(reps.map((r) => r.id)));
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, trainFields);
  if (!open) return <p><button type="button" onClick={() => setOpen(true)}>{t('reps.train.record')}</button></p>;
  const submit = onSubmit(async () => {
    await api(`/api/v1/villages/${code}/representative-trainings`, { json: { heldOn, topic: topic.trim(), attendeeIds: [...who] } });
    setOpen(false);
    onDone();
  });
  const toggle = (rid: number) => setWho((s) => { const n = new Set(s); if (n.has(rid)) n.delete(rid); else n.add(rid); return n; });
  return (
    <form className="form-grid train-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} source={error} />
      <TextField id={`${id}-d`} type="date" label={t('reps.train.date')} required value={heldOn} onChange={(e) => setHeldOn(e.target.value)} error={errors.byField['heldOn']} />
      <TextField id={`${id}-t`} label={t('reps.train.topic')} required minLength={2} maxLength={200} value={topic} onChange={(e) => setTopic(e.target.value)} error={errors.byField['topic']} />
      <fieldset className="attendee-list">
        <legend>{t('reps.train.who', { n: who.size })}</legend>
        <p className="roll-quick">
          <button type="button" onClick={() => setWho(new Set(reps.map((r) => r.id)))}>{t('reps.train.all')}</button>
          <button type="button" onClick={() => setWho(new Set())}>{t('reps.train.none')}</button>
        </p>
        <div className="check-columns">
          {reps.map((r) => (
            <label key={r.id}><input type="checkbox" checked={who.has(r.id)} onChange={() => toggle(r.id)} /> {r.name}</label>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t('reps.train.submit')}</button>
        <button type="button" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
