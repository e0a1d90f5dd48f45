// One masking policy for personal data, whoever shows it (个人信息保护法 Art.6: no more than the
// purpose needs). Staff with a need to know see the whole value (the route's permission decides
// that); everyone else sees the masked form below, the same in every module and page:
//   name      谭秀英 → 谭**, 李明 → 李*   (the surname stays, so neighbours can tell who is meant)
//   ID number 500230199001011234 → 5002**********1234
//   phone     13812345678 → 138****5678

/** 谭秀英 → 谭**; a Latin or mixed name keeps its first letter (Anna → A***). */
export function maskName(name: string): string {
  const s = name.trim();
  const chars = [...s];
  if (chars.length === 0) return '*';
  if (/^\p{Script=Han}+$/u.test(s)) return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
  return `${chars[0]}***`;
}

/** '500230199001011234' → '5002**********1234'. Shorter strings keep less, never leaking the middle. */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return s.slice(0, 4) + '*'.repeat(s.length - 8) + s.slice(-4);
}

/** '13812345678' → '138****5678'; other lengths keep the first 3 and last 2 characters. */
export function maskPhone(phone: string): string {
  const s = phone.replace(/\s+/g, '');
  if (s === '') return '';
  if (/^1\d{10}$/.test(s)) return `${s.slice(0, 3)}****${s.slice(7)}`;
  if (s.length <= 5) return '*'.repeat(s.length);
  return s.slice(0, 3) + '*'.repeat(s.length - 5) + s.slice(-2);
}
