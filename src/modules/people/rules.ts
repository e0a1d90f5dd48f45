// Pure validation and formatting rules for people data (residents, households).
// No I/O: callers map the returned rule ids to messages via `validationMessages`.
import { pinyin } from 'pinyin-pro';

export type IdRule = 'idNumber.format' | 'idNumber.birthDate' | 'idNumber.checkDigit';
export type PhoneRule = 'phone.format';
export type ValidationRule = IdRule | PhoneRule;

export type ParsedId =
  | { ok: true; idNumber: string; areaCode: string; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; rule: IdRule };

// GB 11643-1999 §6.2 / ISO 7064:1983 MOD 11-2: weight of position i is 2^(17-i) mod 11.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// GB 11643-1999 §6.2: check character indexed by (weighted sum mod 11); 10 is written 'X'.
const ID_CHECK_CHARS = '10X98765432';

/** Check character for the first 17 digits of a citizen ID number (GB 11643-1999). */
export function checkDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('checkDigit expects exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

/** True if y-m-d is a real Gregorian calendar date. */
function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * Validate and decode an 18-character citizen ID number (GB 11643-1999).
 * Layout: 6-digit area code (GB/T 2260), 8-digit birth date, 3-digit sequence
 * (odd = male, even = female), 1 check character.
 * Whitespace is removed and a lowercase 'x' is accepted, since both are common in typed input.
 * `today` (the China date from the server's clock) bounds the birth date: a pure rule reads no clock.
 */
export function parseIdNumber(id: string, today: string): ParsedId {
  const s = id.replace(/\s+/g, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, rule: 'idNumber.format' };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  // 1900 is a sanity floor: no living resident was born earlier.
  if (y < 1900 || !isRealDate(y, m, d) || birthDate > today) return { ok: false, rule: 'idNumber.birthDate' };
  if (checkDigit(s.slice(0, 17)) !== s[17]) return { ok: false, rule: 'idNumber.checkDigit' };
  return {
    ok: true,
    idNumber: s,
    areaCode: s.slice(0, 6),
    birthDate,
    gender: Number(s[16]) % 2 === 1 ? 'male' : 'female', // GB 11643-1999 §5.3: odd sequence = male
  };
}


// Mainland mobile numbers: 11 digits, '1' then a network digit 3–9 (MIIT numbering plan).
const MOBILE_RE = /^1[3-9]\d{9}$/;
// Landline: trunk prefix 0 + 2–3 more area-code digits, then a 7–8 digit local number.
const LANDLINE_RE = /^0\d{2,3}-?\d{7,8}$/;

/** Accept a mainland mobile or landline number; spaces are removed. */
export function parsePhone(s: string): { ok: true; phone: string } | { ok: false; rule: PhoneRule } {
  const phone = s.replace(/\s+/g, '');
  return MOBILE_RE.test(phone) || LANDLINE_RE.test(phone) ? { ok: true, phone } : { ok: false, rule: 'phone.format' };
}

/**
 * Age in whole years (周岁) on `onDate`; both dates 'YYYY-MM-DD'.
 * A person reaches the new age on the birthday itself (as voter rolls count 年满十八周岁
 * on election day); someone born on 29 Feb reaches it on 1 Mar in common years.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Comparing 'MM-DD' strings: '02-28' < '02-29' keeps a leap-day birthday unreached on 28 Feb.
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

// surname: 'head' reads the first character as a surname (曾 zeng, 单 shan); v: 'ü' as 'v' for keyboard search.
/** Lowercase pinyin initials for search, e.g. '张三丰' → 'zsf'. Non-Chinese characters pass through. */
export function pinyinInitials(name: string): string {
  return pinyin(name.trim(), { pattern: 'first', toneType: 'none', type: 'array', surname: 'head', v: true })
    .join('')
    .toLowerCase();
}

/** Lowercase full pinyin without tones or spaces, e.g. '张三丰' → 'zhangsanfeng'. */
export function pinyinFull(name: string): string {
  return pinyin(name.trim(), { toneType: 'none', type: 'array', surname: 'head', v: true })
    .join('')
    .toLowerCase();
}

export const validationMessages: Record<ValidationRule, { zh: string; en: string }> = {
  'idNumber.format': { zh: '身份证号应为18位：前17位数字，最后一位为数字或X', en: 'ID number must be 17 digits followed by a digit or X' },
  'idNumber.birthDate': { zh: '身份证号中的出生日期无效', en: 'The birth date in the ID number is not valid' },
  'idNumber.checkDigit': { zh: '身份证号校验位错误', en: 'ID number check digit is wrong' },
  'phone.format': { zh: '请填写11位手机号或带区号的固定电话', en: 'Enter an 11-digit mobile number or a landline with area code' },
};
