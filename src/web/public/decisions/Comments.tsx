// The online deliberation of a consultation topic: top-level comments 20 a page, each with its
// replies (one level), hidden ones shown as "hidden: reason". A signed-in resident may comment
// and reply while the topic is open; on the staff page a committee member may hide a comment
// with a reason.
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n.tsx';
import { api, isAbort } from '../../lib/api.ts';
import type { ApiResponse } from '../../lib/api-types.ts';
import { ErrorSummary, useFormErrors } from '../../lib/forms.tsx';
import { ErrorNote, formatDateTime } from '../../lib/ui.tsx';
import type { Comment, CommentPage } from './model.ts';
import { useSubmit } from '../../lib/submit.ts';

interface Props {
  topicId: number;
  /** The name shown on the reader's own new comments; null = the reader may not comment. */
  author: string | null;
  open: boolean;
  /** Staff: hide a comment with a reason. */
  canHide?: boolean;
}

export function Comments({ topicId, author, open, canHide = false }: Props) {
  const t = useT();
  const [items, setItems] = useState<Comment[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    const ctl = new AbortController();
    setLoading(true);
    api<CommentPage>(`/api/v1/consultations/${topicId}/comments`, { signal: ctl.signal }).then(
      (p) => { setItems(p.items); setNext(p.nextCursor); setLoading(false); },
      (e: unknown) => { if (!isAbort(e)) { setError(e); setLoading(false); } },
    );
    return () => ctl.abort();
  }, [topicId]);

  const more = async () => {
    if (next === null) return;
    setLoading(true);
    try {
      const p = await api<CommentPage>(`/api/v1/consultations/${topicId}/comments?cursor=${next}`);
      setItems((old) => [...old, ...p.items]);
      setNext(p.nextCursor);
    } catch (e) { setError(e); } finally { setLoading(false); }
  };

  const added = (c: Comment) => {
    if (c.parentId === null) {
      if (next === null) setItems((old) => [...old, { ...c, replies: [] }]);
      setSaid(next === null ? t('decisions.comments.posted') : t('decisions.comments.postedAtEnd'));
    } else {
      setItems((old) => old.map((p) => (p.id === c.parentId ? { ...p, replies: [...(p.replies ?? []), c] } : p)));
      setSaid(t('decisions.comments.replied'));
    }
  };
  const hidden = (id: number, reason: string) => {
    const hide = (c: Comment): Comment => (c.id === id ? { ...c, hidden: true, hiddenReason: reason, body: null, authorName: null } : { ...c, replies: c.replies?.map(hide) });
    setItems((old) => old.map(hide));
    setSaid(t('decisions.comments.hiddenDone'));
  };
  const count = items.length;

  return (
    <section aria-labelledby="comments-h" className="comments">
      <h2 id="comments-h">{t('decisions.comments.title')}</h2>
      <ErrorNote error={error} />
      <p role="status" className="muted result-count">
        {loading ? t('common.loading') : count === 0 ? t('decisions.comments.none') : t(next === null ? 'decisions.comments.countAll' : 'decisions.comments.countSome', { n: count })}
      </p>
      {count > 0 && (
        <ol className="comment-list">
          {items.map((c) => (
            <li key={c.id} className="comment">
              <CommentBody c={c} canHide={canHide} onHidden={hidden} />
              {(c.replies?.length ?? 0) > 0 && (
                <ol className="comment-replies" aria-label={t('decisions.comments.repliesTo', { n: c.id })}>
                  {c.replies!.map((r) => <li key={r.id} className="comment reply"><CommentBody c={r} canHide={canHide} onHidden={hidden} /></li>)}
                </ol>
              )}
              {author !== null && open && !c.hidden && <ReplyForm topicId={topicId} parent={c} author={author} onDone={added} />}
            </li>
          ))}
        </ol>
      )}
      {next !== null && <p><button type="button" onClick={() => void more()} disabled={loading}>{t('decisions.comments.more')}</button></p>}
      <p role="status" className="ok-note">{said}</p>
      {author !== null && open && <CommentForm topicId={topicId} parentId={null} author={author} onDone={added} />}
      {!open && <p className="hint">{t('decisions.comments.closed')}</p>}
    </section>
  );
}

function CommentBody({ c, canHide, onHidden }: { c: Comment; canHide: boolean; onHidden: (id: number, reason: string) => void }) {
  const t = useT();
  const id = useId();
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const hide = onSubmit(async () => {
    await api(`/api/v1/consultation-comments/${c.id}/hide`, { json: { reason: reason.trim() } });
    onHidden(c.id, reason.trim());
  });
  if (c.hidden) {
    return <p className="comment-hidden">{t('decisions.comments.hidden', { reason: c.hiddenReason ?? '' })}</p>;
  }
  return (
    <>
      <p className="comment-meta"><strong>{c.authorName}</strong> <span className="muted">{formatDateTime(c.createdAt, t.lang)}</span></p>
      <p className="comment-text">{c.body}</p>
      {canHide && !hiding && <button type="button" className="link-button small" onClick={() => setHiding(true)}>{t('decisions.comments.hide')}<span className="sr-only"> {t('decisions.comments.byWhom', { name: c.authorName ?? '' })}</span></button>}
      {canHide && hiding && (
        <form className="inline-form hide-form" onSubmit={hide}>
          <label htmlFor={`${id}-r`}>{t('decisions.comments.hideReason')}</label>
          <div className="input-row">
            <input id={`${id}-r`} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={2} maxLength={200} />
            <button type="submit" disabled={busy}>{t('decisions.comments.hideSubmit')}</button>
            <button type="button" onClick={() => setHiding(false)}>{t('common.cancel')}</button>
          </div>
          <ErrorNote error={error} />
        </form>
      )}
    </>
  );
}

function ReplyForm(props: { topicId: number; parent: Comment; author: string; onDone: (c: Comment) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) return <button type="button" className="link-button small" onClick={() => setOpen(true)}>{t('decisions.comments.reply')}<span className="sr-only"> {t('decisions.comments.byWhom', { name: props.parent.authorName ?? '' })}</span></button>;
  return <CommentForm topicId={props.topicId} parentId={props.parent.id} author={props.author} onDone={(c) => { setOpen(false); props.onDone(c); }} onCancel={() => setOpen(false)} />;
}

const fields = ['body'] as const;

function CommentForm({ topicId, parentId, author, onDone, onCancel }: { topicId: number; parentId: number | null; author: string; onDone: (c: Comment) => void; onCancel?: () => void }) {
  const t = useT();
  const id = useId();
  const [body, setBody] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, fields);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => { if (parentId !== null) ref.current?.focus(); }, [parentId]);
  const submit = onSubmit(async () => {
    const text = body.trim();
    const row = await api<ApiResponse<'/api/v1/consultations/{id}/comments', 'post'>>(`/api/v1/consultations/${topicId}/comments`, { json: { body: text, parentId } });
    setBody('');
    onDone({ id: row.id, parentId, authorName: author, body: text, hidden: false, hiddenReason: null, createdAt: new Date().toISOString() });
  });
  const label = parentId === null ? t('decisions.comments.new') : t('decisions.comments.replyLabel');
  const fieldError = errors.byField['body'];
  return (
    <form className={parentId === null ? 'comment-form' : 'comment-form reply-form'} onSubmit={submit}>
      <ErrorSummary errors={errors} source={error} />
      <div className={`field${fieldError ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-b`}>{label}</label>
        <textarea ref={ref} id={`${id}-b`} value={body} onChange={(e) => setBody(e.target.value)} required minLength={2} maxLength={2000} rows={parentId === null ? 4 : 2}
          aria-invalid={fieldError ? true : undefined} aria-describedby={fieldError ? `${id}-e` : undefined} />
        {fieldError && <p id={`${id}-e`} className="field-error">{fieldError}</p>}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{parentId === null ? t('decisions.comments.submit') : t('decisions.comments.replySubmit')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('common.cancel')}</button>}
      </div>
    </form>
  );
}
