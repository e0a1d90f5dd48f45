// Income and expense by category as horizontal bars. Loaded lazily, only on a finance entry's
// page: ECharts' core with just the bar chart, the grid and the canvas renderer. The bars carry
// their words and amounts as labels (colour is never the only signal), and the same numbers
// are in the table under the chart for screen readers.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useT } from '../i18n.tsx';
import type { FinanceTotals } from '../lib/disclosure.ts';
import { formatYuan } from '../lib/money.ts';

echarts.use([BarChart, GridSimpleComponent, CanvasRenderer]);

const INCOME = '#1d6b34';
const EXPENSE = '#b3471d';
const ROW = 46;

export default function FinanceChart({ totals }: { totals: FinanceTotals }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const rows = totals.byCategory;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    const dir = (d: string) => (d === 'income' ? t('finance.income') : t('finance.expense'));
    const label = (i: number) => {
      const r = rows[i]!;
      return t('finance.chart.bar', { direction: dir(r.direction), category: r.category, amount: formatYuan(r.amountFen, t.lang) });
    };
    const series = (['income', 'expense'] as const).map((d) => ({
      type: 'bar' as const,
      stack: 'one',
      barWidth: 14,
      silent: true,
      itemStyle: { color: d === 'income' ? INCOME : EXPENSE, borderRadius: 2 },
      // Each category has one bar: its direction's series carries the value, the other nothing.
      data: rows.map((r) => (r.direction === d ? r.amountFen / 100 : '-')),
      label: {
        show: true, position: [0, -17] as [number, number], color: '#1a1a1a', fontSize: 13,
        // A long category on a 320 px phone is cut with "…" rather than spilling out of the canvas.
        width: Math.max(120, el.clientWidth - 12), overflow: 'truncate' as const,
        formatter: (p: { dataIndex: number }) => label(p.dataIndex),
      },
    }));
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' },
      grid: { left: 2, right: 8, top: 22, bottom: 4 },
      xAxis: { type: 'value', show: false, max: 'dataMax' },
      yAxis: { type: 'category', inverse: true, show: false, data: rows.map((r) => `${r.direction}:${r.category}`) },
      series,
    });
    const labelWidth = () => Math.max(120, el.clientWidth - 12);
    const ro = new ResizeObserver(() => {
      chart.setOption({ series: series.map(() => ({ label: { width: labelWidth() } })) });
      chart.resize();
    });
    ro.observe(el);
    return () => { ro.disconnect(); chart.dispose(); };
  }, [rows, t]);

  const y = (fen: number) => formatYuan(fen, t.lang);
  return (
    <div ref={ref} className="finance-chart" role="img" style={{ height: `${rows.length * ROW + 26}px` }}
      aria-label={t('finance.chart.label', { income: y(totals.incomeFen), expense: y(totals.expenseFen), n: rows.length })} />
  );
}
