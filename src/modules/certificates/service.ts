// Use cases of certificates by list (社区「万能章」治理, 民发〔2020〕20号; seed 000 §二(六)3):
// the county's two lists, requests decided by the list (issued, refused with basis and authority,
// or sent to the township, whose decision extends a list), the numbered certificate with its
// verification code, and the seal log (every certificate issued: by whom, for whom, on what basis).
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import type { Write } from '../../core/access/guard.ts';
import { accountByResident, accountsReaching } from '../../core/access/service.ts';
import { notify } from '../../core/notifications/notifications.ts';
import { levelOf, prefixOf } from '../../core/jurisdiction-codes.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import { residentsBasic } from '../people/service.ts';
import {
  certificateDecision, certificateNumber, forbiddenListFor, NATIONAL_FORBIDDEN, normaliseName, PROVINCIAL_FORBIDDEN,
  type ForbiddenItem, type LawfulItem, type Reason,
} from './rules.ts';
import type { CertificateOutcome, CertificateTables } from './tables.ts';
import { chinaDate } from '../../core/time.ts';
import { maskName } from '../../core/privacy.ts';

const t = (db: AnyDB) => ownTables<CertificateTables>(db);
const countyOf = (code: string) => `${code.slice(0, 6)}000000`;

// ---------------------------------------------------------------- lists

export async function countyEntries(db: AnyDB, countyCode: string) {
  const rows = await t(db).selectFrom('certificateListEntry').selectAll().where('countyCode', '=', countyCode).where('active', '=', true).orderBy('id').execute();
  return rows.map((r) => ({ ...r, aliases: (r.aliases as string[]) ?? [] }));
}

/** The lists in force for a node: national and provincial negative items, and the county's own entries. */
export async function listsFor(db: AnyDB, code: string) {
  const county = countyOf(code);
  const own = await countyEntries(db, county);
  const countyForbidden: ForbiddenItem[] = own.filter((e) => e.list === 'forbidden').map((e) => ({ name: e.name, aliases: e.aliases, basis: e.basis, authority: e.authority ?? '' }));
  const lawful: LawfulItem[] = own.filter((e) => e.list === 'lawful').map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, basis: e.basis }));
  return { county, forbidden: forbiddenListFor(county, countyForbidden), lawful, own };
}

export async function publicLists(db: AnyDB, code: string) {
  const { county, own } = await listsFor(db, code);
  const provincial = PROVINCIAL_FORBIDDEN[county.slice(0, 2)] ?? [];
  return {
    countyCode: county,
    forbidden: [
      ...NATIONAL_FORBIDDEN.map((f) => ({ id: null, source: 'national' as const, ...f, aliases: [...f.aliases] })),
      ...provincial.map((f) => ({ id: null, source: 'provincial' as const, ...f, aliases: [...f.aliases] })),
      ...own.filter((e) => e.list === 'forbidden').map((e) => ({ id: e.id, source: e.source, name: e.name, aliases: e.aliases, basis: e.basis, authority: e.authority ?? '' })),
    ],
    lawful: own.filter((e) => e.list === 'lawful').map((e) => ({ id: e.id, source: e.source, name: e.name, aliases: e.aliases, basis: e.basis })),
  };
}

export interface EntryInput { list: 'lawful' | 'forbidden'; name: string; aliases?: string[] | undefined; basis: string; authority?: string | null | undefined }

async function addEntry(w: Write, countyCode: string, input: EntryInput, source: 'county' | 'township', by: string, now: Date, decidedRequestId: number | null = null) {
  if (levelOf(countyCode) !== 'county') throw AppError.validation([fieldError('params.code', 'certificateList.county', bi('证明事项清单由县(区)维护', 'The certificate lists are kept by the county'))]);
  if (input.list === 'forbidden' && !input.authority?.trim()) {
    throw AppError.validation([fieldError('authority', 'certificateList.authority', bi('不应出具的证明须写明应由哪个部门出具或办理', 'A forbidden certificate needs the authority that serves the resident instead'))]);
  }
  const { forbidden, lawful } = await listsFor(w.trx, countyCode);
  const names = [input.name, ...(input.aliases ?? [])];
  if (input.list === 'lawful') {
    const clash = names.map((n) => certificateDecision(n, { forbidden, lawful: [] })).find((d) => d.outcome === 'refuse');
    if (clash && clash.outcome === 'refuse') {
      throw AppError.validation([fieldError('name', 'certificateList.forbidden', bi(`「${clash.item.name}」在不应出具清单上（${clash.item.basis}），不能列入可出具清单`, `"${clash.item.name}" is on the negative list (${clash.item.basis}) and cannot be made lawful`))]);
    }
  }
  const dup = names.some((n) => [...forbidden, ...lawful].some((e) => [e.name, ...e.aliases].some((x) => normaliseName(x) === normaliseName(n))));
  if (dup) throw AppError.conflict(bi(`「${input.name}」已在清单上`, `"${input.name}" is already listed`), [fieldError('name', 'certificateList.duplicate', bi('已在清单上', 'Already listed'))]);
  const row = await t(w.trx).insertInto('certificateListEntry').values({
    countyCode, list: input.list, name: input.name.trim(), aliases: JSON.stringify(input.aliases ?? []), basis: input.basis, authority: input.authority ?? null,
    source, decidedRequestId, createdBy: by, createdAt: now, active: true,
  }).returningAll().executeTakeFirstOrThrow();
  await w.audit({ action: source === 'county' ? 'certificates.lists' : 'certificates.decide', targetType: 'certificateListEntry', targetId: row.id, jurisdictionCode: countyCode, after: input });
  return { ...row, aliases: input.aliases ?? [] };
}

export const addCountyEntry = (w: Write, countyCode: string, input: EntryInput, by: string, now: Date) => addEntry(w, countyCode, input, 'county', by, now);

/** The node a list entry belongs to (its county), for the guard; null when there is none. */
export async function entryNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('certificateListEntry').select('countyCode').where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.countyCode } : null;
}

/** Entries are withdrawn, never deleted (requests decided on them keep their basis). */
export async function withdrawEntry(w: Write, id: number) {
  const r = await t(w.trx).selectFrom('certificateListEntry').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  if (!r.active) throw AppError.conflict(bi('该条目已撤销', 'Already withdrawn'));
  await t(w.trx).updateTable('certificateListEntry').set({ active: false }).where('id', '=', id).execute();
  await w.audit({ action: 'certificates.lists', targetType: 'certificateListEntry', targetId: id, jurisdictionCode: r.countyCode, before: { active: true, name: r.name, list: r.list }, after: { active: false } });
}

export const demoLawful: EntryInput[] = [
  { list: 'lawful', name: '居住证明', aliases: ['居民在本社区居住证明', '实际居住证明'], basis: '丰都县村(居)民委员会出具证明事项清单 第1项（演示数据，参照张家口市公布的保留证明事项清单）' },
  { list: 'lawful', name: '生活困难证明', aliases: ['家庭困难证明'], basis: '丰都县村(居)民委员会出具证明事项清单 第2项：为申请救助、援助、补助的困难家庭出具（演示数据）' },
  { list: 'lawful', name: '参加社区实践活动证明', aliases: ['社区实践证明', '志愿服务证明'], basis: '丰都县村(居)民委员会出具证明事项清单 第3项（演示数据）' },
];

/** The committee that issues: 廖家坝社区居民委员会, 鱼泉子村村民委员会. */
export function issuerName(v: { name: string; shortName: string; kind: string | null }) {
  return /委员会$/.test(v.name) ? v.name : `${v.shortName}${v.kind === 'community' ? '居民委员会' : '村民委员会'}`;
}

// ---------------------------------------------------------------- requests and issue

export interface Filer { accountId: number | null; label: string; role: string }

async function nextNumber(trx: AnyDB, villageCode: string, year: number) {
  // One issuer at a time per village and year, so numbers have no gaps and no duplicates.
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`certificate:${villageCode}:${year}`}))`.execute(trx);
  const r = await t(trx).selectFrom('certificate').select(sql<number>`count(*)::int`.as('n')).where('villageCode', '=', villageCode).where('number', 'like', `${villageCode}-${year}-%`).executeTakeFirstOrThrow();
  return certificateNumber(villageCode, year, r.n + 1);
}

async function issue(w: Write, req: { id: number; villageCode: string; residentId: number; residentName: string; name: string; purpose: string }, basis: string, statement: string, by: Filer, now: Date) {
  const issuedOn = chinaDate(now);
  const number = await nextNumber(w.trx, req.villageCode, Number(issuedOn.slice(0, 4)));
  const cert = await t(w.trx).insertInto('certificate').values({
    number, token: randomBytes(6).toString('base64url'), villageCode: req.villageCode, requestId: req.id, name: req.name, basis, holderResidentId: req.residentId,
    holderName: req.residentName, statement, purpose: req.purpose, issuedByAccountId: by.accountId, issuedByLabel: by.label, issuedAt: now, issuedOn,
  }).returningAll().executeTakeFirstOrThrow();
  await t(w.trx).updateTable('certificateRequest').set({ outcome: 'issued', certificateId: cert.id, basis }).where('id', '=', req.id).execute();
  await w.audit({ action: 'certificates.issue', targetType: 'certificate', targetId: cert.number, jurisdictionCode: req.villageCode, after: { name: req.name, basis, holder: { residentId: req.residentId, name: req.residentName } } });
  return cert;
}

async function notifyResident(db: AnyDB, residentId: number, villageCode: string, subject: string, body: string) {
  const acc = await accountByResident(db, residentId);
  if (acc) await notify(db, [{ accountId: acc.id, jurisdictionCode: villageCode, kind: 'certificates.request', subject, body, link: '/staff/my-requests' }]);
}

const statementNeeded = () => AppError.validation([fieldError('statement', 'certificate.statement', bi('可以出具：请填写证明的内容（所证明的事实）', 'This certificate may be issued: write what it attests'))]);

/**
 * A request at the desk on a resident's behalf, decided by the lists at once: a lawful one is
 * issued (numbered, into the seal log); a forbidden one is refused with reason, basis and
 * authority (nothing is issued); an unlisted one waits for the township.
 */
export async function requestCertificate(w: Write, villageCode: string, input: { residentId: number; name: string; purpose: string; statement?: string | undefined }, by: Filer, now: Date,
  channel: 'desk' | 'online' = 'desk') {
  const online = channel === 'online';
  const village = await requireVillage(w.trx, villageCode);
  const [person] = await residentsBasic(w.trx, [input.residentId]);
  if (!person || person.jurisdictionCode !== village.code) throw AppError.validation([fieldError('residentId', 'resident.notInVillage', bi('该居民不属于本村(社区)', 'The resident does not belong to this village'))]);
  const lists = await listsFor(w.trx, village.code);
  const d = certificateDecision(input.name, lists);
  // At the desk the committee member holding the seal issues a lawful one at once and writes what
  // it attests; a resident asking online waits for that member to do so (approved, not issued).
  if (d.outcome === 'issue' && !online && !input.statement?.trim()) throw statementNeeded();
  if (online && d.outcome === 'issue') d.reasons.push({ rule: 'certificate.awaitingSeal', article: d.item.basis, message: '在线申请：由持章的村(居)委会成员核实后出具' });
  const outcome: CertificateOutcome = d.outcome === 'issue' ? 'approved' : d.outcome === 'refuse' ? 'refused' : 'pendingTownship';
  const row = await t(w.trx).insertInto('certificateRequest').values({
    villageCode: village.code, residentId: person.id, residentName: person.name, name: d.outcome === 'township' ? input.name.trim() : d.item.name, purpose: input.purpose,
    outcome, reasons: JSON.stringify(d.reasons), basis: d.outcome === 'township' ? null : d.item.basis, authority: d.outcome === 'refuse' ? d.item.authority : null,
    filedByAccountId: by.accountId, filedByLabel: by.label, onBehalf: !online, filedAt: now,
    decidedByLabel: d.outcome === 'township' ? null : 'list', decidedAt: d.outcome === 'township' ? null : now, certificateId: null,
  }).returningAll().executeTakeFirstOrThrow();
  await w.audit({
    action: 'certificates.request', targetType: 'certificateRequest', targetId: row.id, jurisdictionCode: village.code,
    after: { name: row.name, asked: input.name, outcome: d.outcome, basis: row.basis, channel, ...(online ? {} : { onBehalfOf: { residentId: person.id, name: person.name } }) },
  });
  if (d.outcome === 'issue' && !online) await issue(w, row, d.item.basis, input.statement!.trim(), by, now);
  if (d.outcome === 'issue' && online) {
    const members = await accountsReaching(w.trx, 'committeeMember', village.code);
    await notify(w.trx, members.map((m) => ({ accountId: m.accountId, jurisdictionCode: village.code, kind: 'certificates.toIssue', subject: `待出具证明：${d.item.name}`, body: `${person.name} 在线申请，用途「${input.purpose}」`, link: '/staff/certificates' })));
  }
  if (d.outcome === 'refuse') await notifyResident(w.trx, person.id, village.code, `「${d.item.name}」不由村(居)委会出具`, `请到${d.item.authority}办理（${d.item.basis}）`);
  if (d.outcome === 'township') {
    const officials = await accountsReaching(w.trx, 'townshipOfficial', village.code);
    await notify(w.trx, officials.map((o) => ({ accountId: o.accountId, jurisdictionCode: village.code, kind: 'certificates.unlisted', subject: `清单外证明待决定：${input.name.trim()}`, body: `${village.shortName}：用途「${input.purpose}」`, link: '/staff/certificates' })));
  }
  return getCertificateRequest(w.trx, row.id);
}

/** A request's village and the resident it is for (its owner), for the guard; null when there is none. */
export async function certificateRequestNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('certificateRequest').select(['villageCode', 'residentId']).where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.villageCode, ownerResidentId: r.residentId } : null;
}

/** The township decides an unlisted certificate; the decision extends the county's list. */
export async function decideUnlisted(w: Write, id: number, input: { list: 'lawful' | 'forbidden'; basis: string; authority?: string | null | undefined }, by: Filer, now: Date) {
  const r = await t(w.trx).selectFrom('certificateRequest').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
  if (r.outcome !== 'pendingTownship') throw AppError.conflict(bi('该申请已按清单处理，无需乡镇决定', 'This request was already decided by the lists'));
  const entry = await addEntry(w, countyOf(r.villageCode), { list: input.list, name: r.name, basis: input.basis, authority: input.authority ?? null }, 'township', by.label, now, id);
  const reasons: Reason[] = [...(r.reasons as Reason[]), {
    rule: input.list === 'lawful' ? 'certificate.townshipLawful' : 'certificate.townshipForbidden', article: input.basis,
    message: input.list === 'lawful' ? `乡镇(街道)决定可以出具，并列入可出具清单` : `乡镇(街道)决定不予出具，并列入不应出具清单；请到${input.authority}办理`,
  }];
  await t(w.trx).updateTable('certificateRequest').set({
    outcome: input.list === 'lawful' ? 'approved' : 'refused', basis: input.basis, authority: input.list === 'forbidden' ? input.authority ?? null : null,
    reasons: JSON.stringify(reasons), decidedByLabel: by.label, decidedAt: now,
  }).where('id', '=', id).execute();
  await w.audit({ action: 'certificates.decide', targetType: 'certificateRequest', targetId: id, jurisdictionCode: r.villageCode, before: { outcome: r.outcome }, after: { list: input.list, basis: input.basis, entryId: entry.id } });
  await notifyResident(w.trx, r.residentId, r.villageCode, `「${r.name}」：乡镇已决定`, input.list === 'lawful' ? '可以出具，请到村(居)委会领取' : `不由村(居)委会出具，请到${input.authority}办理`);
  return getCertificateRequest(w.trx, id);
}

/** The committee issues a request the township approved. */
export async function issueApproved(w: Write, id: number, statement: string, by: Filer, now: Date) {
  const r = await t(w.trx).selectFrom('certificateRequest').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
  if (r.outcome !== 'approved' || r.certificateId !== null) throw AppError.conflict(bi('只有已决定可以出具、尚未出具的申请才能出具', 'Only an approved request not yet issued can be issued'));
  if (!statement.trim()) throw statementNeeded();
  await issue(w, r, r.basis!, statement.trim(), by, now);
  await notifyResident(w.trx, r.residentId, r.villageCode, `「${r.name}」已出具`, '可在「我的申请」中下载证明 PDF，或到村(居)委会领取');
  return getCertificateRequest(w.trx, id);
}

const certColumns = ['c.id', 'c.number', 'c.token', 'c.villageCode', 'c.requestId', 'c.name', 'c.basis', 'c.holderResidentId', 'c.holderName', 'c.statement', 'c.purpose', 'c.issuedByLabel', 'c.issuedAt', 'c.issuedOn'] as const;

export async function getCertificateRequest(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('certificateRequest').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw AppError.notFound(bi(`没有证明申请 ${id}`, `No certificate request ${id}`));
  const cert = r.certificateId ? await t(db).selectFrom('certificate as c').select(certColumns).where('c.id', '=', r.certificateId).executeTakeFirst() : undefined;
  const { filedByAccountId: _a, ...rest } = r;
  return { ...rest, reasons: r.reasons as Reason[], certificate: cert ?? null };
}

export async function listCertificateRequests(db: AnyDB, nodeCode: string, opts: { outcome?: CertificateOutcome | undefined } = {}) {
  let q = t(db).selectFrom('certificateRequest').selectAll().where('villageCode', 'like', `${prefixOf(nodeCode)}%`);
  if (opts.outcome) q = q.where('outcome', '=', opts.outcome);
  const rows = await q.orderBy('id', 'desc').limit(300).execute();
  return rows.map(({ filedByAccountId: _a, ...r }) => ({ ...r, reasons: r.reasons as Reason[] }));
}

export async function certificateRequestsOfResident(db: AnyDB, residentId: number) {
  const rows = await t(db).selectFrom('certificateRequest as r').leftJoin('certificate as c', 'c.id', 'r.certificateId')
    .select(['r.id', 'r.name', 'r.purpose', 'r.outcome', 'r.reasons', 'r.basis', 'r.authority', 'r.onBehalf', 'r.filedAt', 'r.decidedAt', 'c.number'])
    .where('r.residentId', '=', residentId).orderBy('r.id', 'desc').execute();
  return rows.map((r) => ({ ...r, reasons: r.reasons as Reason[] }));
}

/** A certificate's village and its holder (its owner), for the guard; null when there is none. */
export async function certificateNode(db: AnyDB, number: string) {
  const c = await t(db).selectFrom('certificate').select(['villageCode', 'holderResidentId']).where('number', '=', number).executeTakeFirst();
  return c ? { jurisdictionCode: c.villageCode, ownerResidentId: c.holderResidentId } : null;
}

/** The seal log of a node: every certificate issued below it. */
export async function sealLog(db: AnyDB, nodeCode: string) {
  return t(db).selectFrom('certificate as c').select(certColumns).where('c.villageCode', 'like', `${prefixOf(nodeCode)}%`).orderBy('c.id', 'desc').limit(500).execute();
}

export async function certificateByNumber(db: AnyDB, number: string) {
  const c = await t(db).selectFrom('certificate as c').select(certColumns).where('c.number', '=', number).executeTakeFirst();
  if (!c) throw AppError.notFound(bi(`没有编号为 ${number} 的证明`, `No certificate ${number}`));
  return c;
}

/** What the public verification page shows: issued by, for (masked), when, on what basis. */
export async function verifyCertificate(db: AnyDB, number: string, token: string) {
  const c = await t(db).selectFrom('certificate').select(['number', 'token', 'villageCode', 'name', 'basis', 'holderName', 'issuedOn']).where('number', '=', number).executeTakeFirst();
  if (!c || c.token !== token) throw AppError.notFound(bi('查无此证明：编号或核验码不符', 'No such certificate: the number or the verification code does not match'));
  const village = await requireVillage(db, c.villageCode);
  return { number: c.number, name: c.name, basis: c.basis, holderMasked: maskName(c.holderName), issuedOn: c.issuedOn, issuedBy: issuerName(village), villageCode: c.villageCode };
}
