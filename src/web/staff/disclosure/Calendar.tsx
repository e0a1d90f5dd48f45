// The compliance calendar of one village: every catalogue item and period of a year, its
// due date (working days after the period, Chinese holiday calendar), what was published
// against it and its state. States carry a symbol and a word as well as a colour.
import { useId, useState } from 'react';
import { useT } from '../../i18n.tsx';
import { columnLabel, periodLabelOf, type ComplianceState, type VillageCalendar } from '../../lib/disclosure.ts';
import { chinaToday } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading, useLocation } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { atHref, useAt } from '../at.tsx';
import { DisclosureNav } from './common.tsx';

export const stateMark: Record<ComplianceState, string> = {
  published: '✓', publishedLate: '✓!', dueSoon: '!', overdue: '✗', upcoming: '○', calendarMissing: '?',
};

export function StateBadge({ state }: { state: ComplianceState }) {
  return <StatusBadge state={state} tone="state-" className="state" keys="disclosure.state" mark={stateMark[state]} />;
}

export function CalendarPage() {
  const t = useT();
  const id = useId();
  const { path, query } = useLocation();
  const { code, node } = useAt();
  const thisYear = Number(chinaToday().slice(0, 4));
  const year = /^\d{4}$/.test(query.get('year') ?? '') ? Number(query.get('year')) : thisYear;
  const [problemsOnly, setProblemsOnly] = useState(false);
  const { data, error, loading } = useApi<VillageCalendar>(`/api/v1/villages/${code}/disclosure-calendar?year=${year}`);
  const title = t('disclosure.calendar.title');
  const rows = (data?.rows ?? []).filter((r) => !problemsOnly || r.state === 'overdue' || r.state === 'dueSoon' || r.state === 'calendarMissing');
  const count = (s: ComplianceState) => (data?.rows ?? []).filter((r) => r.state === s).length;
  const setYear = (y: number) => navigate(`${path}?${new URLSearchParams({ ...Object.fromEntries(query), year: String(y) }).toString()}`, { replace: true });

  return (
    <>
      <DisclosureNav />
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('disclosure.calendar.intro')}</p>
      <div className="toolbar">
        <div className="inline-form">
          <label htmlFor={`${id}-year`}>{t('disclosure.form.year')}</label>
          <select id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="field check">
          <input id={`${id}-problems`} type="checkbox" checked={problemsOnly} onChange={(e) => setProblemsOnly(e.target.checked)} />
          <label htmlFor={`${id}-problems`}>{t('disclosure.calendar.problemsOnly')}</label>
        </div>
      </div>
      <ErrorNote error={error} />
      {loading && !data && <Loading />}
      {data && (
        <>
          <dl className="counts state-counts">
            {(['overdue', 'dueSoon', 'published', 'publishedLate', 'upcoming', 'calendarMissing'] as const).map((s) => (
              <div key={s}><dt><StateBadge state={s} /></dt><dd>{count(s)}</dd></div>
            ))}
          </dl>
          {data.missingYears.length > 0 && (
            <div className="notice notice-warn" role="note">
              <p><strong>{t('disclosure.calendar.missing', { years: new Intl.ListFormat(t.lang, { type: 'conjunction' }).format(data.missingYears.map(String)) })}</strong></p>
              <p>{t('disclosure.calendar.missingWhy')}</p>
            </div>
          )}
          <p className="hint">{t('disclosure.calendar.settings', { days: data.settings.dueWorkingDays, finance: data.settings.frequentFinance ? t('disclosure.calendar.monthly') : t('disclosure.calendar.quarterly') })}</p>
          {rows.length === 0 ? <p>{t('disclosure.calendar.none')}</p> : (
            <div className="table-wrap" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
              <table className="data calendar-table">
                <caption id={`${id}-cap`}>{t('disclosure.calendar.caption', { name: node?.shortName ?? '', year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('disclosure.form.column')}</th>
                    <th scope="col">{t('disclosure.calendar.item')}</th>
                    <th scope="col">{t('disclosure.form.period')}</th>
                    <th scope="col">{t('disclosure.calendar.due')}</th>
                    <th scope="col">{t('disclosure.calendar.state')}</th>
                    <th scope="col">{t('disclosure.calendar.entries')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.itemId}-${r.period.label}`} className={`row-${r.state}`}>
                      <td>{columnLabel(t, r.column, node?.kind)}</td>
                      <th scope="row">{r.title}</th>
                      <td>{periodLabelOf(t, r.period.label)}</td>
                      <td className="date-cell">{r.due ?? <span className="muted">{t('disclosure.calendar.noDue', { year: r.missingYear ?? '' })}</span>}</td>
                      <td><StateBadge state={r.state} /></td>
                      <td>
                        {r.entries.length === 0 ? <span className="muted">—</span> : (
                          <ul className="plain-list">
                            {r.entries.map((e) => <li key={e.id}><Link to={atHref(`/staff/disclosure/${e.id}`, code)}>{t('disclosure.calendar.entry', { id: e.id, date: e.publishedOn })}</Link></li>)}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.immediate.length > 0 && (
            <section aria-labelledby={`${id}-imm`}>
              <h2 id={`${id}-imm`}>{t('disclosure.calendar.immediate')}</h2>
              <p className="hint">{t('disclosure.calendar.immediateHint')}</p>
              <ul className="immediate-list">
                {data.immediate.map((i) => (
                  <li key={i.itemId}>
                    <span className={`badge col-badge col-${i.column}`}>{columnLabel(t, i.column, node?.kind)}</span> {i.title}{' '}
                    <span className="muted">{t('disclosure.calendar.immediateCount', { n: i.entries.length, year })}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
