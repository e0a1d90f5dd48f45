// The decisions module's API: the only file other modules import. One file per aggregate:
// meetings (notice, roll, motions, minutes), matters (四议两公开 on the procedure engine),
// representatives (the register and its statutory composition).
export * from './meetings.ts';
export * from './matters.ts';
export * from './representatives.ts';
