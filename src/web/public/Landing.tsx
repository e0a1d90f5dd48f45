// The landing page: what the platform is, a search for one's village, the way in for staff.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n.tsx';
import { api, isAbort } from '../lib/api.ts';
import { Link, PageHeading } from '../lib/router.tsx';
import type { NodeSummary } from '../lib/types.ts';
import { ErrorNote, useDebounced } from '../lib/ui.tsx';

export function Landing() {
  const t = useT();
  const inputId = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [results, setResults] = useState<NodeSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState('');

  useEffect(() => {
    const term = submitted || query;
    if (!term) { setResults(null); return; }
    const ctl = new AbortController();
    api<NodeSummary[]>(`/api/v1/jurisdictions?q=${encodeURIComponent(term)}`, { signal: ctl.signal }).then(
      (r) => { setResults(r); setError(null); },
      (e: unknown) => { if (!isAbort(e)) setError(e); },
    );
    return () => ctl.abort();
  }, [query, submitted]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(q.trim());
  };

  return (
    <>
      <PageHeading title={t('app.name')} brand={t('app.name')}>{t('landing.title')}</PageHeading>
      <p className="lead">{t('landing.intro')}</p>
      <ul className="plain-list feature-list">
        <li>{t('landing.point.board')}</li>
        <li>{t('landing.point.decisions')}</li>
        <li>{t('landing.point.services')}</li>
      </ul>

      <section aria-labelledby={`${inputId}-h`} className="card">
        <h2 id={`${inputId}-h`}>{t('landing.search.heading')}</h2>
        <form role="search" onSubmit={onSubmit} className="inline-form">
          <label htmlFor={inputId}>{t('landing.search.label')}</label>
          <div className="input-row">
            <input id={inputId} type="search" value={q} autoComplete="off" maxLength={40}
              placeholder={t('landing.search.placeholder')}
              onChange={(e) => { setQ(e.target.value); setSubmitted(''); }} />
            <button type="submit">{t('landing.search.submit')}</button>
          </div>
        </form>
        <ErrorNote error={error} />
        <p role="status" className="muted">
          {results === null ? '' : results.length === 0 ? t('landing.search.none') : t('landing.search.count', { n: results.length })}
        </p>
        {results && results.length > 0 && (
          <ul className="result-list">
            {results.map((r) => (
              <li key={r.code}>
                {r.level === 'village'
                  ? <Link to={`/v/${r.code}`}>{r.shortName}</Link>
                  : <span>{r.name}</span>}
                {' '}<span className="badge">{t.dyn(r.kind ? `kind.${r.kind}` : `level.${r.level}`, r.level)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="staff-entry">
        <Link to="/login">{t('landing.staffLogin')}</Link>
      </p>
    </>
  );
}
