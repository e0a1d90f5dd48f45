// Excel import of households and residents: validate first (nothing changes), then import
// the very same file (all or nothing). Errors name the row and column, in the user's language.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n.tsx';
import { api, ApiError, fieldText } from '../lib/api.ts';
import { Link, PageHeading } from '../lib/router.tsx';
import type { ImportReport } from '../lib/types.ts';
import { errorText, formatNumber } from '../lib/ui.tsx';
import { atHref, useAt } from './at.tsx';
import { can, useMe } from './session.ts';

type Phase = 'idle' | 'validating' | 'importing';

export function ImportPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [reportKind, setReportKind] = useState<'check' | 'done' | 'refused'>('check');
  const [error, setError] = useState<unknown>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const resultRef = useRef<HTMLDivElement>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setPhase(dryRun ? 'validating' : 'importing');
    setError(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const r = await api<ImportReport>(`/api/v1/jurisdictions/${code}/people-imports${dryRun ? '?dryRun=true' : ''}`, { form });
      setReport(r);
      setReportKind(dryRun ? 'check' : 'done');
    } catch (e) {
      const embedded = e instanceof ApiError ? (e.problem.report as ImportReport | undefined) : undefined;
      if (embedded) {
        // The commit re-validated and refused: same report, same table.
        setReport(embedded);
        setReportKind('refused');
      } else {
        setReport(null);
        setError(e);
      }
    } finally {
      setPhase('idle');
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };

  const onValidate = (e: FormEvent) => {
    e.preventDefault();
    void send(true);
  };

  // File-level problems (not an .xlsx, a missing column, no rows) come as errors[] without a report.
  const fileErrors = error instanceof ApiError ? error.errors.map((x) => fieldText(x, t.lang)) : [];
  const canImport = !!file && report?.ok === true && reportKind === 'check' && phase === 'idle';
  const n = (x: number) => formatNumber(x, t.lang);

  return (
    <>
      <p className="back"><Link to={atHref('/staff/people', code)}>{t('resident.back')}</Link></p>
      <PageHeading title={t('import.title')} brand={t('app.name')}>{t('import.title')}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('import.intro')}</p>
      <ul className="actions">
        <li><a href="/api/v1/people-import-template" download>{t('import.template')}</a></li>
        {can(me, 'people.export') && <li><a href={`/api/v1/jurisdictions/${code}/people-export`} download>{t('people.export')}</a></li>}
      </ul>

      <form className="card form-grid" onSubmit={onValidate}>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('import.file')}</label>
          <input id={`${id}-file`} name="file" type="file" aria-describedby={`${id}-file-hint`}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); setError(null); }} />
          <p id={`${id}-file-hint`} className="hint">{t('import.fileHint')}</p>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={!file || phase !== 'idle'}>{phase === 'validating' ? t('import.validating') : t('import.validate')}</button>
          <button type="button" className="primary" disabled={!canImport} aria-describedby={`${id}-import-hint`}
            onClick={() => void send(false)}>{phase === 'importing' ? t('import.importing') : t('import.import')}</button>
        </div>
        <p id={`${id}-import-hint`} className="hint">{t('import.importHint')}</p>
      </form>

      <div ref={resultRef} tabIndex={-1} className="import-result" aria-live="polite">
        {error !== null && !report && (
          <div role="alert" className="error-summary">
            <p><strong>{errorText(error, t)}</strong></p>
            {fileErrors.length > 0 && <ul>{fileErrors.map((m, i) => <li key={i}>{m}</li>)}</ul>}
          </div>
        )}
        {report && <Report report={report} kind={reportKind} n={n} />}
        {report && reportKind === 'done' && (
          <p><Link to={atHref('/staff/people', code)}>{t('import.toRegister')}</Link></p>
        )}
      </div>
    </>
  );
}

function Report({ report, kind, n }: { report: ImportReport; kind: 'check' | 'done' | 'refused'; n(x: number): string }) {
  const t = useT();
  const heading = kind === 'done' ? t('import.report.done')
    : kind === 'refused' ? t('import.report.refused', { n: report.errors.length })
      : report.ok ? t('import.report.ok') : t('import.report.bad', { n: report.errors.length });
  return (
    <section aria-labelledby="report-h" className={`card report ${report.ok ? 'report-ok' : 'report-bad'}`}>
      <h2 id="report-h">{heading}</h2>
      <dl className="counts">
        <div><dt>{t('import.count.rows')}</dt><dd>{n(report.rows)}</dd></div>
        <div><dt>{t('import.count.newHouseholds')}</dt><dd>{n(report.households.new)}</dd></div>
        <div><dt>{t('import.count.existingHouseholds')}</dt><dd>{n(report.households.existing)}</dd></div>
        <div><dt>{t('import.count.newResidents')}</dt><dd>{n(report.residents.new)}</dd></div>
        <div><dt>{t('import.count.updatedResidents')}</dt><dd>{n(report.residents.updated)}</dd></div>
      </dl>
      {report.errors.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="errors-caption" tabIndex={0}>
          <table className="data errors-table">
            <caption id="errors-caption">{t('import.errors.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.errors.row')}</th>
                <th scope="col">{t('import.errors.column')}</th>
                <th scope="col">{t('import.errors.message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={`${e.row}-${e.field}-${i}`}>
                  <td className="num">{e.row}</td>
                  <td>{t.dyn(`import.column.${e.field.split('.').pop() ?? ''}`, e.column)}</td>
                  <td>{e.messages[t.lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
