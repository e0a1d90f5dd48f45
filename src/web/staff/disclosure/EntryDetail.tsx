// One entry for staff: what it says, where it stands in the review procedure and what can be
// done next by whom — the clerk edits, attaches and submits; the supervisory committee
// approves or returns with a reason; the clerk publishes once approved (never before); a
// published entry can only be corrected by a new entry with a stated reason.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { columnLabel, periodText, type CatalogItem, type Entry } from '../../lib/disclosure.ts';
import { ErrorSummary, TextAreaField, useFormErrors } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, Loading, useApi } from '../../lib/ui.tsx';
import { FinanceTable } from '../../public/FinanceTable.tsx';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { DisclosureNav, StatusBadge, TimelineList } from './common.tsx';
import { EntryForm, takeFlash } from './EntryForm.tsx';
import { MarkdownPreview } from './Markdown.tsx';
import { useSubmit } from '../../lib/submit.ts';

const formatSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export function EntryDetailPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const loaded = useApi<Entry>(`/api/v1/disclosures/${id}`);
  const [e, setE] = useState<Entry | null>(null);
  const [editing, setEditing] = useState(false);
  const [flash] = useState(() => takeFlash());
  const [note, setNote] = useState('');
  useEffect(() => { if (loaded.data) setE(loaded.data); }, [loaded.data]);
  const catalog = useApi<CatalogItem[]>(e ? `/api/v1/jurisdictions/${e.villageCode}/disclosure-catalog?all=true` : null);
  const headingRef = useRef<HTMLDivElement>(null);

  if (loaded.error) {
    return <>
      <PageHeading title={t('disclosure.detail.title')} brand={t('app.name')}>{t('disclosure.detail.title')}</PageHeading>
      <ErrorNote error={loaded.error} />
      <p><Link to={atHref('/staff/disclosure', code)}>{t('disclosure.back')}</Link></p>
    </>;
  }
  if (!e) return <Loading />;
  const kind = node?.code === e.villageCode ? node.kind : null;
  const item = catalog.data?.find((i) => i.id === e.catalogItemId);
  const editable = e.status === 'draft' || e.status === 'returned';
  const mayDraft = can(me, 'disclosure.draft');
  const lastReturn = [...e.timeline].reverse().find((x) => x.action === 'return');
  const update = (next: Entry, message: string) => { setE(next); setNote(message); requestAnimationFrame(() => headingRef.current?.focus()); };

  return (
    <>
      <DisclosureNav />
      <p className="back"><Link to={atHref('/staff/disclosure', code)}>{t('disclosure.back')}</Link></p>
      <PageHeading title={e.title} brand={t('app.name')}>{e.title}</PageHeading>
      <p className="entry-meta">
        <StatusBadge status={e.status} />
        <span className={`badge col-badge col-${e.column}`}>{columnLabel(t, e.column, kind)}</span>
        <span>{periodText(t, e.periodStart, e.periodEnd)}</span>
        <span className="muted">{t('disclosure.detail.number', { id: e.id })}</span>
      </p>
      <div ref={headingRef} tabIndex={-1} className="status-focus">
        <p role="status" className="ok-note">{note}</p>
      </div>
      <ErrorNote error={flash} />

      {e.status === 'returned' && lastReturn && (
        <div className="notice notice-warn returned-reason" role="note">
          <p><strong>{t('disclosure.detail.returned', { who: lastReturn.actorLabel, at: formatDateTime(lastReturn.at, t.lang) })}</strong></p>
          <p className="reason" data-testid="return-reason">{lastReturn.note}</p>
          <p>{mayDraft ? t('disclosure.detail.returnedFix') : t('disclosure.detail.returnedWait')}</p>
        </div>
      )}
      {e.supersedesEntryId !== null && (
        <div className="notice" role="note">
          <p><strong>{t('disclosure.detail.isCorrection', { id: e.supersedesEntryId })}</strong> <Link to={atHref(`/staff/disclosure/${e.supersedesEntryId}`, code)}>{t('disclosure.detail.open', { id: e.supersedesEntryId })}</Link></p>
          {e.correctionReason && <p>{t('entry.correctionReason', { reason: e.correctionReason })}</p>}
        </div>
      )}
      {e.supersededBy !== null && (
        <div className="notice notice-warn" role="note">
          <p><strong>{t('disclosure.detail.superseded')}</strong> <Link to={atHref(`/staff/disclosure/${e.supersededBy}`, code)}>{t('disclosure.detail.open', { id: e.supersededBy })}</Link></p>
        </div>
      )}

      <section className="card next-step" aria-labelledby="next-h">
        <h2 id="next-h">{t('disclosure.detail.next')}</h2>
        <NextStep e={e} editing={editing} setEditing={setEditing} onChange={update} />
      </section>

      {editing && editable && mayDraft ? (
        <section aria-labelledby="edit-h" className="card">
          <h2 id="edit-h">{t('disclosure.detail.edit')}</h2>
          <EntryForm code={e.villageCode} kind={kind} entry={e} level={3} onCancel={() => setEditing(false)}
            onSaved={(x, submitted) => { setEditing(false); update(x, submitted ? t('disclosure.detail.resubmitted') : t('disclosure.detail.saved')); }} />
        </section>
      ) : (
        <div className="detail-grid entry-detail-grid">
          <section aria-labelledby="facts-h" className="card">
            <h2 id="facts-h">{t('disclosure.detail.facts')}</h2>
            <dl className="facts">
              <dt>{t('disclosure.form.column')}</dt><dd>{columnLabel(t, e.column, kind)}</dd>
              <dt>{t('disclosure.form.item')}</dt><dd>{item ? item.title : e.catalogItemId ? `#${e.catalogItemId}` : t('disclosure.form.adHoc')}</dd>
              <dt>{t('disclosure.form.period')}</dt><dd>{periodText(t, e.periodStart, e.periodEnd)}</dd>
              <dt>{t('disclosure.detail.createdBy')}</dt><dd>{e.createdBy}</dd>
              <dt>{t('disclosure.detail.updatedAt')}</dt><dd>{formatDateTime(e.updatedAt, t.lang)}</dd>
              {e.publishedAt && <><dt>{t('entry.publishedAt')}</dt><dd>{formatDateTime(e.publishedAt, t.lang)}</dd></>}
              {e.ledgerSeq !== null && <><dt>{t('entry.seq')}</dt><dd>{t('board.seq', { seq: e.ledgerSeq })}</dd></>}
              {e.ledgerHash && <><dt>{t('entry.hash')}</dt><dd><code className="hash">{e.ledgerHash}</code></dd></>}
            </dl>
          </section>
          <section aria-labelledby="timeline-h" className="card">
            <h2 id="timeline-h">{t('disclosure.detail.timeline')}</h2>
            <TimelineList t={t} events={e.timeline} />
          </section>
          <section aria-labelledby="content-h" className="card wide">
            <h2 id="content-h">{t('disclosure.detail.content')}</h2>
            <MarkdownPreview source={e.bodyMd} />
            {e.column === 'finance' && e.totals && (e.financeLines.length > 0
              ? <FinanceTable lines={e.financeLines} totals={e.totals} caption={t('entry.financeCaption', { title: e.title })} />
              : <p className="field-error">{t('disclosure.form.error.noLines')}</p>)}
          </section>
          <Attachments e={e} editable={editable && mayDraft} onAdded={(a) => setE({ ...e, attachments: [...e.attachments, a] })} />
        </div>
      )}
    </>
  );
}

function NextStep({ e, editing, setEditing, onChange }: { e: Entry; editing: boolean; setEditing(v: boolean): void; onChange(e: Entry, note: string): void }) {
  const t = useT();
  const me = useMe()!;
  const { code } = useAt();
  const submit = useSubmit();
  const { error, busy } = submit;
  const mayDraft = can(me, 'disclosure.draft');
  const mayReview = can(me, 'disclosure.review');
  const mayPublish = can(me, 'disclosure.publish');
  const editable = e.status === 'draft' || e.status === 'returned';
  const run = (path: string, message: string, body: unknown = {}) =>
    submit.run(async () => onChange(await api<Entry>(`/api/v1/disclosures/${e.id}/${path}`, { json: body }), message));

  return (
    <div className="next-step-body">
      <p className="lead">{t.dyn(`disclosure.next.${e.status}`, '')}</p>
      {editable && mayDraft && !editing && (
        <div className="form-actions">
          <button type="button" onClick={() => setEditing(true)}>{t('disclosure.detail.editButton')}</button>
          <button type="button" className="primary" disabled={busy} onClick={() => void run('submit', t('disclosure.detail.submitted'))}>
            {e.status === 'returned' ? t('disclosure.detail.resubmit') : t('disclosure.detail.submit')}
          </button>
        </div>
      )}
      {e.status === 'inReview' && mayReview && <ReviewForm e={e} onChange={onChange} />}
      {mayPublish && e.status !== 'published' && <PublishControl e={e} onChange={onChange} />}
      {e.status === 'published' && (
        <>
          <p><Link to={`/v/${e.villageCode}/d/${e.id}`}>{t('disclosure.detail.publicPage')}</Link></p>
          {mayDraft && e.supersededBy === null && <CorrectControl e={e} code={code} />}
        </>
      )}
      <ErrorNote error={error} />
    </div>
  );
}

/** The supervisory committee approves, or returns with a reason (required). */
function ReviewForm({ e, onChange }: { e: Entry; onChange(e: Entry, note: string): void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const errors = useFormErrors(error, ['reason', 'note', 'status']);
  const send = async (action: 'approve' | 'return') => {
    if (action === 'return' && !text.trim()) { setLocal(t('disclosure.review.reasonRequired')); return; }
    setLocal(null);
    await run(async () => {
      const body = action === 'return' ? { reason: text.trim() } : text.trim() ? { note: text.trim() } : {};
      onChange(await api<Entry>(`/api/v1/disclosures/${e.id}/${action}`, { json: body }), action === 'return' ? t('disclosure.review.returnedDone') : t('disclosure.review.approvedDone'));
    });
  };
  const onSubmit = (ev: FormEvent) => { ev.preventDefault(); void send('approve'); };
  return (
    <form className="form-grid review-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} source={error} />
      <TextAreaField id={`${id}-reason`} label={t('disclosure.review.text')} hint={t('disclosure.review.textHint')} rows={3} maxLength={500}
        value={text} error={local ?? errors.byField.reason ?? errors.byField.note} onChange={(ev) => setText(ev.target.value)} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t('disclosure.review.approve')}</button>
        <button type="button" disabled={busy} onClick={() => void send('return')}>{t('disclosure.review.return')}</button>
      </div>
    </form>
  );
}

/** Publishing writes to the ledger for ever: one confirmation step. Disabled until approved. */
function PublishControl({ e, onChange }: { e: Entry; onChange(e: Entry, note: string): void }) {
  const t = useT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useSubmit();
  const approved = e.status === 'approved';
  const publish = async () => {
    await run(async () => onChange(await api<Entry>(`/api/v1/disclosures/${e.id}/publish`, { method: 'POST' }), t('disclosure.publish.done')));
    setConfirming(false);
  };
  if (!approved) {
    return (
      <p className="publish-locked">
        <button type="button" disabled aria-describedby={`${id}-why`}>{t('disclosure.publish.button')}</button>{' '}
        <span id={`${id}-why`} className="hint">{t('disclosure.publish.needsApproval')}</span>
      </p>
    );
  }
  return (
    <div className="publish">
      {!confirming
        ? <p><button type="button" className="primary" onClick={() => setConfirming(true)}>{t('disclosure.publish.button')}</button></p>
        : (
          <div className="notice notice-warn" role="group" aria-labelledby={`${id}-q`}>
            <p id={`${id}-q`}><strong>{t('disclosure.publish.confirmQ')}</strong></p>
            <p>{t('disclosure.publish.confirmText')}</p>
            <div className="form-actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void publish()}>{t('disclosure.publish.confirm')}</button>
              <button type="button" disabled={busy} onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
            </div>
          </div>
        )}
      <ErrorNote error={error} />
    </div>
  );
}

/** A correction is a new draft that supersedes this entry once it is reviewed and published. */
function CorrectControl({ e, code }: { e: Entry; code: string | null }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const errors = useFormErrors(error, ['reason']);
  const onSubmit = (ev: FormEvent) => {
    ev.preventDefault();
    if (reason.trim().length < 2) { setLocal(t('disclosure.correct.reasonRequired')); return; }
    setLocal(null);
    void run(async () => {
      const draft = await api<Entry>(`/api/v1/disclosures/${e.id}/correct`, { json: { reason: reason.trim() } });
      navigate(atHref(`/staff/disclosure/${draft.id}`, code));
    }, { keepBusy: true });
  };
  if (!open) return <p><button type="button" onClick={() => setOpen(true)}>{t('disclosure.correct.button')}</button> <span className="hint">{t('disclosure.correct.hint')}</span></p>;
  return (
    <form className="form-grid" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} source={error} />
      <TextAreaField id={`${id}-reason`} label={t('disclosure.correct.reason')} hint={t('disclosure.correct.reasonHint')} rows={3} maxLength={500} required
        value={reason} error={local ?? errors.byField.reason} onChange={(ev) => setReason(ev.target.value)} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t('disclosure.correct.start')}</button>
        <button type="button" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

function Attachments({ e, editable, onAdded }: { e: Entry; editable: boolean; onAdded(a: Entry['attachments'][number]): void }) {
  const t = useT();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, setError, run } = useSubmit();
  const [status, setStatus] = useState('');
  const errors = useFormErrors(error, ['file']);
  const input = useRef<HTMLInputElement>(null);
  const upload = (ev: FormEvent) => {
    ev.preventDefault();
    if (!file) return;
    setStatus('');
    const form = new FormData();
    form.append('file', file, file.name);
    void run(async () => {
      const a = await api<Entry['attachments'][number]>(`/api/v1/disclosures/${e.id}/attachments`, { form });
      onAdded(a);
      setFile(null);
      if (input.current) input.current.value = '';
      setStatus(t('disclosure.attach.done', { name: a.filename }));
    });
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card wide">
      <h2 id={`${id}-h`}>{t('entry.attachments')}</h2>
      {e.attachments.length === 0 ? <p className="muted">{t('disclosure.attach.none')}</p> : (
        <ul className="file-list">
          {e.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/v1/attachments/${a.sha256}`} target="_blank" rel="noopener">{a.filename}</a>{' '}
              <span className="muted small">{t('entry.fileInfo', { type: a.mime === 'application/pdf' ? 'PDF' : a.mime, size: formatSize(a.size) })}</span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="inline-form attach-form" onSubmit={(ev) => void upload(ev)}>
          <div className={`field${errors.byField.file ? ' has-error' : ''}`}>
            <label htmlFor={`${id}-file`}>{t('disclosure.attach.file')}</label>
            <input ref={input} id={`${id}-file`} type="file" accept="image/jpeg,image/png,image/webp,application/pdf"
              aria-describedby={`${id}-file-hint${errors.byField.file ? ` ${id}-file-error` : ''}`} aria-invalid={errors.byField.file ? true : undefined}
              onChange={(ev) => { setFile(ev.target.files?.[0] ?? null); setError(null); }} />
            <p id={`${id}-file-hint`} className="hint">{t('disclosure.attach.hint')}</p>
            {errors.byField.file && <p id={`${id}-file-error`} className="field-error">{errors.byField.file}</p>}
          </div>
          <p><button type="submit" disabled={!file || busy}>{busy ? t('disclosure.attach.uploading') : t('disclosure.attach.upload')}</button></p>
          {error && !errors.byField.file ? <ErrorNote error={error} /> : null}
        </form>
      )}
      <p role="status" className="ok-note">{status}</p>
    </section>
  );
}
