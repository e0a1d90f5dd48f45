// Micro-wishes (微心愿), volunteer and organisation profiles, and micro-services (微服务).
import type { Updateable } from 'kysely';
import type { Write } from '../../core/access/guard.ts';
import { accountsReaching } from '../../core/access/service.ts';
import type { AnyDB } from '../../core/db/database.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import { notify } from '../../core/notifications/notifications.ts';
import { storeBlob } from '../../core/blobs.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import {
  hoursOf, publicStates, wishStateLabels, wishTransition,
  type ClaimantKind, type WishActor, type WishEvent, type WishState,
} from './rules.ts';
import type { WishTables } from './tables.ts';
import { maskName } from '../../core/privacy.ts';

const t = (db: AnyDB) => ownTables<WishTables>(db);

// --- profiles

export interface ProfileInput { kind: ClaimantKind; name: string; introduction?: string | null | undefined }

export async function createProfile(w: Write, villageCode: string, input: ProfileInput, accountId: number | null, now: Date) {
  await requireVillage(w.trx, villageCode);
  if (accountId != null) {
    const mine = await t(w.trx).selectFrom('volunteerProfile').select('id').where('villageCode', '=', villageCode).where('accountId', '=', accountId).executeTakeFirst();
    if (mine) throw AppError.conflict(bi('您在本村(社区)已登记为志愿者', 'You are already registered as a volunteer here'), [fieldError('accountId', 'volunteer.duplicate', bi('已登记', 'Already registered'))]);
  }
  const row = await t(w.trx).insertInto('volunteerProfile').values({ villageCode, kind: input.kind, name: input.name, accountId, introduction: input.introduction ?? null, createdAt: now })
    .returningAll().executeTakeFirstOrThrow();
  await w.audit({ action: 'wishes.profile', targetType: 'volunteerProfile', targetId: row.id, jurisdictionCode: villageCode, after: { kind: row.kind, name: row.name, self: accountId != null } });
  return profileOut(row);
}

type ProfileRow = WishTables['volunteerProfile'] extends infer R ? { [K in keyof R]: R[K] extends import('kysely').Generated<infer G> ? G : R[K] } : never;
/** Individuals are shown with a masked name in public; organisations and units by name. */
const displayName = (p: Pick<ProfileRow, 'kind' | 'name'>) => (p.kind === 'volunteer' || p.kind === 'partyMember' ? maskName(p.name) : p.name);
const profileOut = (p: ProfileRow) => ({ id: p.id, villageCode: p.villageCode, kind: p.kind, name: p.name, publicName: displayName(p), introduction: p.introduction, hours: hoursOf(p.minutes), own: false });

export async function profiles(db: AnyDB, villageCode: string) {
  const rows = await t(db).selectFrom('volunteerProfile').selectAll().where('villageCode', '=', villageCode).orderBy('minutes', 'desc').orderBy('id').execute();
  return rows.map(profileOut);
}

export async function myProfiles(db: AnyDB, accountId: number) {
  const rows = await t(db).selectFrom('volunteerProfile').selectAll().where('accountId', '=', accountId).orderBy('id').execute();
  return rows.map((p) => ({ ...profileOut(p), own: true }));
}

export async function getProfile(db: AnyDB, id: number) {
  const p = await t(db).selectFrom('volunteerProfile').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) throw AppError.notFound(bi('没有该志愿者', 'No such volunteer profile'));
  const done = await t(db).selectFrom('microWish').select(['id', 'title', 'minutes', 'fulfilledAt', 'state']).where('claimedBy', '=', id).where('state', 'in', ['fulfilled', 'thanked']).orderBy('fulfilledAt', 'desc').execute();
  const services = await t(db).selectFrom('microService').selectAll().where('profileId', '=', id).where('active', '=', true).orderBy('id').execute();
  return { ...profileOut(p), accountId: p.accountId, fulfilled: done.map((d) => ({ ...d, hours: hoursOf(d.minutes ?? 0) })), services };
}

// --- micro-services

export async function offerService(w: Write, profileId: number, input: { title: string; description: string; availability?: string | null | undefined }, now: Date) {
  const p = await t(w.trx).selectFrom('volunteerProfile').selectAll().where('id', '=', profileId).executeTakeFirst();
  if (!p) throw AppError.notFound(bi('没有该志愿者', 'No such volunteer profile'));
  const row = await t(w.trx).insertInto('microService').values({ villageCode: p.villageCode, profileId, title: input.title, description: input.description, availability: input.availability ?? null, createdAt: now })
    .returningAll().executeTakeFirstOrThrow();
  await w.audit({ action: 'wishes.service', targetType: 'microService', targetId: row.id, jurisdictionCode: p.villageCode, after: { title: row.title } });
  return row;
}

export async function withdrawService(w: Write, id: number) {
  const row = await t(w.trx).updateTable('microService').set({ active: false }).where('id', '=', id).where('active', '=', true).returning(['villageCode', 'title']).executeTakeFirst();
  if (!row) throw AppError.notFound(bi('没有该服务', 'No such micro-service'));
  await w.audit({ action: 'wishes.service', targetType: 'microService', targetId: id, jurisdictionCode: row.villageCode, after: { withdrawn: row.title } });
}

export async function services(db: AnyDB, villageCode: string) {
  const rows = await t(db).selectFrom('microService as s').innerJoin('volunteerProfile as p', 'p.id', 's.profileId')
    .select(['s.id', 's.title', 's.description', 's.availability', 's.profileId', 'p.kind', 'p.name', 'p.accountId'])
    .where('s.villageCode', '=', villageCode).where('s.active', '=', true).orderBy('s.id', 'desc').execute();
  return rows.map(({ name, kind, accountId: _a, ...r }) => ({ ...r, kind, provider: displayName({ kind, name }) }));
}

/** A micro-service's village and the account behind its profile (null: an organisation's), or
 * null when there is none: the loader of the microService resource. */
export async function serviceOwner(db: AnyDB, id: number): Promise<{ villageCode: string; accountId: number | null } | null> {
  const r = await t(db).selectFrom('microService as s').innerJoin('volunteerProfile as p', 'p.id', 's.profileId').select(['s.villageCode', 'p.accountId']).where('s.id', '=', id).executeTakeFirst();
  return r ?? null;
}

/** A profile's village and its own account (null: an organisation or unit), or null when there
 * is none: the loader of the volunteerProfile resource. */
export async function profileOwner(db: AnyDB, id: number): Promise<{ villageCode: string; accountId: number | null } | null> {
  const r = await t(db).selectFrom('volunteerProfile').select(['villageCode', 'accountId']).where('id', '=', id).executeTakeFirst();
  return r ?? null;
}

// --- wishes

export async function postWish(w: Write, villageCode: string, input: { title: string; description: string }, by: { username: string; accountId: number; wisherName: string; onBehalf: boolean }, now: Date) {
  await requireVillage(w.trx, villageCode);
  const row = await t(w.trx).insertInto('microWish').values({
    villageCode, title: input.title, description: input.description, wisherName: by.wisherName, wisherAccountId: by.onBehalf ? null : by.accountId,
    postedBy: by.username, onBehalf: by.onBehalf, state: 'submitted', rejectReason: null, claimedBy: null, claimedAt: null, fulfilNote: null,
    photoSha256: null, photoMime: null, minutes: null, fulfilledAt: null, thanks: null, thankedAt: null, createdAt: now, updatedAt: now,
  }).returning('id').executeTakeFirstOrThrow();
  await t(w.trx).insertInto('microWishEvent').values({ wishId: row.id, event: 'submit', fromState: 'submitted', toState: 'submitted', actorRole: by.onBehalf ? 'staff' : 'wisher', note: by.onBehalf ? `代 ${maskName(by.wisherName)} 提交` : null, at: now }).execute();
  // "On behalf of" is written into the audit row, so a staff-assisted wish is traceable.
  await w.audit({ action: 'wishes.post', targetType: 'microWish', targetId: row.id, jurisdictionCode: villageCode, after: { title: input.title, onBehalfOf: by.onBehalf ? by.wisherName : null } });
  const committee = await accountsReaching(w.trx, 'committeeMember', villageCode);
  await notify(w.trx, committee.filter((a) => a.jurisdictionCode === villageCode).map((a) => ({
    accountId: a.accountId, jurisdictionCode: villageCode, kind: 'wishes.submitted', subject: '新的微心愿待审核', body: input.title.slice(0, 80), link: `/staff/wishes/${row.id}?at=${villageCode}`, dedupeKey: `wish:${row.id}:submitted:${a.accountId}`,
  })));
  return getWish(w.trx, row.id);
}

/** A wish's village, the wisher's account (null when staff posted it on someone's behalf) and the
 * account behind the claiming profile (null when unclaimed, or claimed for an organisation), or
 * null when there is no such wish: the loaders of the wish and wishClaim resources. */
export async function wishParties(db: AnyDB, id: number): Promise<{ villageCode: string; wisherAccountId: number | null; claimantAccountId: number | null } | null> {
  const r = await t(db).selectFrom('microWish as w').leftJoin('volunteerProfile as p', 'p.id', 'w.claimedBy')
    .select(['w.villageCode', 'w.wisherAccountId', 'p.accountId as claimantAccountId']).where('w.id', '=', id).executeTakeFirst();
  return r ? { villageCode: r.villageCode, wisherAccountId: r.wisherAccountId, claimantAccountId: r.claimantAccountId ?? null } : null;
}

export async function getWish(db: AnyDB, id: number) {
  const wRow = await t(db).selectFrom('microWish').selectAll().where('id', '=', id).executeTakeFirst();
  if (!wRow) throw AppError.notFound(bi('没有该心愿', 'No such wish'));
  const claimant = wRow.claimedBy ? await t(db).selectFrom('volunteerProfile').selectAll().where('id', '=', wRow.claimedBy).executeTakeFirst() : null;
  const events = await t(db).selectFrom('microWishEvent').select(['event', 'fromState', 'toState', 'actorRole', 'note', 'at']).where('wishId', '=', id).orderBy('id').execute();
  return {
    ...wRow, stateLabel: wishStateLabels[wRow.state], hours: wRow.minutes == null ? null : hoursOf(wRow.minutes),
    photoUrl: wRow.photoSha256 ? `/api/v1/wish-photos/${wRow.photoSha256}` : null,
    claimant: claimant ? { id: claimant.id, kind: claimant.kind, name: claimant.name, publicName: displayName(claimant), accountId: claimant.accountId } : null,
    events,
  };
}
export type WishView = Awaited<ReturnType<typeof getWish>>;

/** What the public wall shows: no personal data beyond the masked name. */
export function publicView(v: WishView) {
  return {
    id: v.id, villageCode: v.villageCode, title: v.title, description: v.description, wisher: maskName(v.wisherName), state: v.state, stateLabel: v.stateLabel,
    claimant: v.claimant ? { kind: v.claimant.kind, name: v.claimant.publicName } : null, fulfilNote: v.fulfilNote, photoUrl: v.photoUrl,
    hours: v.hours, thanks: v.thanks, createdAt: v.createdAt, fulfilledAt: v.fulfilledAt, thankedAt: v.thankedAt,
  };
}

/** The wall in one query (a public page read on phones): the newest 200 screened wishes. */
export async function wall(db: AnyDB, villageCode: string) {
  const rows = await t(db).selectFrom('microWish as w').leftJoin('volunteerProfile as p', 'p.id', 'w.claimedBy')
    .selectAll('w').select(['p.kind as claimantKind', 'p.name as claimantName'])
    .where('w.villageCode', '=', villageCode).where('w.state', 'in', publicStates).orderBy('w.id', 'desc').limit(200).execute();
  return rows.map(({ claimantKind, claimantName, ...w }) => publicView({
    ...w, stateLabel: wishStateLabels[w.state], hours: w.minutes == null ? null : hoursOf(w.minutes),
    photoUrl: w.photoSha256 ? `/api/v1/wish-photos/${w.photoSha256}` : null,
    claimant: claimantKind && claimantName ? { id: w.claimedBy!, kind: claimantKind, name: claimantName, publicName: displayName({ kind: claimantKind, name: claimantName }), accountId: null } : null,
    events: [],
  }));
}

export async function staffList(db: AnyDB, villageCode: string, state?: WishState) {
  let q = t(db).selectFrom('microWish').select('id').where('villageCode', '=', villageCode);
  if (state) q = q.where('state', '=', state);
  const ids = await q.orderBy('id', 'desc').limit(500).execute();
  const out = [];
  for (const { id } of ids) out.push(await getWish(db, id));
  return out;
}

/** The wishes a person posted or claimed. */
export async function mine(db: AnyDB, accountId: number) {
  const profileIds = (await t(db).selectFrom('volunteerProfile').select('id').where('accountId', '=', accountId).execute()).map((p) => p.id);
  const rows = await t(db).selectFrom('microWish').select('id')
    .where((eb) => eb.or([eb('wisherAccountId', '=', accountId), ...(profileIds.length ? [eb('claimedBy', 'in', profileIds)] : [])]))
    .orderBy('id', 'desc').limit(200).execute();
  const out = [];
  for (const { id } of rows) out.push(await getWish(db, id));
  return out;
}

/** Who the account is, relative to this wish, for the wish's own rules (rules.ts wishMachine:
 * who may take which step in which state). Whether the account may act on the wish at all was
 * decided by the permission chain before (the route's action and resource); isStaff is the
 * chain's answer for wishes.manage on the wish's village. */
export async function actorsFor(db: AnyDB, id: number, accountId: number, isStaff: boolean): Promise<WishActor[]> {
  const v = await getWish(db, id);
  const out: WishActor[] = [];
  if (isStaff) out.push('staff');
  if (v.wisherAccountId === accountId || (isStaff && v.onBehalf)) out.push('wisher');
  if (v.claimant?.accountId === accountId) out.push('claimant');
  const profile = await t(db).selectFrom('volunteerProfile').select('id').where('villageCode', '=', v.villageCode).where('accountId', '=', accountId).executeTakeFirst();
  if (profile) out.push('volunteer');
  return out.length ? out : ['other'];
}

export interface StepInput { reason?: string | null | undefined; note?: string | null | undefined; hours?: number | null | undefined; profileId?: number | null | undefined; thanks?: string | null | undefined }

export async function step(w: Write, id: number, event: WishEvent, who: { accountId: number; actors: WishActor[] }, input: StepInput, now: Date) {
  const v = await t(w.trx).selectFrom('microWish').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!v) throw AppError.notFound(bi('没有该心愿', 'No such wish'));
  const tr = wishTransition(v.state, event, who.actors, { reason: input.reason ?? null, note: input.note ?? null, hasPhoto: !!v.photoSha256, hours: input.hours ?? null });
  if (!tr.ok) {
    if (tr.rule === 'wish.actor') throw AppError.forbidden(tr.reason, { rule: tr.rule });
    if (tr.rule === 'wish.state') throw AppError.conflict(tr.reason, [fieldError('state', tr.rule, tr.reason)]);
    throw AppError.validation([fieldError(tr.field ?? 'body', tr.rule, tr.reason)]);
  }
  const role: WishActor = event === 'thank' ? 'wisher'
    : event === 'claim' ? (who.actors.includes('volunteer') ? 'volunteer' : 'staff')
    : (event === 'fulfil' || event === 'release') && who.actors.includes('claimant') ? 'claimant'
    : who.actors.includes('staff') ? 'staff' : who.actors[0]!;
  const patch: Updateable<WishTables['microWish']> = { state: tr.to, updatedAt: now };
  let note: string | null = null;
  if (event === 'reject') { patch.rejectReason = input.reason!.trim(); note = patch.rejectReason; }
  if (event === 'claim') {
    // A volunteer claims with their own profile; staff record a claim for an organisation or unit.
    let profileId = input.profileId ?? null;
    if (who.actors.includes('volunteer') && profileId == null) {
      const p = await t(w.trx).selectFrom('volunteerProfile').select('id').where('villageCode', '=', v.villageCode).where('accountId', '=', who.accountId).executeTakeFirst();
      profileId = p?.id ?? null;
    }
    const p = profileId == null ? null : await t(w.trx).selectFrom('volunteerProfile').selectAll().where('id', '=', profileId).executeTakeFirst();
    if (!p || p.villageCode !== v.villageCode) throw AppError.validation([fieldError('profileId', 'wish.claimant', bi('请选择本村(社区)登记的志愿者或组织', 'Choose a volunteer or organisation registered in this village'))]);
    if (p.accountId !== who.accountId && !who.actors.includes('staff')) throw AppError.forbidden(bi('只能以自己的志愿者身份认领', 'You may claim only as yourself'));
    patch.claimedBy = p.id; patch.claimedAt = now; note = displayName(p);
  }
  if (event === 'release') { patch.claimedBy = null; patch.claimedAt = null; note = input.reason ?? null; }
  if (event === 'fulfil') { patch.fulfilNote = input.note?.trim() || null; patch.minutes = Math.round(input.hours! * 60); patch.fulfilledAt = now; note = patch.fulfilNote; }
  if (event === 'thank') { patch.thanks = input.thanks?.trim() || '谢谢！'; patch.thankedAt = now; note = patch.thanks; }
  if (event === 'withdraw') note = input.reason ?? null;
  await t(w.trx).updateTable('microWish').set(patch).where('id', '=', id).execute();
  if (event === 'fulfil' && v.claimedBy) {
    // Service hours accumulate on the claimant's profile.
    await t(w.trx).updateTable('volunteerProfile').set((eb) => ({ minutes: eb('minutes', '+', patch.minutes!) })).where('id', '=', v.claimedBy).execute();
  }
  await t(w.trx).insertInto('microWishEvent').values({ wishId: id, event, fromState: v.state, toState: tr.to, actorRole: role, note, at: now }).execute();
  await w.audit({ action: `wishes.${event}`, targetType: 'microWish', targetId: id, jurisdictionCode: v.villageCode, before: { state: v.state }, after: { state: tr.to, ...(event === 'thank' && v.onBehalf ? { onBehalfOf: v.wisherName } : {}), ...(patch.minutes ? { minutes: patch.minutes } : {}) } });

  // Tell the wisher what happened to their wish, and the claimant when thanked.
  const subject: Partial<Record<WishEvent, string>> = { approve: '您的微心愿已发布到心愿墙', reject: '您的微心愿未通过审核', claim: '您的微心愿已被认领', fulfil: '您的微心愿已完成，请致谢' };
  if (v.wisherAccountId && subject[event]) {
    await notify(w.trx, [{ accountId: v.wisherAccountId, jurisdictionCode: v.villageCode, kind: `wishes.${event}`, subject: subject[event]!, body: `${v.title}${note ? `：${note}` : ''}`.slice(0, 120), link: `/staff/wishes/${id}?at=${v.villageCode}`, dedupeKey: `wish:${id}:${event}:${now.getTime()}` }]);
  }
  if (event === 'thank' && v.claimedBy) {
    const c = await t(w.trx).selectFrom('volunteerProfile').select(['accountId']).where('id', '=', v.claimedBy).executeTakeFirst();
    if (c?.accountId) await notify(w.trx, [{ accountId: c.accountId, jurisdictionCode: v.villageCode, kind: 'wishes.thank', subject: '心愿人向您致谢', body: `${v.title}：${patch.thanks}`.slice(0, 120), link: `/staff/wishes/${id}?at=${v.villageCode}`, dedupeKey: `wish:${id}:thank` }]);
  }
  return getWish(w.trx, id);
}

// --- the fulfilment photo: kept in the core file store (core/blobs.ts)

const photoTypes = new Map([['image/jpeg', 'jpg'], ['image/png', 'png'], ['image/webp', 'webp']]);

/** The claimant or staff add the photo (the route's chain: wishes.fulfil on the claim). */
export async function addPhoto(w: Write, dataDir: string, id: number, data: Buffer, now: Date) {
  const v = await t(w.trx).selectFrom('microWish').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!v) throw AppError.notFound(bi('没有该心愿', 'No such wish'));
  if (v.state !== 'claimed') throw AppError.conflict(bi('只能为已认领、未完成的心愿上传照片', 'A photo can be added only to a claimed wish before it is fulfilled'), [fieldError('state', 'wish.state', bi('状态不符', 'Wrong state'))]);
  const { sha256: sha, mime } = await storeBlob(dataDir, { data }, photoTypes, {
    defaultStem: 'photo',
    refused: () => AppError.validation([fieldError('file', 'wish.photoType', bi('只能上传 JPG、PNG 或 WebP 照片', 'Only JPG, PNG or WebP photos can be added'))]),
  });
  await t(w.trx).updateTable('microWish').set({ photoSha256: sha, photoMime: mime, updatedAt: now }).where('id', '=', id).execute();
  await w.audit({ action: 'wishes.fulfil', targetType: 'microWish', targetId: id, jurisdictionCode: v.villageCode, after: { photo: sha } });
  return getWish(w.trx, id);
}

/** A photo is public once its wish is on the wall; otherwise only staff of the village see it. */
export async function photoVisibility(db: AnyDB, sha: string) {
  const rows = await t(db).selectFrom('microWish').select(['state', 'villageCode', 'photoMime']).where('photoSha256', '=', sha).execute();
  if (rows.length === 0) return null;
  const pub = rows.find((r) => publicStates.includes(r.state));
  const r = pub ?? rows[0]!;
  return { public: !!pub, villageCode: r.villageCode, mime: r.photoMime ?? 'application/octet-stream' };
}
