// The income and expense lines of a finance entry with their totals (computed from the
// lines, never typed). Used on the public entry page and in the staff preview. The amount
// comes right after the category so that a 320 px phone sees both without scrolling.
import { useId } from 'react';
import { useT } from '../i18n.tsx';
import type { FinanceLine, FinanceTotals } from '../lib/disclosure.ts';
import { formatYuan } from '../lib/money.ts';

export function FinanceTable({ lines, totals, caption }: { lines: FinanceLine[]; totals: FinanceTotals; caption: string }) {
  const t = useT();
  const id = useId();
  const y = (fen: number) => formatYuan(fen, t.lang);
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-c`} tabIndex={0}>
      <table className="finance-table">
        <caption id={`${id}-c`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('finance.col.date')}</th>
            <th scope="col">{t('finance.col.direction')}</th>
            <th scope="col">{t('finance.col.category')}</th>
            <th scope="col" className="num">{t('finance.col.amount')}</th>
            <th scope="col">{t('finance.col.counterparty')}</th>
            <th scope="col">{t('finance.col.voucher')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} className={`dir-${l.direction}`}>
              {/* On a narrow phone the year (the period's) is visually hidden, still read out. */}
              <td className="date"><time dateTime={l.occurredOn}><span className="year">{l.occurredOn.slice(0, 5)}</span>{l.occurredOn.slice(5)}</time></td>
              <td>{l.direction === 'income' ? t('finance.income') : t('finance.expense')}</td>
              <td className="wrap">{l.category}</td>
              <td className="num amount">{l.direction === 'expense' ? '−' : '+'}{y(l.amountFen)}</td>
              <td className="wrap">{l.counterparty}</td>
              <td className="mono">{l.voucherNo}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>{t('finance.totalIncome')}</th>
            <td className="num amount">{y(totals.incomeFen)}</td>
            <td colSpan={2} />
          </tr>
          <tr>
            <th scope="row" colSpan={3}>{t('finance.totalExpense')}</th>
            <td className="num amount">{y(totals.expenseFen)}</td>
            <td colSpan={2} />
          </tr>
          <tr className="balance">
            <th scope="row" colSpan={3}>{totals.balanceFen >= 0 ? t('finance.surplus') : t('finance.deficit')}</th>
            <td className="num amount">{y(Math.abs(totals.balanceFen))}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
