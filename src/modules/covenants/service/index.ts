// The covenants module's API: the only file other modules import. One file per aggregate:
// revision (the five-step procedure, versions, comments, filing) and rolls (红黑榜 entries,
// appeals).
export * from './revision.ts';
export * from './rolls.ts';
