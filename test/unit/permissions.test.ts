import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPolicy, can, decide, type Grant, type Policy, type Resource } from '../../src/core/access/permissions.ts';
import { actionsOf } from '../../src/core/module.ts';
import { grantLevelOk, isRole, roleLevels, roles, type Role } from '../../src/core/access/roles.ts';
import { modules } from '../../src/modules/index.ts';

const COUNTY = '500230000000'; // 丰都县
const TOWNSHIP = '500230210000'; // 三建乡
const OTHER_TOWNSHIP = '500230209000'; // 栗子乡
const VILLAGE_A = '500230210001'; // 廖家坝社区
const VILLAGE_B = '500230210200'; // 鱼泉子村

const policy: Policy = buildPolicy([
  ['people.read', ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker']],
  ['people.write', ['committeeMember']],
  ['people.export', ['committeeMember', 'townshipOfficial']],
  ['audit.read', ['supervisor', 'townshipOfficial', 'countyOfficer']],
]);

const g = (id: number, role: Role, jurisdictionCode: string): Grant => ({ id, role, jurisdictionCode });

test('decide: table of allow and deny', () => {
  const cases: { why: string; grants: Grant[]; action: string; target: string; allowed: boolean; grantId?: number; traceHas: RegExp }[] = [
    { why: 'undeclared action is denied even for the county', grants: [g(1, 'countyOfficer', COUNTY)], action: 'people.delete', target: VILLAGE_A, allowed: false, traceHas: /"people\.delete" is not declared by any module: denied/ },
    { why: 'no grants at all', grants: [], action: 'people.read', target: VILLAGE_A, allowed: false, traceHas: /holds no grants/ },
    { why: 'role not allowed for the action', grants: [g(2, 'gridWorker', VILLAGE_A)], action: 'people.write', target: VILLAGE_A, allowed: false, traceHas: /grant #2 gridWorker@500230210001: role not allowed/ },
    { why: 'resident may not read the register', grants: [g(3, 'resident', VILLAGE_A)], action: 'people.read', target: VILLAGE_A, allowed: false, traceHas: /#3 resident@.*role not allowed/ },
    { why: 'grant on a sibling village', grants: [g(4, 'committeeMember', VILLAGE_B)], action: 'people.write', target: VILLAGE_A, allowed: false, traceHas: /grant #4 committeeMember@500230210200: does not reach 500230210001/ },
    { why: 'grant on a sibling township', grants: [g(5, 'townshipOfficial', OTHER_TOWNSHIP)], action: 'people.read', target: VILLAGE_A, allowed: false, traceHas: /does not reach/ },
    { why: 'village grant does not reach up to the township', grants: [g(6, 'committeeMember', VILLAGE_A)], action: 'people.read', target: TOWNSHIP, allowed: false, traceHas: /does not reach 500230210000/ },
    { why: 'allowed on its own village', grants: [g(7, 'committeeMember', VILLAGE_A)], action: 'people.write', target: VILLAGE_A, allowed: true, grantId: 7, traceHas: /grant #7 committeeMember@500230210001: reaches 500230210001: allowed/ },
    { why: 'township reaches its village', grants: [g(8, 'townshipOfficial', TOWNSHIP)], action: 'people.export', target: VILLAGE_B, allowed: true, grantId: 8, traceHas: /grant #8 townshipOfficial@500230210000: reaches 500230210200: allowed/ },
    { why: 'county reaches every village', grants: [g(9, 'countyOfficer', COUNTY)], action: 'audit.read', target: VILLAGE_B, allowed: true, grantId: 9, traceHas: /#9 countyOfficer@500230000000: reaches/ },
    { why: 'county may not write the register (role, not reach)', grants: [g(10, 'countyOfficer', COUNTY)], action: 'people.write', target: VILLAGE_A, allowed: false, traceHas: /role not allowed/ },
  ];
  for (const c of cases) {
    const d = decide(policy, c.grants, c.action, c.target);
    assert.equal(d.allowed, c.allowed, c.why);
    assert.equal(d.grant?.id ?? null, c.grantId ?? null, c.why);
    assert.ok(d.trace.some((l) => c.traceHas.test(l)), `${c.why}: ${d.trace.join(' | ')}`);
    if (c.allowed) assert.match(d.trace.at(-1)!, /: allowed$/, c.why);
    else assert.match(d.trace.at(-1)!, /denied/, c.why);
  }
});

test('decide: the trace names the allowed roles before judging each grant', () => {
  const d = decide(policy, [g(1, 'supervisor', VILLAGE_A)], 'people.export', VILLAGE_A);
  assert.equal(d.trace[0], 'action "people.export" is allowed for roles: committeeMember, townshipOfficial');
  assert.deepEqual(d.trace.slice(1), ['grant #1 supervisor@500230210001: role not allowed', 'no grant allows it: denied']);
});

test('decide: the first matching grant wins and later grants are not consulted', () => {
  const grants = [g(1, 'gridWorker', VILLAGE_A), g(2, 'committeeMember', VILLAGE_B), g(3, 'committeeMember', VILLAGE_A), g(4, 'townshipOfficial', TOWNSHIP)];
  const d = decide(policy, grants, 'people.export', VILLAGE_A);
  assert.equal(d.allowed, true);
  assert.deepEqual(d.grant, grants[2]);
  assert.equal(d.trace.length, 4, d.trace.join(' | ')); // header + #1 + #2 + #3, never #4
  assert.ok(!d.trace.some((l) => l.includes('#4')));

  const reversed = decide(policy, [...grants].reverse(), 'people.export', VILLAGE_A);
  assert.equal(reversed.grant?.id, 4, 'the capacity is the first grant that allows, in the order given');
});

test('decide never mutates its inputs', () => {
  const grants = Object.freeze([Object.freeze(g(1, 'committeeMember', VILLAGE_A))]);
  assert.doesNotThrow(() => decide(policy, grants, 'people.write', VILLAGE_A));
});

test('buildPolicy rejects an action declared twice and keeps the rest', () => {
  assert.throws(() => buildPolicy([['people.read', ['gridWorker']], ['people.write', ['committeeMember']], ['people.read', ['supervisor']]]),
    /action declared twice: people\.read/);
  const p = buildPolicy([['a', ['resident']], ['b', ['supervisor', 'gridWorker']]]);
  assert.deepEqual([...p.entries()], [['a', { roles: ['resident'] }], ['b', { roles: ['supervisor', 'gridWorker'] }]]);
  assert.deepEqual(buildPolicy([['c', { roles: ['resident'], owner: true }]]).get('c'), { roles: ['resident'], owner: true });
  assert.equal(buildPolicy([]).size, 0);
});

test('the real modules declare every action once and only with known roles', () => {
  const entries = modules.flatMap((m) => actionsOf(m).map(([k, v]) => [k, { roles: v.roles, owner: v.owner ?? false, departments: v.departments ?? [] }] as [string, { roles: readonly Role[]; owner: boolean; departments: readonly string[] }]));
  const p = buildPolicy(entries as never);
  assert.ok(p.size >= 6);
  for (const [action, { roles: rs, owner, departments }] of p) {
    assert.ok(rs.length > 0 || owner || (departments?.length ?? 0) > 0, `${action} is open to someone: roles, owners or departments`);
    for (const r of rs) assert.ok(isRole(r), `${action}: ${r}`);
  }
  // The register's write access stays with the 两委: no reader role can write.
  assert.deepEqual(p.get('people.write')?.roles, ['committeeMember']);
});

test('grantLevelOk: each role only on its level of the tree', () => {
  const nodes: Record<string, string> = {
    province: '500000000000', city: '500200000000', county: COUNTY, township: TOWNSHIP, village: VILLAGE_A,
    malformed: '500230', zero: '000000000000',
  };
  const expected: Record<Role, string[]> = {
    countyOfficer: ['county'], townshipOfficial: ['township'], committeeMember: ['village'],
    supervisor: ['village'], gridWorker: ['village'], resident: ['village'], departmentStaff: ['township', 'county'],
  };
  for (const role of roles) {
    assert.deepEqual(roleLevels[role], expected[role], role);
    for (const [kind, code] of Object.entries(nodes)) {
      assert.equal(grantLevelOk(role, code), expected[role]!.includes(kind), `${role} on ${kind} ${code}`);
    }
  }
});

test('isRole', () => {
  for (const r of roles) assert.ok(isRole(r));
  for (const s of ['', 'admin', 'CommitteeMember', 'toString', 'constructor']) assert.equal(isRole(s), false, s);
});

test('can: the role check on the resource\'s node, then the owner rule, each in the trace', () => {
  const p = buildPolicy([
    ['services.read', { roles: ['committeeMember'], owner: true }],
    ['services.handle', { roles: ['committeeMember'] }],
  ]);
  const request = (ownerResidentId: number | null, ownerAccountId: number | null = null): Resource =>
    ({ type: 'serviceRequest', id: '7', jurisdictionCode: VILLAGE_A, ownerResidentId, ownerAccountId });
  const resident = { accountId: 40, residentId: 400, grants: [g(1, 'resident', VILLAGE_A)] };
  const member = { accountId: 41, residentId: null, grants: [g(2, 'committeeMember', VILLAGE_A)] };
  const elsewhere = { accountId: 42, residentId: null, grants: [g(3, 'committeeMember', VILLAGE_B)] };

  const own = can(p, resident, 'services.read', request(400));
  assert.equal(own.allowed, true);
  assert.equal(own.asOwner, true);
  assert.equal(own.grant, null);
  assert.match(own.trace.at(-1)!, /owns serviceRequest 7.*allowed$/);
  assert.equal(can(p, resident, 'services.read', request(null, 40)).allowed, true, 'owner by account');

  const other = can(p, resident, 'services.read', request(401));
  assert.equal(other.allowed, false);
  assert.ok(other.trace.includes('the actor does not own serviceRequest 7'), other.trace.join(' | '));
  assert.match(other.trace.at(-1)!, /denied$/);

  // An action that does not let owners act stays with the roles, even for the owner.
  assert.equal(can(p, resident, 'services.handle', request(400)).allowed, false);
  // The role check is judged on the resource's node, not on a node the route names.
  const staff = can(p, member, 'services.handle', request(400));
  assert.equal(staff.allowed, true);
  assert.equal(staff.grant?.id, 2);
  assert.equal(staff.asOwner, undefined);
  assert.equal(can(p, elsewhere, 'services.handle', request(400)).allowed, false);
  // No owner on the resource: nobody is its owner (null never equals a missing resident).
  assert.equal(can(p, { accountId: 43, residentId: null, grants: [] }, 'services.read', request(null)).allowed, false);
});

test('decide: a department\'s staff act for the kinds an action names, within reach, on what is routed to them', () => {
  const p = buildPolicy([
    ['services.handle', { roles: ['committeeMember'], departments: ['civilAffairsOffice'] }],
    ['services.read', { roles: ['committeeMember'] }],
  ]);
  const office: Grant = { id: 20, role: 'departmentStaff', jurisdictionCode: TOWNSHIP, department: { id: 3, kind: 'civilAffairsOffice' } };
  const police: Grant = { id: 21, role: 'departmentStaff', jurisdictionCode: TOWNSHIP, department: { id: 4, kind: 'policeStation' } };
  const elsewhere: Grant = { id: 22, role: 'departmentStaff', jurisdictionCode: OTHER_TOWNSHIP, department: { id: 5, kind: 'civilAffairsOffice' } };

  const ok = decide(p, [office], 'services.handle', VILLAGE_A);
  assert.equal(ok.allowed, true);
  assert.match(ok.trace.at(-1)!, /grant #20 departmentStaff\(civilAffairsOffice #3\)@500230210000: reaches 500230210001: allowed/);
  assert.equal(decide(p, [office], 'services.handle', VILLAGE_A, 3).allowed, true, 'routed to this department');
  const routedAway = decide(p, [office], 'services.handle', VILLAGE_A, 9);
  assert.equal(routedAway.allowed, false);
  assert.ok(routedAway.trace.some((l) => /routed to department #9, not this one/.test(l)), routedAway.trace.join(' | '));
  assert.ok(decide(p, [police], 'services.handle', VILLAGE_A).trace.some((l) => /department kind not allowed/.test(l)));
  assert.ok(decide(p, [elsewhere], 'services.handle', VILLAGE_A).trace.some((l) => /does not reach/.test(l)));
  // An action that names no department is the roles' alone.
  assert.equal(decide(p, [office], 'services.read', VILLAGE_A).allowed, false);
  // Routing a record to a department does not take it from the roles the action names.
  assert.equal(decide(p, [g(23, 'committeeMember', VILLAGE_A)], 'services.handle', VILLAGE_A, 3).allowed, true);
});
