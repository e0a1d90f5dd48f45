// /staff/settings/notifications — the signed-in person's notification preferences: in-app
// messages at once or as one daily digest; SMS off, at once or in the digest, to a phone.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import type { ApiResponse } from '../../lib/api-types.ts';
import { ErrorSummary, TextField, useFormErrors } from '../../lib/forms.tsx';
import { PageHeading } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import { useSubmit } from '../../lib/submit.ts';

type Prefs = ApiResponse<'/api/v1/notifications/preferences'>;
const fields = ['inApp', 'sms', 'phone'] as const;

export function NotificationSettingsPage() {
  const t = useT();
  const id = useId();
  const prefs = useApi<Prefs>('/api/v1/notifications/preferences');
  const [inApp, setInApp] = useState<Prefs['inApp']>('immediate');
  const [sms, setSms] = useState<Prefs['sms']>('off');
  const [phone, setPhone] = useState('');
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState('');
  const errors = useFormErrors(error, fields);
  useEffect(() => {
    if (!prefs.data) return;
    setInApp(prefs.data.inApp); setSms(prefs.data.sms); setPhone(prefs.data.phone ?? '');
  }, [prefs.data]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    if (await run(() => api('/api/v1/notifications/preferences', { method: 'PUT', json: { inApp, sms, phone: phone.trim() || null } }).then(() => true))) {
      void prefs.reload().then(() => setDone(t('notify.settings.saved')));
    }
  };
  const title = t('notify.settings.title');
  return (
    <>
      <PageHeading title={title} brand={t('app.name')}>{title}</PageHeading>
      <p role="status" className="ok-note">{done}</p>
      {prefs.error ? <ErrorNote error={prefs.error} /> : !prefs.data ? <Loading /> : (
        <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
          <ErrorSummary errors={errors} source={error} />
          <fieldset className="radio-row">
            <legend>{t('notify.settings.inApp')}</legend>
            <label><input type="radio" name={`${id}-a`} checked={inApp === 'immediate'} onChange={() => setInApp('immediate')} /> {t('notify.settings.immediate')}</label>
            <label><input type="radio" name={`${id}-a`} checked={inApp === 'digest'} onChange={() => setInApp('digest')} /> {t('notify.settings.digest')}</label>
          </fieldset>
          <fieldset className="radio-row">
            <legend>{t('notify.settings.sms')}</legend>
            <label><input type="radio" name={`${id}-s`} checked={sms === 'off'} onChange={() => setSms('off')} /> {t('notify.settings.off')}</label>
            <label><input type="radio" name={`${id}-s`} checked={sms === 'immediate'} onChange={() => setSms('immediate')} /> {t('notify.settings.immediate')}</label>
            <label><input type="radio" name={`${id}-s`} checked={sms === 'digest'} onChange={() => setSms('digest')} /> {t('notify.settings.digest')}</label>
          </fieldset>
          <TextField id={`${id}-p`} label={t('notify.settings.phone')} type="tel" inputMode="tel" autoComplete="tel" maxLength={20} value={phone} onChange={(e) => setPhone(e.target.value)} error={errors.byField['phone']} hint={t('notify.settings.phoneHint')} />
          <p className="hint">{t('notify.settings.digestHint')}</p>
          {!prefs.data.smsAdapter && <p className="hint">{t('notify.settings.noAdapter')}</p>}
          <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('notify.settings.save')}</button></div>
        </form>
      )}
    </>
  );
}
