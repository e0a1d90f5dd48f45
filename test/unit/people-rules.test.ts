import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ageOn, checkDigit, parseIdNumber, parsePhone, pinyinFull, pinyinInitials, validationMessages,
} from '../../src/modules/people/rules.ts';

// Independent formulation of ISO 7064 MOD 11-2: weights are 2^(17-i) mod 11 and the check value
// is the number that makes the weighted sum (check weighted by 1) ≡ 1 (mod 11).
function expectedCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const v = (12 - (sum % 11)) % 11;
  return v === 10 ? 'X' : String(v);
}

const TODAY = '2025-06-15';

test('checkDigit matches an independent MOD 11-2 computation', () => {
  for (const first17 of ['11010519491231002', '50023019900101123', '50023020100229456', '44030419850707001', '00000000000000000']) {
    assert.equal(checkDigit(first17), expectedCheck(first17), first17);
  }
  assert.equal(checkDigit('11010519491231002'), 'X'); // public GB 11643 example
  assert.throws(() => checkDigit('1234'), RangeError);
});

const withCheck = (first17: string) => first17 + expectedCheck(first17);

test('parseIdNumber', async (t) => {
  const wrongCheck = '11010519491231002' + '1';
  const cases: [string, string, ReturnType<typeof parseIdNumber>][] = [
    ['public example', '11010519491231002X', { ok: true, idNumber: '11010519491231002X', areaCode: '110105', birthDate: '1949-12-31', gender: 'female' }],
    ['lowercase x and spaces', ' 11010519491231002x ', { ok: true, idNumber: '11010519491231002X', areaCode: '110105', birthDate: '1949-12-31', gender: 'female' }],
    ['male, 丰都 area', withCheck('50023019900101123'), { ok: true, idNumber: withCheck('50023019900101123'), areaCode: '500230', birthDate: '1990-01-01', gender: 'male' }],
    ['leap day', withCheck('50023020000229456'), { ok: true, idNumber: withCheck('50023020000229456'), areaCode: '500230', birthDate: '2000-02-29', gender: 'female' }],
    ['born today', withCheck('50023020250615001'), { ok: true, idNumber: withCheck('50023020250615001'), areaCode: '500230', birthDate: '2025-06-15', gender: 'male' }],
    ['wrong check digit', wrongCheck, { ok: false, rule: 'idNumber.checkDigit' }],
    ['17 digits', '11010519491231002', { ok: false, rule: 'idNumber.format' }],
    ['19 characters', '11010519491231002X1', { ok: false, rule: 'idNumber.format' }],
    ['letters', '1101051949123100AX', { ok: false, rule: 'idNumber.format' }],
    ['X not last', '1101051949123100X2', { ok: false, rule: 'idNumber.format' }],
    ['empty', '', { ok: false, rule: 'idNumber.format' }],
    ['Feb 30', withCheck('50023019900230123'), { ok: false, rule: 'idNumber.birthDate' }],
    ['Feb 29 in a common year', withCheck('50023019990229123'), { ok: false, rule: 'idNumber.birthDate' }],
    ['month 13', withCheck('50023019901301123'), { ok: false, rule: 'idNumber.birthDate' }],
    ['future date', withCheck('50023020250616001'), { ok: false, rule: 'idNumber.birthDate' }],
    ['before 1900', withCheck('50023018991231001'), { ok: false, rule: 'idNumber.birthDate' }],
  ];
  for (const [name, input, expected] of cases) {
    await t.test(name, () => assert.deepEqual(parseIdNumber(input, TODAY), expected));
  }
});

test('parseIdNumber defaults today to the current date', () => {
  assert.equal(parseIdNumber(withCheck('50023020990101001'), TODAY).ok, false);
  assert.equal(parseIdNumber('11010519491231002X', TODAY).ok, true);
});

test('parsePhone', () => {
  const valid: [string, string][] = [
    ['13812345678', '13812345678'],
    ['199 1234 5678', '19912345678'],
    ['023-70601234', '023-70601234'],
    ['02370601234', '02370601234'],
    ['010-1234567', '010-1234567'],
    ['0851-12345678', '0851-12345678'],
  ];
  for (const [input, phone] of valid) assert.deepEqual(parsePhone(input), { ok: true, phone }, input);
  for (const input of ['', '12812345678', '1381234567', '138123456789', '23-70601234', '023-123456', '023-123456789', '023--70601234', 'abc', '+8613812345678']) {
    assert.deepEqual(parsePhone(input), { ok: false, rule: 'phone.format' }, input);
  }
});

test('ageOn', () => {
  const cases: [string, string, number][] = [
    ['1990-06-15', '2025-06-14', 34], // day before birthday
    ['1990-06-15', '2025-06-15', 35], // on the birthday
    ['1990-06-15', '2025-12-31', 35],
    ['2007-06-15', '2025-06-15', 18], // 年满十八周岁 on the day
    ['2000-02-29', '2023-02-28', 22], // leap-day birthday not reached on 28 Feb
    ['2000-02-29', '2023-03-01', 23],
    ['2000-02-29', '2024-02-28', 23],
    ['2000-02-29', '2024-02-29', 24],
    ['2025-06-15', '2025-06-15', 0],
  ];
  for (const [birth, on, age] of cases) assert.equal(ageOn(birth, on), age, `${birth} on ${on}`);
});

test('pinyin helpers', () => {
  const cases: [string, string, string][] = [
    ['张三丰', 'zsf', 'zhangsanfeng'],
    ['曾国藩', 'zgf', 'zengguofan'], // 曾 read as a surname
    ['吕布', 'lb', 'lvbu'],
    ['廖家坝', 'ljb', 'liaojiaba'],
  ];
  for (const [name, initials, full] of cases) {
    assert.equal(pinyinInitials(name), initials, name);
    assert.equal(pinyinFull(name), full, name);
  }
});

test('validationMessages covers every rule', () => {
  for (const rule of ['idNumber.format', 'idNumber.birthDate', 'idNumber.checkDigit', 'phone.format'] as const) {
    assert.ok(validationMessages[rule].zh && validationMessages[rule].en, rule);
  }
  assert.equal(validationMessages['idNumber.checkDigit'].zh, '身份证号校验位错误');
});
