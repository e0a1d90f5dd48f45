// The register of representatives (村民代表 / 居民代表): term, group, liaison households (联系户),
// recall or resignation with a date and reason, training records; the statutory composition
// checked against the register.
import { covers } from '../../../core/jurisdiction-codes.ts';
import { AppError, bi, fieldError } from '../../../core/errors.ts';
import { ownTables } from '../../../core/module.ts';
import type { AnyDB } from '../../../core/db/database.ts';
import type { Write } from '../../../core/access/guard.ts';
import { groupsOf, requireVillage } from '../../jurisdictions/service.ts';
import { committeeRoster, countResidents, residentsBasic } from '../../people/service.ts';
import { representativesCheck, TRAININGS_PER_YEAR } from '../rules.ts';
import type { DecisionTables } from '../tables.ts';

const t = (db: AnyDB) => ownTables<DecisionTables>(db);

export async function register(db: AnyDB, code: string, today: string) {
  const node = await requireVillage(db, code);
  const reps = await t(db).selectFrom('representative').selectAll().where('villageCode', '=', code).orderBy('status').orderBy('id').execute();
  const links = reps.length ? await t(db).selectFrom('representativeHousehold').selectAll().where('representativeId', 'in', reps.map((r) => r.id)).execute() : [];
  const active = reps.filter((r) => r.status === 'active');
  const [counts, groups, committee] = await Promise.all([countResidents(db, code), groupsOf(db, code), committeeRoster(db, code, today)]);
  const committeeMembers = [...new Map(committee.filter((c) => c.body === 'residentsCommittee').map((c) => [c.residentId, c])).values()];
  const meetingMembers = new Set([...active.map((r) => r.residentId), ...committeeMembers.map((c) => c.residentId)]);
  const womenMeeting = active.filter((r) => r.female).length + committeeMembers.filter((c) => c.gender === 'female' && !active.some((r) => r.residentId === c.residentId)).length;
  const year = today.slice(0, 4);
  const trainings = await t(db).selectFrom('representativeTraining').selectAll().where('villageCode', '=', code).orderBy('heldOn', 'desc').execute();
  const check = representativesCheck({
    kind: node.kind === 'community' ? 'community' : 'village', households: counts.households, groups: groups.length,
    representatives: active.length, womenRepresentatives: active.filter((r) => r.female).length, meetingMembers: meetingMembers.size, womenMeetingMembers: womenMeeting,
  });
  return {
    representatives: reps.map((r) => ({ ...r, households: links.filter((l) => l.representativeId === r.id).map((l) => l.householdId) })),
    composition: { households: counts.households, groups: groups.length, representatives: active.length, meetingMembers: meetingMembers.size, women: active.filter((r) => r.female).length },
    check,
    trainings: { thisYear: trainings.filter((x) => x.heldOn.startsWith(year)).length, target: TRAININGS_PER_YEAR, list: trainings },
  };
}

export async function addRepresentative(w: Write, code: string, input: { residentId: number; groupId?: number | null | undefined; termStart: string; termEnd?: string | null | undefined; households?: number[] | undefined }) {
  await requireVillage(w.trx, code);
  const [person] = await residentsBasic(w.trx, [input.residentId]);
  if (!person || person.jurisdictionCode !== code) throw AppError.validation([fieldError('residentId', 'resident.notInVillage', bi('该居民不属于本村(社区)', 'The resident does not belong to this village'))]);
  const dup = await t(w.trx).selectFrom('representative').select('id').where('villageCode', '=', code).where('residentId', '=', input.residentId).where('status', '=', 'active').executeTakeFirst();
  if (dup) throw AppError.conflict(bi(`${person.name} 已是代表`, `${person.name} is already a representative`));
  const row = await t(w.trx).insertInto('representative').values({
    villageCode: code, residentId: person.id, name: person.name, female: person.gender === 'female', groupId: input.groupId ?? null,
    termStart: input.termStart, termEnd: input.termEnd ?? null, status: 'active', endedOn: null, endReason: null,
  }).returning('id').executeTakeFirstOrThrow();
  if (input.households?.length) await t(w.trx).insertInto('representativeHousehold').values(input.households.map((h) => ({ representativeId: row.id, householdId: h }))).execute();
  await w.audit({ action: 'decisions.representatives', targetType: 'representative', targetId: row.id, jurisdictionCode: code, after: { name: person.name, households: input.households?.length ?? 0 } });
  return row;
}

/** The village of a representative, or null when there is none (the representative resource's loader). */
export async function villageOfRepresentative(db: AnyDB, id: number): Promise<string | null> {
  const r = await t(db).selectFrom('representative').select('villageCode').where('id', '=', id).executeTakeFirst();
  return r?.villageCode ?? null;
}

/** Recall (罢免) or resignation: the record stays, with the date and the reason. */
export async function endRepresentative(w: Write, id: number, input: { status: 'recalled' | 'resigned'; endedOn: string; reason: string }) {
  const r = await t(w.trx).selectFrom('representative').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  if (r.status !== 'active') throw AppError.conflict(bi('该代表已不在任', 'No longer in office'));
  await t(w.trx).updateTable('representative').set({ status: input.status, endedOn: input.endedOn, endReason: input.reason }).where('id', '=', id).execute();
  await w.audit({ action: 'decisions.representatives', targetType: 'representative', targetId: id, jurisdictionCode: r.villageCode, before: { status: r.status }, after: input });
}

export async function addTraining(w: Write, code: string, input: { heldOn: string; topic: string; attendeeIds: number[] }) {
  const row = await t(w.trx).insertInto('representativeTraining').values({ villageCode: code, heldOn: input.heldOn, topic: input.topic, attendeeIds: JSON.stringify(input.attendeeIds) }).returning('id').executeTakeFirstOrThrow();
  await w.audit({ action: 'decisions.representatives', targetType: 'training', targetId: row.id, jurisdictionCode: code, after: { heldOn: input.heldOn, topic: input.topic, attendees: input.attendeeIds.length } });
  return row;
}

/** 村民委员会组织法 Art.24: the matters the villagers' assembly decides (delegable to the representatives' meeting). */
export const art24Matters = [
  '本村享受误工补贴的人员及补贴标准', '从村集体经济所得收益的使用', '本村公益事业的兴办和筹资筹劳方案及建设承包方案', '土地承包经营方案',
  '村集体经济项目的立项、承包方案', '宅基地的使用方案', '征地补偿费的使用、分配方案', '以借贷、租赁或者其他方式处分村集体财产',
  '村民会议认为应当由村民会议讨论决定的涉及村民利益的其他事项',
];

/** The matter types a county does not have yet: Art.24's and the county's own. Read before
 * opening a write, so that nothing to install opens none. */
export async function matterTypesToInstall(db: AnyDB, countyCode: string, extra: string[] = []) {
  const have = new Set((await t(db).selectFrom('matterType').select('title').where('scopeCode', '=', countyCode).execute()).map((r) => r.title));
  return [...art24Matters.map((title) => ({ title, basis: '村民委员会组织法第二十四条' })), ...extra.map((title) => ({ title, basis: '县定重大事项目录' }))].filter((r) => !have.has(r.title));
}

export async function installMatterTypes(w: Write, countyCode: string, extra: string[] = []) {
  const rows = await matterTypesToInstall(w.trx, countyCode, extra);
  if (!rows.length) return 0;
  const added = await t(w.trx).insertInto('matterType').values(rows.map((r) => ({ scopeCode: countyCode, ...r }))).returning(['id', 'title', 'basis']).execute();
  for (const r of added) await w.audit({ action: 'decisions.matterTypes', targetType: 'matterType', targetId: r.id, jurisdictionCode: countyCode, after: { title: r.title, basis: r.basis } });
  return rows.length;
}

export async function matterTypesFor(db: AnyDB, code: string) {
  const rows = await t(db).selectFrom('matterType').select(['id', 'scopeCode', 'title', 'basis']).orderBy('id').execute();
  return rows.filter((r) => covers(r.scopeCode, code));
}
