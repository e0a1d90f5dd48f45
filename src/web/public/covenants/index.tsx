// The public covenant page, its own lazily loaded chunk.
export { CovenantPublicPage } from './CovenantPage.tsx';
