// Shared helpers for the disclosure tests: the county catalogue, extra accounts, a client for
// accounts the base fixture does not know, multipart uploads, a real PNG, the outbox and
// publishing through the service layer on chosen days (the ledger is a timeline, so a test
// that needs an entry published "last month" goes through the same steps with that date).
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { write } from '../../src/core/access/guard.ts';
import { createAccount, grantRole } from '../../src/core/access/service.ts';
import { catalogFor, installDefaultCatalog, missingDefaults, type CatalogItem } from '../../src/modules/disclosure/catalog.ts';
import { createEntry, publish, transition, type EntryInput } from '../../src/modules/disclosure/service.ts';
import { COUNTY, PASSWORD, type World } from './fixture.ts';
import type { Client } from './http.ts';

const fixtureWho = { accountId: null, label: 'fixture', role: 'operator', code: null };
export const problemJson = 'application/problem+json; charset=utf-8';

/** h o'clock Beijing time on a date. */
export const beijing = (date: string, h = 10) => new Date(Date.parse(`${date}T00:00:00Z`) + (h - 8) * 3600_000);

export async function installCountyCatalog(world: World): Promise<number> {
  // The catalogue is installed once per world: a second call finds nothing missing and writes nothing.
  if ((await missingDefaults(world.platform.database.db, COUNTY)).length === 0) return 0;
  return write(world.platform.database.db, { ...fixtureWho, role: 'countyOfficer', code: COUNTY }, 'disclosure.catalog', (w) => installDefaultCatalog(w, COUNTY));
}

/** The catalogue item that applies to `code` with this title. */
export async function itemByTitle(world: World, code: string, title: string): Promise<CatalogItem> {
  const item = (await catalogFor(world.platform.database.db, code)).find((i) => i.title === title);
  if (!item) throw new Error(`no catalogue item ${title} for ${code}`);
  return item;
}

export async function addAccount(world: World, username: string, role: string, code: string): Promise<number> {
  return write(world.platform.database.db, fixtureWho, 'accounts.create', async (w) => {
    const a = await createAccount(w.trx, fixtureWho, { username, displayName: username, password: PASSWORD });
    await grantRole(w.trx, fixtureWho, username, role, code);
    return a.id;
  });
}

export async function accountId(world: World, username: string): Promise<number> {
  const r = await sql<{ id: number }>`SELECT id FROM account WHERE username = ${username}`.execute(world.platform.database.db);
  if (!r.rows[0]) throw new Error(`no account ${username}`);
  return Number(r.rows[0].id);
}

/** Signs in any account by username (the base fixture's loginAs knows only its own). */
export async function loginUser(app: FastifyInstance, username: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const headers = { cookie, 'x-csrf-token': res.json().csrfToken as string };
  const request = (opts: InjectOptions): Promise<LightMyRequestResponse> => app.inject({ ...opts, headers: { ...headers, ...(opts.headers ?? {}) } });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
  };
}

export function multipart(file: Buffer, filename: string, contentType: string) {
  const boundary = `----gongzhi-${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real, valid RGB PNG of w×h pixels of one colour. */
export function png(w = 4, h = 3, rgb: [number, number, number] = [155, 27, 27]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  const raw = Buffer.concat(Array.from({ length: h }, () => Buffer.from([0, ...Array.from({ length: w }, () => rgb).flat()])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface OutboxRow { id: number; channel: string; accountId: number | null; phone: string | null; jurisdictionCode: string; kind: string; subject: string; body: string; dedupeKey: string | null }

export async function outbox(world: World, where: { kind?: string; accountId?: number; phone?: string } = {}): Promise<OutboxRow[]> {
  const r = await sql<OutboxRow>`SELECT id, channel, account_id AS "accountId", phone, jurisdiction_code AS "jurisdictionCode", kind, subject, body, dedupe_key AS "dedupeKey"
    FROM notification ORDER BY id`.execute(world.platform.database.db);
  return r.rows.map((x) => ({ ...x, id: Number(x.id), accountId: x.accountId === null ? null : Number(x.accountId) }))
    .filter((x) => (where.kind === undefined || x.kind === where.kind) && (where.accountId === undefined || x.accountId === where.accountId) && (where.phone === undefined || x.phone === where.phone));
}

/** The one-time code of the newest SMS sent to a phone, read from the outbox. */
export async function smsCode(world: World, phone: string): Promise<string> {
  const rows = (await outbox(world, { phone })).filter((r) => r.channel === 'sms' && r.kind.startsWith('phoneCode.'));
  const m = /\d{6}/.exec(rows.at(-1)?.body ?? '');
  if (!m) throw new Error(`no code sent to ${phone}`);
  return m[0];
}

/** Draft → submit → approve → publish through the service layer, each step on a given day. */
export async function publishOn(world: World, village: string, input: EntryInput, days: { draft: Date; approve: Date; publish: Date }): Promise<{ id: number; seq: number; hash: string }> {
  const db = world.platform.database.db;
  const clerk = { accountId: null, label: 'test-clerk', role: 'committeeMember', code: village };
  const sup = { accountId: null, label: 'test-supervisor', role: 'supervisor', code: village };
  const ca = { label: clerk.label, role: clerk.role };
  const e = await write(db, clerk, 'disclosure.draft', (w) => createEntry(w, village, input, ca, days.draft));
  await write(db, clerk, 'disclosure.draft', (w) => transition(w, e.id, 'submit', ca, null, days.draft));
  await write(db, sup, 'disclosure.review', (w) => transition(w, e.id, 'approve', { label: sup.label, role: sup.role }, null, days.approve));
  const rec = await write(db, clerk, 'disclosure.publish', (w) => publish(w, e.id, ca, days.publish));
  return { id: e.id, seq: rec.seq, hash: rec.hash };
}
