// Which component shows each staff page. Only that: who may open a page, whether it needs a
// village and its navigation entry are declared by the modules' manifests (`pages`, served at
// GET /api/v1/pages) and the router in index.tsx derives them from there. Keys are the declared
// path patterns, written out as string literals: test/unit/pages.test.ts reads this table and
// fails when a key has no declaration or a declaration has no key. Parameters are ids (numbers).
import type { ReactNode } from 'react';
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
import { ResidentPage } from './Resident.tsx';
import { ServicesPage } from './services/Services.tsx';
import { RequestStaffPage } from './services/Request.tsx';
import { MyRequestPage, MyRequestsPage } from './services/MyRequests.tsx';
import { CertificatesPage, SealLogPage } from './certificates/Certificates.tsx';
import { NewWishPage, WishesPage, WishPage } from './wishes/Wishes.tsx';
import { VolunteersPage } from './wishes/Volunteers.tsx';
import { NotificationSettingsPage } from './wishes/NotificationSettings.tsx';
import { ListsPage, RequestsPage, SignboardsPage, TasksPage } from './admission/Admission.tsx';
import { ElectionsPage } from './elections/Elections.tsx';
import { ElectionPage } from './elections/Election.tsx';
import { ElectionRulesPage } from './elections/Rules.tsx';
import { CovenantsStaffPage, RevisionStaffPage } from './covenants/Covenants.tsx';

/** The ids in the path, by parameter name ("/staff/people/:id" → { id }). */
export type PageParams = Readonly<Record<string, number>>;

export const staffPages: Readonly<Record<string, (params: PageParams) => ReactNode>> = {
  '/staff/people': () => <RegisterPage />,
  '/staff/people/import': () => <ImportPage />,
  '/staff/people/new-household': () => <NewHouseholdPage />,
  '/staff/people/new-resident': () => <NewResidentPage />,
  '/staff/people/:id': ({ id }) => <ResidentPage key={id} id={id!} />,
  '/staff/audit': () => <AuditPage />,
  '/staff/disclosure': () => <EntriesPage />,
  '/staff/disclosure/new': () => <NewEntryPage />,
  '/staff/disclosure/review': () => <ReviewQueuePage />,
  '/staff/disclosure/calendar': () => <CalendarPage />,
  '/staff/disclosure/feedback': () => <FeedbackPage />,
  '/staff/disclosure/compliance': () => <CompliancePage />,
  '/staff/disclosure/:id': ({ id }) => <EntryDetailPage key={id} id={id!} />,
  '/staff/decisions': () => <MattersPage />,
  '/staff/decisions/meetings/:id': ({ id }) => <MeetingStaffPage key={id} id={id!} />,
  '/staff/decisions/:id': ({ id }) => <MatterStaffPage key={id} id={id!} />,
  '/staff/representatives': () => <RepresentativesPage />,
  '/staff/rules': () => <RulesPage />,
  '/staff/consultation': () => <ConsultationsPage />,
  '/staff/consultation/:id': ({ id }) => <ConsultationStaffPage key={id} id={id!} />,
  '/staff/covenants': () => <CovenantsStaffPage />,
  '/staff/covenants/:id': ({ id }) => <RevisionStaffPage key={id} id={id!} />,
  '/staff/wishes': () => <WishesPage />,
  '/staff/wishes/new': () => <NewWishPage />,
  '/staff/wishes/:id': ({ id }) => <WishPage key={id} id={id!} />,
  '/staff/volunteers': () => <VolunteersPage />,
  '/staff/settings/notifications': () => <NotificationSettingsPage />,
  '/staff/admission/lists': () => <ListsPage />,
  '/staff/admission/requests': () => <RequestsPage />,
  '/staff/admission/tasks': () => <TasksPage />,
  '/staff/admission/signboards': () => <SignboardsPage />,
  '/staff/elections': () => <ElectionsPage />,
  '/staff/elections/rules': () => <ElectionRulesPage />,
  '/staff/elections/:id': ({ id }) => <ElectionPage key={id} id={id!} />,
  '/staff/services': () => <ServicesPage />,
  '/staff/services/requests/:id': ({ id }) => <RequestStaffPage key={id} id={id!} />,
  '/staff/certificates': () => <CertificatesPage />,
  '/staff/certificates/seal-log': () => <SealLogPage />,
  '/staff/my-requests': () => <MyRequestsPage />,
  '/staff/my-requests/:id': ({ id }) => <MyRequestPage key={id} id={id!} />,
};
