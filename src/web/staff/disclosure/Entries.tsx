// The board editor of one village: every entry by status (newest first), the form for a new
// entry, and the supervisory committee's review queue (entries waiting in review).
import { useEffect, useState } from 'react';
import { useT } from '../../i18n.tsx';
import { api, isAbort } from '../../lib/api.ts';
import type { ApiResponse } from '../../lib/api-types.ts';
import { columnLabel, periodText, statuses, type EntryListItem, type Status } from '../../lib/disclosure.ts';
import { Link, navigate, PageHeading, useLocation } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime } from '../../lib/ui.tsx';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { DisclosureNav, StatusBadge } from './common.tsx';
import { EntryForm } from './EntryForm.tsx';

type EntryList = ApiResponse<'/api/v1/villages/{code}/disclosures'>;

const PAGE = 50;

function useEntries(code: string | null, status: Status | null) {
  const [items, setItems] = useState<EntryListItem[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const base = `/api/v1/villages/${code}/disclosures?limit=${PAGE}${status ? `&status=${status}` : ''}`;
  useEffect(() => {
    const ctl = new AbortController();
    setLoading(true);
    api<EntryList>(base, { signal: ctl.signal }).then(
      (p) => { setItems(p.items); setNext(p.nextBefore); setError(null); setLoading(false); },
      (e: unknown) => { if (!isAbort(e)) { setError(e); setLoading(false); } },
    );
    return () => ctl.abort();
  }, [base]);
  const more = async () => {
    if (next === null) return;
    setLoading(true);
    try {
      const p = await api<EntryList>(`${base}&before=${next}`);
      setItems((old) => [...old, ...p.items]);
      setNext(p.nextBefore);
    } catch (e) { setError(e); } finally { setLoading(false); }
  };
  return { items, next, loading, error, more };
}

function EntryTable({ items, caption }: { items: EntryListItem[]; caption: string }) {
  const t = useT();
  const { code, node } = useAt();
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data entries-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('disclosure.col.number')}</th>
            <th scope="col">{t('disclosure.col.title')}</th>
            <th scope="col">{t('disclosure.col.status')}</th>
            <th scope="col">{t('disclosure.form.column')}</th>
            <th scope="col">{t('disclosure.form.period')}</th>
            <th scope="col">{t('disclosure.col.updated')}</th>
            <th scope="col">{t('disclosure.detail.createdBy')}</th>
            <th scope="col">{t('disclosure.col.ledger')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td className="num">{e.id}</td>
              <th scope="row" className="title-cell">
                <Link to={atHref(`/staff/disclosure/${e.id}`, code)}>{e.title}</Link>
                {e.supersedesEntryId !== null && <span className="muted small"> · {t('disclosure.list.corrects', { id: e.supersedesEntryId })}</span>}
              </th>
              <td><StatusBadge status={e.status} /></td>
              <td>{columnLabel(t, e.column, node?.kind)}</td>
              <td>{periodText(t, e.periodStart, e.periodEnd)}</td>
              <td>{formatDateTime(e.updatedAt, t.lang)}</td>
              <td>{e.createdBy}</td>
              <td className="num">{e.ledgerSeq ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EntriesPage() {
  const t = useT();
  const me = useMe()!;
  const { path, query } = useLocation();
  const { code, node } = useAt();
  const status = (statuses as readonly string[]).includes(query.get('status') ?? '') ? (query.get('status') as Status) : null;
  const { items, next, loading, error, more } = useEntries(code, status);
  const title = t('disclosure.title');
  const setStatus = (s: Status | null) => {
    const q = new URLSearchParams(query);
    if (s) q.set('status', s); else q.delete('status');
    navigate(`${path}?${q.toString()}`, { replace: true });
  };
  return (
    <>
      <DisclosureNav />
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('disclosure.intro')}</p>
      <div className="filter-chips" role="group" aria-label={t('disclosure.filter.status')}>
        {[null, ...statuses].map((s) => (
          <button key={s ?? 'all'} type="button" aria-pressed={status === s} onClick={() => setStatus(s)}>
            {s ? t.dyn(`disclosure.status.${s}`, s) : t('disclosure.filter.all')}
          </button>
        ))}
      </div>
      <ErrorNote error={error} />
      <p role="status" className="muted result-count">
        {loading ? t('common.loading') : items.length === 0 ? t('disclosure.list.none') : t('disclosure.list.count', { n: items.length })}
      </p>
      {items.length > 0 && <EntryTable items={items} caption={t('disclosure.list.caption', { name: node?.shortName ?? '' })} />}
      {next !== null && <p><button type="button" onClick={() => void more()} disabled={loading}>{t('people.loadMore')}</button></p>}
      {can(me, 'disclosure.draft') && items.length === 0 && !loading && !status && (
        <p><Link to={atHref('/staff/disclosure/new', code)}>{t('disclosure.new')}</Link></p>
      )}
    </>
  );
}

export function NewEntryPage() {
  const t = useT();
  const { code, node } = useAt();
  const title = t('disclosure.new.title');
  return (
    <>
      <DisclosureNav />
      <p className="back"><Link to={atHref('/staff/disclosure', code)}>{t('disclosure.back')}</Link></p>
      <PageHeading title={title} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('disclosure.new.intro')}</p>
      <EntryForm code={code!} kind={node?.kind ?? null} onSaved={(e) => navigate(atHref(`/staff/disclosure/${e.id}`, code))} />
    </>
  );
}

export function ReviewQueuePage() {
  const t = useT();
  const me = useMe()!;
  const { node } = useAt();
  const { code } = useAt();
  const { items, next, loading, error, more } = useEntries(code, 'inReview');
  const title = t('disclosure.review.title');
  return (
    <>
      <DisclosureNav />
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{can(me, 'disclosure.review') ? t('disclosure.review.intro') : t('disclosure.review.introOthers')}</p>
      <ErrorNote error={error} />
      <p role="status" className="muted result-count">
        {loading ? t('common.loading') : items.length === 0 ? t('disclosure.review.none') : t('disclosure.review.count', { n: items.length })}
      </p>
      {items.length > 0 && <EntryTable items={items} caption={t('disclosure.review.caption', { name: node?.shortName ?? '' })} />}
      {next !== null && <p><button type="button" onClick={() => void more()} disabled={loading}>{t('people.loadMore')}</button></p>}
    </>
  );
}
