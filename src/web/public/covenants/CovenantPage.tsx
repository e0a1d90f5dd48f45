// /v/:code/covenant — the village's covenant for everyone: the text in force (with the printable
// PDF), its history, the revision in progress (its steps, the timeline, the draft clause by
// clause with the legality review's findings, residents' comments and the drafters' answers, a
// side-by-side comparison with the text in force), the honour roll, and the warning roll for
// the village's own residents.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useT, type T } from '../../i18n.tsx';
import { api, ApiError, isAbort } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextAreaField, useFormErrors } from '../../lib/forms.tsx';
import { Link, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, Loading, useApi } from '../../lib/ui.tsx';
import { loginHref, useViewer } from '../decisions/viewer.ts';
import {
  allClauses, versionChoices,
  type CommentPage, type CovenantComment, type CovenantPage as Page, type Diff, type NumberedChapter, type Revision, type RollEntry, type StoredFinding, type VersionSummary,
} from './model.ts';
import './covenants.css';
import { useSubmit } from '../../lib/submit.ts';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { Timeline } from '../../lib/Timeline.tsx';

const bi = (t: T, b: { 'zh-CN': string; en: string }) => b[t.lang] ?? b['zh-CN'];

export function CovenantPublicPage({ code }: { code: string }) {
  const t = useT();
  const { data, error } = useApi<Page>(`/api/v1/villages/${code}/covenant`);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const title = data.covenant?.title ?? t('covenants.title');
  const open = data.revisions.find((r) => r.state !== 'published');
  return (
    <>
      <p className="back"><Link to={`/v/${code}`}>{t('covenants.back')}</Link></p>
      <PageHeading title={title} brand={t('app.name')}>{title}</PageHeading>
      {!data.inForce && <p>{t('covenants.none')}</p>}
      {data.inForce && (
        <section aria-labelledby="cov-in-force">
          <h2 id="cov-in-force">{t('covenants.inForce')}</h2>
          <p className="muted">
            {t('covenants.version', { n: data.inForce.number })}
            {data.inForce.adoptedOn && <> · {t('covenants.adoptedOn', { date: data.inForce.adoptedOn })}</>}
            {' · '}<a href={`/api/v1/villages/${code}/covenant.pdf`}>{t('covenants.pdf')}</a>
          </p>
          <CovenantText chapters={data.inForce.chapters} />
        </section>
      )}
      {open && <RevisionSection id={open.id} inForceId={data.inForce?.id ?? null} adopted={data.versions} />}
      {data.versions.length > 0 && (
        <section aria-labelledby="cov-history">
          <h2 id="cov-history">{t('covenants.history')}</h2>
          <ul>
            {data.versions.map((v) => (
              <li key={v.id}>
                {t('covenants.version', { n: v.number })} · {v.adoptedOn ? t('covenants.adoptedOn', { date: v.adoptedOn }) : ''} · {t.dyn(`covenants.status.${v.status}`, v.status)}
              </li>
            ))}
          </ul>
          {!open && data.versions.length > 1 && (
            <details>
              <summary>{t('covenants.diff.pick')}</summary>
              <DiffPicker adopted={data.versions} drafts={[]} inForceId={data.inForce?.id ?? null} />
            </details>
          )}
          {data.revisions.filter((r) => r.state === 'published').length > 0 && (
            <p className="muted">{t('covenants.revisionsDone', { n: data.revisions.filter((r) => r.state === 'published').length })}</p>
          )}
        </section>
      )}
      <Rolls code={code} />
    </>
  );
}

export function CovenantText({ chapters, extra }: { chapters: NumberedChapter[]; extra?: (clauseId: string) => ReactNode }) {
  return (
    <div className="cov-text">
      {chapters.map((c) => (
        <div key={c.number} className="cov-chapter">
          <h3>{c.label}　{c.title}</h3>
          <ol>
            {c.clauses.map((k) => (
              <li key={k.id} id={`clause-${k.id}`}>
                <span className="cov-label">{k.label}</span>{k.text}
                {extra?.(k.id)}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** The revision's steps in order, as the server gives them; the current one marked, those before it done. */
export function StepList({ steps, state }: { steps: Revision['steps']; state: string }) {
  const t = useT();
  const at = steps.findIndex((s) => s.state === state);
  return (
    <ol className="cov-steps" aria-label={t('covenants.revision.steps')}>
      {steps.map((s, i) => (
        <li key={s.state} className={i < at ? 'done' : undefined} aria-current={i === at ? 'step' : undefined}>
          {i + 1}. {bi(t, s.label)}
        </li>
      ))}
    </ol>
  );
}

export function FindingNote({ f }: { f: StoredFinding | { rule: string; basis: string; excerpt: string; message: string; decision?: null | 'mustChange' | 'lawful'; decisionReason?: string | null } }) {
  const t = useT();
  return (
    <div className={`cov-finding${f.decision === 'lawful' ? ' lawful' : ''}`}>
      <p><strong>{t('covenants.finding.flag')}</strong> {f.message}</p>
      <p className="muted">{t('covenants.finding.basis', { basis: f.basis })}</p>
      {f.decision && <p>{t.dyn(`covenants.finding.decision.${f.decision}`, f.decision)}{f.decisionReason ? `：${f.decisionReason}` : ''}</p>}
    </div>
  );
}

export function DiffTable({ versionId, against }: { versionId: number; against: number | 'inForce' }) {
  const t = useT();
  const { data, error } = useApi<Diff>(`/api/v1/covenant-versions/${versionId}/diff?against=${against}`);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return (
    <div className="table-wrap" role="region" aria-label={t('covenants.diff.title')} tabIndex={0}>
      <table className="data cov-diff">
        <caption>{t('covenants.diff.title')}</caption>
        <thead><tr><th scope="col">{t('covenants.diff.change')}</th><th scope="col">{t('covenants.diff.before')}</th><th scope="col">{t('covenants.diff.after')}</th></tr></thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.clauseId}>
              <th scope="row">{t.dyn(`covenants.diff.${r.change}`, r.change)}</th>
              <td>{r.before ? `${r.before.label} ${r.before.text}` : '—'}</td>
              <td>{r.after ? `${r.after.label} ${r.after.text}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Any two versions side by side, clause by clause (the API compares any two of the same covenant). */
export function DiffPicker({ adopted, drafts, inForceId }: { adopted: VersionSummary[]; drafts: VersionSummary[]; inForceId: number | null }) {
  const t = useT();
  const id = useId();
  const choices = versionChoices(adopted, drafts, inForceId);
  const [to, setTo] = useState(String(choices.to ?? ''));
  const [from, setFrom] = useState(String(choices.from ?? ''));
  if (choices.versions.length < 2) return null;
  const option = (v: VersionSummary) => <option key={v.id} value={v.id}>{t('covenants.version', { n: v.number })} · {t.dyn(`covenants.status.${v.status}`, v.status)}</option>;
  return (
    <div className="cov-diff-picker">
      <fieldset>
        <legend>{t('covenants.diff.pick')}</legend>
        <SelectField id={`${id}-from`} label={t('covenants.diff.from')} value={from} onChange={(e) => setFrom(e.target.value)}>{choices.versions.map(option)}</SelectField>
        <SelectField id={`${id}-to`} label={t('covenants.diff.to')} value={to} onChange={(e) => setTo(e.target.value)}>{choices.versions.map(option)}</SelectField>
      </fieldset>
      {from === to || !from || !to
        ? <p role="note" className="muted">{t('covenants.diff.sameVersion')}</p>
        : <DiffTable versionId={Number(to)} against={Number(from)} />}
    </div>
  );
}

/** All comments of a revision (pages of 20, "more" loads the next), grouped by clause. */
export function useComments(revisionId: number) {
  const [items, setItems] = useState<CovenantComment[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const [done, setDone] = useState<(() => void) | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    api<CommentPage>(`/api/v1/covenant-revisions/${revisionId}/comments`, { signal: ctl.signal }).then(
      (p) => { setItems(p.items); setNext(p.nextCursor); setError(null); },
      (e: unknown) => { if (!isAbort(e)) setError(e); },
    );
    return () => ctl.abort();
  }, [revisionId, tick]);
  useEffect(() => { if (done) { done(); setDone(null); } }, [items, done]);
  const more = async () => {
    if (next === null) return;
    try {
      const p = await api<CommentPage>(`/api/v1/covenant-revisions/${revisionId}/comments?cursor=${next}`);
      setItems((xs) => [...xs, ...p.items]); setNext(p.nextCursor);
    } catch (e) { setError(e); }
  };
  const reload = () => new Promise<void>((resolve) => { setDone(() => resolve); setTick((n) => n + 1); });
  return { items, next, error, more, reload };
}

export function CommentView({ c }: { c: CovenantComment }) {
  const t = useT();
  return (
    <div className="cov-comment">
      {c.hidden ? <p className="muted">{t('covenants.comment.hidden', { reason: c.hiddenReason ?? '' })}</p> : (
        <>
          <p><span className="muted">{c.authorName} · {formatDateTime(c.createdAt, t.lang)}</span><br />{c.body}</p>
          {c.disposition && <p className="cov-disposition">{t.dyn(`covenants.disposition.${c.disposition}`, c.disposition)}：{c.dispositionReason}</p>}
        </>
      )}
    </div>
  );
}

function RevisionSection({ id, inForceId, adopted }: { id: number; inForceId: number | null; adopted: VersionSummary[] }) {
  const t = useT();
  const viewer = useViewer();
  const { data: r, error } = useApi<Revision>(`/api/v1/covenant-revisions/${id}`);
  const comments = useComments(id);
  const [showDiff, setShowDiff] = useState(false);
  if (error) return <ErrorNote error={error} />;
  if (!r) return <Loading />;
  const byClause = (clauseId: string) => comments.items.filter((c) => c.clauseId === clauseId);
  const findingsOf = (clauseId: string) => r.findings.filter((f) => f.clauseId === clauseId);
  return (
    <section aria-labelledby="cov-revision">
      <h2 id="cov-revision">{t('covenants.revision.current', { title: r.title })}</h2>
      <p><StatusBadge state={r.state} tone="cov-" label={bi(t, r.stateLabel)} /></p>
      <StepList steps={r.steps} state={r.state} />
      <details>
        <summary>{t('covenants.revision.timeline')}</summary>
        <Timeline lastIsCurrent entries={r.timeline.map((e) => ({ key: e.id, at: e.at, when: formatDateTime(e.at, t.lang), label: bi(t, e.toLabel), note: e.note }))} />
      </details>
      <p className="muted">{t('covenants.revision.opinions', { n: r.opinions.length })}</p>
      {r.draft && (
        <>
          <h3>{t('covenants.revision.draft', { n: r.draft.number })}</h3>
          {r.draft.note && <p className="muted">{r.draft.note}</p>}
          <CovenantText chapters={r.draft.chapters} extra={(clauseId) => (
            <>
              {findingsOf(clauseId).map((f) => <FindingNote key={f.id} f={f} />)}
              {byClause(clauseId).map((c) => <CommentView key={c.id} c={c} />)}
            </>
          )} />
          <ErrorNote error={comments.error} />
          {comments.next !== null && <p><button type="button" onClick={() => void comments.more()}>{t('covenants.comments.more')}</button></p>}
          {inForceId !== null && (
            <p><button type="button" aria-expanded={showDiff} onClick={() => setShowDiff((x) => !x)}>{t('covenants.diff.show')}</button></p>
          )}
          {showDiff && inForceId !== null && <DiffTable versionId={r.draft.id} against="inForce" />}
          <details>
            <summary>{t('covenants.diff.pick')}</summary>
            <DiffPicker adopted={adopted} drafts={r.versions} inForceId={inForceId} />
          </details>
          {r.state === 'drafting' && (viewer
            ? <CommentForm revision={r} onDone={comments.reload} />
            : viewer === null && <p><a href={loginHref()}>{t('covenants.comment.signIn')}</a></p>)}
        </>
      )}
    </section>
  );
}

const commentFields = ['clauseId', 'body'] as const;
function CommentForm({ revision, onDone }: { revision: Revision; onDone: () => Promise<void> }) {
  const t = useT();
  const id = useId();
  const clauses = allClauses(revision.draft!.chapters);
  const [clauseId, setClauseId] = useState(clauses[0]?.id ?? '');
  const [body, setBody] = useState('');
  const { busy, error: err, onSubmit } = useSubmit();
  const [sent, setSent] = useState('');
  const errors = useFormErrors(err, commentFields);
  const submit = onSubmit(async () => {
    setSent('');
    await api(`/api/v1/covenant-revisions/${revision.id}/comments`, { json: { clauseId, body } });
    setBody('');
    const label = clauses.find((c) => c.id === clauseId)?.label ?? '';
    await onDone();
    setSent(t('covenants.comment.sent', { label }));
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('covenants.comment.title')}</h3>
      <ErrorSummary errors={errors} source={err} />
      <SelectField id={`${id}-clause`} label={t('covenants.comment.clause')} value={clauseId} onChange={(e) => setClauseId(e.target.value)} error={errors.byField.clauseId}>
        {clauses.map((c) => <option key={c.id} value={c.id}>{c.label} {c.text.slice(0, 24)}</option>)}
      </SelectField>
      <TextAreaField id={`${id}-body`} label={t('covenants.comment.body')} required value={body} onChange={(e) => setBody(e.target.value)} error={errors.byField.body} />
      <p><button type="submit" disabled={busy}>{t('covenants.comment.submit')}</button></p>
      <p role="status" className="ok-note">{sent}</p>
    </form>
  );
}

function Rolls({ code }: { code: string }) {
  const t = useT();
  const honor = useApi<RollEntry[]>(`/api/v1/villages/${code}/covenant/honor-roll`);
  const viewer = useViewer();
  const [warning, setWarning] = useState<RollEntry[] | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!viewer) return;
    const ctl = new AbortController();
    // Only the village's own residents and staff may read it; others get 401/403 and see nothing.
    api<RollEntry[]>(`/api/v1/villages/${code}/covenant/warning-roll`, { signal: ctl.signal }).then(setWarning, (e: unknown) => {
      if (!isAbort(e) && !(e instanceof ApiError && (e.status === 401 || e.status === 403))) setWarning(null);
    });
    return () => ctl.abort();
  }, [viewer, code, tick]);
  return (
    <>
      <section aria-labelledby="cov-honor">
        <h2 id="cov-honor">{t('covenants.honor.title')}</h2>
        {honor.data && honor.data.length === 0 && <p className="muted">{t('covenants.honor.none')}</p>}
        <ul>{(honor.data ?? []).map((e) => <li key={e.id}><strong>{e.personName}</strong>：{e.description}（{t('covenants.roll.clause', { label: e.clauseLabel })}，{e.recordedOn}）</li>)}</ul>
      </section>
      {warning && (
        <section aria-labelledby="cov-warning">
          <h2 id="cov-warning">{t('covenants.warning.title')}</h2>
          <p className="muted">{t('covenants.warning.note')}</p>
          {warning.length === 0 && <p className="muted">{t('covenants.warning.none')}</p>}
          <ul>
            {warning.map((e) => (
              <li key={e.id}>
                <strong>{e.personName}</strong>：{e.description}（{t('covenants.roll.clause', { label: e.clauseLabel })}；{t('covenants.roll.expires', { date: e.expiresOn ?? '' })}）
                {e.appealed && <p className="muted">{e.appealDecision ? `${t.dyn(`covenants.appeal.${e.appealDecision}`, e.appealDecision)}：${e.appealReason ?? ''}` : t('covenants.appeal.pending')}</p>}
                {e.mine && !e.appealed && <AppealForm entryId={e.id} onDone={() => setTick((n) => n + 1)} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function AppealForm({ entryId, onDone }: { entryId: number; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const { busy, error: err, onSubmit } = useSubmit();
  const errors = useFormErrors(err, ['text']);
  const submit = onSubmit(async () => { await api(`/api/v1/covenant-roll/${entryId}/appeal`, { json: { text } }); onDone(); });
  return (
    <form onSubmit={submit} noValidate aria-label={t('covenants.appeal.mine')}>
      <ErrorSummary errors={errors} source={err} />
      <TextAreaField id={`${id}-t`} label={t('covenants.appeal.text')} required value={text} onChange={(e) => setText(e.target.value)} error={errors.byField.text} />
      <p><button type="submit" disabled={busy}>{t('covenants.appeal.send')}</button></p>
    </form>
  );
}
