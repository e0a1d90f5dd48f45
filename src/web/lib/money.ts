// Money on the web side is integer fen, like on the server. Parsing and formatting work on the
// digits as text, so no binary floating point ever touches an amount (0.1 + 0.2 ≠ 0.3).

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The largest amount the server accepts for one line (fen). */
export const MAX_FEN = 1e13;

/**
 * Parses what a clerk types as yuan ("1,234.5", "１２３４.５０", "¥86.4", "86.40元") into integer fen.
 * Returns null when it is not a positive amount with at most two decimals.
 */
export function parseYuanToFen(input: string): number | null {
  const s = input
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) // full-width digits and point
    .replace(/[\s,，]/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '');
  const m = /^(\d{1,11})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen > 0 && fen <= MAX_FEN && Number.isSafeInteger(fen) ? fen : null;
}

/** Fen as a plain yuan string for an input field: 86540 → "865.40". */
export const fenToYuanInput = (fen: number): string => `${Math.floor(fen / 100)}.${pad2(fen % 100)}`;

/** Fen as yuan for reading, grouped in the reader's language: 1936540 → "19,365.40". */
export function formatYuan(fen: number, lang: string): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString(lang)}.${pad2(abs % 100)}`;
}
