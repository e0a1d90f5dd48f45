// Sign in with a username and password; the server's message is shown as it is
// (wrong password 401, locked 423, too many attempts 429).
import { useId, useState } from 'react';
import { useT } from '../i18n.tsx';
import { PublicLayout } from '../layout.tsx';
import { api } from '../lib/api.ts';
import { navigate, PageHeading, useLocation } from '../lib/router.tsx';
import type { Me } from '../lib/types.ts';
import { ErrorNote } from '../lib/ui.tsx';
import { setMe } from './session.ts';
import { useSubmit } from '../lib/submit.ts';

export function LoginPage() {
  const t = useT();
  const { query } = useLocation();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const submit = onSubmit(async () => {
    const me = await api<Me>('/api/v1/auth/login', { json: { username: username.trim(), password } });
    setMe(me);
    const next = query.get('next');
    navigate(next && (next.startsWith('/staff') || next.startsWith('/v/')) ? next : '/staff');
  }, { keepBusy: true });


  return (
    <PublicLayout>
      <div className="login card">
        <PageHeading title={t('login.title')} brand={t('app.name')}>{t('login.title')}</PageHeading>
        <form onSubmit={submit} noValidate={false}>
          <div className="field">
            <label htmlFor={`${id}-u`}>{t('login.username')}</label>
            <input id={`${id}-u`} name="username" autoComplete="username" required maxLength={40}
              autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-p`}>{t('login.password')}</label>
            <input id={`${id}-p`} name="password" type="password" autoComplete="current-password" required maxLength={200}
              value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          <ErrorNote error={error} />
          <button type="submit" className="primary" disabled={busy}>{busy ? t('login.busy') : t('login.submit')}</button>
        </form>
      </div>
    </PublicLayout>
  );
}
