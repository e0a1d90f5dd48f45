// The public pages of democratic decisions, one lazily loaded chunk: the village page and the
// board never download them.
export { DecisionsPage } from './DecisionsPage.tsx';
export { MatterPage } from './MatterPage.tsx';
export { ConsultationPage } from './ConsultationPage.tsx';
