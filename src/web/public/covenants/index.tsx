// The public covenant page, its own lazily loaded chunk.
import '../../locales/public-covenants/index.ts';
export { CovenantPublicPage } from './CovenantPage.tsx';
