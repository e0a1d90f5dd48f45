// One resident: their data (masked), household, flag history; reveal of the whole ID number
// and phone (audited), edit, and recording a dated status change.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n.tsx';
import { api } from '../lib/api.ts';
import type { ApiResponse } from '../lib/api-types.ts';
import { Link, PageHeading } from '../lib/router.tsx';
import { flags, relations, type Flag, type ResidentDetail } from '../lib/types.ts';
import { ErrorNote, formatDateTime, Loading, useApi } from '../lib/ui.tsx';
import { Timeline } from '../lib/Timeline.tsx';
import { atHref, useAt } from './at.tsx';
import { CheckField, chinaToday, ErrorSummary, SelectField, TextField, useFormErrors } from '../lib/forms.tsx';
import { Badges } from './Register.tsx';
import { can, useMe } from './session.ts';
import { useSubmit } from '../lib/submit.ts';

export function ResidentPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const loaded = useApi<ResidentDetail>(`/api/v1/residents/${id}`);
  const [r, setR] = useState<ResidentDetail | null>(null);
  useEffect(() => { if (loaded.data) setR(loaded.data); }, [loaded.data]);

  if (loaded.error) {
    return <>
      <PageHeading title={t('resident.title')} brand={t('app.name')}>{t('resident.title')}</PageHeading>
      <ErrorNote error={loaded.error} />
      <p><Link to={atHref('/staff/people', code)}>{t('resident.back')}</Link></p>
    </>;
  }
  if (!r) return <Loading />;
  const group = r.groupId !== null && node?.code === r.jurisdictionCode ? node.groups.find((g) => g.id === r.groupId)?.name : undefined;
  const registerHref = atHref('/staff/people', node?.code === r.jurisdictionCode ? code : r.jurisdictionCode);

  return (
    <>
      <p className="back"><Link to={registerHref}>{t('resident.back')}</Link></p>
      <PageHeading title={r.name} brand={t('app.name')}>{r.name}</PageHeading>
      <div className="detail-grid">
        <section aria-labelledby="facts-h" className="card">
          <h2 id="facts-h">{t('resident.facts')}</h2>
          <dl className="facts">
            <dt>{t('people.col.gender')}</dt><dd>{t.dyn(`gender.${r.gender}`, r.gender)}</dd>
            <dt>{t('people.col.birthDate')}</dt><dd>{r.birthDate}</dd>
            <PersonalData r={r} mayReveal={can(me, 'people.readSensitive')} />
            <dt>{t('people.col.household')}</dt><dd className="mono">{r.householdNumber}</dd>
            <dt>{t('people.col.group')}</dt><dd>{group ?? t('common.notGiven')}</dd>
            <dt>{t('resident.address')}</dt><dd>{r.address ?? t('common.notGiven')}</dd>
            <dt>{t('people.col.relation')}</dt><dd>{t.dyn(`relation.${r.relationToHead}`, r.relationToHead)}</dd>
            <dt>{t('people.col.residence')}</dt>
            <dd>{!r.registered && !r.habitual ? t('resident.neither') : <Badges t={t} registered={r.registered} habitual={r.habitual} />}</dd>
            <dt>{t('people.col.party')}</dt><dd>{r.partyMember ? t('people.party.yes') : t('people.party.no')}</dd>
            <dt>{t('people.col.flags')}</dt>
            <dd>{r.flags.length ? <Badges t={t} registered={false} habitual={false} flags={r.flags} /> : t('resident.noFlags')}</dd>
            <dt>{t('resident.updatedAt')}</dt><dd>{formatDateTime(r.updatedAt, t.lang)}</dd>
          </dl>
        </section>

        <section aria-labelledby="household-h" className="card">
          <h2 id="household-h">{t('resident.household', { number: r.householdNumber })}</h2>
          <ul className="plain-list">
            {r.householdMembers.map((m) => (
              <li key={m.id}>
                {m.id === r.id
                  ? <strong aria-current="page">{m.name}</strong>
                  : <Link to={atHref(`/staff/people/${m.id}`, code)}>{m.name}</Link>}
                {' '}<span className="muted">{t.dyn(`relation.${m.relationToHead}`, m.relationToHead)}</span>
              </li>
            ))}
          </ul>
          {can(me, 'people.write') && (
            <p><Link to={atHref('/staff/people/new-resident', code, { household: r.householdId, hn: r.householdNumber })}>{t('resident.addMember')}</Link></p>
          )}
        </section>

        <section aria-labelledby="history-h" className="card">
          <h2 id="history-h">{t('resident.history')}</h2>
          {r.flagHistory.length === 0
            ? <p>{t('resident.historyNone')}</p>
            : (
              <Timeline entries={[...r.flagHistory].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate) || b.id - a.id).map((h) => ({
                key: h.id, at: h.effectiveDate, label: t(h.value ? 'resident.flagSet' : 'resident.flagCleared', { flag: t.dyn(`flag.${h.flag}`, h.flag) }), note: h.note,
                extra: <div className="muted small">{t('resident.recorded', { by: h.recordedBy, at: formatDateTime(h.recordedAt, t.lang) })}</div>,
              }))} />
            )}
        </section>
      </div>

      {can(me, 'people.write') && <>
        <EditResident r={r} onSaved={setR} />
        <RecordFlag r={r} onSaved={setR} />
      </>}
    </>
  );
}

function PersonalData({ r, mayReveal }: { r: ResidentDetail; mayReveal: boolean }) {
  const t = useT();
  const [whole, setWhole] = useState<{ idNumber: string; phone: string | null } | null>(null);
  const { busy, error, run } = useSubmit();
  const reveal = () => run(async () => {
    setWhole(await api<ApiResponse<'/api/v1/residents/{id}/personal-data', 'post'>>(`/api/v1/residents/${r.id}/personal-data`, { method: 'POST' }));
  });
  return (
    <>
      <dt>{t('people.col.idNumber')}</dt>
      <dd className="mono" data-testid="id-number">{whole ? whole.idNumber : r.idNumberMasked}</dd>
      <dt>{t('people.col.phone')}</dt>
      <dd className="mono">{whole ? whole.phone ?? t('common.notGiven') : r.phoneMasked || t('common.notGiven')}</dd>
      {mayReveal && !whole && (
        <dd className="reveal">
          <button type="button" onClick={() => void reveal()} disabled={busy} aria-describedby={`reveal-note-${r.id}`}>{t('resident.reveal')}</button>
          <span id={`reveal-note-${r.id}`} className="hint">{t('resident.revealNote')}</span>
          <ErrorNote error={error} />
        </dd>
      )}
    </>
  );
}

const editFields = ['name', 'idNumber', 'phone', 'relationToHead', 'registered', 'habitual', 'partyMember'] as const;

function EditResident({ r, onSaved }: { r: ResidentDetail; onSaved(r: ResidentDetail): void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(r.name);
  const [idNumber, setIdNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [relation, setRelation] = useState(r.relationToHead);
  const [registered, setRegistered] = useState(r.registered);
  const [habitual, setHabitual] = useState(r.habitual);
  const [party, setParty] = useState(r.partyMember);
  const { busy, error, setError, run } = useSubmit();
  const errors = useFormErrors(error, editFields);
  const [status, setStatus] = useState('');
  const f = (k: string) => `${id}-${k}`;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    if (name.trim() !== r.name) body.name = name.trim();
    if (idNumber.trim()) body.idNumber = idNumber.trim();
    if (phone.trim()) body.phone = phone.trim();
    if (relation !== r.relationToHead) body.relationToHead = relation;
    if (registered !== r.registered) body.registered = registered;
    if (habitual !== r.habitual) body.habitual = habitual;
    if (party !== r.partyMember) body.partyMember = party;
    setStatus('');
    if (Object.keys(body).length === 0) { setError(null); setStatus(t('resident.edit.nothing')); return; }
    await run(async () => {
      const out = await api<ResidentDetail>(`/api/v1/residents/${r.id}`, { method: 'PATCH', json: body });
      setIdNumber('');
      setPhone('');
      onSaved(out);
      setStatus(t('resident.edit.saved'));
    });
  };

  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{t('resident.edit.title')}</h2>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('resident.edit.open')}</summary>
          <form onSubmit={(e) => void onSubmit(e)} className="form-grid" noValidate>
            <ErrorSummary errors={errors} source={error} />
            <TextField id={f('name')} label={t('people.col.name')} value={name} maxLength={30} onChange={(e) => setName(e.target.value)} error={errors.byField.name} />
            <TextField id={f('idNumber')} label={t('people.col.idNumber')} value={idNumber} maxLength={30} autoComplete="off" spellCheck={false}
              hint={t('resident.edit.keepHint', { current: r.idNumberMasked })} onChange={(e) => setIdNumber(e.target.value)} error={errors.byField.idNumber} />
            <TextField id={f('phone')} label={t('people.col.phone')} value={phone} maxLength={30} inputMode="tel" autoComplete="off"
              hint={t('resident.edit.keepHint', { current: r.phoneMasked || t('common.notGiven') })} onChange={(e) => setPhone(e.target.value)} error={errors.byField.phone} />
            <SelectField id={f('relationToHead')} label={t('people.col.relation')} value={relation} onChange={(e) => setRelation(e.target.value)} error={errors.byField.relationToHead}>
              {relations.map((x) => <option key={x} value={x}>{t.dyn(`relation.${x}`, x)}</option>)}
            </SelectField>
            <fieldset className="checks">
              <legend>{t('people.col.residence')}</legend>
              <CheckField id={f('registered')} label={t('people.registered')} checked={registered} onChange={(e) => setRegistered(e.target.checked)} error={errors.byField.registered} />
              <CheckField id={f('habitual')} label={t('people.habitual')} checked={habitual} onChange={(e) => setHabitual(e.target.checked)} error={errors.byField.habitual} />
              <CheckField id={f('partyMember')} label={t('people.partyMember')} checked={party} onChange={(e) => setParty(e.target.checked)} error={errors.byField.partyMember} />
            </fieldset>
            <div className="form-actions">
              <button type="submit" className="primary" disabled={busy}>{t('resident.edit.save')}</button>
              <button type="button" onClick={() => { setOpen(false); setError(null); setStatus(''); setName(r.name); setIdNumber(''); setPhone(''); setRelation(r.relationToHead); setRegistered(r.registered); setHabitual(r.habitual); setParty(r.partyMember); }}>{t('common.cancel')}</button>
            </div>
          </form>
      </details>
      <p role="status" className="ok-note">{status}</p>
    </section>
  );
}

const flagFields = ['flag', 'value', 'effectiveDate', 'note'] as const;

function RecordFlag({ r, onSaved }: { r: ResidentDetail; onSaved(r: ResidentDetail): void }) {
  const t = useT();
  const id = useId();
  const today = chinaToday();
  const [flag, setFlag] = useState<Flag>('movedOut');
  const current = r.flags.includes(flag);
  const [value, setValue] = useState<'set' | 'clear'>(current ? 'clear' : 'set');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmit();
  const errors = useFormErrors(error, flagFields);
  const [status, setStatus] = useState('');
  const f = (k: string) => `${id}-${k}`;
  useEffect(() => { setValue(r.flags.includes(flag) ? 'clear' : 'set'); }, [flag, r.flags]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    await run(async () => {
      const out = await api<ResidentDetail>(`/api/v1/residents/${r.id}/flags`, {
        json: { flag, value: value === 'set', effectiveDate: date, note: note.trim() || null },
      });
      setNote('');
      onSaved(out);
      setStatus(t('resident.flag.saved'));
    });
  };

  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{t('resident.flag.title')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} className="form-grid" noValidate>
        <ErrorSummary errors={errors} source={error} />
        <SelectField id={f('flag')} label={t('resident.flag.which')} value={flag} onChange={(e) => setFlag(e.target.value as Flag)} error={errors.byField.flag}>
          {flags.map((x) => <option key={x} value={x}>{t.dyn(`flag.${x}`, x)}</option>)}
        </SelectField>
        <fieldset className="radios" aria-describedby={errors.byField.value ? f('value-error') : undefined}>
          <legend>{t('resident.flag.change')}</legend>
          <div className="field check">
            <input type="radio" id={f('set')} name={f('value')} checked={value === 'set'} onChange={() => setValue('set')} />
            <label htmlFor={f('set')}>{t('resident.flag.set')}</label>
          </div>
          <div className="field check">
            <input type="radio" id={f('clear')} name={f('value')} checked={value === 'clear'} onChange={() => setValue('clear')} />
            <label htmlFor={f('clear')}>{t('resident.flag.clear')}</label>
          </div>
          {errors.byField.value && <p id={f('value-error')} className="field-error">{errors.byField.value}</p>}
        </fieldset>
        <TextField id={f('effectiveDate')} type="date" label={t('resident.flag.date')} value={date} max={today} required
          onChange={(e) => setDate(e.target.value)} error={errors.byField.effectiveDate} />
        <TextField id={f('note')} label={t('resident.flag.note')} value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} error={errors.byField.note} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>{t('resident.flag.submit')}</button>
        </div>
      </form>
      <p role="status" className="ok-note">{status}</p>
    </section>
  );
}
