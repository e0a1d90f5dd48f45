// The jurisdiction the staff user is working on, kept in the URL as ?at=CODE. The user's
// grants are the roots; from there they may drill down (a township official picks one of
// their villages). Everything below reads the selected node from this context.
import { createContext, useContext, useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { covers } from '../../core/jurisdiction-codes.ts';
import { useT } from '../i18n.tsx';
import { api } from '../lib/api.ts';
import { Link, navigate, PageHeading, useLocation } from '../lib/router.tsx';
import type { Me, NodeDetail, NodeSummary } from '../lib/types.ts';
import { useApi } from '../lib/ui.tsx';

interface At { code: string | null; node: NodeDetail | null; error: unknown; roots: string[] }
const Ctx = createContext<At>({ code: null, node: null, error: null, roots: [] });

export const useAt = () => useContext(Ctx);
export const useRoots = () => useContext(Ctx).roots;

/** A staff path with the selected node (and more query parameters) attached. */
export function atHref(path: string, code: string | null, extra: Record<string, string | number> = {}): string {
  const q = new URLSearchParams();
  if (code) q.set('at', code);
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export function AtProvider({ me, children }: { me: Me; children: ReactNode }) {
  const { path, query } = useLocation();
  const roots = useMemo(() => [...new Set(me.grants.map((g) => g.jurisdictionCode))].sort(), [me]);
  const raw = query.get('at');
  const code = raw && roots.some((r) => covers(r, raw)) ? raw : null;
  useEffect(() => {
    // No (or an out-of-reach) node in the URL: start at the first grant.
    if (!code && roots[0]) {
      const q = new URLSearchParams(query);
      q.set('at', roots[0]);
      navigate(`${path}?${q.toString()}`, { replace: true });
    }
  }, [code, roots, path, query]);
  const { data, error } = useApi<NodeDetail>(code ? `/api/v1/jurisdictions/${code}` : null);
  const node = data && data.code === code ? data : null;
  const value = useMemo(() => ({ code, node, error, roots }), [code, node, error, roots]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The page to show after switching node: the same one, except pages about one village's record. */
function samePageAt(path: string, code: string): string {
  const keep = /^\/staff\/people\/\d+$/.test(path) || path.startsWith('/staff/people/new') ? '/staff/people'
    : /^\/staff\/disclosure\/(\d+|new)$/.test(path) ? '/staff/disclosure'
    : /^\/staff\/decisions\/(meetings\/)?\d+$/.test(path) ? '/staff/decisions'
    : /^\/staff\/consultation\/\d+$/.test(path) ? '/staff/consultation' : path;
  return atHref(keep, code);
}
const goTo = (path: string, code: string) => navigate(samePageAt(path, code));

export function JurisdictionSwitcher() {
  const t = useT();
  const { path } = useLocation();
  const { code, node, roots } = useAt();
  const id = useId();
  const [child, setChild] = useState('');
  const [rootNames, setRootNames] = useState<Record<string, string>>({});

  useEffect(() => {
    if (roots.length < 2) return;
    let live = true;
    void Promise.all(roots.map((r) => api<NodeSummary>(`/api/v1/jurisdictions/${r}`).then((n) => [r, n.name] as const, () => [r, r] as const)))
      .then((pairs) => { if (live) setRootNames(Object.fromEntries(pairs)); });
    return () => { live = false; };
  }, [roots]);
  useEffect(() => setChild(''), [code]);

  if (!code) return null;
  const chain = node ? [...node.path, node].filter((n) => roots.some((r) => covers(r, n.code))) : [];
  const onPick = (e: FormEvent) => {
    e.preventDefault();
    if (child) goTo(path, child);
  };
  const chooseKey = node ? `staff.switcher.choose.${node.level}` : '';

  return (
    <nav aria-label={t('staff.switcher.label')} className="switcher">
      {roots.length > 1 && (
        <form key={code} className="inline-form" onSubmit={(e) => { e.preventDefault(); const v = (e.currentTarget.elements.namedItem('root') as HTMLSelectElement).value; goTo(path, v); }}>
          <label htmlFor={`${id}-root`}>{t('staff.switcher.roots')}</label>
          <select id={`${id}-root`} name="root" defaultValue={roots.find((r) => covers(r, code)) ?? roots[0]}>
            {roots.map((r) => <option key={r} value={r}>{rootNames[r] ?? r}</option>)}
          </select>
          <button type="submit">{t('staff.switcher.go')}</button>
        </form>
      )}
      <div className="switcher-row">
        <span className="switcher-current-label">{t('staff.switcher.current')}</span>
        <ol className="breadcrumb">
          {chain.map((n, i) => (
            <li key={n.code}>
              {i === chain.length - 1
                ? <strong aria-current="location">{n.shortName}</strong>
                : <Link to={samePageAt(path, n.code)}>{n.shortName}</Link>}
            </li>
          ))}
        </ol>
        {node && node.children.length > 0 && (
          <form className="inline-form child-picker" onSubmit={onPick}>
            <label htmlFor={`${id}-child`}>{t.dyn(chooseKey, t('staff.switcher.choose.other'))}</label>
            <select id={`${id}-child`} value={child} onChange={(e) => setChild(e.target.value)}>
              <option value="">{t('staff.switcher.pick')}</option>
              {node.children.map((c) => <option key={c.code} value={c.code}>{c.shortName}</option>)}
            </select>
            <button type="submit" disabled={!child}>{t('staff.switcher.go')}</button>
          </form>
        )}
      </div>
    </nav>
  );
}

/** Shown on village-only pages while a township or county is selected. */
export function NeedVillage() {
  const t = useT();
  const { path } = useLocation();
  const { node } = useAt();
  return (
    <>
      <PageHeading title={t('staff.needVillage.title')} brand={t('app.name')}>{t('staff.needVillage.title')}</PageHeading>
      <p>{t('staff.needVillage.body')}</p>
      {node && node.children.length > 0 && (
        <ul className="link-columns">
          {node.children.map((c) => <li key={c.code}><Link to={samePageAt(path, c.code)}>{c.shortName}</Link></li>)}
        </ul>
      )}
    </>
  );
}
