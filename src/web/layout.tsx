// Page frame shared by the public pages and the login page.
import type { ReactNode } from 'react';
import { LangSwitch, useT } from './i18n.tsx';
import { Link } from './lib/router.tsx';

export function SkipLink() {
  const t = useT();
  return <a className="skip-link" href="#main">{t('common.skipToContent')}</a>;
}

export function PublicLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <Link to="/" className="brand">{t('app.name')}</Link>
        <LangSwitch />
      </header>
      <main id="main" tabIndex={-1} className="public-main">{children}</main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
