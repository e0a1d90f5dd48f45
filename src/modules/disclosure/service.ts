// Entries of the public board: drafting, the supervisory committee's review, publication to
// the village's ledger, corrections, and the public read side (served from the ledger, so
// what a resident reads is exactly what was hashed).
import MarkdownIt from 'markdown-it';
import { sql } from 'kysely';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import type { Write } from '../../core/access/guard.ts';
import { appendToLedger, ledgerEntries, type LedgerRecord } from '../../core/ledger/ledger.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import { catalogItem, lineage } from './catalog.ts';
import { financeTotals, nextStatus, plainSummary, type Column, type FinanceLine, type FinanceTotals, type ReviewAction, type Status } from './rules.ts';
import type { DisclosureTables } from './tables.ts';
import { storeBlob } from '../../core/blobs.ts';

const t = (db: AnyDB) => ownTables<DisclosureTables>(db);
export const LEDGER_KIND = 'disclosure.entry';

// Markdown without raw HTML: what a clerk types cannot inject script into the public page.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });
export const renderMarkdown = (s: string) => md.render(s);

export interface EntryInput {
  column: Column;
  catalogItemId?: number | null | undefined;
  periodStart?: string | null | undefined;
  periodEnd?: string | null | undefined;
  title: string;
  bodyMd: string;
  financeLines?: FinanceLine[] | undefined;
}

export interface Actor { label: string; role: string }

async function checkInput(db: AnyDB, villageCode: string, input: Partial<EntryInput>, column: Column) {
  const errors = [];
  if (input.catalogItemId != null) {
    const item = await catalogItem(db, input.catalogItemId).catch(() => null);
    if (!item || !lineage(villageCode).includes(item.scopeCode)) errors.push(fieldError('catalogItemId', 'catalog.notApplicable', bi('该目录项不适用于本村(社区)', 'The catalogue item does not apply to this village')));
    else if (item.column !== column) errors.push(fieldError('column', 'catalog.column', bi('栏目与目录项不一致', 'The column differs from the catalogue item\'s')));
  }
  if (input.periodStart && input.periodEnd && input.periodStart > input.periodEnd) {
    errors.push(fieldError('periodEnd', 'period.order', bi('结束日期早于开始日期', 'The period ends before it starts')));
  }
  if (input.financeLines && input.financeLines.length > 0 && column !== 'finance') {
    errors.push(fieldError('financeLines', 'finance.column', bi('只有财务公开可以填写收支明细', 'Only finance entries have income and expense lines')));
  }
  for (const [i, l] of (input.financeLines ?? []).entries()) {
    if (!Number.isSafeInteger(l.amountFen) || l.amountFen <= 0) errors.push(fieldError(`financeLines.${i}.amountFen`, 'finance.amount', bi('金额须为正数（以分计）', 'The amount must be positive, in whole fen')));
    if (input.periodStart && input.periodEnd && (l.occurredOn < input.periodStart || l.occurredOn > input.periodEnd)) {
      errors.push(fieldError(`financeLines.${i}.occurredOn`, 'finance.outsidePeriod', bi('日期不在公开期间内', 'The date is outside the period covered')));
    }
  }
  if (errors.length) throw AppError.validation(errors);
}

async function replaceLines(w: Write, entryId: number, lines: FinanceLine[]) {
  await t(w.trx).deleteFrom('disclosureFinanceLine').where('entryId', '=', entryId).execute();
  if (lines.length) {
    await t(w.trx).insertInto('disclosureFinanceLine').values(lines.map((l, i) => ({ entryId, lineNo: i + 1, ...l }))).execute();
  }
}

async function review(w: Write, entryId: number, action: ReviewAction | 'create' | 'correct' | 'attach', actor: Actor, note: string | null, now: Date) {
  await t(w.trx).insertInto('disclosureReviewEvent').values({ entryId, action, actorLabel: actor.label, actorRole: actor.role, note, at: now }).execute();
}

export async function createEntry(w: Write, villageCode: string, input: EntryInput, actor: Actor, now: Date) {
  await requireVillage(w.trx, villageCode);
  await checkInput(w.trx, villageCode, input, input.column);
  const row = await t(w.trx).insertInto('disclosureEntry').values({
    villageCode, column: input.column, catalogItemId: input.catalogItemId ?? null, periodStart: input.periodStart ?? null, periodEnd: input.periodEnd ?? null,
    title: input.title, bodyMd: input.bodyMd, status: 'draft', createdBy: actor.label, publishedAt: null, ledgerSeq: null, ledgerHash: null,
    supersedesEntryId: null, correctionReason: null,
  }).returning('id').executeTakeFirstOrThrow();
  await replaceLines(w, row.id, input.financeLines ?? []);
  await review(w, row.id, 'create', actor, null, now);
  await w.audit({ action: 'disclosure.draft', targetType: 'disclosureEntry', targetId: row.id, jurisdictionCode: villageCode, after: { title: input.title, column: input.column } });
  return getEntry(w.trx, row.id);
}

async function requireEntry(db: AnyDB, id: number) {
  const e = await t(db).selectFrom('disclosureEntry').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw AppError.notFound(bi(`没有公开内容 ${id}`, `No disclosure entry ${id}`));
  return e;
}

/** The village of an entry, or null when there is none: the loader of the disclosureEntry resource. */
export async function villageOfEntry(db: AnyDB, id: number): Promise<string | null> {
  const e = await t(db).selectFrom('disclosureEntry').select('villageCode').where('id', '=', id).executeTakeFirst();
  return e?.villageCode ?? null;
}

function refuse(current: Status, action: ReviewAction): never {
  const r = nextStatus(current, action);
  if (r.ok) throw new Error('refuse() called for an allowed transition');
  throw new AppError('conflict', r.messages, [fieldError('status', r.rule, r.messages)]);
}

export async function updateEntry(w: Write, id: number, patch: Partial<EntryInput>, actor: Actor, now: Date) {
  const e = await requireEntry(w.trx, id);
  const step = nextStatus(e.status, 'edit');
  if (!step.ok) refuse(e.status, 'edit');
  const column = patch.column ?? e.column;
  // The result must be valid as a whole: a new period or column is checked against the stored
  // catalogue item and lines too, not only against what the patch carries.
  const storedLines = patch.financeLines ?? await t(w.trx).selectFrom('disclosureFinanceLine').select(['occurredOn', 'direction', 'category', 'counterparty', 'amountFen', 'voucherNo']).where('entryId', '=', id).orderBy('lineNo').execute();
  await checkInput(w.trx, e.villageCode, { catalogItemId: e.catalogItemId, periodStart: e.periodStart, periodEnd: e.periodEnd, ...patch, financeLines: storedLines }, column);
  const { financeLines, ...fields } = patch;
  const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  await t(w.trx).updateTable('disclosureEntry').set({ ...set, updatedAt: now }).where('id', '=', id).execute();
  if (financeLines) await replaceLines(w, id, financeLines);
  await review(w, id, 'edit', actor, null, now);
  await w.audit({ action: 'disclosure.draft', targetType: 'disclosureEntry', targetId: id, jurisdictionCode: e.villageCode, before: { title: e.title }, after: { ...set, ...(financeLines ? { financeLines: financeLines.length } : {}) } });
  return getEntry(w.trx, id);
}

/** submit / return / approve: the supervisory committee's review. */
export async function transition(w: Write, id: number, action: 'submit' | 'return' | 'approve', actor: Actor, note: string | null, now: Date) {
  const e = await requireEntry(w.trx, id);
  const step = nextStatus(e.status, action);
  if (!step.ok) refuse(e.status, action);
  if (action === 'return' && !note?.trim()) {
    throw AppError.validation([fieldError('reason', 'review.returnReason', bi('退回必须说明理由', 'A return must state its reason'))]);
  }
  if (action === 'submit') {
    const lines = await t(w.trx).selectFrom('disclosureFinanceLine').select('id').where('entryId', '=', id).execute();
    if (e.column === 'finance' && lines.length === 0) {
      throw AppError.validation([fieldError('financeLines', 'finance.empty', bi('财务公开须有收支明细', 'A finance entry needs its income and expense lines')) ]);
    }
  }
  await t(w.trx).updateTable('disclosureEntry').set({ status: step.to, updatedAt: now }).where('id', '=', id).execute();
  await review(w, id, action, actor, note, now);
  await w.audit({ action: action === 'submit' ? 'disclosure.draft' : 'disclosure.review', targetType: 'disclosureEntry', targetId: id, jurisdictionCode: e.villageCode, before: { status: e.status }, after: { status: step.to, note } });
  return getEntry(w.trx, id);
}

export interface PublishedPayload {
  entryId: number;
  column: Column;
  catalogItem: { id: number; title: string } | null;
  periodStart: string | null;
  periodEnd: string | null;
  title: string;
  bodyMd: string;
  finance: { lines: FinanceLine[]; totals: FinanceTotals } | null;
  attachments: { filename: string; mime: string; size: number; sha256: string }[];
  review: { approvedBy: string; approvedAt: string };
  supersedesEntryId: number | null;
}

export async function publish(w: Write, id: number, actor: Actor, now: Date): Promise<LedgerRecord> {
  const e = await requireEntry(w.trx, id);
  const step = nextStatus(e.status, 'publish');
  if (!step.ok) refuse(e.status, 'publish');
  const full = await getEntry(w.trx, id);
  const approval = [...full.timeline].reverse().find((r) => r.action === 'approve')!;
  const item = e.catalogItemId ? await catalogItem(w.trx, e.catalogItemId) : null;
  const payload: PublishedPayload = {
    entryId: id, column: e.column, catalogItem: item ? { id: item.id, title: item.title } : null,
    periodStart: e.periodStart, periodEnd: e.periodEnd, title: e.title, bodyMd: e.bodyMd,
    finance: e.column === 'finance' ? { lines: full.financeLines, totals: financeTotals(full.financeLines) } : null,
    attachments: full.attachments.map(({ filename, mime, size, sha256 }) => ({ filename, mime, size, sha256 })),
    review: { approvedBy: approval.actorLabel, approvedAt: approval.at.toISOString() },
    supersedesEntryId: e.supersedesEntryId,
  };
  let supersedesSeq: number | null = null;
  if (e.supersedesEntryId) supersedesSeq = (await requireEntry(w.trx, e.supersedesEntryId)).ledgerSeq;
  const rec = await appendToLedger(w, { villageCode: e.villageCode, kind: LEDGER_KIND, recordId: id, payload, supersedesSeq, reason: e.correctionReason }, now);
  await t(w.trx).updateTable('disclosureEntry').set({ status: 'published', publishedAt: now, ledgerSeq: rec.seq, ledgerHash: rec.hash, updatedAt: now }).where('id', '=', id).execute();
  await review(w, id, 'publish', actor, null, now);
  await w.audit({ action: 'disclosure.publish', targetType: 'disclosureEntry', targetId: id, jurisdictionCode: e.villageCode, after: { seq: rec.seq, hash: rec.hash } });
  return rec;
}

/** A correction is a new draft that supersedes a published entry; it goes through review again. */
export async function correct(w: Write, id: number, reason: string, actor: Actor, now: Date) {
  const e = await requireEntry(w.trx, id);
  if (e.status !== 'published') {
    throw new AppError('conflict', bi('只有已发布的内容需要更正；草稿可直接修改', 'Only a published entry is corrected; edit a draft directly'));
  }
  if (!reason.trim()) throw AppError.validation([fieldError('reason', 'ledger.correctionReason', bi('更正必须说明理由', 'A correction must state its reason'))]);
  const newer = await t(w.trx).selectFrom('disclosureEntry').select('id').where('supersedesEntryId', '=', id).where('status', '=', 'published').executeTakeFirst();
  if (newer) throw AppError.conflict(bi(`该内容已被 #${newer.id} 更正，请更正最新版本`, `Already corrected by #${newer.id}; correct the latest version`));
  const pending = await t(w.trx).selectFrom('disclosureEntry').select('id').where('supersedesEntryId', '=', id).where('status', '!=', 'published').executeTakeFirst();
  if (pending) throw AppError.conflict(bi(`已有一份更正草稿（#${pending.id}）`, `A correction is already in progress (#${pending.id})`));
  const lines = await t(w.trx).selectFrom('disclosureFinanceLine').select(['occurredOn', 'direction', 'category', 'counterparty', 'amountFen', 'voucherNo']).where('entryId', '=', id).orderBy('lineNo').execute();
  const row = await t(w.trx).insertInto('disclosureEntry').values({
    villageCode: e.villageCode, column: e.column, catalogItemId: e.catalogItemId, periodStart: e.periodStart, periodEnd: e.periodEnd,
    title: e.title, bodyMd: e.bodyMd, status: 'draft', createdBy: actor.label, publishedAt: null, ledgerSeq: null, ledgerHash: null,
    supersedesEntryId: id, correctionReason: reason.trim(),
  }).returning('id').executeTakeFirstOrThrow();
  await replaceLines(w, row.id, lines);
  const files = await t(w.trx).selectFrom('disclosureAttachment').select(['filename', 'mime', 'size', 'sha256']).where('entryId', '=', id).orderBy('id').execute();
  if (files.length) await t(w.trx).insertInto('disclosureAttachment').values(files.map((f) => ({ entryId: row.id, ...f }))).execute();
  await review(w, row.id, 'correct', actor, reason.trim(), now);
  await w.audit({ action: 'disclosure.draft', targetType: 'disclosureEntry', targetId: row.id, jurisdictionCode: e.villageCode, after: { supersedes: id, reason } });
  return getEntry(w.trx, row.id);
}

export async function getEntry(db: AnyDB, id: number) {
  const e = await requireEntry(db, id);
  const [financeLines, attachments, timeline, supersededBy] = await Promise.all([
    t(db).selectFrom('disclosureFinanceLine').select(['occurredOn', 'direction', 'category', 'counterparty', 'amountFen', 'voucherNo']).where('entryId', '=', id).orderBy('lineNo').execute(),
    t(db).selectFrom('disclosureAttachment').select(['id', 'filename', 'mime', 'size', 'sha256']).where('entryId', '=', id).orderBy('id').execute(),
    t(db).selectFrom('disclosureReviewEvent').select(['action', 'actorLabel', 'actorRole', 'note', 'at']).where('entryId', '=', id).orderBy('id').execute(),
    t(db).selectFrom('disclosureEntry').select(['id', 'status']).where('supersedesEntryId', '=', id).orderBy('id').execute(),
  ]);
  return {
    ...e, financeLines, attachments, timeline,
    totals: e.column === 'finance' ? financeTotals(financeLines) : null,
    supersededBy: supersededBy.find((s) => s.status === 'published')?.id ?? null,
    pendingCorrection: supersededBy.find((s) => s.status !== 'published')?.id ?? null,
  };
}

export async function listEntries(db: AnyDB, villageCode: string, opts: { status?: Status | undefined; limit: number; before?: number | undefined }) {
  let q = t(db).selectFrom('disclosureEntry').select(['id', 'column', 'title', 'status', 'periodStart', 'periodEnd', 'catalogItemId', 'createdBy', 'updatedAt', 'publishedAt', 'ledgerSeq', 'supersedesEntryId'])
    .where('villageCode', '=', villageCode);
  if (opts.status) q = q.where('status', '=', opts.status);
  if (opts.before) q = q.where('id', '<', opts.before);
  const rows = await q.orderBy('id', 'desc').limit(opts.limit + 1).execute();
  return { items: rows.slice(0, opts.limit), nextBefore: rows.length > opts.limit ? rows[opts.limit - 1]!.id : null };
}

// --- attachments: kept in the core file store (core/blobs.ts), listed per entry here

const allowed = new Map([['image/jpeg', 'jpg'], ['image/png', 'png'], ['image/webp', 'webp'], ['application/pdf', 'pdf']]);

export async function addAttachment(w: Write, dataDir: string, id: number, file: { filename: string; data: Buffer }, actor: Actor, now: Date) {
  const e = await requireEntry(w.trx, id);
  if (!nextStatus(e.status, 'edit').ok) refuse(e.status, 'edit');
  const { sha256: sha, mime, size, filename } = await storeBlob(dataDir, file, allowed, {
    defaultStem: 'attachment',
    refused: () => AppError.validation([fieldError('file', 'attachment.type', bi('只能上传 JPG、PNG、WebP 图片或 PDF 文件', 'Only JPG, PNG or WebP images and PDF files can be attached'))]),
  });
  const row = await t(w.trx).insertInto('disclosureAttachment').values({ entryId: id, filename, mime, size, sha256: sha })
    .returning(['id', 'filename', 'mime', 'size', 'sha256']).executeTakeFirstOrThrow();
  await review(w, id, 'attach', actor, filename, now);
  await w.audit({ action: 'disclosure.draft', targetType: 'disclosureEntry', targetId: id, jurisdictionCode: e.villageCode, after: { attachment: filename, sha256: sha } });
  return row;
}

/** Who may read an attachment: anyone once it belongs to a published entry. */
export async function attachmentVisibility(db: AnyDB, sha: string): Promise<{ mime: string; filename: string; public: boolean; villageCode: string } | null> {
  const rows = await t(db).selectFrom('disclosureAttachment as a').innerJoin('disclosureEntry as e', 'e.id', 'a.entryId')
    .select(['a.mime', 'a.filename', 'e.status', 'e.villageCode']).where('a.sha256', '=', sha).execute();
  if (rows.length === 0) return null;
  const pub = rows.find((r) => r.status === 'published');
  const r = pub ?? rows[0]!;
  return { mime: r.mime, filename: r.filename, public: !!pub, villageCode: r.villageCode };
}

// --- the public board

export interface BoardItem { id: number; column: Column; title: string; periodStart: string | null; periodEnd: string | null; publishedAt: string; seq: number; hash: string; supersededBy: number | null; supersedes: number | null; summary: { 'zh-CN': string; en: string } }

export async function board(db: AnyDB, villageCode: string, opts: { column?: Column | undefined; from?: string | undefined; to?: string | undefined; q?: string | undefined; cursor?: number | undefined; limit: number }) {
  let q = t(db).selectFrom('disclosureEntry as e').select(['e.id', 'e.ledgerSeq'])
    .where('e.villageCode', '=', villageCode).where('e.status', '=', 'published');
  if (opts.column) q = q.where('e.column', '=', opts.column);
  // A period filter keeps entries whose period overlaps it (or, without a period, published in it).
  if (opts.from) q = q.where((eb) => eb.or([eb('e.periodEnd', '>=', opts.from!), eb.and([eb('e.periodEnd', 'is', null), eb('e.publishedAt', '>=', new Date(`${opts.from}T00:00:00+08:00`))])]));
  if (opts.to) q = q.where((eb) => eb.or([eb('e.periodStart', '<=', opts.to!), eb.and([eb('e.periodStart', 'is', null), eb('e.publishedAt', '<', new Date(new Date(`${opts.to}T00:00:00+08:00`).getTime() + 86_400_000))])]));
  if (opts.q) {
    const like = `%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('e.title', 'ilike', like), eb('e.bodyMd', 'ilike', like),
      eb.exists(eb.selectFrom('disclosureFinanceLine as l').select('l.id').whereRef('l.entryId', '=', 'e.id').where((x) => x.or([x('l.category', 'ilike', like), x('l.counterparty', 'ilike', like)])))]));
  }
  if (opts.cursor) q = q.where('e.ledgerSeq', '<', opts.cursor);
  const rows = await q.orderBy('e.ledgerSeq', 'desc').limit(opts.limit + 1).execute();
  const page = rows.slice(0, opts.limit);
  const records = await ledgerEntries(db, villageCode, { kind: LEDGER_KIND, recordIds: page.map((r) => String(r.id)) });
  const superseded = await supersededMap(db, villageCode);
  const items: BoardItem[] = records.reverse().map((r) => {
    const p = r.payload as PublishedPayload;
    return { id: p.entryId, column: p.column, title: p.title, periodStart: p.periodStart, periodEnd: p.periodEnd, publishedAt: r.publishedAt, seq: r.seq, hash: r.hash,
      supersededBy: superseded.get(p.entryId) ?? null, supersedes: p.supersedesEntryId, summary: plainSummary(p) };
  });
  return { items, nextCursor: rows.length > opts.limit ? page[page.length - 1]!.ledgerSeq : null };
}

async function supersededMap(db: AnyDB, villageCode: string): Promise<Map<number, number>> {
  const rows = await t(db).selectFrom('disclosureEntry').select(['id', 'supersedesEntryId']).where('villageCode', '=', villageCode)
    .where('status', '=', 'published').where('supersedesEntryId', 'is not', null).execute();
  return new Map(rows.map((r) => [r.supersedesEntryId!, r.id]));
}

/** The immutable public record of one entry, from the ledger. */
export async function publicEntry(db: AnyDB, villageCode: string, id: number) {
  const [rec] = await ledgerEntries(db, villageCode, { kind: LEDGER_KIND, recordIds: [String(id)] });
  if (!rec) throw AppError.notFound(bi(`本村(社区)没有已发布的公开内容 ${id}`, `No published entry ${id} in this village`));
  const p = rec.payload as PublishedPayload;
  return { ...p, seq: rec.seq, hash: rec.hash, prevHash: rec.prevHash, publishedAt: rec.publishedAt, correctionReason: rec.reason, supersedesSeq: rec.supersedesSeq,
    bodyHtml: renderMarkdown(p.bodyMd), summary: plainSummary(p) };
}

/** What may change after publication (a later correction), kept apart from the immutable record. */
export async function entryStatus(db: AnyDB, villageCode: string, id: number) {
  const e = await t(db).selectFrom('disclosureEntry').select(['id', 'status']).where('id', '=', id).where('villageCode', '=', villageCode).executeTakeFirst();
  if (!e || e.status !== 'published') throw AppError.notFound(bi(`本村(社区)没有已发布的公开内容 ${id}`, `No published entry ${id} in this village`));
  return { supersededBy: (await supersededMap(db, villageCode)).get(id) ?? null };
}

export async function publishedCount(db: AnyDB, villageCode: string): Promise<number> {
  const r = await t(db).selectFrom('disclosureEntry').select(sql<number>`count(*)::int`.as('n')).where('villageCode', '=', villageCode).where('status', '=', 'published').executeTakeFirstOrThrow();
  return r.n;
}

// --- public services for other modules (a major decision publishes its resolution and outcome)

/** Drafts an entry for another module's procedure and submits it to the supervisory committee. */
export async function draftForProcedure(w: Write, villageCode: string, input: { title: string; bodyMd: string; catalogTitle: string }, actor: Actor, now: Date): Promise<number> {
  const items = await ownTables<DisclosureTables>(w.trx).selectFrom('disclosureCatalogItem').select(['id', 'scopeCode', 'column', 'title']).where('title', '=', input.catalogTitle).where('active', '=', true).execute();
  const item = items.find((i) => lineage(villageCode).includes(i.scopeCode));
  const e = await createEntry(w, villageCode, { column: item?.column ?? 'village', catalogItemId: item?.id ?? null, title: input.title, bodyMd: input.bodyMd }, actor, now);
  await transition(w, e.id, 'submit', actor, null, now);
  return e.id;
}

export async function publication(db: AnyDB, entryId: number): Promise<{ published: boolean; seq: number | null; hash: string | null; status: Status }> {
  const e = await requireEntry(db, entryId);
  return { published: e.status === 'published', seq: e.ledgerSeq, hash: e.ledgerHash, status: e.status };
}
