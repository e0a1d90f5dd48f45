// The public verification page a certificate's QR code opens: who issued it, when, what, on
// what basis, and for whom (the holder's name masked).
import './services.css';
import { useT } from '../../i18n.tsx';
import { ApiError } from '../../lib/api.ts';
import { PageHeading } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import type { Verification } from './model.ts';

export function VerifyCertificatePage({ number, token }: { number: string; token: string }) {
  const t = useT();
  const v = useApi<Verification>(`/api/v1/certificates/${encodeURIComponent(number)}/verify/${encodeURIComponent(token)}`);
  const title = t('certificates.verify.title');
  return (
    <div className="svc-verify">
      <PageHeading title={title} brand={t('app.name')}>{title}</PageHeading>
      {v.error instanceof ApiError && v.error.status === 404
        ? <p role="alert" className="error-note">{t('certificates.verify.notFound')}</p>
        : <ErrorNote error={v.error} />}
      {v.loading && !v.data && <Loading />}
      {v.data && (
        <>
          <p role="status" className="svc-outcome-issued"><strong>{t('certificates.verify.valid')}</strong></p>
          <dl>
            <dt>{t('certificates.sealLog.number')}</dt><dd className="mono">{v.data.number}</dd>
            <dt>{t('certificates.sealLog.name')}</dt><dd>{v.data.name}</dd>
            <dt>{t('certificates.verify.issuedBy')}</dt><dd>{v.data.issuedBy}</dd>
            <dt>{t('certificates.verify.holder')}</dt><dd>{v.data.holderMasked}</dd>
            <dt>{t('certificates.sealLog.on')}</dt><dd>{v.data.issuedOn}</dd>
            <dt>{t('certificates.sealLog.basis')}</dt><dd>{v.data.basis}</dd>
          </dl>
          <p className="hint">{t('certificates.verify.note')}</p>
        </>
      )}
    </div>
  );
}
