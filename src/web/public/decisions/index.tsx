// The public pages of democratic decisions, one lazily loaded chunk: the village page and the
// board never download them.
import '../../locales/public-decisions/index.ts';
export { DecisionsPage } from './DecisionsPage.tsx';
export { MatterPage } from './MatterPage.tsx';
export { ConsultationPage } from './ConsultationPage.tsx';
