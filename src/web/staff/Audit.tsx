// The audit log of the selected node and everything below it, newest first.
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n.tsx';
import { api, isAbort } from '../lib/api.ts';
import { PageHeading } from '../lib/router.tsx';
import type { AuditItem, AuditPage as AuditList } from '../lib/types.ts';
import { ErrorNote, formatDateTime } from '../lib/ui.tsx';
import { useAt } from './at.tsx';

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return null;
  return <pre className="json">{JSON.stringify(value, null, 1)}</pre>;
}

export function AuditPage() {
  const t = useT();
  const { code, node } = useAt();
  const id = useId();
  const [items, setItems] = useState<AuditItem[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const base = `/api/v1/jurisdictions/${code}/audit?limit=50`;

  useEffect(() => {
    const ctl = new AbortController();
    setLoading(true);
    api<AuditList>(base, { signal: ctl.signal }).then(
      (p) => { setItems(p.items); setNext(p.nextBefore); setError(null); setLoading(false); },
      (e: unknown) => { if (!isAbort(e)) { setError(e); setLoading(false); } },
    );
    return () => ctl.abort();
  }, [base]);

  const more = async () => {
    if (next === null) return;
    setLoading(true);
    try {
      const p = await api<AuditList>(`${base}&before=${next}`);
      setItems((old) => [...old, ...p.items]);
      setNext(p.nextBefore);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <PageHeading title={t('audit.title')} brand={t('app.name')}>{t('audit.title')}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('audit.intro')}</p>
      <ErrorNote error={error} />
      <p role="status" className="muted">{loading ? t('common.loading') : items.length === 0 ? t('audit.none') : t('audit.count', { n: items.length })}</p>
      {items.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="data audit-table">
            <caption id={`${id}-caption`}>{t('audit.caption', { name: node?.shortName ?? '' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col.at')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.capacity')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.target')}</th>
                <th scope="col">{t('audit.col.jurisdiction')}</th>
                <th scope="col">{t('audit.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td className="num">{formatDateTime(a.at, t.lang)}</td>
                  <td>{a.actorLabel}</td>
                  <td>{t.dyn(`role.${a.capacityRole}`, a.capacityRole)}{a.capacityCode && <span className="muted mono"> {a.capacityCode}</span>}</td>
                  <td>{t.dyn(`action.${a.action}`, a.action)}</td>
                  <td>{t.dyn(`target.${a.targetType}`, a.targetType)} <span className="mono">#{a.targetId}</span></td>
                  <td className="mono">{a.jurisdictionCode}</td>
                  <td>
                    {(a.before != null || a.after != null) && (
                      <details>
                        <summary>{t('audit.show')}</summary>
                        {a.before != null && <><p className="small">{t('audit.before')}</p><Json value={a.before} /></>}
                        {a.after != null && <><p className="small">{t('audit.after')}</p><Json value={a.after} /></>}
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next !== null && <p><button type="button" onClick={() => void more()} disabled={loading}>{t('audit.more')}</button></p>}
    </>
  );
}
