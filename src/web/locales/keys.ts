// The message keys t() accepts: the keys of every part's zh-CN.json. A part is a folder here,
// registered by its index.ts from the chunk that uses it (public: by i18n.tsx, for the entry).
import type zhPublic from './public/zh-CN.json';
import type { Keys as admission } from './admission/index.ts';
import type { Keys as certificates } from './certificates/index.ts';
import type { Keys as covenants } from './covenants/index.ts';
import type { Keys as decisions } from './decisions/index.ts';
import type { Keys as disclosure } from './disclosure/index.ts';
import type { Keys as elections } from './elections/index.ts';
import type { Keys as people } from './people/index.ts';
import type { Keys as publicCovenants } from './public-covenants/index.ts';
import type { Keys as publicDecisions } from './public-decisions/index.ts';
import type { Keys as publicElections } from './public-elections/index.ts';
import type { Keys as publicServices } from './public-services/index.ts';
import type { Keys as publicWishes } from './public-wishes/index.ts';
import type { Keys as services } from './services/index.ts';
import type { Keys as staff } from './staff/index.ts';
import type { Keys as wishes } from './wishes/index.ts';

export type MessageKey =
  | keyof typeof zhPublic
  | admission
  | certificates
  | covenants
  | decisions
  | disclosure
  | elections
  | people
  | publicCovenants
  | publicDecisions
  | publicElections
  | publicServices
  | publicWishes
  | services
  | staff
  | wishes;
