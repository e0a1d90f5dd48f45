// What the desk sees after a certificate request: issued (number, PDF, verification page),
// refused (reason, basis, and where the resident goes instead), or sent to the township.
import { useT } from '../../i18n.tsx';
import { Link } from '../../lib/router.tsx';
import type { CertificateRequest } from '../../public/services/model.ts';

export function CertificateResult({ r }: { r: CertificateRequest }) {
  const t = useT();
  const c = r.certificate;
  return (
    <div className={`svc-card svc-outcome-${r.outcome}`} role="status" aria-live="polite">
      <h3>{t.dyn(`certificates.outcome.${r.outcome}`, r.outcome)}：{r.name}</h3>
      {r.outcome === 'refused' && (
        <>
          <p><strong>{t('certificates.result.authority')}</strong>{r.authority}</p>
          <p><strong>{t('certificates.result.basis')}</strong>{r.basis}</p>
        </>
      )}
      {r.outcome === 'issued' && c && (
        <>
          <p>{t('certificates.result.number', { number: c.number })}</p>
          <p><strong>{t('certificates.result.basis')}</strong>{c.basis}</p>
          <p>
            <a href={`/api/v1/certificates/${c.number}/pdf`} download>{t('certificates.result.pdf')}</a>{' · '}
            <Link to={`/verify/certificate/${c.number}/${c.token}`}>{t('certificates.result.verify')}</Link>
          </p>
        </>
      )}
      {r.outcome === 'pendingTownship' && <p>{t('certificates.result.township')}</p>}
      <ul>{r.reasons.map((x, i) => <li key={i}>{x.message} <span className="muted">（{x.article}）</span></li>)}</ul>
    </div>
  );
}
