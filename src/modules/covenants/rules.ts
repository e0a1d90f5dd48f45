// Pure rules of covenants: the numbering of chapters and clauses (第一章, 第一条…), the diff of two
// versions by clause id, the women's participation in the vote, the warning roll's expiry.
import { RuleInputError } from '../../core/errors.ts';
import type { Chapter } from './tables.ts';
import { addDays } from '../../core/time.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五, 100 → 一百, 105 → 一百零五 (up to 999). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`chineseNumber: ${n}`);
  const h = Math.floor(n / 100), t = Math.floor((n % 100) / 10), u = n % 10;
  let s = '';
  if (h) s += `${DIGITS[h]}百`;
  if (t) s += `${h || t > 1 ? DIGITS[t] : ''}十`;
  else if (h && u) s += '零';
  if (u) s += DIGITS[u];
  return s;
}

export interface NumberedClause { id: string; text: string; chapter: number; article: number; label: string }
export interface NumberedChapter { number: number; label: string; title: string; clauses: NumberedClause[] }

/** Chapters are numbered 第一章…, articles 第一条… straight through the text (the usual style of a covenant). */
export function numberChapters(chapters: Chapter[]): NumberedChapter[] {
  let article = 0;
  return chapters.map((c, i) => ({
    number: i + 1, label: `第${chineseNumber(i + 1)}章`, title: c.title,
    clauses: c.clauses.map((k) => { article++; return { id: k.id, text: k.text, chapter: i + 1, article, label: `第${chineseNumber(article)}条` }; }),
  }));
}

export const clausesOf = (chapters: Chapter[]): NumberedClause[] => numberChapters(chapters).flatMap((c) => c.clauses);

export interface DiffRow { clauseId: string; change: 'added' | 'removed' | 'changed' | 'moved' | 'same'; before: { label: string; text: string } | null; after: { label: string; text: string } | null }

/**
 * Side by side by clause id (not by text position): a clause keeps its id when it is reworded or
 * moved, so a comment anchored to it follows it. Rows in the order of the newer text, removed
 * clauses where they stood.
 */
export function diffChapters(older: Chapter[], newer: Chapter[]): DiffRow[] {
  const a = clausesOf(older), b = clausesOf(newer);
  const byId = new Map(a.map((c) => [c.id, c]));
  const inNew = new Set(b.map((c) => c.id));
  const rows: DiffRow[] = [];
  const removedBefore = (idx: number) => a.filter((c, i) => !inNew.has(c.id) && i <= idx);
  const emitted = new Set<string>();
  for (const c of b) {
    const old = byId.get(c.id);
    if (old) {
      const oldIdx = a.indexOf(old);
      for (const r of removedBefore(oldIdx)) {
        if (emitted.has(r.id)) continue;
        emitted.add(r.id);
        rows.push({ clauseId: r.id, change: 'removed', before: { label: r.label, text: r.text }, after: null });
      }
    }
    const change = !old ? 'added' : old.text !== c.text ? 'changed' : old.label !== c.label ? 'moved' : 'same';
    rows.push({ clauseId: c.id, change, before: old ? { label: old.label, text: old.text } : null, after: { label: c.label, text: c.text } });
  }
  for (const r of a) if (!inNew.has(r.id) && !emitted.has(r.id)) rows.push({ clauseId: r.id, change: 'removed', before: { label: r.label, text: r.text }, after: null });
  return rows;
}

export const CLAUSE_ID = /^k\d{1,6}$/;

/**
 * Gives new clauses their ids and checks the ids a draft keeps: an id must be one this covenant
 * has issued before (so a comment cannot be re-anchored to a forged clause), and appear once.
 */
export function assignClauseIds(chapters: { title: string; clauses: { id?: string | undefined; text: string }[] }[], known: Set<string>, nextNo: number): { chapters: Chapter[]; nextNo: number } {
  const seen = new Set<string>();
  let next = nextNo;
  const out = chapters.map((c, ci) => ({
    title: c.title.trim(),
    clauses: c.clauses.map((k, ki) => {
      const field = `chapters[${ci}].clauses[${ki}]`;
      const text = k.text.trim();
      if (!text) throw new RuleInputError(`${field}.text`, '条款内容不能为空 the clause is empty');
      let id = k.id;
      if (id === undefined) id = `k${next++}`;
      else if (!CLAUSE_ID.test(id) || !known.has(id)) throw new RuleInputError(`${field}.id`, `没有编号为 ${id} 的条款 no clause ${id} in this covenant`);
      if (seen.has(id)) throw new RuleInputError(`${field}.id`, `条款 ${id} 出现了两次 clause ${id} appears twice`);
      seen.add(id);
      return { id, text };
    }),
  }));
  if (!out.some((c) => c.clauses.length)) throw new RuleInputError('chapters', '草案至少要有一条条款 the draft has no clause');
  return { chapters: out, nextNo: next };
}

/**
 * 「表决应有一定比例妇女参会」 (2018 guidance, step 4, shared/LAW.md §4): the guidance sets no
 * figure, so the platform records how many women were present and refuses a vote without any.
 */
export function womenParticipation(present: number, women: number): { ok: boolean; share: number; message: string } {
  if (!Number.isInteger(women) || women < 0) throw new RuleInputError('womenPresent', '请填写出席的妇女人数 give the number of women present');
  if (women > present) throw new RuleInputError('womenPresent', `妇女人数 ${women} 超过出席人数 ${present} more women than present`);
  const share = present ? women / present : 0;
  return {
    ok: women > 0,
    share,
    message: women > 0
      ? `出席 ${present} 人，其中妇女 ${women} 人（${Math.round(share * 100)}%）`
      : '表决应有一定比例妇女参会（《关于做好村规民约和居民公约工作的指导意见》）：本次会议没有妇女出席，不能作为公约表决',
  };
}

export const WARNING_DAYS = { min: 30, max: 1095, default: 180 } as const;

/** The last day a warning-roll entry is shown: the village chooses the period (30 days to 3 years). */
export function warningExpiry(recordedOn: string, days: number): string {
  if (!Number.isInteger(days) || days < WARNING_DAYS.min || days > WARNING_DAYS.max) throw new RuleInputError('warningDays', `警示期限应为 ${WARNING_DAYS.min}–${WARNING_DAYS.max} 天 between ${WARNING_DAYS.min} and ${WARNING_DAYS.max} days`);
  return addDays(recordedOn, days);
}
