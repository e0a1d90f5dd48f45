// Certificates by list for staff: the lists in force (the county edits its own entries), the
// requests waiting for the township's decision (which extends a list), approved ones to issue,
// and the seal log.
import '../../public/services/services.css';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import type { CertificateLists, CertificateRequestListItem, IssuedCertificate } from '../../public/services/model.ts';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';

export function CertificatesPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const lists = useApi<CertificateLists>(`/api/v1/jurisdictions/${code}/certificate-lists`);
  const pending = useApi<CertificateRequestListItem[]>(can(me, 'certificates.read') ? `/api/v1/jurisdictions/${code}/certificate-requests` : null);
  const title = t('certificates.title');
  const waiting = (pending.data ?? []).filter((r) => r.outcome === 'pendingTownship' || r.outcome === 'approved');
  const recent = (pending.data ?? []).filter((r) => r.outcome === 'issued' || r.outcome === 'refused').slice(0, 20);
  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('certificates.intro')}</p>
      <p><Link to={atHref('/staff/certificates/seal-log', code)}>{t('certificates.sealLog.title')}</Link></p>
      <section aria-labelledby="cert-waiting">
        <h2 id="cert-waiting">{t('certificates.waiting.title')}</h2>
        <ErrorNote error={pending.error} />
        {waiting.length === 0 ? <p className="muted">{t('certificates.waiting.none')}</p> : (
          <ul className="svc-list">{waiting.map((r) => <Waiting key={r.id} r={r} reload={() => Promise.all([pending.reload(), lists.reload()]).then(() => undefined)} />)}</ul>
        )}
        {recent.length > 0 && (
          <>
            <h3>{t('certificates.recent')}</h3>
            <ul className="svc-list">
              {recent.map((r) => (
                <li key={r.id} className={`svc-card svc-outcome-${r.outcome}`}>
                  <strong>{r.name}</strong> · {r.residentName} · {t.dyn(`certificates.outcome.${r.outcome}`, r.outcome)}
                  {r.authority && <p className="svc-meta">{t('certificates.result.authority')}{r.authority}</p>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <ErrorNote error={lists.error} />
      {lists.loading && !lists.data ? <Loading /> : lists.data && (
        <>
          <section aria-labelledby="cert-lawful">
            <h2 id="cert-lawful">{t('certificates.lawful.title')}</h2>
            <p className="hint">{t('certificates.lawful.intro')}</p>
            <ul className="svc-list">
              {lists.data.lawful.length === 0 && <li className="muted">{t('certificates.lawful.none')}</li>}
              {lists.data.lawful.map((e) => (
                <li key={`l${e.id}`} className="svc-card"><strong>{e.name}</strong>{e.aliases.length > 0 && <span className="muted">（{e.aliases.join('、')}）</span>}
                  <p className="svc-meta">{t('certificates.result.basis')}{e.basis} · {t.dyn(`certificates.source.${e.source}`, e.source)}</p></li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="cert-forbidden">
            <h2 id="cert-forbidden">{t('certificates.forbidden.title')}</h2>
            <p className="hint">{t('certificates.forbidden.intro')}</p>
            <ol className="svc-list">
              {lists.data.forbidden.map((e, i) => (
                <li key={`f${i}`} className="svc-card"><strong>{e.name}</strong>
                  <p className="svc-meta">{t('certificates.result.authority')}{e.authority}</p>
                  <p className="svc-meta">{t('certificates.result.basis')}{e.basis} · {t.dyn(`certificates.source.${e.source}`, e.source)}</p></li>
              ))}
            </ol>
          </section>
          {node?.level === 'county' && can(me, 'certificates.lists') && <AddEntry onAdded={lists.reload} />}
        </>
      )}
    </>
  );
}

function Waiting({ r, reload }: { r: CertificateRequestListItem; reload(): Promise<void> }) {
  const t = useT();
  const me = useMe()!;
  const id = useId();
  const [list, setList] = useState<'lawful' | 'forbidden'>('lawful');
  const [basis, setBasis] = useState('');
  const [authority, setAuthority] = useState('');
  const [statement, setStatement] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = useFormErrors(error, ['list', 'basis', 'authority', 'statement']);
  const decide = async (e: FormEvent) => {
    e.preventDefault();
    try { await api(`/api/v1/certificate-requests/${r.id}/decision`, { json: { list, basis: basis.trim(), ...(list === 'forbidden' ? { authority: authority.trim() } : {}) } }); setError(null); await reload(); } catch (x) { setError(x); }
  };
  const issue = async (e: FormEvent) => {
    e.preventDefault();
    try { await api(`/api/v1/certificate-requests/${r.id}/issue`, { json: { statement: statement.trim() } }); setError(null); await reload(); } catch (x) { setError(x); }
  };
  return (
    <li className="svc-card">
      <strong>{r.name}</strong> · {r.residentName} · {t.dyn(`certificates.outcome.${r.outcome}`, r.outcome)}
      <p className="svc-meta">{t('certificates.desk.purpose')}：{r.purpose}</p>
      {r.outcome === 'pendingTownship' && can(me, 'certificates.decide') && (
        <form className="form-grid" onSubmit={(e) => void decide(e)} noValidate aria-label={t('certificates.decide.for', { name: r.name })}>
          <ErrorSummary errors={errors} source={error} />
          <SelectField id={`${id}-list`} label={t('certificates.decide.list')} value={list} onChange={(e) => setList(e.target.value as 'lawful' | 'forbidden')}>
            <option value="lawful">{t('certificates.decide.lawful')}</option>
            <option value="forbidden">{t('certificates.decide.forbidden')}</option>
          </SelectField>
          <TextField id={`${id}-basis`} label={t('certificates.decide.basis')} required value={basis} error={errors.byField.basis} onChange={(e) => setBasis(e.target.value)} />
          {list === 'forbidden' && <TextField id={`${id}-auth`} label={t('certificates.decide.authority')} required value={authority} error={errors.byField.authority} onChange={(e) => setAuthority(e.target.value)} />}
          <div className="form-actions"><button type="submit">{t('certificates.decide.submit')}</button></div>
        </form>
      )}
      {r.outcome === 'approved' && can(me, 'certificates.desk') && (
        <form className="form-grid" onSubmit={(e) => void issue(e)} noValidate aria-label={t('certificates.issue.for', { name: r.name })}>
          <ErrorSummary errors={errors} source={error} />
          <TextAreaField id={`${id}-st`} label={t('certificates.desk.statement')} rows={2} required value={statement} error={errors.byField.statement} onChange={(e) => setStatement(e.target.value)} />
          <div className="form-actions"><button type="submit">{t('certificates.issue.submit')}</button></div>
        </form>
      )}
    </li>
  );
}

function AddEntry({ onAdded }: { onAdded(): Promise<void> }) {
  const t = useT();
  const { code } = useAt();
  const id = useId();
  const [list, setList] = useState<'lawful' | 'forbidden'>('lawful');
  const [name, setName] = useState('');
  const [basis, setBasis] = useState('');
  const [authority, setAuthority] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors(error, ['list', 'name', 'basis', 'authority']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    try {
      await api(`/api/v1/jurisdictions/${code}/certificate-lists`, { json: { list, name: name.trim(), basis: basis.trim(), ...(list === 'forbidden' ? { authority: authority.trim() } : {}) } });
      setError(null); setName(''); setBasis(''); setAuthority('');
      void onAdded().then(() => setDone(t('certificates.add.done')));
    } catch (x) { setError(x); }
  };
  return (
    <form className="form-grid svc-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('certificates.add.title')}</h2>
      <ErrorSummary errors={errors} source={error} />
      <SelectField id={`${id}-list`} label={t('certificates.decide.list')} value={list} onChange={(e) => setList(e.target.value as 'lawful' | 'forbidden')}>
        <option value="lawful">{t('certificates.decide.lawful')}</option>
        <option value="forbidden">{t('certificates.decide.forbidden')}</option>
      </SelectField>
      <TextField id={`${id}-name`} label={t('certificates.desk.name')} required value={name} error={errors.byField.name} onChange={(e) => setName(e.target.value)} />
      <TextField id={`${id}-basis`} label={t('certificates.decide.basis')} required value={basis} error={errors.byField.basis} onChange={(e) => setBasis(e.target.value)} />
      {list === 'forbidden' && <TextField id={`${id}-auth`} label={t('certificates.decide.authority')} required value={authority} error={errors.byField.authority} onChange={(e) => setAuthority(e.target.value)} />}
      <div className="form-actions"><button type="submit">{t('certificates.add.submit')}</button></div>
      {done && <p role="status">{done}</p>}
    </form>
  );
}

export function SealLogPage() {
  const t = useT();
  const { code, node } = useAt();
  const log = useApi<IssuedCertificate[]>(`/api/v1/jurisdictions/${code}/seal-log`);
  const title = t('certificates.sealLog.title');
  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('certificates.sealLog.intro')}</p>
      <ErrorNote error={log.error} />
      {log.loading && !log.data ? <Loading /> : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
          <table className="data">
            <caption>{t('certificates.sealLog.count', { n: log.data?.length ?? 0 })}</caption>
            <thead><tr>
              <th scope="col">{t('certificates.sealLog.number')}</th><th scope="col">{t('certificates.sealLog.name')}</th><th scope="col">{t('certificates.sealLog.holder')}</th>
              <th scope="col">{t('certificates.sealLog.by')}</th><th scope="col">{t('certificates.sealLog.on')}</th><th scope="col">{t('certificates.sealLog.basis')}</th><th scope="col">PDF</th>
            </tr></thead>
            <tbody>
              {(log.data ?? []).map((c) => (
                <tr key={c.id}>
                  <td className="mono">{c.number}</td><td>{c.name}</td><td>{c.holderName}</td><td>{c.issuedByLabel}</td><td>{c.issuedOn}</td><td>{c.basis}</td>
                  <td><a href={`/api/v1/certificates/${c.number}/pdf`} download aria-label={t('certificates.sealLog.pdfFor', { number: c.number })}>PDF</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
