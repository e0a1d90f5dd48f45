// A resident's own requests: every service request with its state and due date, its timeline
// (every change, with the note the office wrote), errands run for them, and their certificate
// requests with the outcome — for a refused one, the basis and where to go instead; an issued one
// downloads as the numbered PDF. A resident may also ask for a certificate online: the lists
// answer at once, and a lawful one waits for the committee member holding the seal.
import '../../public/services/services.css';
import { useId, useState } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import type { CatalogItem, CertificateLists, CertificateRequest, MyCertificateRequest, MyServiceRequests, ServiceRequestDetail } from '../../public/services/model.ts';
import { atHref, useAt } from '../at.tsx';
import { RequestTimeline } from './Request.tsx';
import { useSubmit } from '../../lib/submit.ts';

export function MyRequestsPage() {
  const t = useT();
  const { code } = useAt();
  const mine = useApi<MyServiceRequests>('/api/v1/my/service-requests');
  const certs = useApi<MyCertificateRequest[]>('/api/v1/my/certificate-requests');
  const title = t('services.my.title');
  return (
    <>
      <PageHeading title={title} brand={t('app.name')}>{title}</PageHeading>
      <p className="lead">{t('services.my.intro')}</p>
      <FileOnline onFiled={mine.reload} />
      <AskCertificate onAsked={certs.reload} />
      <ErrorNote error={mine.error ?? certs.error} />
      {!mine.data ? <Loading /> : (
        <section aria-labelledby="my-req">
          <h2 id="my-req">{t('services.my.requests')}</h2>
          {mine.data.requests.length === 0 && <p className="muted">{t('services.my.none')}</p>}
          <ul className="svc-list">
            {mine.data.requests.map((r) => (
              <li key={r.id} className="svc-card">
                <Link to={atHref(`/staff/my-requests/${r.id}`, code)}><strong>{r.serviceName}</strong></Link>
                <p className="svc-meta"><StatusBadge state={r.state} tone="svc-state-" className="svc-state" label={r.stateLabel[t.lang]} /> {r.dueOn ? t('services.due', { date: r.dueOn }) : t('services.noDue')}</p>
                <p className="svc-meta">{t('services.request.office', { office: r.department?.name ?? r.office })}</p>
                {r.statusNote && <p>{r.statusNote}</p>}
              </li>
            ))}
          </ul>
          {mine.data.errands.length > 0 && (
            <>
              <h2>{t('services.errands.title')}</h2>
              <ul className="svc-list">
                {mine.data.errands.map((e) => (
                  <li key={e.id} className="svc-card"><strong>{e.matter}</strong> → {e.office}
                    <p className="svc-meta">{t('services.errands.handed', { what: e.handedOver, on: e.startedOn })}</p>
                    {e.returned && <p className="svc-meta">{t('services.errands.back', { what: e.returned, on: e.returnedOn ?? '' })}</p>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {certs.data && (
        <section aria-labelledby="my-cert">
          <h2 id="my-cert">{t('services.my.certificates')}</h2>
          {certs.data.length === 0 && <p className="muted">{t('services.my.none')}</p>}
          <ul className="svc-list">
            {certs.data.map((c) => (
              <li key={c.id} className={`svc-card svc-outcome-${c.outcome}`}>
                <strong>{c.name}</strong> · {t.dyn(`certificates.outcome.${c.outcome}`, c.outcome)}
                {c.number && <p className="svc-meta">{t('certificates.result.number', { number: c.number })}</p>}
                {c.number && <p><a href={`/api/v1/my/certificates/${c.number}/pdf`} download>{t('certificates.result.pdf')}</a></p>}
                {c.outcome === 'refused' && (
                  <>
                    <p className="svc-meta">{t('certificates.result.authority')}{c.authority}</p>
                    <p className="svc-meta">{t('certificates.result.basis')}{c.basis}</p>
                  </>
                )}
                {c.outcome === 'pendingTownship' && <p className="svc-meta">{t('certificates.result.township')}</p>}
                {c.outcome === 'approved' && <p className="svc-meta">{t('services.myCert.awaitingSeal')}</p>}
                <p className="svc-meta">{formatDateTime(c.filedAt, t.lang)}{!c.onBehalf && <> · {t('services.myCert.online')}</>}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function MyRequestPage({ id }: { id: number }) {
  const t = useT();
  const { code } = useAt();
  const r = useApi<ServiceRequestDetail>(`/api/v1/my/service-requests/${id}`);
  const title = t('services.request.title', { id });
  return (
    <>
      <p><Link to={atHref('/staff/my-requests', code)}>{t('services.my.back')}</Link></p>
      <PageHeading title={r.data ? `${r.data.serviceName} · ${title}` : title} brand={t('app.name')}>{r.data?.serviceName ?? title}<span className="h1-sub">{title}</span></PageHeading>
      <ErrorNote error={r.error} />
      {r.data && (
        <>
          <div className="svc-card">
            <p><StatusBadge state={r.data.state} tone="svc-state-" className="svc-state" label={r.data.stateLabel[t.lang]} /></p>
            <p className="svc-meta">{t('services.request.office', { office: r.data.department?.name ?? r.data.office })}</p>
            <p className="svc-meta">{r.data.dueOn ? t('services.due', { date: r.data.dueOn }) : t('services.noDue')}</p>
            <p>{r.data.description}</p>
          </div>
          <h2>{t('services.timeline')}</h2>
          <RequestTimeline events={r.data.timeline} />
        </>
      )}
    </>
  );
}

/** A resident files a request online (前台受理 without the desk). */
function FileOnline({ onFiled }: { onFiled(): Promise<void> }) {
  const t = useT();
  const { code } = useAt();
  const id = useId();
  const catalog = useApi<CatalogItem[]>(code ? `/api/v1/jurisdictions/${code}/service-catalog` : null);
  const [serviceCode, setServiceCode] = useState('');
  const [description, setDescription] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, ['serviceCode', 'description']);
  const item = catalog.data?.find((c) => c.code === serviceCode);
  const submit = onSubmit(async () => {
    setDone(null);
    const r = await api<ServiceRequestDetail>('/api/v1/my/service-requests', { json: { serviceCode, description: description.trim() } });
    setDescription(''); setServiceCode('');
    await onFiled();
    setDone(t('services.my.filed', { id: r.id }));
  });
  return (
    <details className="svc-card">
      <summary>{t('services.my.fileTitle')}</summary>
      <form className="form-grid" onSubmit={submit} noValidate aria-label={t('services.my.fileTitle')}>
        <ErrorSummary errors={errors} source={error} />
        <SelectField id={`${id}-service`} label={t('services.desk.service')} required value={serviceCode} error={errors.byField.serviceCode} onChange={(e) => setServiceCode(e.target.value)}>
          <option value="">{t('services.desk.choose')}</option>
          {(catalog.data ?? []).map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
        </SelectField>
        {item && <p className="hint">{t('services.desk.itemInfo', { office: item.office, days: item.workingDays, docs: item.documents.join('、') || '—' })}</p>}
        <TextAreaField id={`${id}-description`} label={t('services.desk.description')} rows={3} maxLength={2000} required value={description} error={errors.byField.description} onChange={(e) => setDescription(e.target.value)} />
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('services.desk.submit')}</button></div>
        {done && <p role="status">{done}</p>}
      </form>
    </details>
  );
}

/** A resident asks for a certificate online; the county's lists answer at once. */
function AskCertificate({ onAsked }: { onAsked(): Promise<void> }) {
  const t = useT();
  const { code } = useAt();
  const id = useId();
  const lists = useApi<CertificateLists>(code ? `/api/v1/jurisdictions/${code}/certificate-lists` : null);
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, ['name', 'purpose']);
  const submit = onSubmit(async () => {
    setDone(null);
    const r = await api<CertificateRequest>('/api/v1/my/certificate-requests', { json: { name: name.trim(), purpose: purpose.trim() } });
    setName(''); setPurpose('');
    const msg = t('services.myCert.asked', { name: r.name, outcome: t.dyn(`certificates.outcome.${r.outcome}`, r.outcome) });
    await onAsked();
    setDone(msg);
  });
  const lawful = (lists.data?.lawful ?? []).map((l) => l.name).join('、');
  return (
    <details className="svc-card">
      <summary>{t('services.myCert.title')}</summary>
      <form className="form-grid" onSubmit={submit} noValidate aria-label={t('services.myCert.title')}>
        <p className="hint">{t('services.myCert.intro')}</p>
        <ErrorSummary errors={errors} source={error} />
        <TextField id={`${id}-name`} label={t('certificates.desk.name')} required maxLength={60} value={name} error={errors.byField.name}
          hint={lawful ? t('services.myCert.lawful', { names: lawful }) : t('certificates.desk.nameHint')} onChange={(e) => setName(e.target.value)} />
        <TextField id={`${id}-purpose`} label={t('certificates.desk.purpose')} required maxLength={200} value={purpose} error={errors.byField.purpose} onChange={(e) => setPurpose(e.target.value)} />
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('services.myCert.submit')}</button></div>
        {done && <p role="status">{done}</p>}
      </form>
    </details>
  );
}
