// The online public board (公开栏) of one village: four columns, newest first, a period filter,
// full-text search and "more" paging. The filters live in the URL (?column=&period=&q=) so a
// filtered board can be shared. Each item shows its plain-language summary and its place in
// the village's verifiable ledger.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT, type T } from '../i18n.tsx';
import { api, isAbort } from '../lib/api.ts';
import {
  columnLabel, columns, formatDay, hereLabel, parsePeriod, periodChoices, periodLabelOf, periodText, shortHash,
  type BoardItem, type BoardPage, type ChainVerification, type Column, type PublicAnswer, type Verification,
} from '../lib/disclosure.ts';
import { chinaToday } from '../lib/forms.tsx';
import { Link, navigate, useLocation } from '../lib/router.tsx';
import { ErrorNote, useApi } from '../lib/ui.tsx';
import { AskForm } from './AskForm.tsx';
import { useSubmit } from '../lib/submit.ts';

const PAGE = 20;
type Tab = 'all' | Column;
const tabs: Tab[] = ['all', ...columns];

export function Board({ code, kind }: { code: string; kind: string | null }) {
  const t = useT();
  const id = useId();
  const { path, query } = useLocation();
  const column = (columns as readonly string[]).includes(query.get('column') ?? '') ? (query.get('column') as Column) : null;
  const period = parsePeriod(query.get('period') ?? '') ? query.get('period')! : '';
  const q = (query.get('q') ?? '').trim().slice(0, 40);
  const [draftQ, setDraftQ] = useState(q);
  const [items, setItems] = useState<BoardItem[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const firstNew = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => setDraftQ(q), [q]);

  const params = new URLSearchParams({ limit: String(PAGE) });
  if (column) params.set('column', column);
  if (period) params.set('period', period);
  if (q) params.set('q', q);
  const base = `/api/v1/villages/${code}/board?${params.toString()}`;

  useEffect(() => {
    const ctl = new AbortController();
    setLoading(true);
    api<BoardPage>(base, { signal: ctl.signal }).then(
      (p) => { setItems(p.items); setNext(p.nextCursor); setVerification(p.verification); setError(null); setLoading(false); },
      (e: unknown) => { if (!isAbort(e)) { setError(e); setLoading(false); } },
    );
    return () => ctl.abort();
  }, [base]);

  useEffect(() => {
    if (firstNew.current === null) return;
    list.current?.querySelector<HTMLAnchorElement>(`a[data-entry="${firstNew.current}"]`)?.focus();
    firstNew.current = null;
  }, [items]);

  const more = async () => {
    if (next === null) return;
    setLoading(true);
    try {
      const p = await api<BoardPage>(`${base}&cursor=${next}`);
      firstNew.current = p.items[0]?.id ?? null;
      setItems((old) => [...old, ...p.items]);
      setNext(p.nextCursor);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  /** Changes one filter in the URL (replacing the history entry: filters are not pages). */
  const setFilter = (k: string, v: string) => {
    const u = new URLSearchParams(query);
    if (v) u.set(k, v); else u.delete(k);
    const s = u.toString();
    navigate(`${path}${s ? `?${s}` : ''}`, { replace: true });
  };
  const onSearch = (e: FormEvent) => { e.preventDefault(); setFilter('q', draftQ.trim()); };

  const today = chinaToday();
  const choices = periodChoices(today);
  const posterPeriod = period || choices.quarters[0]!;
  const poster = (size: 'A4' | 'A3') => `/api/v1/villages/${code}/poster.pdf?size=${size}&period=${posterPeriod}`;
  const active: Tab = column ?? 'all';
  const filtered = !!(column || period || q);

  return (
    <section aria-labelledby="board-h" className="board">
      <h2 id="board-h">{t('village.board')}</h2>
      <p className="hint">{t('board.intro', { affairs: columnLabel(t, 'village', kind), here: hereLabel(t, kind) })}</p>
      <ColumnTabs t={t} kind={kind} active={active} panel={`${id}-panel`} onPick={(tab) => setFilter('column', tab === 'all' ? '' : tab)} />
      <div className="board-filters">
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('board.period')}</label>
          <select id={`${id}-period`} value={period} onChange={(e) => setFilter('period', e.target.value)}>
            <option value="">{t('board.period.all')}</option>
            <optgroup label={t('board.period.quarters')}>
              {choices.quarters.map((p) => <option key={p} value={p}>{periodLabelOf(t, p)}</option>)}
            </optgroup>
            <optgroup label={t('board.period.months')}>
              {choices.months.map((p) => <option key={p} value={p}>{periodLabelOf(t, p)}</option>)}
            </optgroup>
          </select>
        </div>
        <form role="search" className="field" onSubmit={onSearch}>
          <label htmlFor={`${id}-q`}>{t('board.search')}</label>
          <div className="input-row">
            <input id={`${id}-q`} type="search" value={draftQ} maxLength={40} autoComplete="off"
              placeholder={t('board.search.placeholder')} onChange={(e) => setDraftQ(e.target.value)} />
            <button type="submit">{t('board.search.submit')}</button>
          </div>
        </form>
      </div>

      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`board-tab-${active}`} tabIndex={-1}>
        <ErrorNote error={error} />
        <p role="status" className="muted result-count">
          {loading && items.length === 0 ? t('common.loading')
            : items.length === 0 ? (filtered ? t('board.noneFiltered') : t('board.none'))
              : t(next === null ? 'board.countAll' : 'board.countSome', { n: items.length })}
        </p>
        {filtered && <p><button type="button" className="link-button" onClick={() => navigate(path, { replace: true })}>{t('board.clearFilters')}</button></p>}
        <ol ref={list} className="plain-list board-list">
          {items.map((it) => <BoardCard key={it.id} t={t} code={code} kind={kind} item={it} verified={!!verification?.ok && it.seq <= verification.entries} all={items} />)}
        </ol>
        {next !== null && (
          <p><button type="button" onClick={() => void more()} disabled={loading}>{t('board.more')}</button></p>
        )}
      </div>

      {verification && <ChainSummary code={code} kind={kind} v={verification} />}

      <BoardQuestions code={code} kind={kind} />

      <div className="card board-print">
        <h3>{t('board.poster')}</h3>
        <p className="hint">{t('board.poster.hint', { period: periodLabelOf(t, posterPeriod) })}</p>
        <ul className="plain-list inline-links">
          <li><a href={poster('A4')} target="_blank" rel="noopener">{t('board.poster.a4')}</a></li>
          <li><a href={poster('A3')} target="_blank" rel="noopener">{t('board.poster.a3')}</a></li>
        </ul>
      </div>
    </section>
  );
}

/** The four columns as a tab list: arrow keys move between tabs (WAI-ARIA tabs pattern). */
function ColumnTabs({ t, kind, active, panel, onPick }: { t: T; kind: string | null; active: Tab; panel: string; onPick(tab: Tab): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.indexOf(active);
    const to = e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length
      : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    onPick(tabs[to]!);
    requestAnimationFrame(() => ref.current?.querySelector<HTMLButtonElement>(`#board-tab-${tabs[to]}`)?.focus());
  };
  return (
    <div ref={ref} role="tablist" aria-label={t('board.columns')} className="column-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button key={tab} id={`board-tab-${tab}`} type="button" role="tab" aria-selected={tab === active} aria-controls={panel} tabIndex={tab === active ? 0 : -1}
          className={`column-tab col-${tab}`} onClick={() => onPick(tab)}>
          {tab === 'all' ? t('board.column.all') : columnLabel(t, tab, kind)}
        </button>
      ))}
    </div>
  );
}

function BoardCard({ t, code, kind, item, verified, all }: { t: T; code: string; kind: string | null; item: BoardItem; verified: boolean; all: BoardItem[] }) {
  const href = `/v/${code}/d/${item.id}`;
  const corrected = item.supersededBy !== null;
  const original = item.supersedes !== null ? all.find((x) => x.id === item.supersedes) : undefined;
  return (
    <li className={`board-item col-${item.column}${corrected ? ' is-superseded' : ''}`}>
      <p className="board-item-meta">
        <span className={`badge col-badge col-${item.column}`}>{columnLabel(t, item.column, kind)}</span>
        <span>{periodText(t, item.periodStart, item.periodEnd)}</span>
      </p>
      <h3 className="board-item-title"><Link to={href} data-entry={item.id}>{item.title}</Link></h3>
      {corrected && (
        <p className="notice notice-warn">
          <strong>{t('board.corrected')}</strong>{' '}
          <Link to={`/v/${code}/d/${item.supersededBy}`}>{t('board.seeCorrection', { id: item.supersededBy! })}</Link>
        </p>
      )}
      {item.supersedes !== null && (
        <p className="notice">
          <strong>{t('board.correctionOf', { id: item.supersedes })}</strong>{' '}
          <Link to={`/v/${code}/d/${item.supersedes}`}>{original ? t('board.seeOriginalTitled', { title: original.title }) : t('board.seeOriginal')}</Link>
        </p>
      )}
      <p className="summary">{item.summary[t.lang] ?? item.summary['zh-CN']}</p>
      <p className="board-item-foot">
        <span>{t('board.publishedOn', { date: formatDay(item.publishedAt, t.lang) })}</span>
        <VerifiedBadge t={t} ok={verified} seq={item.seq} hash={item.hash} />
      </p>
    </li>
  );
}

/** "verified" with the entry's number in the ledger and the first characters of its hash. */
export function VerifiedBadge({ t, ok, seq, hash }: { t: T; ok: boolean; seq: number; hash: string }) {
  return (
    <span className={`verified ${ok ? 'is-ok' : 'is-unknown'}`} title={hash}>
      <span aria-hidden="true">{ok ? '✓' : '?'}</span> {ok ? t('board.verified') : t('board.unverified')}
      <span className="verified-ref"> · {t('board.seq', { seq })} · <span className="mono">{shortHash(hash)}</span></span>
    </span>
  );
}

/** The whole chain: how many entries, the head hash, and a button to check it again now. */
function ChainSummary({ code, kind, v }: { code: string; kind: string | null; v: Verification }) {
  const t = useT();
  const [check, setCheck] = useState<ChainVerification | null>(null);
  const { busy, error, run } = useSubmit();
  const recheck = () => run(async () => setCheck(await api<ChainVerification>(`/api/v1/villages/${code}/ledger/verify`)));
  const ok = check ? check.ok : v.ok;
  return (
    <div className={`card chain ${ok ? 'chain-ok' : 'chain-bad'}`}>
      <h3>{t('board.chain')}</h3>
      <p><strong>{ok ? `✓ ${t('board.chain.ok', { n: check?.entries ?? v.entries, here: hereLabel(t, kind) })}` : `✗ ${t('board.chain.bad')}`}</strong></p>
      {check?.firstBroken && <p className="error-note">{t('board.chain.broken', { seq: check.firstBroken.seq, problem: t.dyn(`ledger.problem.${check.firstBroken.problem}`, check.firstBroken.problem) })}</p>}
      <p className="small">{t('board.chain.head')} <code className="hash">{check?.headHash ?? v.headHash}</code></p>
      <p className="hint">{t('board.chain.hint')}</p>
      <p className="inline-links">
        <button type="button" onClick={() => void recheck()} disabled={busy}>{t('board.chain.recheck')}</button>
        <a href={`/api/v1/villages/${code}/ledger/verify`} target="_blank" rel="noopener">{t('board.chain.raw')}</a>
      </p>
      <p role="status" className="small">{check ? t('board.chain.checked', { n: check.entries }) : ''}</p>
      <ErrorNote error={error} />
    </div>
  );
}

/** Answered questions about the board, and the opinion box for a question that is about no
 * single entry. The form (and its sign-in check) is only mounted once the reader opens it. */
function BoardQuestions({ code, kind }: { code: string; kind: string | null }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const answers = useApi<PublicAnswer[]>(`/api/v1/villages/${code}/feedback/public`);
  const latest = (answers.data ?? []).slice(0, 5);
  return (
    <section aria-labelledby="board-qa-h" className="card ask">
      <h3 id="board-qa-h">{t('board.qa')}</h3>
      {latest.length === 0 ? <p className="muted">{t('entry.answersNone')}</p> : (
        <ol className="plain-list qa-list">
          {latest.map((f) => (
            <li key={f.id} className="qa">
              <p className="q"><span className="qa-mark" aria-hidden="true">{t('entry.qMark')}</span><span className="sr-only">{t('entry.question')}</span>{f.question}</p>
              <p className="a"><span className="qa-mark" aria-hidden="true">{t('entry.aMark')}</span><span className="sr-only">{t('entry.answer')}</span>{f.answer}</p>
              <p className="hint">
                {t('entry.answeredOn', { asked: formatDay(f.createdAt, t.lang), answered: f.answeredAt ? formatDay(f.answeredAt, t.lang) : '—' })}
                {f.entryId !== null && <> · <Link to={`/v/${code}/d/${f.entryId}`}>{t('board.qa.about', { id: f.entryId })}</Link></>}
              </p>
            </li>
          ))}
        </ol>
      )}
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('board.qa.ask')}</summary>
        <p className="hint">{kind === 'community' ? t('ask.intro.community') : t('ask.intro.village')}</p>
        {open && <AskForm code={code} entryId={null} kind={kind} />}
      </details>
    </section>
  );
}
