// /v/:code/elections — what a village's elections published, read on a phone: the voter roll
// (names and group only), the official candidates, the proxies, and the results, each exactly as
// hashed on the village ledger.
import '../../locales/public-elections/index.ts';
import './elections.css';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api, ApiError, fieldText } from '../../lib/api.ts';
import { SelectField, TextAreaField, TextField } from '../../lib/forms.tsx';
import { Link, PageHeading } from '../../lib/router.tsx';
import { loginHref, useViewer } from '../decisions/viewer.ts';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import type { ObjectionFiled, PublicElection, PublicElectionListItem } from './model.ts';

export function ElectionsPublicPage({ code }: { code: string }) {
  const t = useT();
  const valid = /^\d{12}$/.test(code);
  const list = useApi<PublicElectionListItem[]>(valid ? `/api/v1/villages/${code}/elections/public` : null);
  const title = t('elections.public.title');
  return (
    <article className="elections-public">
      <p className="back"><Link to={`/v/${code}`}>{t('elections.public.back')}</Link></p>
      <PageHeading title={title} brand={t('app.name')}>{title}</PageHeading>
      <ErrorNote error={list.error} />
      {list.loading && <Loading />}
      {list.data && list.data.length === 0 && <p>{t('elections.public.none')}</p>}
      {list.data?.map((e) => <ElectionSection key={e.id} id={e.id} />)}
    </article>
  );
}

function ElectionSection({ id }: { id: number }) {
  const t = useT();
  const e = useApi<PublicElection>(`/api/v1/elections/${id}/public`);
  if (!e.data) return e.error ? <ErrorNote error={e.error} /> : <Loading />;
  const d = e.data;
  return (
    <section aria-labelledby={`el-${id}-h`} className="card">
      <h2 id={`el-${id}-h`}>{d.title}</h2>
      <p>{t('elections.public.day', { day: d.electionDay })}</p>
      {d.results && (
        <>
          <h3>{t('elections.public.results')}</h3>
          <ul className="elected-list">
            {d.results.payload.elected.map((m) => <li key={`${m.name}-${m.position}`}>{t('elections.public.elected', { name: m.name, position: t.dyn(`elections.position.${m.position}`, m.positionName), votes: m.votes })}</li>)}
          </ul>
          <p className="muted hash">{t('elections.public.hash', { seq: d.results.seq, hash: d.results.hash.slice(0, 16) })}</p>
        </>
      )}
      {d.candidates && (
        <>
          <h3>{t('elections.public.candidates')}</h3>
          <ul>
            {d.candidates.payload.positions.map((p) => <li key={p.position}>{t('elections.public.position', { position: t.dyn(`elections.position.${p.position}`, p.positionName), seats: p.seats })}{p.candidates.join('、')}</li>)}
          </ul>
        </>
      )}
      {d.proxies.length > 0 && (
        <>
          <h3>{t('elections.public.proxies')}</h3>
          <ul>{d.proxies.map((p) => <li key={p.principal}>{t('elections.public.proxy', { principal: p.principal, proxy: p.proxy })}</li>)}</ul>
        </>
      )}
      {d.roll && !d.candidates && <ObjectionForm id={d.id} code={d.villageCode} />}
      {d.roll && (
        <details>
          <summary>{t('elections.public.roll', { count: d.roll.payload.count, day: d.roll.payload.publishedOn })}</summary>
          <ul className="roll-list">{d.roll.payload.voters.map((v, i) => <li key={i}>{v.name}{v.group ? ` · ${v.group}` : ''}</li>)}</ul>
        </details>
      )}
    </section>
  );
}

/** A resident of the village objects to the published roll (组织法 Art.14: within 5 days; the server says when it is too late). */
function ObjectionForm({ id, code }: { id: number; code: string }) {
  const t = useT();
  const me = useViewer();
  const fid = useId();
  const [claim, setClaim] = useState<'include' | 'exclude'>('include');
  const [subject, setSubject] = useState('');
  const [statement, setStatement] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState('');
  if (me === undefined) return null;
  const resident = me?.grants.some((g) => g.role === 'resident' && g.jurisdictionCode === code);
  if (!resident) return <p><Link to={loginHref()}>{t('elections.public.objectLogin')}</Link></p>;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSent('');
    try {
      const r = await api<ObjectionFiled>(`/api/v1/elections/${id}/objections`, { json: { claim, subjectName: subject, statement } });
      setSent(t('elections.public.objectionSent', { due: r.decisionDue }));
      setStatement('');
    } catch (err) { setError(err); }
  };
  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${fid}-h`}>
      <h3 id={`${fid}-h`}>{t('elections.public.objectTitle')}</h3>
      <SelectField id={`${fid}-claim`} label={t('elections.objection.claim')} value={claim} onChange={(e) => setClaim(e.target.value as 'include' | 'exclude')}>
        <option value="include">{t('elections.claim.include')}</option>
        <option value="exclude">{t('elections.claim.exclude')}</option>
      </SelectField>
      <TextField id={`${fid}-subject`} label={t('elections.public.objectWho')} value={subject} onChange={(e) => setSubject(e.target.value)} />
      <TextAreaField id={`${fid}-stmt`} label={t('elections.objection.statement')} value={statement} onChange={(e) => setStatement(e.target.value)} rows={3} />
      <div className="form-actions"><button type="submit">{t('elections.objection.file')}</button></div>
      <div aria-live="polite">{sent && <p role="status" className="success-note">{sent}</p>}</div>
      {error instanceof ApiError && (
        <div className="error-summary" role="alert">
          <p><strong>{error.text(t.lang)}</strong></p>
          <ul>{error.errors.map((x, i) => <li key={i}>{fieldText(x, t.lang)}</li>)}</ul>
        </div>
      )}
    </form>
  );
}
