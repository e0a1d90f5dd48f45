// Township / county overview (disclosure.report): every village below, for one quarter, with
// what it published on time, late, what is due or overdue and how its opinion box is answered;
// sortable, overdue first. Plain CSS bars (no chart library on staff pages). Below, the
// quarterly reports (信息报送) with their Excel downloads and "generate now".
import { useId, useState } from 'react';
import { useT, type T } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import type { ApiResponse } from '../../lib/api-types.ts';
import { quarterLabel, quarterOfDate, type Compliance, type ReportListItem, type VillageCompliance } from '../../lib/disclosure.ts';
import { chinaToday } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading, useLocation } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, Loading, useApi } from '../../lib/ui.tsx';
import { atHref, useAt } from '../at.tsx';
import { useSubmit } from '../../lib/submit.ts';

type Key = 'name' | 'published' | 'onTime' | 'late' | 'dueSoon' | 'overdue' | 'calendarMissing' | 'fbReceived' | 'fbOverdue';
const num = (v: VillageCompliance, k: Key): number | string => {
  switch (k) {
    case 'name': return v.name;
    case 'fbReceived': return v.feedback.received;
    case 'fbOverdue': return v.feedback.overdue;
    default: return v[k];
  }
};

export function CompliancePage() {
  const t = useT();
  const id = useId();
  const { path, query } = useLocation();
  const { code, node } = useAt();
  // Default: the last quarter that has ended (the current one is not yet owed).
  const today = chinaToday();
  const cur = quarterOfDate(today);
  const last = cur.quarter === 1 ? { year: cur.year - 1, quarter: 4 } : { year: cur.year, quarter: cur.quarter - 1 };
  const year = /^\d{4}$/.test(query.get('year') ?? '') ? Number(query.get('year')) : last.year;
  const quarter = /^[1-4]$/.test(query.get('quarter') ?? '') ? Number(query.get('quarter')) : last.quarter;
  const level = node?.level;
  const ok = level === 'township' || level === 'county';
  const data = useApi<Compliance>(ok ? `/api/v1/jurisdictions/${code}/disclosure-compliance?year=${year}&quarter=${quarter}` : null);
  const [sort, setSort] = useState<{ key: Key; desc: boolean }>({ key: 'overdue', desc: true });
  const title = t('compliance.title');
  const setPeriod = (y: number, q: number) => navigate(`${path}?${new URLSearchParams({ ...Object.fromEntries(query), year: String(y), quarter: String(q) }).toString()}`, { replace: true });

  if (node && !ok) {
    return (
      <>
        <PageHeading title={title} brand={t('app.name')}>{title}</PageHeading>
        <p>{t('compliance.needTownship')}</p>
        {node.path.filter((p) => p.level === 'township' || p.level === 'county').map((p) => (
          <p key={p.code}><Link to={atHref('/staff/disclosure/compliance', p.code)}>{p.name}</Link></p>
        ))}
      </>
    );
  }

  const townships = new Map((node?.children ?? []).map((c) => [c.code, c.shortName]));
  const villages = [...(data.data?.villages ?? [])].sort((a, b) => {
    const x = num(a, sort.key); const y = num(b, sort.key);
    const c = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : x - (y as number);
    return (sort.desc ? -c : c) || b.overdue - a.overdue || a.name.localeCompare(b.name, 'zh-CN');
  });
  const max = Math.max(1, ...villages.map((v) => v.onTime + v.late + v.dueSoon + v.overdue + v.calendarMissing));
  const totals = villages.reduce((s, v) => ({ overdue: s.overdue + v.overdue, behind: s.behind + (v.overdue > 0 ? 1 : 0), fbOverdue: s.fbOverdue + v.feedback.overdue }), { overdue: 0, behind: 0, fbOverdue: 0 });
  const years = [cur.year - 2, cur.year - 1, cur.year];
  const th = (key: Key, label: string, numeric = true) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'} className={numeric ? 'num' : undefined}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, desc: active ? !sort.desc : key !== 'name' })}>
          {label}<span aria-hidden="true" className="sort-mark">{active ? (sort.desc ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('compliance.intro')}</p>
      <form className="toolbar period-picker" onSubmit={(e) => e.preventDefault()}>
        <div className="inline-form">
          <label htmlFor={`${id}-y`}>{t('disclosure.form.year')}</label>
          <select id={`${id}-y`} value={year} onChange={(e) => setPeriod(Number(e.target.value), quarter)}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
          <label htmlFor={`${id}-q`}>{t('disclosure.form.quarter')}</label>
          <select id={`${id}-q`} value={quarter} onChange={(e) => setPeriod(year, Number(e.target.value))}>
            {[1, 2, 3, 4].map((q) => <option key={q} value={q}>{quarterLabel(t, year, q)}</option>)}
          </select>
        </div>
      </form>
      <ErrorNote error={data.error} />
      {data.loading && !data.data ? <Loading /> : data.data && (
        <>
          <p className="lead compliance-summary" role="status">
            {t('compliance.summary', { period: quarterLabel(t, year, quarter), n: villages.length, behind: totals.behind, overdue: totals.overdue, fb: totals.fbOverdue })}
          </p>
          <Legend t={t} />
          <div className="table-wrap" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
            <table className="data compliance-table">
              <caption id={`${id}-cap`}>{t('compliance.caption', { name: node?.shortName ?? '', period: quarterLabel(t, year, quarter) })}</caption>
              <thead>
                <tr>
                  {th('name', t('compliance.col.village'), false)}
                  {level === 'county' && <th scope="col">{t('compliance.col.township')}</th>}
                  {th('overdue', t('disclosure.state.overdue'))}
                  {th('dueSoon', t('disclosure.state.dueSoon'))}
                  {th('onTime', t('disclosure.state.published'))}
                  {th('late', t('disclosure.state.publishedLate'))}
                  {th('calendarMissing', t('disclosure.state.calendarMissing'))}
                  {th('published', t('compliance.col.published'))}
                  <th scope="col">{t('compliance.col.bar')}</th>
                  {th('fbReceived', t('compliance.col.fbReceived'))}
                  <th scope="col" className="num">{t('compliance.col.fbAnswered')}</th>
                  {th('fbOverdue', t('compliance.col.fbOverdue'))}
                </tr>
              </thead>
              <tbody>
                {villages.map((v) => (
                  <tr key={v.code} className={v.overdue > 0 ? 'row-overdue' : undefined}>
                    <th scope="row"><Link to={atHref('/staff/disclosure/calendar', v.code, { year })}>{v.name}</Link></th>
                    {level === 'county' && <td>{v.township ? townships.get(v.township) ?? v.township : ''}</td>}
                    <td className={`num${v.overdue ? ' strong-bad' : ''}`}>{v.overdue}</td>
                    <td className="num">{v.dueSoon}</td>
                    <td className="num">{v.onTime}</td>
                    <td className="num">{v.late}</td>
                    <td className="num">{v.calendarMissing}</td>
                    <td className="num">{v.published}</td>
                    <td><Bar v={v} max={max} /></td>
                    <td className="num">{v.feedback.received}</td>
                    <td className="num">{v.feedback.answered}</td>
                    <td className={`num${v.feedback.overdue ? ' strong-bad' : ''}`}>{v.feedback.overdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t('compliance.calendarMissingHint')}</p>
        </>
      )}
      {ok && code && <Reports code={code} year={year} quarter={quarter} />}
    </>
  );
}

const segments = [['onTime', 'published'], ['late', 'publishedLate'], ['dueSoon', 'dueSoon'], ['overdue', 'overdue'], ['calendarMissing', 'calendarMissing']] as const;

/** A stacked bar; the numbers are in the row's cells, so the bar itself is decorative. */
function Bar({ v, max }: { v: VillageCompliance; max: number }) {
  return (
    <span className="cbar" aria-hidden="true">
      {segments.map(([k, s]) => v[k] > 0 && <span key={k} className={`cbar-seg seg-${s}`} style={{ width: `${(v[k] / max) * 100}%` }} />)}
    </span>
  );
}

function Legend({ t }: { t: T }) {
  return (
    <ul className="plain-list cbar-legend" aria-label={t('compliance.legend')}>
      {segments.map(([k, s]) => <li key={k}><span className={`cbar-swatch seg-${s}`} aria-hidden="true" /> {t.dyn(`disclosure.state.${s}`, s)}</li>)}
    </ul>
  );
}

function Reports({ code, year, quarter }: { code: string; year: number; quarter: number }) {
  const t = useT();
  const list = useApi<ReportListItem[]>(`/api/v1/jurisdictions/${code}/disclosure-reports`);
  const { busy, error, run } = useSubmit();
  const [status, setStatus] = useState('');
  const generate = () => {
    setStatus('');
    return run(async () => {
      const r = await api<ApiResponse<'/api/v1/jurisdictions/{code}/disclosure-reports', 'post'>>(`/api/v1/jurisdictions/${code}/disclosure-reports`, { json: { year, quarter } });
      setStatus(t('compliance.reports.generated', { period: quarterLabel(t, r.year, r.quarter), n: r.villages }));
      void list.reload();
    });
  };
  return (
    <section aria-labelledby="reports-h" className="card reports">
      <h2 id="reports-h">{t('compliance.reports')}</h2>
      <p className="hint">{t('compliance.reports.intro')}</p>
      <ErrorNote error={list.error} />
      {list.data && (list.data.length === 0 ? <p>{t('compliance.reports.none')}</p> : (
        <ul className="report-list">
          {list.data.map((r) => (
            <li key={`${r.year}-${r.quarter}`}>
              <strong>{quarterLabel(t, r.year, r.quarter)}</strong>{' '}
              <span className="muted small">{t('compliance.reports.at', { at: formatDateTime(r.generatedAt, t.lang) })}</span>{' '}
              <a href={`/api/v1/jurisdictions/${code}/disclosure-reports/${r.year}/${r.quarter}?format=xlsx`} download>{t('compliance.reports.download', { period: quarterLabel(t, r.year, r.quarter) })}</a>
            </li>
          ))}
        </ul>
      ))}
      <p>
        <button type="button" onClick={() => void generate()} disabled={busy}>{t('compliance.reports.generate', { period: quarterLabel(t, year, quarter) })}</button>
      </p>
      <p role="status" className="ok-note">{status}</p>
      <ErrorNote error={error} />
    </section>
  );
}
