// Drafting an entry (new, or editing a draft or a returned entry): column, catalogue item,
// period (quarter / month pickers that set periodStart and periodEnd), title, Markdown body
// with a live preview, and for finance a dense table of income and expense lines. Amounts
// are typed in yuan and kept as integer fen, parsed from the text (no floating point);
// totals are computed, never typed.
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useT, type T } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import {
  columnLabel, columns, monthPeriod, quarterOfDate, quarterPeriod, quarterLabel,
  type CatalogItem, type Column, type DisclosureSettings, type Direction, type Entry, type FinanceLine,
} from '../../lib/disclosure.ts';
import { chinaToday, ErrorSummary, formErrors, SelectField, TextAreaField, TextField } from '../../lib/forms.tsx';
import { fenToYuanInput, formatYuan, parseYuanToFen } from '../../lib/money.ts';
import { useApi } from '../../lib/ui.tsx';
import { MarkdownPreview } from './Markdown.tsx';
import { useSubmit } from '../../lib/submit.ts';

type PeriodKind = 'quarter' | 'month' | 'custom' | 'none';
interface Row { key: number; occurredOn: string; direction: Direction; category: string; counterparty: string; amount: string; voucherNo: string }
const lineFields = ['occurredOn', 'direction', 'category', 'counterparty', 'amountFen', 'voucherNo'] as const;
const formFields = ['column', 'catalogItemId', 'periodStart', 'periodEnd', 'title', 'bodyMd', 'financeLines'] as const;

let rowKey = 0;
const emptyRow = (): Row => ({ key: ++rowKey, occurredOn: '', direction: 'expense', category: '', counterparty: '', amount: '', voucherNo: '' });
const rowOf = (l: FinanceLine): Row => ({ key: ++rowKey, occurredOn: l.occurredOn, direction: l.direction, category: l.category, counterparty: l.counterparty, amount: fenToYuanInput(l.amountFen), voucherNo: l.voucherNo });
const blank = (r: Row) => !r.occurredOn && !r.category.trim() && !r.counterparty.trim() && !r.amount.trim() && !r.voucherNo.trim();

/** Which picker fits a stored period. */
function periodKindOf(start: string | null, end: string | null): PeriodKind {
  if (!start || !end) return start || end ? 'custom' : 'none';
  const y = Number(start.slice(0, 4));
  if ([1, 2, 3, 4].some((q) => { const p = quarterPeriod(y, q); return p.start === start && p.end === end; })) return 'quarter';
  const m = monthPeriod(y, Number(start.slice(5, 7)));
  return m.start === start && m.end === end ? 'month' : 'custom';
}

/** One message a caller can show after navigating (e.g. "saved, but submitting failed"). */
let flash: unknown = null;
export const takeFlash = () => { const f = flash; flash = null; return f; };

export function EntryForm({ code, kind, entry, onSaved, onCancel, level = 2 }: {
  code: string; kind: string | null; entry?: Entry; onSaved(e: Entry, submitted: boolean): void; onCancel?: () => void;
  /** Heading level of the form's sections (2 on the "new" page, 3 inside the edit card). */
  level?: 2 | 3;
}) {
  const H = level === 2 ? 'h2' : 'h3';
  const t = useT();
  const id = useId();
  const f = (k: string) => `${id}-${k}`;
  const today = chinaToday();
  const catalog = useApi<CatalogItem[]>(`/api/v1/jurisdictions/${code}/disclosure-catalog`);
  const settings = useApi<DisclosureSettings>(`/api/v1/jurisdictions/${code}/disclosure-settings`);

  // The period just ended is what a clerk usually publishes.
  const prevQ = (() => { const { year, quarter } = quarterOfDate(today); return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 }; })();
  const prevMonth = (() => { const y = Number(today.slice(0, 4)); const m = Number(today.slice(5, 7)); return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`; })();

  const [column, setColumn] = useState<Column | ''>(entry?.column ?? '');
  const [itemId, setItemId] = useState<string>(entry?.catalogItemId ? String(entry.catalogItemId) : '');
  const [periodKind, setPeriodKind] = useState<PeriodKind>(entry ? periodKindOf(entry.periodStart, entry.periodEnd) : 'quarter');
  const [qYear, setQYear] = useState(entry?.periodStart ? Number(entry.periodStart.slice(0, 4)) : prevQ.year);
  const [quarter, setQuarter] = useState(entry?.periodStart ? quarterOfDate(entry.periodStart).quarter : prevQ.quarter);
  const [month, setMonth] = useState(entry?.periodStart ? entry.periodStart.slice(0, 7) : prevMonth);
  const [customStart, setCustomStart] = useState(entry?.periodStart ?? '');
  const [customEnd, setCustomEnd] = useState(entry?.periodEnd ?? '');
  const [title, setTitle] = useState(entry?.title ?? '');
  const [bodyMd, setBodyMd] = useState(entry?.bodyMd ?? '');
  const [rows, setRows] = useState<Row[]>(() => (entry?.financeLines.length ? entry.financeLines.map(rowOf) : [emptyRow()]));
  const { busy, error, setError, run } = useSubmit();
  const [local, setLocal] = useState<Record<string, string>>({});
  const [sentKeys, setSentKeys] = useState<number[]>([]);
  const focusRow = useRef<number | null>(null);
  const table = useRef<HTMLTableSectionElement>(null);
  const preview = useDeferredValue(bodyMd);

  const items = (catalog.data ?? []).filter((i) => i.column === column);
  const item = items.find((i) => String(i.id) === itemId) ?? null;

  const period = ((): { start: string | null; end: string | null } => {
    if (periodKind === 'quarter') { const p = quarterPeriod(qYear, quarter); return { start: p.start, end: p.end }; }
    if (periodKind === 'month' && /^\d{4}-\d{2}$/.test(month)) { const p = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7))); return { start: p.start, end: p.end }; }
    if (periodKind === 'custom') return { start: customStart || null, end: customEnd || null };
    return { start: null, end: null };
  })();

  const pickItem = (v: string) => {
    setItemId(v);
    const it = (catalog.data ?? []).find((i) => String(i.id) === v);
    if (!it || entry) return;
    // The item's cadence suggests the period: monthly finance where transactions are frequent.
    if (it.cadence === 'immediate') setPeriodKind('none');
    else if (it.cadence === 'monthly' || (it.cadence === 'finance' && settings.data?.frequentFinance)) setPeriodKind('month');
    else setPeriodKind('quarter');
  };

  // --- finance lines
  const amounts = rows.map((r) => (r.amount.trim() ? parseYuanToFen(r.amount) : null));
  const totals = useMemo(() => {
    let income = 0; let expense = 0;
    rows.forEach((r, i) => { const a = amounts[i]; if (a) { if (r.direction === 'income') income += a; else expense += a; } });
    return { income, expense, balance: income - expense };
  }, [rows, amounts]);
  const setRow = (key: number, patch: Partial<Row>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    // An edited cell's own complaint goes away; the rest stay until the next save.
    const stale = Object.keys(patch).map((k) => `row.${key}.${k === 'amount' ? 'amountFen' : k}`).filter((k) => k in local);
    if (stale.length) setLocal((l) => Object.fromEntries(Object.entries(l).filter(([k]) => !stale.includes(k))));
  };
  const addRow = () => { const r = emptyRow(); focusRow.current = r.key; setRows((rs) => [...rs, r]); };
  const removeRow = (key: number) => setRows((rs) => (rs.length > 1 ? rs.filter((r) => r.key !== key) : [emptyRow()]));
  useEffect(() => {
    if (focusRow.current === null) return;
    table.current?.querySelector<HTMLInputElement>(`[data-row="${focusRow.current}"] input`)?.focus();
    focusRow.current = null;
  }, [rows]);
  // Enter moves down a column (and adds a line at the bottom) instead of submitting the form.
  const onTableKey = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const el = e.target as HTMLElement;
    if (e.key !== 'Enter' || el.tagName !== 'INPUT') return;
    e.preventDefault();
    const cell = el.closest('td');
    const tr = el.closest('tr');
    if (!cell || !tr) return;
    const col = [...tr.children].indexOf(cell);
    const next = tr.nextElementSibling;
    if (next) (next.children[col]?.querySelector('input, select') as HTMLElement | null)?.focus();
    else addRow();
  };

  // --- errors: the server's (by field, lines by their index in what was sent) and our own
  const lineErrFields = sentKeys.flatMap((_, i) => lineFields.map((k) => `financeLines.${i}.${k}`));
  const server = formErrors(error, [...formFields, ...lineErrFields], t.lang, t('error.network'));
  const cellError = (r: Row, k: (typeof lineFields)[number]): string | undefined => {
    const local1 = local[`row.${r.key}.${k}`];
    if (local1) return local1;
    const i = sentKeys.indexOf(r.key);
    return i >= 0 ? server.byField[`financeLines.${i}.${k}`] : undefined;
  };
  const fieldErr = (k: string) => local[k] ?? server.byField[k];
  const shownErrors = { ...server, title: server.title ?? (Object.keys(local).length ? t('disclosure.form.fix') : null), byField: { ...server.byField, ...local } };

  const validate = (submitting: boolean): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!column) out.column = t('disclosure.form.error.column');
    if (title.trim().length < 2) out.title = t('disclosure.form.error.title');
    if (periodKind === 'custom' && customStart && customEnd && customStart > customEnd) out.periodEnd = t('disclosure.form.error.periodOrder');
    if (column === 'finance') {
      const used = rows.filter((r) => !blank(r));
      if (submitting && used.length === 0) out.financeLines = t('disclosure.form.error.noLines');
      for (const r of used) {
        if (!r.occurredOn) out[`row.${r.key}.occurredOn`] = t('disclosure.form.error.required');
        else if (period.start && period.end && (r.occurredOn < period.start || r.occurredOn > period.end)) out[`row.${r.key}.occurredOn`] = t('disclosure.form.error.outsidePeriod');
        if (!r.category.trim()) out[`row.${r.key}.category`] = t('disclosure.form.error.required');
        if (!r.counterparty.trim()) out[`row.${r.key}.counterparty`] = t('disclosure.form.error.required');
        if (!r.voucherNo.trim()) out[`row.${r.key}.voucherNo`] = t('disclosure.form.error.required');
        if (parseYuanToFen(r.amount) === null) out[`row.${r.key}.amountFen`] = t('disclosure.form.error.amount');
      }
    }
    return out;
  };

  const save = async (submit: boolean) => {
    const problems = validate(submit);
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length) return;
    const used = column === 'finance' ? rows.filter((r) => !blank(r)) : [];
    setSentKeys(used.map((r) => r.key));
    const body = {
      column, catalogItemId: item ? item.id : null, periodStart: period.start, periodEnd: period.end, title: title.trim(), bodyMd,
      ...(column === 'finance' || entry?.financeLines.length ? {
        financeLines: used.map((r): FinanceLine => ({ occurredOn: r.occurredOn, direction: r.direction, category: r.category.trim(), counterparty: r.counterparty.trim(), amountFen: parseYuanToFen(r.amount)!, voucherNo: r.voucherNo.trim() })),
      } : {}),
    };
    await run(async () => {
      let saved: Entry | null = null;
      try {
        saved = entry
          ? await api<Entry>(`/api/v1/disclosures/${entry.id}`, { method: 'PATCH', json: body })
          : await api<Entry>(`/api/v1/villages/${code}/disclosures`, { json: body });
        if (submit) saved = await api<Entry>(`/api/v1/disclosures/${saved.id}/submit`, { json: {} });
        onSaved(saved, submit);
      } catch (e) {
        if (saved && !entry) { flash = e; onSaved(saved, false); return; } // the draft exists: go to it, say what failed
        throw e;
      }
    });
  };
  const onSubmit = (e: FormEvent) => { e.preventDefault(); void save(false); };

  const years = [prevQ.year - 1, prevQ.year, prevQ.year + 1];
  const y = (fen: number) => formatYuan(fen, t.lang);
  // Suggestions for the category field: common ones (from the locale) and those already typed.
  const categories = [...new Set([...t('disclosure.form.categorySuggestions').split('|'), ...rows.map((r) => r.category.trim()).filter(Boolean)])];

  return (
    <form className="entry-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={shownErrors} source={error ?? (Object.keys(local).length ? local : null)} />
      <div className="form-grid two">
        <SelectField id={f('column')} label={t('disclosure.form.column')} value={column} required error={fieldErr('column')}
          onChange={(e) => { setColumn(e.target.value as Column); setItemId(''); }}>
          <option value="">{t('common.choose')}</option>
          {columns.map((c) => <option key={c} value={c}>{columnLabel(t, c, kind)}</option>)}
        </SelectField>
        <SelectField id={f('catalogItemId')} label={t('disclosure.form.item')} value={itemId} error={fieldErr('catalogItemId')} disabled={!column}
          hint={item ? t('disclosure.form.itemHint', { requirement: item.requirement, cadence: t.dyn(`disclosure.cadence.${item.cadence}`, item.cadence) }) : t('disclosure.form.itemNone')}
          onChange={(e) => pickItem(e.target.value)}>
          <option value="">{t('disclosure.form.adHoc')}</option>
          {items.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
        </SelectField>
      </div>

      <fieldset className="period-fieldset">
        <legend>{t('disclosure.form.period')}</legend>
        <div className="radio-row" role="radiogroup" aria-label={t('disclosure.form.periodKind')}>
          {(['quarter', 'month', 'custom', 'none'] as const).map((k) => (
            <span key={k} className="field check">
              <input type="radio" id={f(`pk-${k}`)} name={f('periodKind')} checked={periodKind === k} onChange={() => setPeriodKind(k)} />
              <label htmlFor={f(`pk-${k}`)}>{t.dyn(`disclosure.form.periodKind.${k}`, k)}</label>
            </span>
          ))}
        </div>
        {periodKind === 'quarter' && (
          <div className="inline-fields">
            <SelectField id={f('qYear')} label={t('disclosure.form.year')} value={qYear} onChange={(e) => setQYear(Number(e.target.value))}>
              {years.map((yy) => <option key={yy} value={yy}>{yy}</option>)}
            </SelectField>
            <SelectField id={f('quarter')} label={t('disclosure.form.quarter')} value={quarter} onChange={(e) => setQuarter(Number(e.target.value))}>
              {[1, 2, 3, 4].map((q) => <option key={q} value={q}>{quarterLabel(t, qYear, q)}</option>)}
            </SelectField>
          </div>
        )}
        {periodKind === 'month' && (
          <div className="inline-fields">
            <TextField id={f('month')} type="month" label={t('disclosure.form.month')} value={month} onChange={(e) => setMonth(e.target.value)} />
          </div>
        )}
        {periodKind === 'custom' && (
          <div className="inline-fields">
            <TextField id={f('periodStart')} type="date" label={t('disclosure.form.start')} value={customStart} error={fieldErr('periodStart')} onChange={(e) => setCustomStart(e.target.value)} />
            <TextField id={f('periodEnd')} type="date" label={t('disclosure.form.end')} value={customEnd} error={fieldErr('periodEnd')} onChange={(e) => setCustomEnd(e.target.value)} />
          </div>
        )}
        <p className="hint" aria-live="polite">{period.start || period.end ? t('disclosure.form.periodIs', { start: period.start ?? '…', end: period.end ?? '…' }) : t('disclosure.form.periodNone')}</p>
      </fieldset>

      <div className="form-grid">
        <TextField id={f('title')} label={t('disclosure.form.title')} value={title} maxLength={120} required error={fieldErr('title')}
          onChange={(e) => setTitle(e.target.value)} />
      </div>

      <div className="md-editor">
        <TextAreaField id={f('bodyMd')} label={t('disclosure.form.body')} value={bodyMd} rows={8} maxLength={20000} error={fieldErr('bodyMd')}
          hint={t('disclosure.form.bodyHint')} onChange={(e) => setBodyMd(e.target.value)} />
        <section className="md-preview" aria-labelledby={f('preview-h')}>
          <H id={f('preview-h')}>{t('disclosure.form.preview')}</H>
          <p className="hint">{t('disclosure.form.previewNote')}</p>
          <div className="md-preview-body"><MarkdownPreview source={preview} /></div>
        </section>
      </div>

      {column === 'finance' && (
        <section className="lines-editor" aria-labelledby={f('lines-h')}>
          <H id={f('lines-h')}>{t('disclosure.form.lines')}</H>
          <p className="hint" id={f('lines-hint')}>{t('disclosure.form.linesHint')}</p>
          {fieldErr('financeLines') && <p className="field-error" id={f('lines-error')}>{fieldErr('financeLines')}</p>}
          <datalist id={f('categories')}>{categories.map((c) => <option key={c} value={c} />)}</datalist>
          <div className="table-wrap">
            <table className="data lines-table" aria-labelledby={f('lines-h')} aria-describedby={f('lines-hint')}>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('finance.col.date')}</th>
                  <th scope="col">{t('finance.col.direction')}</th>
                  <th scope="col">{t('finance.col.category')}</th>
                  <th scope="col">{t('finance.col.counterparty')}</th>
                  <th scope="col">{t('finance.col.amount')}</th>
                  <th scope="col">{t('finance.col.voucher')}</th>
                  <th scope="col"><span className="sr-only">{t('disclosure.form.lineActions')}</span></th>
                </tr>
              </thead>
              <tbody ref={table} onKeyDown={onTableKey}>
                {rows.map((r, i) => (
                  <LineRow key={r.key} t={t} n={i + 1} r={r} fen={amounts[i] ?? null} list={f('categories')}
                    err={(k) => cellError(r, k)} onChange={(p) => setRow(r.key, p)} onRemove={() => removeRow(r.key)} />
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>{t('finance.totalIncome')}</th>
                  <td className="num" data-testid="total-income">{y(totals.income)}</td><td colSpan={2} />
                </tr>
                <tr>
                  <th scope="row" colSpan={5}>{t('finance.totalExpense')}</th>
                  <td className="num" data-testid="total-expense">{y(totals.expense)}</td><td colSpan={2} />
                </tr>
                <tr className="balance">
                  <th scope="row" colSpan={5}>{totals.balance >= 0 ? t('finance.surplus') : t('finance.deficit')}</th>
                  <td className="num" data-testid="total-balance">{y(Math.abs(totals.balance))}</td><td colSpan={2} />
                </tr>
              </tfoot>
            </table>
          </div>
          <p><button type="button" onClick={addRow}>{t('disclosure.form.addLine')}</button></p>
        </section>
      )}

      <div className="form-actions">
        <button type="submit" disabled={busy}>{entry ? t('disclosure.form.save') : t('disclosure.form.saveDraft')}</button>
        <button type="button" className="primary" disabled={busy} onClick={() => void save(true)}>
          {entry?.status === 'returned' ? t('disclosure.form.saveResubmit') : t('disclosure.form.saveSubmit')}
        </button>
        {onCancel && <button type="button" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>}
      </div>
    </form>
  );
}

function LineRow({ t, n, r, fen, list, err, onChange, onRemove }: {
  t: T; n: number; r: Row; fen: number | null; list: string; err(k: (typeof lineFields)[number]): string | undefined; onChange(p: Partial<Row>): void; onRemove(): void;
}) {
  const id = useId();
  const cell = (k: (typeof lineFields)[number], label: string, input: (a: { id: string; 'aria-label': string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode) => {
    const e = err(k);
    const a = { id: `${id}-${k}`, 'aria-label': t('disclosure.form.cell', { n, col: label }), ...(e ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${k}-e` } : {}) };
    return (
      <td className={e ? 'has-error' : undefined}>
        {input(a)}
        {e && <span id={`${id}-${k}-e`} className="cell-error">{e}</span>}
      </td>
    );
  };
  return (
    <tr data-row={r.key}>
      <th scope="row" className="num">{n}</th>
      {cell('occurredOn', t('finance.col.date'), (a) => <input {...a} type="date" value={r.occurredOn} onChange={(e) => onChange({ occurredOn: e.target.value })} />)}
      {cell('direction', t('finance.col.direction'), (a) => (
        <select {...a} value={r.direction} onChange={(e) => onChange({ direction: e.target.value as Direction })}>
          <option value="income">{t('finance.income')}</option>
          <option value="expense">{t('finance.expense')}</option>
        </select>
      ))}
      {cell('category', t('finance.col.category'), (a) => <input {...a} list={list} value={r.category} maxLength={40} onChange={(e) => onChange({ category: e.target.value })} />)}
      {cell('counterparty', t('finance.col.counterparty'), (a) => <input {...a} value={r.counterparty} maxLength={80} onChange={(e) => onChange({ counterparty: e.target.value })} />)}
      {cell('amountFen', t('finance.col.amount'), (a) => (
        <input {...a} className="amount-input" inputMode="decimal" autoComplete="off" value={r.amount}
          onChange={(e) => onChange({ amount: e.target.value })}
          onBlur={() => { if (fen !== null) onChange({ amount: fenToYuanInput(fen) }); }} />
      ))}
      {cell('voucherNo', t('finance.col.voucher'), (a) => <input {...a} value={r.voucherNo} maxLength={40} onChange={(e) => onChange({ voucherNo: e.target.value })} />)}
      <td><button type="button" className="link-button" onClick={onRemove}>{t('disclosure.form.remove')}<span className="sr-only">{t('disclosure.form.lineN', { n })}</span></button></td>
    </tr>
  );
}
