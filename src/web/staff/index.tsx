// The staff side: login, the shell (account, language, logout, jurisdiction switcher, module
// navigation) and the router. Which pages exist, who may open them, which need a village and
// the navigation all come from the modules' declarations (GET /api/v1/pages); pages.tsx only
// names each page's component. Loaded lazily; the public pages never import this file.
import '../locales/staff-side.ts'; // registers the staff side's messages (src/web/locales/*) with this chunk
import './staff.css';
import { useEffect, useMemo, useState } from 'react';
import { LangSwitch, useT } from '../i18n.tsx';
import { api } from '../lib/api.ts';
import { Link, match, navigate, PageHeading, useLocation } from '../lib/router.tsx';
import type { Me } from '../lib/types.ts';
import { ErrorNote, Loading, useApi } from '../lib/ui.tsx';
import { SkipLink } from '../layout.tsx';
import { AtProvider, atHref, useAt, useRoots, JurisdictionSwitcher, NeedVillage } from './at.tsx';
import { NotificationBell } from './Notifications.tsx';
import { staffPages, type PageParams } from './pages.tsx';
import { fetchMe, mayOpen, setMe, useMe, type StaffPage } from './session.ts';

export { LoginPage } from './Login.tsx';

export function StaffApp() {
  const me = useMe();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (me === undefined) fetchMe().catch(setError);
  }, [me]);
  useEffect(() => {
    if (me === null) navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
  }, [me]);
  if (error) return <main id="main"><ErrorNote error={error} /></main>;
  if (!me) return <Loading />;
  return <AtProvider me={me}><Shell me={me} /></AtProvider>;
}

function Shell({ me }: { me: Me }) {
  const t = useT();
  const { path } = useLocation();
  const { code } = useAt();
  const pages = useApi<StaffPage[]>('/api/v1/pages');
  const entries = useMemo(() => navEntries(pages.data ?? [], me), [pages.data, me]);
  // The entry whose path is the longest prefix of this page is the current one
  // ("/staff/disclosure/compliance" is not also "/staff/disclosure").
  const current = entries.filter((e) => path === e.path || path.startsWith(`${e.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
  const [loggingOut, setLoggingOut] = useState<unknown>(null);

  const logout = async () => {
    try {
      await api('/api/v1/auth/logout', { method: 'POST' });
      navigate('/login', { replace: true });
      setMe(null);
    } catch (e) {
      setLoggingOut(e);
    }
  };

  return (
    <div className="staff">
      <SkipLink />
      <header className="staff-header">
        <Link to={atHref('/staff', code)} className="brand">{t('app.name')} <span className="brand-sub">{t('staff.brandSub')}</span></Link>
        <div className="account">
          <NotificationBell />
          <Link to={atHref('/staff/settings/notifications', code)} className="settings-link">{t('notify.settings.link')}</Link>
          <span className="account-name" title={me.account.username}>{me.account.displayName}</span>
          <LangSwitch />
          <button type="button" className="link-button" onClick={() => void logout()}>{t('staff.logout')}</button>
        </div>
      </header>
      <ErrorNote error={loggingOut} />
      <JurisdictionSwitcher />
      {entries.length > 0 && (
        <nav aria-label={t('staff.nav.label')} className="staff-nav">
          <ul>
            {entries.map((e) => {
              const active = e === current;
              return (
                <li key={e.path}>
                  <Link to={atHref(e.path, code)} aria-current={active ? 'page' : undefined}>{t.dyn(e.labelKey, e.labelKey)}</Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1} className="staff-main">
        {pages.error ? <ErrorNote error={pages.error} /> : !pages.data ? <Loading /> : <StaffRoutes me={me} pages={pages.data} entries={entries} />}
      </main>
    </div>
  );
}

/** A navigation entry (and home tile): a declared page with a nav entry the account may open. */
interface NavItem { path: string; labelKey: string }

/** The nav entries in their declared order (ties keep the modules' order). */
function navEntries(pages: readonly StaffPage[], me: Me): NavItem[] {
  return pages
    .flatMap((p) => (p.nav && mayOpen(me, p) ? [{ path: p.path, labelKey: p.nav.labelKey, order: p.nav.order }] : []))
    .sort((a, b) => a.order - b.order)
    .map(({ path, labelKey }) => ({ path, labelKey }));
}

const ID = /^\d{1,12}$/;

/** The declared page this path shows, with its ids; fixed paths before patterns with ids. */
function pageAt(pages: readonly StaffPage[], path: string): { page: StaffPage; params: PageParams } | null {
  const ordered = [...pages].sort((a, b) => Number(a.path.includes(':')) - Number(b.path.includes(':')));
  for (const page of ordered) {
    const m = match(page.path, path);
    if (!m || !Object.values(m).every((v) => ID.test(v))) continue;
    return { page, params: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Number(v)])) };
  }
  return null;
}

function StaffRoutes({ me, pages, entries }: { me: Me; pages: readonly StaffPage[]; entries: NavItem[] }) {
  const { path } = useLocation();
  const { node, error } = useAt();
  const roots = useRoots();
  const t = useT();
  if (roots.length === 0) return <NoGrants />;
  if (error) return <ErrorNote error={error} />;
  if (!node) return <Loading />;

  if (path === '/staff' || path === '/staff/') return <StaffHome entries={entries} />;
  const found = pageAt(pages, path);
  const render = found && staffPages[found.page.path];
  if (found && render) {
    if (!mayOpen(me, found.page)) return <Forbidden />;
    if (found.page.village && node.level !== 'village') return <NeedVillage />;
    return render(found.params);
  }
  return (
    <>
      <PageHeading title={t('notFound.title')} brand={t('app.name')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
    </>
  );
}

function StaffHome({ entries }: { entries: NavItem[] }) {
  const t = useT();
  const { code, node } = useAt();
  return (
    <>
      <PageHeading title={t('staff.home.title')} brand={t('app.name')}>{t('staff.home.title')}</PageHeading>
      {node && <p className="lead">{t('staff.home.at', { name: node.name })}</p>}
      {entries.length === 0
        ? <p>{t('staff.home.nothing')}</p>
        : (
          <ul className="tile-list">
            {entries.map((e) => (
              <li key={e.path}>
                <Link to={atHref(e.path, code)} className="tile">
                  <span className="tile-title">{t.dyn(e.labelKey, e.labelKey)}</span>
                  <span className="tile-text">{t.dyn(`${e.labelKey}.about`, '')}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      {node && node.level !== 'village' && node.children.length > 0 && <p className="hint">{t('staff.home.drillHint')}</p>}
    </>
  );
}

function Forbidden() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('staff.forbidden.title')} brand={t('app.name')}>{t('staff.forbidden.title')}</PageHeading>
      <p>{t('staff.forbidden.body')}</p>
    </>
  );
}

function NoGrants() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('staff.noGrants.title')} brand={t('app.name')}>{t('staff.noGrants.title')}</PageHeading>
      <p>{t('staff.noGrants.body')}</p>
      <p><Link to="/">{t('notFound.home')}</Link></p>
    </>
  );
}
