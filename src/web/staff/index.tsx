// The staff side: login, the shell (account, language, logout, jurisdiction switcher, module
// navigation) and the pages. Loaded lazily; the public pages never import this file.
import './staff.css';
import { useEffect, useState, type ReactNode } from 'react';
import { LangSwitch, useT } from '../i18n.tsx';
import { api } from '../lib/api.ts';
import { Link, match, navigate, PageHeading, useLocation } from '../lib/router.tsx';
import type { Me, NavEntry } from '../lib/types.ts';
import { ErrorNote, Loading, useApi } from '../lib/ui.tsx';
import { SkipLink } from '../layout.tsx';
import { AtProvider, atHref, useAt, useRoots, JurisdictionSwitcher, NeedVillage } from './at.tsx';
import { AuditPage } from './Audit.tsx';
import { CalendarPage } from './disclosure/Calendar.tsx';
import { CompliancePage } from './disclosure/Compliance.tsx';
import { EntriesPage, NewEntryPage, ReviewQueuePage } from './disclosure/Entries.tsx';
import { EntryDetailPage } from './disclosure/EntryDetail.tsx';
import { FeedbackPage } from './disclosure/Feedback.tsx';
import { ConsultationsPage, ConsultationStaffPage } from './decisions/Consultation.tsx';
import { MatterStaffPage } from './decisions/Matter.tsx';
import { MattersPage } from './decisions/Matters.tsx';
import { MeetingStaffPage } from './decisions/Meeting.tsx';
import { RepresentativesPage } from './decisions/Representatives.tsx';
import { RulesPage } from './decisions/Rules.tsx';
import { ImportPage } from './Import.tsx';
import { NewHouseholdPage, NewResidentPage } from './NewPeople.tsx';
import { RegisterPage } from './Register.tsx';
import { NotificationBell } from './Notifications.tsx';
import { ResidentPage } from './Resident.tsx';
import { ServicesPage } from './services/Services.tsx';
import { RequestStaffPage } from './services/Request.tsx';
import { MyRequestPage, MyRequestsPage } from './services/MyRequests.tsx';
import { CertificatesPage, SealLogPage } from './certificates/Certificates.tsx';
import { can, fetchMe, setMe, useMe } from './session.ts';
import { NewWishPage, WishesPage, WishPage } from './wishes/Wishes.tsx';
import { VolunteersPage } from './wishes/Volunteers.tsx';
import { NotificationSettingsPage } from './wishes/NotificationSettings.tsx';
import { ListsPage, RequestsPage, SignboardsPage, TasksPage } from './admission/Admission.tsx';
import { ElectionsPage } from './elections/Elections.tsx';
import { ElectionPage } from './elections/Election.tsx';
import { ElectionRulesPage } from './elections/Rules.tsx';
import { CovenantsStaffPage, RevisionStaffPage } from './covenants/Covenants.tsx';

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
  const nav = useApi<NavEntry[]>('/api/v1/nav');
  const entries = (nav.data ?? []).filter((e) => can(me, e.action));
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
        <StaffRoutes me={me} entries={entries} />
      </main>
    </div>
  );
}

function StaffRoutes({ me, entries }: { me: Me; entries: NavEntry[] }) {
  const { path } = useLocation();
  const { node, error } = useAt();
  const roots = useRoots();
  const t = useT();
  if (roots.length === 0) return <NoGrants />;
  if (error) return <ErrorNote error={error} />;
  if (!node) return <Loading />;

  const guard = (action: string, village: boolean, page: () => ReactNode) => {
    if (!can(me, action)) return <Forbidden />;
    if (village && node.level !== 'village') return <NeedVillage />;
    return page();
  };
  let m: Record<string, string> | null;
  if (path === '/staff' || path === '/staff/') return <StaffHome entries={entries} />;
  if (path === '/staff/people') return guard('people.read', true, () => <RegisterPage />);
  if (path === '/staff/people/import') return guard('people.import', true, () => <ImportPage />);
  if (path === '/staff/people/new-household') return guard('people.write', true, () => <NewHouseholdPage />);
  if (path === '/staff/people/new-resident') return guard('people.write', true, () => <NewResidentPage />);
  if ((m = match('/staff/people/:id', path)) && /^\d+$/.test(m.id!)) return guard('people.read', false, () => <ResidentPage key={m!.id} id={Number(m!.id)} />);
  if (path === '/staff/audit') return guard('audit.read', false, () => <AuditPage />);
  if (path === '/staff/disclosure') return guard('disclosure.read', true, () => <EntriesPage />);
  if (path === '/staff/disclosure/new') return guard('disclosure.draft', true, () => <NewEntryPage />);
  if (path === '/staff/disclosure/review') return guard('disclosure.read', true, () => <ReviewQueuePage />);
  if (path === '/staff/disclosure/calendar') return guard('disclosure.read', true, () => <CalendarPage />);
  if (path === '/staff/disclosure/feedback') return guard('disclosure.read', true, () => <FeedbackPage />);
  if (path === '/staff/disclosure/compliance') return guard('disclosure.report', false, () => <CompliancePage />);
  if ((m = match('/staff/disclosure/:id', path)) && /^\d{1,12}$/.test(m.id!)) return guard('disclosure.read', false, () => <EntryDetailPage key={m!.id} id={Number(m!.id)} />);
  if (path === '/staff/decisions') return guard('decisions.read', true, () => <MattersPage />);
  if ((m = match('/staff/decisions/meetings/:id', path)) && /^\d{1,12}$/.test(m.id!)) return guard('decisions.read', true, () => <MeetingStaffPage key={m!.id} id={Number(m!.id)} />);
  if ((m = match('/staff/decisions/:id', path)) && /^\d{1,12}$/.test(m.id!)) return guard('decisions.read', true, () => <MatterStaffPage key={m!.id} id={Number(m!.id)} />);
  if (path === '/staff/representatives') return guard('decisions.read', true, () => <RepresentativesPage />);
  if (path === '/staff/consultation') return guard('consultation.manage', true, () => <ConsultationsPage />);
  if ((m = match('/staff/consultation/:id', path)) && /^\d{1,12}$/.test(m.id!)) return guard('consultation.manage', true, () => <ConsultationStaffPage key={m!.id} id={Number(m!.id)} />);
  if (path === '/staff/covenants') return guard('covenants.read', false, () => <CovenantsStaffPage />);
  if ((m = match('/staff/covenants/:id', path)) && /^\d{1,12}$/.test(m.id!)) return guard('covenants.read', false, () => <RevisionStaffPage key={m!.id} id={Number(m!.id)} />);
  if (path === '/staff/wishes') return guard('wishes.post', true, () => <WishesPage />);
  if (path === '/staff/wishes/new') return guard('wishes.post', true, () => <NewWishPage />);
  if ((m = match('/staff/wishes/:id', path)) && /^\d{1,12}$/.test(m.id!)) return <WishPage key={m.id} id={Number(m.id)} />;
  if (path === '/staff/volunteers') return guard('wishes.volunteer', true, () => <VolunteersPage />);
  if (path === '/staff/settings/notifications') return <NotificationSettingsPage />;
  if (path === '/staff/admission/lists') return guard('admission.lists', false, () => <ListsPage />);
  if (path === '/staff/admission/requests') return guard('admission.read', false, () => <RequestsPage />);
  if (path === '/staff/admission/tasks') return guard('admission.read', true, () => <TasksPage />);
  if (path === '/staff/admission/signboards') return guard('admission.read', false, () => <SignboardsPage />);
  if (path === '/staff/rules') return guard('decisions.read', false, () => <RulesPage />);
  if (path === '/staff/elections') return guard('elections.read', false, () => <ElectionsPage />);
  if (path === '/staff/elections/rules') return guard('elections.read', false, () => <ElectionRulesPage />);
  if ((m = match('/staff/elections/:id', path)) && /^\d{1,12}$/.test(m.id!)) return guard('elections.read', false, () => <ElectionPage key={m!.id} id={Number(m!.id)} />);
  if (path === '/staff/services') return guard('services.read', false, () => <ServicesPage />);
  if ((m = match('/staff/services/requests/:id', path)) && /^\d{1,12}$/.test(m.id!)) return guard('services.read', false, () => <RequestStaffPage key={m!.id} id={Number(m!.id)} />);
  if (path === '/staff/certificates') return guard('certificates.read', false, () => <CertificatesPage />);
  if (path === '/staff/certificates/seal-log') return guard('certificates.read', false, () => <SealLogPage />);
  if (path === '/staff/my-requests') return guard('services.file', false, () => <MyRequestsPage />);
  if ((m = match('/staff/my-requests/:id', path)) && /^\d{1,12}$/.test(m.id!)) return guard('services.file', false, () => <MyRequestPage key={m!.id} id={Number(m!.id)} />);
  return (
    <>
      <PageHeading title={t('notFound.title')} brand={t('app.name')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
    </>
  );
}

function StaffHome({ entries }: { entries: NavEntry[] }) {
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
