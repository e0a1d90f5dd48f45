// Every module of the platform, in dependency order. Adding a capability = adding its
// manifest here (see docs/ARCHITECTURE.md, "Adding a module").
import { accessManifest } from '../core/access/manifest.ts';
import { auditManifest } from '../core/audit/manifest.ts';
import { ledgerManifest } from '../core/ledger/manifest.ts';
import { calendarManifest } from '../core/calendar/manifest.ts';
import { notificationsManifest } from '../core/notifications/manifest.ts';
import type { ModuleManifest } from '../core/module.ts';
import { jurisdictionsManifest } from './jurisdictions/manifest.ts';
import { peopleManifest } from './people/manifest.ts';
import { villagePageManifest } from './village-page/manifest.ts';
import { disclosureManifest } from './disclosure/manifest.ts';
import { decisionsManifest } from './decisions/manifest.ts';
import { consultationManifest } from './consultation/manifest.ts';
import { covenantsManifest } from './covenants/manifest.ts';
import { electionsManifest } from './elections/manifest.ts';
import { servicesManifest } from './services/manifest.ts';
import { certificatesManifest } from './certificates/manifest.ts';
import { wishesManifest } from './wishes/manifest.ts';
import { admissionManifest } from './admission/manifest.ts';
import { procedureMigrations } from '../core/procedure/engine.ts';

export const modules: readonly ModuleManifest[] = [
  accessManifest,
  auditManifest,
  ledgerManifest,
  calendarManifest,
  notificationsManifest,
  { name: 'procedure', migrations: procedureMigrations },
  jurisdictionsManifest,
  peopleManifest,
  disclosureManifest,
  decisionsManifest,
  consultationManifest,
  covenantsManifest,
  electionsManifest,
  servicesManifest,
  certificatesManifest,
  wishesManifest,
  admissionManifest,
  villagePageManifest,
];
