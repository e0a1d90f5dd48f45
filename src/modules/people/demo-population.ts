// Deterministic synthetic population for demo villages and communities.
// Pure: same options → same output; no Math.random, no clock.
import { ageOn, checkDigit } from './rules.ts';

export type Gender = 'male' | 'female';
export type Relation = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'sibling' | 'other';

export interface DemoResident {
  name: string;
  gender: Gender;
  birthDate: string;
  idNumber: string;
  phone: string | null;
  relationToHead: Relation;
  registered: boolean; // 户籍在本村
  habitual: boolean; // 常住本村
  partyMember: boolean;
}

export interface DemoHousehold {
  number: string; // household number, e.g. '0001'
  group: string;
  address: string;
  residents: DemoResident[];
}

export interface PopulationOptions {
  villageCode: string; // 12-digit division code
  kind: 'village' | 'community';
  households: number;
  groups: string[];
  seed: number;
  today: string; // YYYY-MM-DD
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG, enough for demo data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Surnames in tiers of decreasing frequency (national ranking), with 丰都/Chongqing-common
// surnames (陈刘廖谭冉秦向) promoted to the top tier.
const SURNAME_TIERS: [weight: number, chars: string][] = [
  [12, '王李张刘陈廖谭冉秦向'],
  [6, '杨黄赵吴周徐孙马朱胡'],
  [3, '郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁'],
  [1.5, '潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟陆汪范金石贾夏韦付方白邹孟熊邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤'],
];
const SURNAMES = SURNAME_TIERS.flatMap(([w, cs]) => [...cs].map((c) => ({ c, w })));

// Given-name characters by gender and birth era, since naming fashions changed a lot.
const GIVEN: Record<Gender, [string, string, string]> = {
  // [born before 1965, 1965–1994, 1995 on]
  male: ['德福贵明国华建成富洪林元才光荣祥发云树章全忠友清文正中海山松', '伟强军勇刚兵涛斌波杰峰磊超鹏辉亮平川俊东江毅飞浩龙红小', '宇浩轩子博晨睿泽俊豪杰鑫航哲然铭鸿凯逸宸一嘉'],
  female: ['秀英兰桂珍芳玉凤华素淑群翠琼春莲菊梅香碧仙', '丽敏静燕娟霞琴梅玲红萍艳芳莉慧丹雪婷蓉英晓', '婷雪欣怡佳雨萱涵梓诗琪悦可馨思语彤若晴妍一'],
};

// Household shapes with weights; villages have many elderly-only and left-behind households (空巢, 留守).
type Shape = 'elderlySingle' | 'elderlyCouple' | 'leftBehind' | 'nuclear' | 'threeGen' | 'singleAdult';
const SHAPES: Record<PopulationOptions['kind'], [Shape, number][]> = {
  village: [['elderlySingle', 12], ['elderlyCouple', 20], ['leftBehind', 22], ['nuclear', 28], ['threeGen', 12], ['singleAdult', 6]],
  community: [['elderlySingle', 12], ['elderlyCouple', 18], ['leftBehind', 5], ['nuclear', 45], ['threeGen', 12], ['singleAdult', 8]],
};

// Chance that a working-age couple works away (在外务工); tuned so ~35% of 18–59s in a village are not habitual.
const AWAY = { village: 0.32, community: 0.1 };

interface Draft { gender: Gender; age: number; surname: string; relation: Relation; registered: boolean; habitual: boolean }

export function generatePopulation(opts: PopulationOptions): DemoHousehold[] {
  const { villageCode, kind, households, groups, seed, today } = opts;
  if (!/^\d{12}$/.test(villageCode)) throw new RangeError('villageCode must be 12 digits');
  if (groups.length === 0) throw new RangeError('at least one group is required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError('today must be YYYY-MM-DD');

  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const chance = (p: number) => rnd() < p;
  const weighted = <T>(items: T[], weight: (t: T) => number): T => {
    let r = rnd() * items.reduce((s, t) => s + weight(t), 0);
    for (const t of items) if ((r -= weight(t)) < 0) return t;
    return items[items.length - 1]!;
  };
  const surname = () => weighted(SURNAMES, (s) => s.w).c;
  const other = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');
  // Husbands are usually 0–5 years older than wives.
  const spouseAge = (age: number, g: Gender) => Math.max(18, age + (g === 'male' ? -1 : 1) * int(-1, 5));

  // Build each household as a list of drafts; identity data (names, IDs, phones) is filled in afterwards.
  const away = AWAY[kind];
  const shapeOf = () => weighted(SHAPES[kind], (s) => s[1])[0];

  function draftHousehold(): Draft[] {
    const shape = shapeOf();
    const sn = surname();
    const res: Draft[] = [];
    const add = (gender: Gender, age: number, relation: Relation, sur = sn) =>
      res.push({ gender, age, surname: sur, relation, registered: true, habitual: true });
    // A working-age couple: both away, only the husband away, or both home.
    const workCouple = (from: number) => {
      const pair = res.slice(from).filter((d) => d.age >= 18 && d.age <= 59);
      if (chance(away)) for (const d of pair) d.habitual = pair.length > 1 && d.gender === 'female' && chance(0.25);
    };
    const children = (motherAge: number, max: number, relation: Relation) => {
      let age = motherAge - int(20, 30);
      for (let i = 0; i < max && age >= 0; i++, age -= int(2, 6)) add(chance(0.52) ? 'male' : 'female', age, relation);
    };

    switch (shape) {
      case 'elderlySingle': // widows outlive husbands, so more female heads here
        add(chance(0.6) ? 'female' : 'male', int(65, 85), 'head');
        break;
      case 'elderlyCouple': {
        const g: Gender = chance(0.9) ? 'male' : 'female';
        const age = int(60, 85);
        add(g, age, 'head');
        add(other(g), Math.min(90, spouseAge(age, g)), 'spouse', surname());
        break;
      }
      case 'leftBehind': { // grandparents raising grandchildren while the middle generation works away
        const age = int(55, 80);
        add('male', age, 'head');
        if (chance(0.75)) add('female', spouseAge(age, 'male'), 'spouse', surname());
        const mid = res.length;
        const midAge = age - int(22, 30);
        add('male', midAge, 'child');
        if (chance(0.8)) add('female', spouseAge(midAge, 'male'), 'other', surname()); // 儿媳
        for (const d of res.slice(mid)) d.habitual = chance(1 - 2 * away); // in villages mostly away
        const from = res.length;
        children(midAge - 2, int(1, 2), 'grandchild');
        for (const d of res.slice(from)) if (d.age >= 18) d.habitual = !chance(away);
        break;
      }
      case 'nuclear': {
        const age = int(30, 55);
        const g: Gender = chance(0.88) ? 'male' : 'female';
        add(g, age, 'head');
        const married = chance(0.9);
        if (married) add(other(g), spouseAge(age, g), 'spouse', surname());
        workCouple(0);
        const motherAge = g === 'female' ? age : (res[1]?.age ?? age - 2);
        const parentsAway = res.every((d) => !d.habitual);
        const from = res.length;
        children(motherAge, weighted([1, 2, 3], (n) => [5, 4, 1][n - 1]!), 'child');
        // When both parents are away, half take their children along (随迁子女).
        for (const d of res.slice(from)) d.habitual = d.age < 18 ? !(parentsAway && chance(0.5)) : !chance(away);
        break;
      }
      case 'threeGen': { // a working couple with children and an elderly parent
        const age = int(35, 55);
        add('male', age, 'head');
        add('female', spouseAge(age, 'male'), 'spouse', surname());
        workCouple(0);
        children(res[1]!.age, int(1, 2), 'child');
        for (const d of res.slice(2)) if (d.age >= 18) d.habitual = !chance(away);
        add(chance(0.65) ? 'female' : 'male', Math.min(95, age + int(22, 32)), 'parent');
        break;
      }
      case 'singleAdult': {
        add(chance(0.7) ? 'male' : 'female', int(30, 60), 'head');
        if (chance(0.3)) add(chance(0.5) ? 'male' : 'female', res[0]!.age + int(-8, 8), 'sibling');
        for (const d of res) d.habitual = d.age > 59 || !chance(away);
        break;
      }
    }
    // Elderly occasionally live with children elsewhere.
    for (const d of res) if (d.age >= 60 && chance(0.05)) d.habitual = false;
    // Registration: some in-married spouses keep hukou elsewhere; communities have renter households.
    if (kind === 'community' && chance(0.15)) for (const d of res) { d.registered = false; d.habitual = true; }
    else for (const d of res) if ((d.relation === 'spouse' || d.relation === 'other') && chance(0.05)) d.registered = false;
    return res.slice(0, 6);
  }

  // Identity details; uniqueness is tracked across the whole output.
  const areaCode = villageCode.slice(0, 6);
  const usedSeq = new Map<string, Set<number>>();
  const usedPhones = new Set<string>();
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const DAY = 86_400_000;

  // A birth date giving exactly `age` whole years on `today`: a day in (today − (age+1)y, today − age y].
  const birthDate = (age: number) => {
    const hi = Date.UTC(ty - age, tm - 1, td);
    const lo = Date.UTC(ty - age - 1, tm - 1, td);
    const d = new Date(hi - int(0, Math.round((hi - lo) / DAY) - 1) * DAY).toISOString().slice(0, 10);
    return d > today ? today : d;
  };
  const givenName = (g: Gender, year: number) => {
    const pool = [...GIVEN[g][year < 1965 ? 0 : year < 1995 ? 1 : 2]];
    const a = pool[int(0, pool.length - 1)]!;
    if (chance(year >= 1995 ? 0.1 : 0.2)) return a; // single-character given names
    let b = a;
    while (b === a) b = pool[int(0, pool.length - 1)]!;
    return a + b;
  };
  const idNumber = (birth: string, g: Gender) => {
    const used = usedSeq.get(birth) ?? new Set<number>();
    usedSeq.set(birth, used);
    let seq: number;
    // 3-digit sequence, odd for men and even for women (GB 11643-1999 §5.3); 000 is not issued.
    do seq = int(0, 498) * 2 + (g === 'male' ? 1 : 2);
    while (used.has(seq));
    used.add(seq);
    const first17 = areaCode + birth.replaceAll('-', '') + String(seq).padStart(3, '0');
    return first17 + checkDigit(first17);
  };
  const phone = () => {
    let p: string;
    do p = ['13', '15', '17', '18', '19'][int(0, 4)]! + String(int(0, 999_999_999)).padStart(9, '0');
    while (usedPhones.has(p));
    usedPhones.add(p);
    return p;
  };
  // Mobile ownership falls with age; overall ~80% of adults.
  const phoneChance = (age: number) => (age < 18 ? 0 : age < 60 ? 0.93 : age < 75 ? 0.75 : 0.45);

  const result: DemoHousehold[] = [];
  const houseNo = new Map<string, number>();
  for (let i = 0; i < households; i++) {
    // Contiguous blocks of household numbers per group, as in real household registers.
    const group = groups[Math.floor((i * groups.length) / households)]!;
    const prev = houseNo.get(group);
    const n = prev === undefined ? 1 : prev + int(1, 2); // occasional gaps in door numbers
    houseNo.set(group, n);
    const residents = draftHousehold().map((d): DemoResident => {
      const birth = birthDate(d.age);
      return {
        name: d.surname + givenName(d.gender, Number(birth.slice(0, 4))),
        gender: d.gender,
        birthDate: birth,
        idNumber: idNumber(birth, d.gender),
        phone: chance(phoneChance(d.age)) ? phone() : null,
        relationToHead: d.relation,
        registered: d.registered,
        habitual: d.habitual,
        partyMember: false,
      };
    });
    result.push({ number: String(i + 1).padStart(4, '0'), group, address: `${group}${n}号`, residents });
  }

  // Party members: a fixed 6–8% of adults, favouring men and older people
  // (weighted sampling without replacement, Efraimidis–Spirakis keys u^(1/w)).
  const adults = result.flatMap((h) => h.residents).filter((r) => ageOn(r.birthDate, today) >= 18);
  const target = Math.round(adults.length * (0.06 + rnd() * 0.02));
  adults
    .map((r) => {
      const w = (r.gender === 'male' ? 2 : 1) * (ageOn(r.birthDate, today) >= 45 ? 1.5 : 1);
      return { r, key: rnd() ** (1 / w) };
    })
    .sort((a, b) => b.key - a.key)
    .slice(0, target)
    .forEach(({ r }) => (r.partyMember = true));
  return result;
}
