// The people register of one village: search (name, pinyin initials, household number),
// a dense table with cursor paging, arrow keys move between rows, Enter opens one.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useT, type T } from '../i18n.tsx';
import { api, isAbort } from '../lib/api.ts';
import { Link, navigate, PageHeading } from '../lib/router.tsx';
import type { Flag, ResidentListItem, ResidentPage } from '../lib/types.ts';
import { ErrorNote, useDebounced } from '../lib/ui.tsx';
import { atHref, useAt } from './at.tsx';
import { can, useMe } from './session.ts';

const PAGE = 50;

export function Badges({ t, registered, habitual, partyMember, flags }: { t: T; registered: boolean; habitual: boolean; partyMember?: boolean; flags?: Flag[] }) {
  return (
    <span className="badges">
      {registered && <span className="badge">{t('people.badge.registered')}</span>}
      {habitual && <span className="badge badge-alt">{t('people.badge.habitual')}</span>}
      {partyMember && <span className="badge badge-party">{t('people.badge.party')}</span>}
      {flags?.map((f) => <span key={f} className="badge badge-flag">{t.dyn(`flag.${f}`, f)}</span>)}
    </span>
  );
}

export function RegisterPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const searchId = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [items, setItems] = useState<ResidentListItem[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const tbody = useRef<HTMLTableSectionElement>(null);
  const firstNew = useRef<number | null>(null);
  const base = `/api/v1/jurisdictions/${code}/residents?limit=${PAGE}${query ? `&q=${encodeURIComponent(query)}` : ''}`;

  useEffect(() => {
    const ctl = new AbortController();
    setLoading(true);
    api<ResidentPage>(base, { signal: ctl.signal }).then(
      (p) => { setItems(p.items); setNext(p.nextCursor); setError(null); setLoading(false); },
      (e: unknown) => { if (!isAbort(e)) { setError(e); setLoading(false); } },
    );
    return () => ctl.abort();
  }, [base]);

  useEffect(() => {
    // After "load more", put the keyboard on the first row that arrived.
    if (firstNew.current === null) return;
    const link = tbody.current?.querySelector<HTMLAnchorElement>(`a[data-row="${firstNew.current}"]`);
    firstNew.current = null;
    link?.focus();
  }, [items]);

  const loadMore = async () => {
    if (next === null) return;
    setLoading(true);
    try {
      const p = await api<ResidentPage>(`${base}&cursor=${next}`);
      firstNew.current = p.items[0]?.id ?? null;
      setItems((old) => [...old, ...p.items]);
      setNext(p.nextCursor);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  const groups = new Map((node?.groups ?? []).map((g) => [g.id, g.name]));
  const detail = (id: number) => atHref(`/staff/people/${id}`, code);

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const links = [...(tbody.current?.querySelectorAll<HTMLAnchorElement>('a[data-row]') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    e.preventDefault();
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? links.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
    links[Math.max(0, Math.min(links.length - 1, to))]?.focus();
  };
  const onRowClick = (e: MouseEvent<HTMLTableRowElement>, id: number) => {
    if ((e.target as HTMLElement).closest('a, button, input')) return;
    navigate(detail(id));
  };

  const title = t('people.title');
  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>
        {title}<span className="h1-sub">{node?.shortName}</span>
      </PageHeading>
      <div className="toolbar">
        <form role="search" className="inline-form search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={searchId}>{t('people.search.label')}</label>
          <input id={searchId} type="search" value={q} maxLength={30} autoComplete="off" spellCheck={false}
            aria-describedby={`${searchId}-hint`} onChange={(e) => setQ(e.target.value)} />
          <p id={`${searchId}-hint`} className="hint">{t('people.search.hint')}</p>
        </form>
        <ul className="actions">
          {can(me, 'people.write') && <li><Link to={atHref('/staff/people/new-household', code)}>{t('people.addHousehold')}</Link></li>}
          {can(me, 'people.write') && <li><Link to={atHref('/staff/people/new-resident', code)}>{t('people.addResident')}</Link></li>}
          {can(me, 'people.import') && <li><Link to={atHref('/staff/people/import', code)}>{t('people.import')}</Link></li>}
          {can(me, 'people.export') && <li><a href={`/api/v1/jurisdictions/${code}/people-export`} download>{t('people.export')}</a></li>}
        </ul>
      </div>
      <ErrorNote error={error} />
      <p role="status" className="muted result-count">
        {loading ? t('common.loading') : items.length === 0 ? t('people.none') : t(next === null ? 'people.countAll' : 'people.countSome', { n: items.length })}
      </p>
      {items.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby={`${searchId}-caption`} tabIndex={0}>
          <table className="data people-table">
            <caption id={`${searchId}-caption`}>{t('people.table.caption', { name: node?.shortName ?? '' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.col.name')}</th>
                <th scope="col">{t('people.col.gender')}</th>
                <th scope="col">{t('people.col.birthDate')}</th>
                <th scope="col">{t('people.col.idNumber')}</th>
                <th scope="col">{t('people.col.phone')}</th>
                <th scope="col">{t('people.col.household')}</th>
                <th scope="col">{t('people.col.group')}</th>
                <th scope="col">{t('people.col.relation')}</th>
                <th scope="col">{t('people.col.residence')}</th>
                <th scope="col">{t('people.col.party')}</th>
                <th scope="col">{t('people.col.flags')}</th>
              </tr>
            </thead>
            <tbody ref={tbody} onKeyDown={onKeyDown}>
              {items.map((r) => (
                <tr key={r.id} onClick={(e) => onRowClick(e, r.id)}>
                  <th scope="row"><Link to={detail(r.id)} data-row={r.id}>{r.name}</Link></th>
                  <td>{t.dyn(`gender.${r.gender}`, r.gender)}</td>
                  <td className="num">{r.birthDate}</td>
                  <td className="mono">{r.idNumberMasked}</td>
                  <td className="mono">{r.phoneMasked}</td>
                  <td className="mono">{r.householdNumber}</td>
                  <td>{r.groupId !== null ? groups.get(r.groupId) ?? '' : ''}</td>
                  <td>{t.dyn(`relation.${r.relationToHead}`, r.relationToHead)}</td>
                  <td><Badges t={t} registered={r.registered} habitual={r.habitual} /></td>
                  <td>{r.partyMember ? t('people.party.yes') : <><span className="muted" aria-hidden="true">—</span><span className="sr-only">{t('people.party.no')}</span></>}</td>
                  <td><Badges t={t} registered={false} habitual={false} flags={r.flags} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next !== null && (
        <p><button type="button" onClick={() => void loadMore()} disabled={loading}>{t('people.loadMore')}</button></p>
      )}
      {items.length > 0 && <p className="hint">{t('people.keyboardHint')}</p>}
    </>
  );
}
