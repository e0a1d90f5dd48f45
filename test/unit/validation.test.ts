import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDigit } from '../../src/modules/people/rules.ts';
import { checkResident, type ResidentInput } from '../../src/modules/people/validation.ts';

const TODAY = '2026-06-15';
const id = (birth: string, seq: number, area = '500230') => {
  const first17 = `${area}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkDigit(first17);
};
const MALE = id('1968-03-15', 11); // odd sequence
const FEMALE = id('1970-07-02', 22); // even sequence
const wrongCheck = (s: string) => s.slice(0, 17) + (s[17] === '0' ? '1' : '0');

const base: ResidentInput = {
  name: '廖明华', idNumber: MALE, phone: '13800001111', relationToHead: 'head', registered: true, habitual: true, partyMember: false,
};

/** The rules reported for an input, as "field:rule". */
function rulesOf(input: Partial<ResidentInput>, prefix = ''): string[] {
  const r = checkResident({ ...base, ...input }, prefix, TODAY);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.rule}`);
}

test('checkResident accepts a good resident and derives gender and birth date from the ID', () => {
  const r = checkResident(base, '', TODAY);
  assert.ok(r.ok);
  assert.deepEqual(r.value, {
    name: '廖明华', idNumber: MALE, phone: '13800001111', relationToHead: 'head',
    registered: true, habitual: true, partyMember: false, gender: 'male', birthDate: '1968-03-15',
  });
  const f = checkResident({ ...base, idNumber: FEMALE, relationToHead: 'spouse' }, '', TODAY);
  assert.ok(f.ok);
  assert.equal(f.value.gender, 'female');
  assert.equal(f.value.birthDate, '1970-07-02');
});

test('checkResident cleans what it accepts', () => {
  const lowerX = (() => {
    for (let seq = 1; seq < 999; seq++) { const s = id('1990-01-01', seq); if (s.endsWith('X')) return s; }
    throw new Error('no X check digit found');
  })();
  const r = checkResident({
    ...base, name: '  谭秀英 ', idNumber: ` ${lowerX.slice(0, 6)} ${lowerX.slice(6, 14)} ${lowerX.slice(14).toLowerCase()} `, phone: '138 0000 2222',
  }, '', TODAY);
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.value.name, '谭秀英', 'name trimmed');
  assert.equal(r.value.idNumber, lowerX, 'spaces removed and x upper-cased');
  assert.equal(r.value.phone, '13800002222', 'spaces removed from the phone');
  for (const empty of [null, undefined, '', '   ']) {
    const e = checkResident({ ...base, phone: empty }, '', TODAY);
    assert.ok(e.ok, String(empty));
    assert.equal(e.value.phone, null, `phone ${JSON.stringify(empty)} is stored as null`);
  }
});

test('checkResident: name rules', () => {
  const cases: [string, boolean][] = [
    ['廖明华', true], ['欧阳娜娜', true], ['阿依古丽·买买提', true], ['Zhang', true],
    ['', false], ['   ', false], ['廖明华1', false], ['廖 明华', false], ['廖<script>', false], ['张'.repeat(30), true], ['张'.repeat(31), false],
    ['㐀', true], // CJK extension A is in range
  ];
  for (const [name, ok] of cases) {
    assert.deepEqual(rulesOf({ name }), ok ? [] : ['name:name.format'], JSON.stringify(name));
  }
});

test('checkResident: ID number rules, each with its own rule id', () => {
  const cases: [string, string][] = [
    ['50023019680315001', 'idNumber:idNumber.format'], // 17 characters
    [`${MALE}0`, 'idNumber:idNumber.format'],
    [`${MALE.slice(0, 17)}Y`, 'idNumber:idNumber.format'],
    ['', 'idNumber:idNumber.format'],
    [id('1968-02-30', 11), 'idNumber:idNumber.birthDate'],
    [id('2027-01-01', 11), 'idNumber:idNumber.birthDate'], // after today
    [id('1899-12-31', 11), 'idNumber:idNumber.birthDate'],
    [wrongCheck(MALE), 'idNumber:idNumber.checkDigit'],
  ];
  for (const [idNumber, rule] of cases) assert.deepEqual(rulesOf({ idNumber }), [rule], idNumber);
  assert.deepEqual(rulesOf({ idNumber: id(TODAY, 11) }), [], 'born today is valid');
});

test('checkResident: gender and birth date, when given, must match the ID number', () => {
  const cases: [Partial<ResidentInput>, string[]][] = [
    [{ gender: 'male' }, []],
    [{ gender: 'female' }, ['gender:gender.mismatch']],
    [{ idNumber: FEMALE, gender: 'male' }, ['gender:gender.mismatch']],
    [{ birthDate: '1968-03-15' }, []],
    [{ birthDate: '1968-03-16' }, ['birthDate:birthDate.mismatch']],
    [{ gender: 'female', birthDate: '1969-03-15' }, ['gender:gender.mismatch', 'birthDate:birthDate.mismatch']],
    // With a broken ID there is nothing to compare against: only the ID is reported.
    [{ idNumber: wrongCheck(MALE), gender: 'female', birthDate: '2000-01-01' }, ['idNumber:idNumber.checkDigit']],
  ];
  for (const [input, rules] of cases) assert.deepEqual(rulesOf(input), rules, JSON.stringify(input));
});

test('checkResident: phone rules', () => {
  const cases: [string, boolean][] = [
    ['13800001111', true], ['19912345678', true], ['023-70601234', true], ['02370601234', true], ['0817-1234567', true],
    ['12800001111', false], ['1380000111', false], ['138000011112', false], ['70601234', false], ['+8613800001111', false], ['电话', false],
  ];
  for (const [phone, ok] of cases) assert.deepEqual(rulesOf({ phone }), ok ? [] : ['phone:phone.format'], phone);
});

test('checkResident: relation to head must be a known relation', () => {
  assert.deepEqual(rulesOf({ relationToHead: 'cousin' as ResidentInput['relationToHead'] }), ['relationToHead:relationToHead.unknown']);
  for (const r of ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'] as const) assert.deepEqual(rulesOf({ relationToHead: r }), [], r);
});

test('checkResident reports every problem at once, with the prefix and both languages', () => {
  const r = checkResident({ ...base, name: '1', idNumber: wrongCheck(MALE), phone: '123', relationToHead: 'x' as ResidentInput['relationToHead'] }, 'residents.3', TODAY);
  assert.ok(!r.ok);
  assert.deepEqual(r.errors.map((e) => `${e.field}:${e.rule}`), [
    'residents.3.name:name.format', 'residents.3.idNumber:idNumber.checkDigit',
    'residents.3.phone:phone.format', 'residents.3.relationToHead:relationToHead.unknown',
  ]);
  const idErr = r.errors[1]!;
  assert.match(idErr.messages['zh-CN'], /校验位/);
  assert.match(idErr.messages.en, /check digit/i);
  for (const e of r.errors) {
    assert.match(e.messages['zh-CN'], /[\u4e00-\u9fff]/, e.rule);
    assert.match(e.messages.en, /^[\x20-\x7e–]+$/, e.rule);
  }
});

test('checkResident uses the given day for "born in the future"', () => {
  const born = id('2026-06-16', 12);
  assert.deepEqual(rulesOf({ idNumber: born }), ['idNumber:idNumber.birthDate']);
  const later = checkResident({ ...base, idNumber: born }, '', '2026-06-16');
  assert.ok(later.ok);
  assert.equal(later.value.gender, 'female');
});
