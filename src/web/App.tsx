// Top-level routes. Public pages are in the entry bundle; staff pages (and login) are one
// lazily loaded chunk, so the public village page never downloads them. Each lazy chunk goes
// through withMessages: it renders once its messages are loaded in the language shown.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useT, withMessages } from './i18n.tsx';
import { PublicLayout } from './layout.tsx';
import { Link, match, PageHeading, useLocation } from './lib/router.tsx';
import { Loading } from './lib/ui.tsx';
import { Landing } from './public/Landing.tsx';
import { EntryPage } from './public/EntryPage.tsx';
import { VillagePublicPage } from './public/VillagePage.tsx';

// After a new release the old chunk names are gone: reload once to fetch the new shell.
const RELOADED = 'gz.chunkReload';
const session = (f: (s: Storage) => string | null | void) => { try { return f(sessionStorage); } catch { return null; } };
const staff = () => import('./staff/index.tsx').then(withMessages).then((m) => {
  session((s) => s.removeItem(RELOADED));
  return m;
}, (e: unknown) => {
  if (!session((s) => s.getItem(RELOADED))) {
    session((s) => s.setItem(RELOADED, '1'));
    location.reload();
    return new Promise<never>(() => {});
  }
  throw e;
});
// The public pages of democratic decisions: their own chunk, not in the village page's bundle.
const decisions = () => import('./public/decisions/index.tsx').then(withMessages);
const DecisionsPage = lazy(() => decisions().then((m) => ({ default: m.DecisionsPage })));
const MatterPage = lazy(() => decisions().then((m) => ({ default: m.MatterPage })));
const ConsultationPage = lazy(() => decisions().then((m) => ({ default: m.ConsultationPage })));
// Public verification of a certificate (the QR code on the PDF): its own small chunk.
const VerifyCertificatePage = lazy(() => import('./public/services/index.tsx').then(withMessages).then((m) => ({ default: m.VerifyCertificatePage })));
// What a village's elections published: its own chunk.
const ElectionsPublicPage = lazy(() => import('./public/elections/index.tsx').then(withMessages).then((m) => ({ default: m.ElectionsPublicPage })));
// The public wish wall (心愿墙): its own chunk.
const wishes = () => import('./public/wishes/index.tsx').then(withMessages);
const WishWallPage = lazy(() => wishes().then((m) => ({ default: m.WishWallPage })));
const VolunteerPage = lazy(() => wishes().then((m) => ({ default: m.VolunteerPage })));
// The public covenant page (村规民约 / 居民公约): its own chunk.
const CovenantPublicPage = lazy(() => import('./public/covenants/index.tsx').then(withMessages).then((m) => ({ default: m.CovenantPublicPage })));
const StaffApp = lazy(() => staff().then((m) => ({ default: m.StaffApp })));
const LoginPage = lazy(() => staff().then((m) => ({ default: m.LoginPage })));

export function App() {
  const { path } = useLocation();
  let village: Record<string, string> | null;
  if (path === '/') return <PublicLayout><Landing /></PublicLayout>;
  if ((village = match('/v/:code', path))) return <PublicLayout><VillagePublicPage key={village.code} code={village.code!} /></PublicLayout>;
  // The address printed as a QR code next to each entry on the poster.
  if ((village = match('/v/:code/d/:id', path))) {
    const id = /^\d{1,12}$/.test(village.id!) ? Number(village.id) : 0;
    return <PublicLayout><EntryPage key={path} code={village.code!} id={id} /></PublicLayout>;
  }
  if ((village = match('/v/:code/decisions', path))) return <Lazy><DecisionsPage key={path} code={village.code!} /></Lazy>;
  if ((village = match('/v/:code/matters/:id', path))) return <Lazy><MatterPage key={path} code={village.code!} id={/^\d{1,12}$/.test(village.id!) ? Number(village.id) : 0} /></Lazy>;
  if ((village = match('/v/:code/consultations/:id', path))) return <Lazy><ConsultationPage key={path} code={village.code!} id={/^\d{1,12}$/.test(village.id!) ? Number(village.id) : 0} /></Lazy>;
  if ((village = match('/verify/certificate/:number/:token', path))) return <Lazy><VerifyCertificatePage key={path} number={village.number!} token={village.token!} /></Lazy>;
  if ((village = match('/v/:code/wishes', path))) return <Lazy><WishWallPage key={path} code={village.code!} /></Lazy>;
  if ((village = match('/v/:code/volunteers/:id', path))) return <Lazy><VolunteerPage key={path} code={village.code!} id={/^\d{1,12}$/.test(village.id!) ? Number(village.id) : 0} /></Lazy>;
  if ((village = match('/v/:code/covenant', path))) return <Lazy><CovenantPublicPage key={path} code={village.code!} /></Lazy>;
  if ((village = match('/v/:code/elections', path))) return <Lazy><ElectionsPublicPage key={path} code={village.code!} /></Lazy>;
  if (path === '/login') return <Boundary><Suspense fallback={<PublicLayout><Loading /></PublicLayout>}><LoginPage /></Suspense></Boundary>;
  if (path === '/staff' || path.startsWith('/staff/')) return <Boundary><Suspense fallback={<Loading />}><StaffApp /></Suspense></Boundary>;
  return <PublicLayout><NotFound /></PublicLayout>;
}

/** A public page from a lazily loaded chunk. */
function Lazy({ children }: { children: ReactNode }) {
  return <Boundary><Suspense fallback={<PublicLayout><Loading /></PublicLayout>}><PublicLayout>{children}</PublicLayout></Suspense></Boundary>;
}

/** A failed chunk load or render error: say so and offer a reload instead of a blank page. */
class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() { return { failed: true }; }
  override render() { return this.state.failed ? <PublicLayout><Failed /></PublicLayout> : this.props.children; }
}

function Failed() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('error.title')} brand={t('app.name')}>{t('error.title')}</PageHeading>
      <p role="alert">{t('error.unexpected')}</p>
      <p><button type="button" onClick={() => location.reload()}>{t('common.reload')}</button></p>
    </>
  );
}

function NotFound() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('notFound.title')} brand={t('app.name')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p><Link to="/">{t('notFound.home')}</Link></p>
    </>
  );
}
