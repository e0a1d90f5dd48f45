import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatePopulation, type PopulationOptions } from '../../src/modules/people/demo-population.ts';
import { ageOn, parseIdNumber, parsePhone } from '../../src/modules/people/rules.ts';

const TODAY = '2025-06-15';
const opts = (o: Partial<PopulationOptions> = {}): PopulationOptions => ({
  villageCode: '500230105201', kind: 'village', households: 300, seed: 7, today: TODAY,
  groups: ['第一村民小组', '第二村民小组', '第三村民小组', '第四村民小组'], ...o,
});

for (const kind of ['village', 'community'] as const) {
  const households = generatePopulation(opts({ kind }));
  const people = households.flatMap((h) => h.residents);
  const adults = people.filter((r) => ageOn(r.birthDate, TODAY) >= 18);

  test(`${kind}: household count, numbering, groups and one head each`, () => {
    assert.equal(households.length, 300);
    assert.deepEqual(households.map((h) => h.number), households.map((_, i) => String(i + 1).padStart(4, '0')));
    assert.equal(new Set(households.map((h) => h.group)).size, 4);
    for (const h of households) {
      assert.ok(h.residents.length >= 1 && h.residents.length <= 6, h.number);
      assert.equal(h.residents.filter((r) => r.relationToHead === 'head').length, 1, h.number);
      assert.ok(h.address.startsWith(h.group) && h.address.endsWith('号'));
      const head = h.residents.find((r) => r.relationToHead === 'head')!;
      const headAge = ageOn(head.birthDate, TODAY);
      assert.ok(headAge >= 30 && headAge <= 85, `head age ${headAge}`);
      for (const s of h.residents.filter((r) => r.relationToHead === 'spouse')) assert.notEqual(s.gender, head.gender);
      for (const c of h.residents.filter((r) => r.relationToHead === 'child')) assert.equal(c.name[0], head.name[0]);
    }
  });

  test(`${kind}: every ID number is valid, unique and matches the person`, () => {
    for (const r of people) {
      const p = parseIdNumber(r.idNumber, TODAY);
      assert.ok(p.ok, r.idNumber);
      assert.equal(p.areaCode, '500230');
      assert.equal(p.birthDate, r.birthDate);
      assert.equal(p.gender, r.gender);
    }
    assert.equal(new Set(people.map((r) => r.idNumber)).size, people.length);
  });

  test(`${kind}: phones are valid, unique, adults only, roughly 80%`, () => {
    const phones = people.flatMap((r) => (r.phone ? [r.phone] : []));
    assert.equal(new Set(phones).size, phones.length);
    for (const p of phones) assert.ok(parsePhone(p).ok && /^1[35789]\d{9}$/.test(p), p);
    assert.ok(people.every((r) => r.phone === null || ageOn(r.birthDate, TODAY) >= 18));
    const share = adults.filter((r) => r.phone).length / adults.length;
    assert.ok(share > 0.7 && share < 0.9, `phone share ${share}`);
  });

  test(`${kind}: 6–8% of adults are party members, no children`, () => {
    const share = adults.filter((r) => r.partyMember).length / adults.length;
    assert.ok(share >= 0.059 && share <= 0.081, `party share ${share}`);
    assert.ok(people.every((r) => !r.partyMember || ageOn(r.birthDate, TODAY) >= 18));
  });

  test(`${kind}: share of working-age people living away`, () => {
    const working = people.filter((r) => { const a = ageOn(r.birthDate, TODAY); return a >= 18 && a <= 59; });
    const away = working.filter((r) => !r.habitual).length / working.length;
    if (kind === 'village') assert.ok(away >= 0.25 && away <= 0.45, `away ${away}`);
    else assert.ok(away < 0.2, `away ${away}`);
  });
}

test('same seed gives identical output; different seeds differ', () => {
  assert.deepEqual(generatePopulation(opts()), generatePopulation(opts()));
  assert.notDeepEqual(generatePopulation(opts()), generatePopulation(opts({ seed: 8 })));
});

test('many seeds and sizes keep IDs unique and valid', () => {
  for (const seed of [1, 2, 3, 99, 123456]) {
    const people = generatePopulation(opts({ seed, households: 50, groups: ['第一居民小组'] })).flatMap((h) => h.residents);
    assert.equal(new Set(people.map((r) => r.idNumber)).size, people.length);
    assert.ok(people.every((r) => parseIdNumber(r.idNumber, TODAY).ok));
  }
  assert.deepEqual(generatePopulation(opts({ households: 0 })), []);
});

test('rejects bad options', () => {
  assert.throws(() => generatePopulation(opts({ villageCode: '500230' })), RangeError);
  assert.throws(() => generatePopulation(opts({ groups: [] })), RangeError);
});
