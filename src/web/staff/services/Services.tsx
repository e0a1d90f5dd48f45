// The service desk (前台受理): file a request for a resident found in the register — a service
// from the county's catalogue, or a certificate decided by the lists at once — and see the
// requests of the node (the back office, 后台审批, opens one to act on it), and errands.
import '../../public/services/services.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api, isAbort } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading, useLocation } from '../../lib/router.tsx';
import type { ResidentListItem, ResidentPage } from '../../lib/types.ts';
import { ErrorNote, Loading, useApi, useDebounced } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import type { CatalogItem, CertificateRequest, Errand, ServiceRequest } from '../../public/services/model.ts';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { CertificateResult } from '../certificates/Result.tsx';
import { CatalogSection } from './Catalog.tsx';
import { useSubmit } from '../../lib/submit.ts';

export function ServicesPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const { path, query } = useLocation();
  const open = query.get('open') === 'true';
  const list = useApi<ServiceRequest[]>(`/api/v1/jurisdictions/${code}/service-requests${open ? '?open=true' : ''}`);
  const village = node?.level === 'village';
  const title = t('services.title');
  const setOpen = (v: boolean) => navigate(atHref(path, code, v ? { open: 'true' } : {}), { replace: true });
  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('services.intro')}</p>
      {can(me, 'certificates.read') && <p><Link to={atHref('/staff/certificates', code)}>{t('certificates.nav')}</Link> · <Link to={atHref('/staff/certificates/seal-log', code)}>{t('certificates.sealLog.title')}</Link></p>}
      {village && can(me, 'services.desk') && <DeskForm onFiled={() => void list.reload()} />}
      <section aria-labelledby="svc-requests">
        <h2 id="svc-requests">{t('services.requests.title')}</h2>
        <div className="filter-chips" role="group" aria-label={t('services.requests.filter')}>
          <button type="button" aria-pressed={!open} onClick={() => setOpen(false)}>{t('services.requests.all')}</button>
          <button type="button" aria-pressed={open} onClick={() => setOpen(true)}>{t('services.requests.open')}</button>
        </div>
        <ErrorNote error={list.error} />
        {list.loading && !list.data ? <Loading /> : (
          <>
            <p role="status" className="muted">{t('services.requests.count', { n: list.data?.length ?? 0 })}</p>
            <ul className="svc-list">
              {(list.data ?? []).map((r) => (
                <li key={r.id} className="svc-card">
                  <Link to={atHref(`/staff/services/requests/${r.id}`, code)}><strong>{r.serviceName}</strong> · {r.residentName}</Link>
                  <p className="svc-meta">
                    <StatusBadge state={r.state} tone="svc-state-" className="svc-state" label={r.stateLabel[t.lang]} />{' '}
                    {r.overdue && <span className="badge fb-overdue">{t('services.overdue')}</span>}{' '}
                    {t('services.requests.meta', { id: r.id, filed: r.filedOn, office: r.department?.name ?? r.office })}{' '}
                    {r.dueOn ? t('services.due', { date: r.dueOn }) : t('services.noDue')}
                    {r.onBehalf && <> · {t('services.onBehalf')}</>}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {village && <Errands />}
      <CatalogSection />
    </>
  );
}

/** Finds a resident in this village's register by name, pinyin initials or household number. */
function ResidentPicker({ value, onChange }: { value: ResidentListItem | null; onChange(r: ResidentListItem | null): void }) {
  const t = useT();
  const { code } = useAt();
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 250);
  const [items, setItems] = useState<ResidentListItem[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!query) { setItems([]); return; }
    const ctl = new AbortController();
    api<ResidentPage>(`/api/v1/jurisdictions/${code}/residents?limit=8&q=${encodeURIComponent(query)}`, { signal: ctl.signal })
      .then((p) => { setItems(p.items); setError(null); }, (e: unknown) => { if (!isAbort(e)) setError(e); });
    return () => ctl.abort();
  }, [code, query]);
  if (value) {
    return (
      <p className="svc-card" role="status">
        {t('services.desk.forResident', { name: value.name, id: value.idNumberMasked })}{' '}
        <button type="button" className="link-button" onClick={() => onChange(null)}>{t('services.desk.change')}</button>
      </p>
    );
  }
  return (
    <div>
      <TextField id={`${id}-q`} label={t('services.desk.search')} hint={t('services.desk.searchHint')} value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      <ErrorNote error={error} />
      {query && (
        <ul className="svc-list" aria-label={t('services.desk.results')}>
          {items.length === 0 && <li className="muted">{t('services.desk.noResult')}</li>}
          {items.map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button" onClick={() => onChange(r)}>{t('services.desk.pick', { name: r.name, birth: r.birthDate, id: r.idNumberMasked })}</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DeskForm({ onFiled }: { onFiled(): void }) {
  const t = useT();
  const me = useMe()!;
  // Only the committee holds the seal: a grid worker files services, not certificates.
  const seal = can(me, 'certificates.desk');
  const { code } = useAt();
  const id = useId();
  const catalog = useApi<CatalogItem[]>(`/api/v1/jurisdictions/${code}/service-catalog`);
  const [resident, setResident] = useState<ResidentListItem | null>(null);
  const [kind, setKind] = useState<'service' | 'certificate'>('service');
  const [serviceCode, setServiceCode] = useState('');
  const [description, setDescription] = useState('');
  const [certName, setCertName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [statement, setStatement] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const [result, setResult] = useState<CertificateRequest | null>(null);
  const errors = useFormErrors(error, ['serviceCode', 'description', 'name', 'purpose', 'statement', 'residentId']);
  const item = catalog.data?.find((c) => c.code === serviceCode);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    if (!resident) { setLocal(t('services.desk.needResident')); return; }
    setLocal(null);
    await run(async () => {
      if (kind === 'service') {
        const r = await api<ServiceRequest>(`/api/v1/villages/${code}/service-requests`, { json: { residentId: resident.id, serviceCode, description: description.trim() } });
        onFiled();
        navigate(atHref(`/staff/services/requests/${r.id}`, code));
      } else {
        const r = await api<CertificateRequest>(`/api/v1/villages/${code}/certificate-requests`, { json: { residentId: resident.id, name: certName.trim(), purpose: purpose.trim(), ...(statement.trim() ? { statement: statement.trim() } : {}) } });
        setResult(r);
      }
    });
  };

  return (
    <section aria-labelledby={`${id}-h`} className="svc-card">
      <h2 id={`${id}-h`}>{t('services.desk.title')}</h2>
      <p className="hint">{t('services.desk.intro')}</p>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-h`}>
        <ErrorSummary errors={errors} source={error} />
        <ResidentPicker value={resident} onChange={(r) => { setResident(r); setResult(null); }} />
        {local && <p role="alert" className="field-error">{local}</p>}
        <fieldset>
          <legend>{t('services.desk.kind')}</legend>
          <label><input type="radio" name={`${id}-kind`} checked={kind === 'service'} onChange={() => setKind('service')} /> {t('services.desk.kindService')}</label>{' '}
          {seal && <label><input type="radio" name={`${id}-kind`} checked={kind === 'certificate'} onChange={() => setKind('certificate')} /> {t('services.desk.kindCertificate')}</label>}
        </fieldset>
        {kind === 'service' ? (
          <>
            <SelectField id={`${id}-service`} label={t('services.desk.service')} required value={serviceCode} error={errors.byField.serviceCode} onChange={(e) => setServiceCode(e.target.value)}>
              <option value="">{t('services.desk.choose')}</option>
              {(catalog.data ?? []).map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </SelectField>
            {item && <p className="hint">{t('services.desk.itemInfo', { office: item.office, days: item.workingDays, docs: item.documents.join('、') || '—' })}</p>}
            <TextAreaField id={`${id}-description`} label={t('services.desk.description')} rows={3} maxLength={2000} required value={description} error={errors.byField.description} onChange={(e) => setDescription(e.target.value)} />
          </>
        ) : (
          <>
            <TextField id={`${id}-cert`} label={t('certificates.desk.name')} hint={t('certificates.desk.nameHint')} required maxLength={60} value={certName} error={errors.byField.name} onChange={(e) => setCertName(e.target.value)} />
            <TextField id={`${id}-purpose`} label={t('certificates.desk.purpose')} required maxLength={200} value={purpose} error={errors.byField.purpose} onChange={(e) => setPurpose(e.target.value)} />
            <TextAreaField id={`${id}-statement`} label={t('certificates.desk.statement')} hint={t('certificates.desk.statementHint')} rows={3} maxLength={2000} value={statement} error={errors.byField.statement} onChange={(e) => setStatement(e.target.value)} />
          </>
        )}
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{kind === 'service' ? t('services.desk.submit') : t('certificates.desk.submit')}</button></div>
      </form>
      {result && <CertificateResult r={result} />}
    </section>
  );
}

function Errands() {
  const t = useT();
  const me = useMe()!;
  const { code } = useAt();
  const id = useId();
  const list = useApi<Errand[]>(`/api/v1/villages/${code}/errands`);
  const [resident, setResident] = useState<ResidentListItem | null>(null);
  const [office, setOffice] = useState('');
  const [matter, setMatter] = useState('');
  const [handedOver, setHandedOver] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors(error, ['office', 'matter', 'handedOver', 'residentId']);
  const start = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    try {
      await api(`/api/v1/villages/${code}/errands`, { json: { residentId: resident?.id ?? 0, office: office.trim(), matter: matter.trim(), handedOver: handedOver.trim() } });
      setError(null); setMatter(''); setHandedOver('');
      void list.reload().then(() => setDone(t('services.errands.started')));
    } catch (x) { setError(x); }
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('services.errands.title')}</h2>
      <p className="hint">{t('services.errands.intro')}</p>
      <ErrorNote error={list.error} />
      <ul className="svc-list">
        {(list.data ?? []).map((e) => <ErrandItem key={e.id} e={e} canReturn={can(me, 'services.errand')} onReturned={() => list.reload()} />)}
      </ul>
      {can(me, 'services.errand') && (
        <form className="form-grid svc-card" onSubmit={(e) => void start(e)} noValidate aria-label={t('services.errands.new')}>
          <ErrorSummary errors={errors} source={error} />
          <ResidentPicker value={resident} onChange={setResident} />
          <TextField id={`${id}-office`} label={t('services.errands.office')} required value={office} error={errors.byField.office} onChange={(e) => setOffice(e.target.value)} />
          <TextField id={`${id}-matter`} label={t('services.errands.matter')} required value={matter} error={errors.byField.matter} onChange={(e) => setMatter(e.target.value)} />
          <TextAreaField id={`${id}-handed`} label={t('services.errands.handedOver')} rows={2} required value={handedOver} error={errors.byField.handedOver} onChange={(e) => setHandedOver(e.target.value)} />
          <div className="form-actions"><button type="submit">{t('services.errands.start')}</button></div>
          {done && <p role="status">{done}</p>}
        </form>
      )}
    </section>
  );
}

function ErrandItem({ e, canReturn, onReturned }: { e: Errand; canReturn: boolean; onReturned(): Promise<void> }) {
  const t = useT();
  const id = useId();
  const [returned, setReturned] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = useFormErrors(error, ['returned']);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    try { await api(`/api/v1/errands/${e.id}/return`, { json: { returned: returned.trim() } }); await onReturned(); } catch (x) { setError(x); }
  };
  return (
    <li className="svc-card">
      <strong>{e.matter}</strong> · {e.residentName} → {e.office}
      <p className="svc-meta">{t('services.errands.handed', { what: e.handedOver, on: e.startedOn })}</p>
      {e.state === 'returned'
        ? <p className="svc-meta">{t('services.errands.back', { what: e.returned ?? '', on: e.returnedOn ?? '' })}</p>
        : canReturn && (
          <form className="form-grid" onSubmit={(ev) => void submit(ev)} noValidate aria-label={t('services.errands.returnFor', { matter: e.matter })}>
            <TextField id={`${id}-ret`} label={t('services.errands.returned')} value={returned} error={errors.byField.returned} onChange={(ev) => setReturned(ev.target.value)} />
            <div className="form-actions"><button type="submit">{t('services.errands.markReturned')}</button></div>
          </form>
        )}
    </li>
  );
}
