// The decisions module's API: the only file other modules import. One file per aggregate:
// meetings (notice, roll, motions, minutes), matters (四议两公开 on the procedure engine),
// representatives (the register and its statutory composition).
export * from './meetings.ts';
export * from './matters.ts';
export * from './representatives.ts';
// The shape of a listed meeting, for modules that show the meetings held for them (covenants).
export { meetingSummaryOut } from '../schemas.ts';
