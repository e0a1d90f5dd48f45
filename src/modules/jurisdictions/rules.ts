// Pure rules for the administrative tree.
export type VillageKind = 'village' | 'community';
export type TownshipKind = 'township' | 'subdistrict';

/**
 * 村 or 社区. The NBS 统计用区划代码 numbers village-level units by type (编制规则): the last three
 * digits 001–199 are 居民委员会, 200–399 村民委员会, 400–499 类似居民委员会, 500–599 类似村民委员会.
 * The name decides only for codes outside those ranges.
 */
export function villageKindOf(code: string, name: string): VillageKind {
  const n = Number(code.slice(9, 12));
  if (n >= 1 && n <= 199) return 'community';
  if (n >= 200 && n <= 399) return 'village';
  if (n >= 400 && n <= 499) return 'community';
  if (n >= 500 && n <= 599) return 'village';
  if (/(村民委员会|村委会|嘎查委员会|牧委会)$/.test(name)) return 'village';
  if (/(居民委员会|居委会|社区)/.test(name)) return 'community';
  return /(村|嘎查)$/.test(name) ? 'village' : 'community';
}

/** 街道 are subdistricts (urban); 乡, 镇, 苏木 are townships. */
export function townshipKindOf(name: string): TownshipKind {
  return /街道(办事处)?$/.test(name) ? 'subdistrict' : 'township';
}

/** The everyday name: 廖家坝社区居民委员会 → 廖家坝社区, 鱼泉子村村民委员会 → 鱼泉子村. */
export function shortNameOf(name: string): string {
  const s = name.replace(/(村民委员会|居民委员会|村委会|居委会)$/, '').replace(/(?<=嘎查)(委员会|委会)$/, '');
  return s.length > 0 ? s : name;
}
