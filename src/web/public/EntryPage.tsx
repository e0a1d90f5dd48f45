// One published entry (/v/:code/d/:id — the address printed as a QR code on the poster): the
// plain-language summary first, the text, attachments, for finance a chart and the table of
// lines, the record's place in the village's verifiable ledger, corrections, the public
// answers, and the opinion box. The record itself never changes (served with a long cache);
// what may change since — a correction, new answers — comes from /status.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useT, type T } from '../i18n.tsx';
import { ApiError } from '../lib/api.ts';
import {
  columnLabel, formatDay, hereLabel, periodText, type ChainVerification, type EntryStatus, type PublicEntry,
} from '../lib/disclosure.ts';
import { Link, PageHeading } from '../lib/router.tsx';
import type { VillagePage } from '../lib/types.ts';
import { ErrorNote, formatDateTime, Loading, useApi } from '../lib/ui.tsx';
import { AskForm } from './AskForm.tsx';
import { FinanceTable } from './FinanceTable.tsx';

const FinanceChart = lazy(() => import('./FinanceChart.tsx'));

const formatSize = (n: number, lang: string) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toLocaleString(lang, { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(n / 1024)).toLocaleString(lang)} KB`);

export function EntryPage({ code, id }: { code: string; id: number }) {
  const t = useT();
  const valid = /^\d{12}$/.test(code) && Number.isSafeInteger(id) && id > 0;
  const village = useApi<VillagePage>(valid ? `/api/v1/villages/${code}/page` : null);
  const entry = useApi<PublicEntry>(valid ? `/api/v1/villages/${code}/board/${id}` : null);
  const status = useApi<EntryStatus>(valid ? `/api/v1/villages/${code}/board/${id}/status` : null);
  const chain = useApi<ChainVerification>(valid ? `/api/v1/villages/${code}/ledger/verify` : null);
  const successor = useApi<PublicEntry>(status.data?.supersededBy ? `/api/v1/villages/${code}/board/${status.data.supersededBy}` : null);

  const missing = !valid || (entry.error instanceof ApiError && (entry.error.status === 404 || entry.error.status === 422));
  if (missing) {
    return (
      <>
        <PageHeading title={t('entry.notFound')} brand={t('app.name')}>{t('entry.notFound')}</PageHeading>
        <p>{t('entry.notFound.body')}</p>
        <p>{/^\d{12}$/.test(code) ? <Link to={`/v/${code}`}>{t('entry.toBoard')}</Link> : <Link to="/">{t('notFound.home')}</Link>}</p>
      </>
    );
  }
  if (!entry.data) return entry.error ? <ErrorNote error={entry.error} /> : <Loading />;
  const e = entry.data;
  const v = village.data;
  const kind = v?.kind ?? null;
  const boardHref = `/v/${code}`;
  const images = e.attachments.filter((a) => a.mime.startsWith('image/'));
  const files = e.attachments.filter((a) => !a.mime.startsWith('image/'));
  const supersededBy = status.data?.supersededBy ?? null;

  return (
    <article className="entry">
      <p className="back"><Link to={boardHref}>{t('entry.back', { name: v?.shortName ?? t('village.board') })}</Link></p>
      <p className="board-item-meta">
        <span className={`badge col-badge col-${e.column}`}>{columnLabel(t, e.column, kind)}</span>
        <span>{periodText(t, e.periodStart, e.periodEnd)}</span>
        {e.catalogItem && <span className="muted">{e.catalogItem.title}</span>}
      </p>
      <PageHeading title={e.title} brand={t('app.name')}>{e.title}</PageHeading>
      <p className="muted">{t('entry.publishedOn', { date: formatDay(e.publishedAt, t.lang) })}</p>

      {supersededBy !== null && (
        <div className="notice notice-warn" role="note">
          <p><strong>{t('entry.superseded')}</strong></p>
          {successor.data?.correctionReason && <p>{t('entry.correctionReason', { reason: successor.data.correctionReason })}</p>}
          <p><Link to={`/v/${code}/d/${supersededBy}`}>{t('entry.seeCorrection', { id: supersededBy })}</Link></p>
        </div>
      )}
      {e.supersedesEntryId !== null && (
        <div className="notice" role="note">
          <p><strong>{t('entry.isCorrection', { id: e.supersedesEntryId })}</strong></p>
          {e.correctionReason && <p>{t('entry.correctionReason', { reason: e.correctionReason })}</p>}
          <p><Link to={`/v/${code}/d/${e.supersedesEntryId}`}>{t('entry.seeOriginal', { id: e.supersedesEntryId })}</Link></p>
        </div>
      )}

      <section aria-labelledby="summary-h" className="summary-box">
        <h2 id="summary-h">{t('entry.summary')}</h2>
        <p className="summary">{e.summary[t.lang] ?? e.summary['zh-CN']}</p>
      </section>

      {e.finance && (
        <section aria-labelledby="finance-h">
          <h2 id="finance-h">{t('entry.finance')}</h2>
          {e.finance.totals.byCategory.length > 0 && (
            <figure className="chart-figure">
              <Suspense fallback={<div className="finance-chart chart-loading" style={{ height: `${e.finance.totals.byCategory.length * 46 + 26}px` }}><Loading /></div>}>
                <FinanceChart totals={e.finance.totals} />
              </Suspense>
              <figcaption className="hint">{t('entry.chartCaption')}</figcaption>
            </figure>
          )}
          <FinanceTable lines={e.finance.lines} totals={e.finance.totals} caption={t('entry.financeCaption', { title: e.title })} />
        </section>
      )}

      <section aria-labelledby="body-h">
        <h2 id="body-h">{t('entry.body')}</h2>
        {/* bodyHtml is rendered on the server by markdown-it with raw HTML disabled: the only HTML this app injects. */}
        <div className="prose" dangerouslySetInnerHTML={{ __html: e.bodyHtml }} />
      </section>

      {e.attachments.length > 0 && (
        <section aria-labelledby="att-h">
          <h2 id="att-h">{t('entry.attachments')}</h2>
          {images.map((a) => (
            <figure key={a.sha256} className="attachment-image">
              <a href={`/api/v1/attachments/${a.sha256}`}><img src={`/api/v1/attachments/${a.sha256}`} alt={a.filename} loading="lazy" /></a>
              <figcaption className="hint">{a.filename}</figcaption>
            </figure>
          ))}
          {files.length > 0 && (
            <ul className="file-list">
              {files.map((a) => (
                <li key={a.sha256}>
                  <a href={`/api/v1/attachments/${a.sha256}`} target="_blank" rel="noopener">{a.filename}</a>{' '}
                  <span className="muted small">{t('entry.fileInfo', { type: a.mime === 'application/pdf' ? 'PDF' : a.mime, size: formatSize(a.size, t.lang) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <Verification t={t} code={code} kind={kind} e={e} chain={chain.data} chainError={chain.error} />

      <section aria-labelledby="qa-h">
        <h2 id="qa-h">{t('entry.answers')}</h2>
        {status.error ? <ErrorNote error={status.error} /> : !status.data ? <Loading /> : status.data.feedback.length === 0
          ? <p className="muted">{t('entry.answersNone')}</p>
          : (
            <ol className="plain-list qa-list">
              {status.data.feedback.map((f) => (
                <li key={f.id} className="qa">
                  <p className="q"><span className="qa-mark" aria-hidden="true">{t('entry.qMark')}</span><span className="sr-only">{t('entry.question')}</span>{f.question}</p>
                  <p className="a"><span className="qa-mark" aria-hidden="true">{t('entry.aMark')}</span><span className="sr-only">{t('entry.answer')}</span>{f.answer}</p>
                  <p className="hint">{t('entry.answeredOn', { asked: formatDay(f.createdAt, t.lang), answered: f.answeredAt ? formatDay(f.answeredAt, t.lang) : '—' })}</p>
                </li>
              ))}
            </ol>
          )}
      </section>

      <section aria-labelledby="ask-h" className="card ask">
        <h2 id="ask-h">{t('ask.title')}</h2>
        <p className="hint">{kind === 'community' ? t('ask.intro.community') : t('ask.intro.village')}</p>
        <AskForm code={code} entryId={e.entryId} kind={kind} />
      </section>
    </article>
  );
}

function Verification({ t, code, kind, e, chain, chainError }: { t: T; code: string; kind: string | null; e: PublicEntry; chain: ChainVerification | null; chainError: unknown }) {
  const inChain = chain ? chain.ok && e.seq <= chain.entries : null;
  const [copied, setCopied] = useState(false);
  useEffect(() => { if (copied) { const h = setTimeout(() => setCopied(false), 2500); return () => clearTimeout(h); } }, [copied]);
  return (
    <section aria-labelledby="verify-h" className={`card verification ${inChain === null ? '' : inChain ? 'chain-ok' : 'chain-bad'}`}>
      <h2 id="verify-h">{t('entry.verification')}</h2>
      <p className="verify-state" data-testid="verify-state">
        {inChain === null
          ? (chainError ? <span className="error-note">{t('entry.verify.failed')}</span> : <span className="muted">{t('entry.verify.checking')}</span>)
          : inChain
            ? <span className="verified is-ok"><span aria-hidden="true">✓</span> {t('entry.verify.ok', { n: chain!.entries, here: hereLabel(t, kind) })}</span>
            : <span className="verified is-bad"><span aria-hidden="true">✗</span> {chain!.firstBroken
              ? t('entry.verify.broken', { seq: chain!.firstBroken.seq, problem: t.dyn(`ledger.problem.${chain!.firstBroken.problem}`, chain!.firstBroken.problem) })
              : t('entry.verify.notInChain')}</span>}
      </p>
      <dl className="facts verify-facts">
        <dt>{t('entry.seq')}</dt><dd>{t('board.seq', { seq: e.seq })}</dd>
        <dt>{t('entry.hash')}</dt><dd><code className="hash">{e.hash}</code></dd>
        <dt>{t('entry.prevHash')}</dt><dd><code className="hash">{e.prevHash}</code></dd>
        <dt>{t('entry.publishedAt')}</dt><dd>{formatDateTime(e.publishedAt, t.lang)}</dd>
        <dt>{t('entry.approvedBy')}</dt><dd>{t('entry.approvedByValue', { by: e.review.approvedBy, at: formatDateTime(e.review.approvedAt, t.lang) })}</dd>
      </dl>
      <p className="hint">{t('entry.verify.hint')}</p>
      <p className="inline-links">
        <button type="button" className="link-button" onClick={() => { void navigator.clipboard?.writeText(e.hash).then(() => setCopied(true), () => {}); }}>{t('entry.copyHash')}</button>
        <a href={`/api/v1/villages/${code}/ledger/verify`} target="_blank" rel="noopener">{t('board.chain.raw')}</a>
      </p>
      <p role="status" className="ok-note">{copied ? t('entry.copied') : ''}</p>
    </section>
  );
}
