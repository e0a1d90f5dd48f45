import { test } from 'node:test';
import assert from 'node:assert/strict';
import { covers, levelOf, normaliseCode, parentOf, prefixOf, shortCode, type Level } from '../../src/core/jurisdiction-codes.ts';

// Real codes (统计用区划代码, NBS 2023): 重庆市 > 县 > 丰都县 > 三建乡 > 廖家坝社区 / 鱼泉子村,
// 栗子乡 a sibling township, 垫江县 (500231) the neighbouring county.
const PROVINCE = '500000000000';
const CITY = '500200000000';
const COUNTY = '500230000000';
const TOWNSHIP = '500230210000'; // 三建乡
const VILLAGE_A = '500230210001'; // 廖家坝社区
const VILLAGE_B = '500230210200'; // 鱼泉子村
const SIBLING_TOWNSHIP = '500230209000'; // 栗子乡
const SIBLING_VILLAGE = '500230209200'; // 南江村, 栗子乡
const NEIGHBOUR_COUNTY = '500231000000'; // 垫江县
const NEIGHBOUR_VILLAGE = '500231001001'; // 东街社区, 垫江县

test('normaliseCode accepts the 2/4/6/9/12-digit forms and returns 12 digits', () => {
  const cases: [string, string][] = [
    ['50', PROVINCE],
    ['5002', CITY],
    ['500230', COUNTY],
    ['500230210', TOWNSHIP],
    ['500230210001', VILLAGE_A],
    ['500230210200', VILLAGE_B],
    [' 500230 ', COUNTY], // typed input keeps stray spaces
    ['500230000', COUNTY], // a 9-digit form of a county is still that county
    ['441900003', '441900003000'], // 东莞市 东城街道: towns directly under a city (county digits 00)
  ];
  for (const [input, expected] of cases) assert.equal(normaliseCode(input), expected, JSON.stringify(input));
});

test('normaliseCode rejects malformed input', () => {
  const cases = [
    '', ' ', '5', '500', '50023', '5002302', '50023021', '5002302100', '50023021000', '5002302100011',
    'abc', '50023a', '５００２３０', '-50023', '500230.0', '5002 30', '+500230', '0x5002',
    '00', '0000', '000000', '000000000', '000000000000',
  ];
  for (const input of cases) assert.equal(normaliseCode(input), null, JSON.stringify(input));
});

test('a code in province 00 is malformed whatever its lower digits', () => {
  // levelOf rejects 000000000000 because no province is numbered 00; the same must hold for
  // every node "below" it, or a grant on 001234 or a lookup of 000000000001 gets through.
  for (const input of ['001234', '000100', '000000001', '000000000001', '001234567890']) {
    assert.equal(normaliseCode(input), null, input);
    assert.equal(levelOf(input.padEnd(12, '0')), null, input.padEnd(12, '0'));
  }
});

test('levelOf', () => {
  const cases: [string, Level | null][] = [
    [PROVINCE, 'province'],
    [CITY, 'city'],
    ['500100000000', 'city'], // 市辖区
    [COUNTY, 'county'],
    [TOWNSHIP, 'township'],
    ['500230001000', 'township'], // 三合街道
    [VILLAGE_A, 'village'],
    [VILLAGE_B, 'village'],
    ['441900000000', 'city'], // 东莞市
    ['441900003000', 'township'],
    ['441900003001', 'village'],
    ['000000000000', null],
    ['500230', null], // only the 12-digit form has a level
    ['50023021000', null],
    ['5002302100010', null],
    ['50023021000a', null],
    ['', null],
  ];
  for (const [code, level] of cases) assert.equal(levelOf(code), level, code);
});

test('prefixOf gives the significant digits; shortCode is the same display form', () => {
  const cases: [string, string][] = [
    [PROVINCE, '50'], [CITY, '5002'], [COUNTY, '500230'], [TOWNSHIP, '500230210'], [VILLAGE_A, '500230210001'],
  ];
  for (const [code, prefix] of cases) {
    assert.equal(prefixOf(code), prefix, code);
    assert.equal(shortCode(code), prefix, code);
    assert.equal(normaliseCode(prefix), code, `prefix ${prefix} normalises back`);
  }
  for (const bad of ['500230', '000000000000', 'x']) assert.throws(() => prefixOf(bad), /not a division code/, bad);
});

test('parentOf walks one level up the tree', () => {
  const cases: [string, string | null][] = [
    [VILLAGE_A, TOWNSHIP],
    [VILLAGE_B, TOWNSHIP],
    [TOWNSHIP, COUNTY],
    [COUNTY, CITY],
    [CITY, PROVINCE],
    [PROVINCE, null],
    ['441900003001', '441900003000'],
    ['441900003000', '441900000000'], // the city itself, as the NBS list has it
    ['500230', null],
    ['000000000000', null],
    ['', null],
  ];
  for (const [code, parent] of cases) assert.equal(parentOf(code), parent, code);
});

test('covers: a grant reaches its own node and everything below it, nothing beside or above', () => {
  const cases: [grant: string, target: string, reaches: boolean, why: string][] = [
    [COUNTY, COUNTY, true, 'county itself'],
    [COUNTY, TOWNSHIP, true, 'county reaches its township'],
    [COUNTY, VILLAGE_A, true, 'county reaches its villages'],
    [COUNTY, SIBLING_VILLAGE, true, 'county reaches villages of every township'],
    [COUNTY, NEIGHBOUR_COUNTY, false, 'not the neighbouring county'],
    [COUNTY, NEIGHBOUR_VILLAGE, false, "not the neighbouring county's villages"],
    [COUNTY, CITY, false, 'not upwards'],
    [TOWNSHIP, TOWNSHIP, true, 'township itself'],
    [TOWNSHIP, VILLAGE_A, true, 'township reaches its community'],
    [TOWNSHIP, VILLAGE_B, true, 'township reaches its village'],
    [TOWNSHIP, SIBLING_TOWNSHIP, false, 'not the sibling township'],
    [TOWNSHIP, SIBLING_VILLAGE, false, "not the sibling township's villages"],
    [TOWNSHIP, COUNTY, false, 'not the county above'],
    [SIBLING_TOWNSHIP, VILLAGE_A, false, 'sibling township does not reach 廖家坝'],
    [VILLAGE_A, VILLAGE_A, true, 'village itself'],
    [VILLAGE_A, VILLAGE_B, false, 'not the neighbouring village'],
    [VILLAGE_A, TOWNSHIP, false, 'not its township'],
    [VILLAGE_A, COUNTY, false, 'not its county'],
    [PROVINCE, VILLAGE_A, true, 'province reaches everything in it'],
    [PROVINCE, '510000000000', false, 'not another province'],
    [CITY, VILLAGE_A, true, 'city reaches its counties’ villages'],
    ['500100000000', VILLAGE_A, false, '市辖区 does not reach 县'],
    // Malformed codes never match, even when the digits line up.
    ['000000000000', VILLAGE_A, false, 'all-zero grant reaches nothing'],
    ['500230', VILLAGE_A, false, 'a short-form grant is malformed'],
    [COUNTY, '500230', false, 'a short-form target is malformed'],
    [COUNTY, '50023021000x', false, 'a non-digit target is malformed'],
    [COUNTY, '', false, 'empty target'],
  ];
  for (const [grant, target, reaches, why] of cases) assert.equal(covers(grant, target), reaches, `${grant} → ${target}: ${why}`);
});

// A tiny deterministic PRNG so the property test is reproducible.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

test('property: for random well-formed codes, parent covers child and never the reverse', () => {
  const r = rng(20261122);
  const seg = (width: number) => String(1 + Math.floor(r() * (10 ** width - 1))).padStart(width, '0');
  const order: Level[] = ['province', 'city', 'county', 'township', 'village'];
  for (let i = 0; i < 500; i++) {
    const depth = 1 + Math.floor(r() * 5);
    const parts = [String(11 + Math.floor(r() * 80)), seg(2), seg(2), seg(3), seg(3)].slice(0, depth);
    const code = parts.join('').padEnd(12, '0');
    const level = order[depth - 1]!;
    assert.equal(levelOf(code), level, code);
    assert.equal(normaliseCode(prefixOf(code)), code, code);
    assert.ok(covers(code, code), `${code} covers itself`);
    const parent = parentOf(code);
    if (level === 'province') { assert.equal(parent, null); continue; }
    assert.ok(parent, code);
    assert.equal(levelOf(parent), order[depth - 2], `parent level of ${code}`);
    assert.ok(covers(parent, code), `${parent} covers ${code}`);
    assert.ok(!covers(code, parent), `${code} must not cover its parent ${parent}`);
    // A sibling (same parent, different last segment) is never covered.
    const last = parts[depth - 1]!;
    const siblingLast = String((Number(last) % (10 ** last.length - 1)) + 1).padStart(last.length, '0');
    const sibling = [...parts.slice(0, -1), siblingLast].join('').padEnd(12, '0');
    if (sibling !== code) assert.ok(!covers(code, sibling) && !covers(sibling, code), `${code} vs sibling ${sibling}`);
  }
});
