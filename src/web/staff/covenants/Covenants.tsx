// /staff/covenants — the village's covenant: the text in force, the revisions, starting one; the
// red and black rolls (record an entry against a clause, decide appeals).
// /staff/covenants/:id — one revision, a panel per step: opinions (who said it, how collected),
// the draft editor (clauses keep their ids) with the screen's findings, answers to comments,
// the township's review (a decision per finding, approve or return), the vote at the
// villagers' assembly / residents' meeting (scheduled and recorded through the decisions
// module's meetings, women present), filing, publication.
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useT, type T } from '../../i18n.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { chinaToday, ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, Loading, useApi, useDebounced } from '../../lib/ui.tsx';
import { useSubmit } from '../../lib/submit.ts';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { Timeline } from '../../lib/Timeline.tsx';
import { CommentView, CovenantText, DiffPicker, DiffTable, FindingNote, StepList, useComments } from '../../public/covenants/CovenantPage.tsx';
import {
  allClauses, draftToText, textToDraft, type CountyRevision, type CovenantComment, type CovenantPage, type Opinion, type Revision, type RollEntry, type WarningRollEntry,
} from '../../public/covenants/model.ts';
import type { Meeting } from '../../public/decisions/model.ts';
import type { ResidentPage } from '../../lib/types.ts';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import '../../public/covenants/covenants.css';

const bi = (t: T, b: { 'zh-CN': string; en: string }) => b[t.lang] ?? b['zh-CN'];

/** A small form: fields, a submit button, errors summarised and by field, "done" announced after the page shows the result. */
function useForm(fields: readonly string[]) {
  const { error: err, busy, run } = useSubmit();
  const errors = useFormErrors(err, fields);
  return { err, busy, errors, run };
}

export function CovenantsStaffPage() {
  const { node } = useAt();
  return node && node.level !== 'village' ? <RevisionQueue /> : <VillageCovenant />;
}

/** Above a village (the township, the county): the revisions under way, reviews and filings first. */
function RevisionQueue() {
  const t = useT();
  const { code, node } = useAt();
  const { data, error } = useApi<CountyRevision[]>(code ? `/api/v1/jurisdictions/${code}/covenant-revisions` : null);
  const title = t('covenants.queue.title');
  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('covenants.queue.intro')}</p>
      <ErrorNote error={error} />
      {!data ? <Loading /> : data.length === 0 ? <p className="muted">{t('covenants.queue.none')}</p> : (
        <div className="table-wrap" role="region" aria-label={title} tabIndex={0}>
          <table className="data">
            <caption>{title}</caption>
            <thead><tr><th scope="col">{t('covenants.queue.village')}</th><th scope="col">{t('covenants.staff.revisionTitle')}</th><th scope="col">{t('covenants.queue.state')}</th><th scope="col">{t('covenants.queue.updated')}</th></tr></thead>
            <tbody>
              {data.map((r) => (
                <tr key={r.id} className={r.state === 'review' || r.state === 'adopted' ? 'row-attention' : ''}>
                  <td>{r.villageName}</td>
                  <th scope="row"><Link to={atHref(`/staff/covenants/${r.id}`, r.villageCode)}>{r.title}</Link></th>
                  <td><StatusBadge state={r.state} tone="cov-" label={bi(t, r.stateLabel)} /></td>
                  <td>{formatDateTime(r.updatedAt, t.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function VillageCovenant() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const { data, error, reload } = useApi<CovenantPage>(code ? `/api/v1/villages/${code}/covenant` : null);
  const [done, setDone] = useState('');
  const title = t('covenants.staff.title');
  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('covenants.staff.intro')}</p>
      {code && <p><Link to={`/v/${code}/covenant`}>{t('covenants.staff.publicPage')}</Link></p>}
      <ErrorNote error={error} />
      <p role="status" className="ok-note">{done}</p>
      {!data ? <Loading /> : (
        <>
          <section aria-labelledby="cov-s-force">
            <h2 id="cov-s-force">{t('covenants.inForce')}</h2>
            {data.inForce
              ? <p>{data.covenant?.title} · {t('covenants.version', { n: data.inForce.number })} · {data.inForce.adoptedOn ? t('covenants.adoptedOn', { date: data.inForce.adoptedOn }) : ''} · <a href={`/api/v1/villages/${code}/covenant.pdf`}>{t('covenants.pdf')}</a></p>
              : <><p>{t('covenants.none')}</p>{can(me, 'covenants.manage') && <RegisterExisting code={code!} onDone={(msg) => { void reload().then(() => setDone(msg)); }} />}</>}
            {data.inForce && data.inForce.screen.some((r) => !r.lawful) && <p role="note" className="error-note">{t('covenants.staff.inForceFlagged', { n: data.inForce.screen.filter((r) => !r.lawful).length })}</p>}
          </section>
          <section aria-labelledby="cov-s-rev">
            <h2 id="cov-s-rev">{t('covenants.staff.revisions')}</h2>
            {data.revisions.length === 0 && <p className="muted">{t('covenants.staff.noRevision')}</p>}
            <ul>
              {data.revisions.map((r) => <li key={r.id}><Link to={atHref(`/staff/covenants/${r.id}`, code)}>{r.title}</Link> · <StatusBadge state={r.state} tone="cov-" label={bi(t, r.stateLabel)} /></li>)}
            </ul>
            {can(me, 'covenants.manage') && !data.revisions.some((r) => r.state !== 'published') && <StartRevision code={code!} onDone={(msg) => { void reload().then(() => setDone(msg)); }} />}
          </section>
          {data.inForce && can(me, 'covenants.roll') && <RollsStaff code={code!} page={data} onSettings={(msg) => { void reload().then(() => setDone(msg)); }} />}
        </>
      )}
    </>
  );
}

/** The covenant adopted on paper before the platform: its text and date (screened like a draft). */
function RegisterExisting({ code, onDone }: { code: string; onDone: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [adoptedOn, setAdoptedOn] = useState('');
  const [parseError, setParseError] = useState('');
  const s = useForm(['adoptedOn']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = textToDraft(text);
    if ('error' in parsed) { setParseError(t.dyn(`covenants.draft.error.${parsed.error}`, parsed.error)); return; }
    setParseError('');
    const chapters = parsed.chapters.map((c) => ({ title: c.title, clauses: c.clauses.map((k) => ({ text: k.text })) }));
    void s.run(async () => { await api(`/api/v1/villages/${code}/covenant/register`, { json: { adoptedOn, chapters } }); onDone(t('covenants.done.registered')); });
  };
  return (
    <details>
      <summary>{t('covenants.register.title')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('covenants.register.title')} className="cov-draft-editor">
        <ErrorSummary errors={s.errors} source={s.err} />
        {parseError && <p role="alert" className="error-note">{parseError}</p>}
        <TextField id={`${id}-d`} type="date" label={t('covenants.register.adoptedOn')} required value={adoptedOn} onChange={(e) => setAdoptedOn(e.target.value)} error={s.errors.byField.adoptedOn} />
        <TextAreaField id={`${id}-t`} label={t('covenants.draft.text')} hint={t('covenants.register.hint')} required value={text} onChange={(e) => setText(e.target.value)} />
        <p><button type="submit" disabled={s.busy}>{t('covenants.register.submit')}</button></p>
      </form>
    </details>
  );
}

function StartRevision({ code, onDone }: { code: string; onDone: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const s = useForm(['title']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => { await api(`/api/v1/villages/${code}/covenant-revisions`, { json: { title } }); setTitle(''); onDone(t('covenants.staff.started')); });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('covenants.staff.start')}</h3>
      <ErrorSummary errors={s.errors} source={s.err} />
      <TextField id={`${id}-title`} label={t('covenants.staff.revisionTitle')} required value={title} onChange={(e) => setTitle(e.target.value)} error={s.errors.byField.title} />
      <p><button type="submit" disabled={s.busy}>{t('covenants.staff.startButton')}</button></p>
    </form>
  );
}

export function RevisionStaffPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe()!;
  const { code } = useAt();
  const { data: r, error, reload } = useApi<Revision>(`/api/v1/covenant-revisions/${id}`);
  const [done, setDone] = useState('');
  const finish = (msg: string) => { void reload().then(() => setDone(msg)); };
  if (error) {
    return error instanceof ApiError && error.status === 404
      ? <PageHeading title={t('covenants.staff.notFound')} brand={t('app.name')}>{t('covenants.staff.notFound')}</PageHeading>
      : <ErrorNote error={error} />;
  }
  if (!r) return <Loading />;
  const manage = can(me, 'covenants.manage');
  const review = can(me, 'covenants.review');
  let panel: ReactNode = null;
  if (r.state === 'collecting' && manage) panel = <Collecting r={r} onDone={finish} />;
  else if (r.state === 'drafting' && manage) panel = <Drafting r={r} onDone={finish} />;
  else if (r.state === 'review' && review) panel = <Review r={r} onDone={finish} />;
  else if (r.state === 'approved' && manage) panel = <Vote r={r} onDone={finish} />;
  else if (r.state === 'adopted' && review) panel = <Filing r={r} onDone={finish} />;
  else if (r.state === 'filed' && manage) panel = <StepButton r={r} type="publish" label={t('covenants.step.publishButton')} done={t('covenants.done.publish')} onDone={finish} />;
  return (
    <>
      <p className="back"><Link to={atHref('/staff/covenants', code)}>{t('covenants.staff.back')}</Link></p>
      <PageHeading title={r.title} brand={t('app.name')}>{r.title}</PageHeading>
      <p><StatusBadge state={r.state} tone="cov-" label={bi(t, r.stateLabel)} /> · <Link to={`/v/${r.villageCode}/covenant`}>{t('covenants.staff.publicPage')}</Link></p>
      <StepList steps={r.steps} state={r.state} />
      <p role="status" className="ok-note">{done}</p>
      {panel}
      {r.state !== 'drafting' && r.draft && (
        <section aria-labelledby="cov-s-draft">
          <h2 id="cov-s-draft">{t('covenants.revision.draft', { n: r.draft.number })}</h2>
          <CovenantText chapters={r.draft.chapters} extra={(clauseId) => r.state === 'review' ? null : r.findings.filter((f) => f.clauseId === clauseId).map((f) => <FindingNote key={f.id} f={f} />)} />
        </section>
      )}
      <section aria-labelledby="cov-s-tl">
        <h2 id="cov-s-tl">{t('covenants.revision.timeline')}</h2>
        <Timeline lastIsCurrent entries={r.timeline.map((e) => ({
          key: e.id, at: e.at, when: formatDateTime(e.at, t.lang), label: bi(t, e.toLabel), actor: t.dyn(`role.${e.actorRole}`, e.actorRole), note: e.note,
        }))} />
      </section>
    </>
  );
}

function StepButton({ r, type, label, done, onDone, extra }: { r: Revision; type: string; label: string; done: string; onDone: (m: string) => void; extra?: Record<string, unknown> }) {
  // Step refusals name no input of this page: every message is listed in the summary.
  const s = useForm([]);
  return (
    <div>
      <ErrorSummary errors={s.errors} source={s.err} />
      <p><button type="button" disabled={s.busy} onClick={() => void s.run(async () => { await api(`/api/v1/covenant-revisions/${r.id}/steps`, { json: { type, ...extra } }); onDone(done); })}>{label}</button></p>
    </div>
  );
}

const sources = ['paper', 'meeting', 'visit', 'phone', 'online'] as const;
function Collecting({ r, onDone }: { r: Revision; onDone: (m: string) => void }) {
  const t = useT();
  const id = useId();
  const opinions = useApi<Opinion[]>(`/api/v1/covenant-revisions/${r.id}/opinions`);
  const [authorName, setAuthorName] = useState('');
  const [source, setSource] = useState<string>('paper');
  const [body, setBody] = useState('');
  const s = useForm(['authorName', 'source', 'body']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      await api(`/api/v1/covenant-revisions/${r.id}/opinions`, { json: { authorName, source, body } });
      setBody(''); setAuthorName('');
      await opinions.reload();
      onDone(t('covenants.done.opinion'));
    });
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('covenants.step.collect')}</h2>
      <p className="muted">{t('covenants.collect.intro')}</p>
      <ul>{(opinions.data ?? []).map((o) => <li key={o.id}>{o.body} <span className="muted">（{o.authorName} · {t.dyn(`covenants.source.${o.source}`, o.source)}{o.collectedBy ? ` · ${t('covenants.collect.by', { who: o.collectedBy })}` : ''}）</span></li>)}</ul>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-f`}>
        <h3 id={`${id}-f`}>{t('covenants.collect.enter')}</h3>
        <ErrorSummary errors={s.errors} source={s.err} />
        <TextField id={`${id}-name`} label={t('covenants.collect.author')} required value={authorName} onChange={(e) => setAuthorName(e.target.value)} error={s.errors.byField.authorName} />
        <SelectField id={`${id}-source`} label={t('covenants.collect.source')} value={source} onChange={(e) => setSource(e.target.value)} error={s.errors.byField.source}>
          {sources.map((x) => <option key={x} value={x}>{t.dyn(`covenants.source.${x}`, x)}</option>)}
        </SelectField>
        <TextAreaField id={`${id}-body`} label={t('covenants.collect.body')} required value={body} onChange={(e) => setBody(e.target.value)} error={s.errors.byField.body} />
        <p><button type="submit" disabled={s.busy}>{t('covenants.collect.submit')}</button></p>
      </form>
      <StepButton r={r} type="draft" label={t('covenants.step.draftButton')} done={t('covenants.done.draft')} onDone={onDone} />
    </section>
  );
}

function Drafting({ r, onDone }: { r: Revision; onDone: (m: string) => void }) {
  const t = useT();
  const id = useId();
  const page = useApi<CovenantPage>(`/api/v1/villages/${r.villageCode}/covenant`);
  const base = r.draft?.chapters ?? page.data?.inForce?.chapters ?? null;
  const [text, setText] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [parseError, setParseError] = useState('');
  const s = useForm(['chapters', 'note']);
  const comments = useComments(r.id);
  useEffect(() => { if (text === null && (r.draft || page.data)) setText(base ? draftToText(base) : '# '); }, [base, text, r.draft, page.data]);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const parsed = textToDraft(text ?? '');
    if ('error' in parsed) { setParseError(t.dyn(`covenants.draft.error.${parsed.error}`, parsed.error)); return; }
    setParseError('');
    void s.run(async () => {
      await api(`/api/v1/covenant-revisions/${r.id}/versions`, { json: { chapters: parsed.chapters, ...(note.trim() ? { note } : {}) } });
      setText(null); setNote('');
      onDone(t('covenants.done.saved'));
    });
  };
  const flagged = r.draft?.screen.filter((x) => !x.lawful) ?? [];
  const clauses = r.draft ? allClauses(r.draft.chapters) : [];
  return (
    <>
      <section aria-labelledby={`${id}-h`} className="cov-draft-editor">
        <h2 id={`${id}-h`}>{t('covenants.step.draft')}</h2>
        {r.draft && (
          <>
            <h3>{t('covenants.revision.draft', { n: r.draft.number })}</h3>
            <p role="status" className={flagged.length ? 'error-note' : 'muted'}>{flagged.length ? t('covenants.draft.flagged', { n: flagged.length }) : t('covenants.draft.clean')}</p>
            <CovenantText chapters={r.draft.chapters} extra={(clauseId) => r.draft!.screen.find((x) => x.id === clauseId)?.findings.map((f, i) => <FindingNote key={i} f={f} />)} />
          </>
        )}
        <form onSubmit={save} noValidate aria-labelledby={`${id}-f`}>
          <h3 id={`${id}-f`}>{t('covenants.draft.edit')}</h3>
          <ErrorSummary errors={s.errors} source={s.err} />
          {parseError && <p role="alert" className="error-note">{parseError}</p>}
          <TextAreaField id={`${id}-text`} label={t('covenants.draft.text')} hint={t('covenants.draft.hint')} value={text ?? ''} onChange={(e) => setText(e.target.value)} error={s.errors.byField.chapters} />
          <TextField id={`${id}-note`} label={t('covenants.draft.note')} value={note} onChange={(e) => setNote(e.target.value)} error={s.errors.byField.note} />
          <p><button type="submit" disabled={s.busy}>{t('covenants.draft.save')}</button></p>
        </form>
        {r.draft && r.covenant.inForceVersionId && <details><summary>{t('covenants.diff.show')}</summary><DiffTable versionId={r.draft.id} against="inForce" /></details>}
        {r.draft && r.versions.length > 1 && <details><summary>{t('covenants.diff.previous')}</summary><DiffTable versionId={r.draft.id} against={r.versions[1]!.id} /></details>}
        {r.draft && page.data && <details><summary>{t('covenants.diff.pick')}</summary><DiffPicker key={r.draft.id} adopted={page.data.versions} drafts={r.versions} inForceId={r.covenant.inForceVersionId} /></details>}
      </section>
      <section aria-labelledby={`${id}-c`}>
        <h2 id={`${id}-c`}>{t('covenants.comments.title')}</h2>
        {comments.items.length === 0 && <p className="muted">{t('covenants.comments.none')}</p>}
        {comments.items.map((c) => (
          <div key={c.id}>
            <p className="muted">{clauses.find((k) => k.id === c.clauseId)?.label ?? c.clauseId}</p>
            <CommentView c={c} />
            {!c.hidden && <Dispose c={c} onDone={async (msg) => { await comments.reload(); onDone(msg); }} />}
          </div>
        ))}
        {comments.next !== null && <p><button type="button" onClick={() => void comments.more()}>{t('covenants.comments.more')}</button></p>}
      </section>
      {r.draft && <StepButton r={r} type="submitReview" label={t('covenants.step.reviewButton')} done={t('covenants.done.submitReview')} onDone={onDone} />}
    </>
  );
}

function Dispose({ c, onDone }: { c: CovenantComment; onDone: (m: string) => Promise<void> }) {
  const t = useT();
  const id = useId();
  const [disposition, setDisposition] = useState<string>(c.disposition ?? 'adopted');
  const [reason, setReason] = useState(c.dispositionReason ?? '');
  const s = useForm(['disposition', 'reason']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => { await api(`/api/v1/covenant-comments/${c.id}/disposition`, { json: { disposition, reason } }); await onDone(t('covenants.done.disposition')); });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('covenants.disposition.form', { id: c.id })} className="cov-comment">
      <ErrorSummary errors={s.errors} source={s.err} />
      <SelectField id={`${id}-d`} label={t('covenants.disposition.label')} value={disposition} onChange={(e) => setDisposition(e.target.value)}>
        <option value="adopted">{t('covenants.disposition.adopted')}</option>
        <option value="notAdopted">{t('covenants.disposition.notAdopted')}</option>
      </SelectField>
      <TextField id={`${id}-r`} label={t('covenants.disposition.reason')} required value={reason} onChange={(e) => setReason(e.target.value)} error={s.errors.byField.reason} />
      <p><button type="submit" disabled={s.busy}>{t('covenants.disposition.save')}</button></p>
    </form>
  );
}

function Review({ r, onDone }: { r: Revision; onDone: (m: string) => void }) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  const s = useForm(['reason']);
  const clauses = r.draft ? allClauses(r.draft.chapters) : [];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('covenants.step.review')}</h2>
      {r.findings.length === 0 && <p>{t('covenants.review.none')}</p>}
      {r.findings.map((f) => {
        const clause = clauses.find((k) => k.id === f.clauseId);
        return (
          <div key={f.id}>
            <h3>{clause?.label ?? f.clauseId}：{clause?.text}</h3>
            <FindingNote f={f} />
            <Decide findingId={f.id} onDone={onDone} />
          </div>
        );
      })}
      <StepButton r={r} type="approve" label={t('covenants.review.approve')} done={t('covenants.done.approve')} onDone={onDone} />
      <form onSubmit={(e) => { e.preventDefault(); void s.run(async () => { await api(`/api/v1/covenant-revisions/${r.id}/steps`, { json: { type: 'returnDraft', reason } }); onDone(t('covenants.done.returned')); }); }} noValidate aria-labelledby={`${id}-ret`}>
        <h3 id={`${id}-ret`}>{t('covenants.review.return')}</h3>
        <ErrorSummary errors={s.errors} source={s.err} />
        <TextAreaField id={`${id}-reason`} label={t('covenants.review.returnReason')} required value={reason} onChange={(e) => setReason(e.target.value)} error={s.errors.byField.reason} />
        <p><button type="submit" disabled={s.busy}>{t('covenants.review.returnButton')}</button></p>
      </form>
    </section>
  );
}

function Decide({ findingId, onDone }: { findingId: number; onDone: (m: string) => void }) {
  const t = useT();
  const id = useId();
  const [decision, setDecision] = useState('mustChange');
  const [reason, setReason] = useState('');
  const s = useForm(['decision', 'reason']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => { await api(`/api/v1/covenant-findings/${findingId}/decision`, { json: { decision, reason } }); setReason(''); onDone(t('covenants.done.decided')); });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('covenants.review.decideForm', { id: findingId })}>
      <ErrorSummary errors={s.errors} source={s.err} />
      <SelectField id={`${id}-d`} label={t('covenants.review.decision')} value={decision} onChange={(e) => setDecision(e.target.value)}>
        <option value="mustChange">{t('covenants.finding.decision.mustChange')}</option>
        <option value="lawful">{t('covenants.finding.decision.lawful')}</option>
      </SelectField>
      <TextField id={`${id}-r`} label={t('covenants.review.reason')} required value={reason} onChange={(e) => setReason(e.target.value)} error={s.errors.byField.reason} />
      <p><button type="submit" disabled={s.busy}>{t('covenants.review.decide')}</button></p>
    </form>
  );
}

function Vote({ r, onDone }: { r: Revision; onDone: (m: string) => void }) {
  const t = useT();
  const id = useId();
  const kind = r.covenant.kind === 'community' ? 'residentsMeeting' : 'villagersAssembly';
  const meeting = r.meetings.find((m) => m.kind === kind && m.status !== 'cancelled');
  const [date, setDate] = useState(chinaToday());
  const [place, setPlace] = useState('');
  const s = useForm(['meetingDate', 'place']);
  const schedule = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      await api(`/api/v1/villages/${r.villageCode}/meetings`, { json: { kind, title: t('covenants.vote.meetingTitle', { title: r.title }), meetingDate: date, place, agenda: t('covenants.vote.agenda', { title: r.title }), procedureId: r.id } });
      onDone(t('covenants.done.scheduled'));
    });
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('covenants.step.vote')}</h2>
      <p className="muted">{t.dyn(`covenants.vote.intro.${r.covenant.kind}`, '')}</p>
      {!meeting ? (
        <form onSubmit={schedule} noValidate aria-labelledby={`${id}-s`}>
          <h3 id={`${id}-s`}>{t('covenants.vote.schedule')}</h3>
          <ErrorSummary errors={s.errors} source={s.err} />
          <TextField id={`${id}-date`} type="date" label={t('covenants.vote.date')} required value={date} onChange={(e) => setDate(e.target.value)} error={s.errors.byField.meetingDate} />
          <TextField id={`${id}-place`} label={t('covenants.vote.place')} required value={place} onChange={(e) => setPlace(e.target.value)} error={s.errors.byField.place} />
          <p><button type="submit" disabled={s.busy}>{t('covenants.vote.scheduleButton')}</button></p>
        </form>
      ) : <RecordVote r={r} meetingId={meeting.id} onDone={onDone} />}
    </section>
  );
}

function RecordVote({ r, meetingId, onDone }: { r: Revision; meetingId: number; onDone: (m: string) => void }) {
  const t = useT();
  const id = useId();
  const m = useApi<Meeting>(`/api/v1/meetings/${meetingId}`);
  const [persons, setPersons] = useState('');
  const [women, setWomen] = useState('');
  const [yes, setYes] = useState('');
  const [no, setNo] = useState('0');
  const [abstain, setAbstain] = useState('0');
  const s = useForm(['persons', 'womenPresent', 'for', 'against', 'abstain']);
  if (!m.data) return m.error ? <ErrorNote error={m.error} /> : <Loading />;
  const meeting = m.data;
  const passed = meeting.motions.find((x) => x.passed);
  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      if (!meeting.present) await api(`/api/v1/meetings/${meetingId}/attendance`, { json: { persons: num(persons) } });
      let motionId = passed?.id;
      if (!motionId) {
        const after = await api<Meeting>(`/api/v1/meetings/${meetingId}/motions`, { json: { title: t('covenants.vote.motion', { title: r.title }), for: num(yes), against: num(no), abstain: num(abstain) } });
        motionId = after.motions[after.motions.length - 1]!.id;
      }
      await api(`/api/v1/covenant-revisions/${r.id}/steps`, { json: { type: 'vote', meetingId, motionId, womenPresent: num(women) } });
      onDone(t('covenants.done.vote'));
    }).then(() => m.reload());
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('covenants.vote.record', { date: meeting.meetingDate })}</h3>
      <ErrorSummary errors={s.errors} source={s.err} />
      {!meeting.present && <TextField id={`${id}-p`} type="number" min={0} label={t('covenants.vote.persons')} required value={persons} onChange={(e) => setPersons(e.target.value)} error={s.errors.byField.persons} />}
      <TextField id={`${id}-w`} type="number" min={0} label={t('covenants.vote.women')} hint={t('covenants.vote.womenHint')} required value={women} onChange={(e) => setWomen(e.target.value)} error={s.errors.byField.womenPresent} />
      {!passed && (
        <>
          <TextField id={`${id}-y`} type="number" min={0} label={t('covenants.vote.for')} required value={yes} onChange={(e) => setYes(e.target.value)} error={s.errors.byField.for} />
          <TextField id={`${id}-n`} type="number" min={0} label={t('covenants.vote.against')} required value={no} onChange={(e) => setNo(e.target.value)} error={s.errors.byField.against} />
          <TextField id={`${id}-a`} type="number" min={0} label={t('covenants.vote.abstain')} required value={abstain} onChange={(e) => setAbstain(e.target.value)} error={s.errors.byField.abstain} />
        </>
      )}
      <p><button type="submit" disabled={s.busy}>{t('covenants.vote.submit')}</button></p>
    </form>
  );
}

function Filing({ r, onDone }: { r: Revision; onDone: (m: string) => void }) {
  const t = useT();
  const id = useId();
  const [date, setDate] = useState(chinaToday());
  const s = useForm(['filedOn']);
  return (
    <form onSubmit={(e) => { e.preventDefault(); void s.run(async () => { await api(`/api/v1/covenant-revisions/${r.id}/steps`, { json: { type: 'file', filedOn: date } }); onDone(t('covenants.done.file')); }); }} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('covenants.filing.title')}</h2>
      <p className="muted">{t('covenants.filing.intro', { date: r.context.adoptedOn ?? '' })}</p>
      <ErrorSummary errors={s.errors} source={s.err} />
      <TextField id={`${id}-d`} type="date" label={t('covenants.filing.date')} required value={date} onChange={(e) => setDate(e.target.value)} error={s.errors.byField.filedOn} />
      <p><button type="submit" disabled={s.busy}>{t('covenants.filing.submit')}</button></p>
    </form>
  );
}

function RollsStaff({ code, page, onSettings }: { code: string; page: CovenantPage; onSettings: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const me = useMe()!;
  const warning = useApi<WarningRollEntry[]>(`/api/v1/villages/${code}/covenant/warning-roll`);
  const clauses = allClauses(page.inForce!.chapters);
  const [kind, setKind] = useState('honor');
  const [personName, setPersonName] = useState('');
  const [clauseId, setClauseId] = useState(clauses[0]?.id ?? '');
  const [description, setDescription] = useState('');
  const [evidence, setEvidence] = useState('');
  const [recordedOn, setRecordedOn] = useState(chinaToday());
  const [residentId, setResidentId] = useState('');
  const q = useDebounced(personName.trim(), 300);
  const matches = useApi<ResidentPage>(q && can(me, 'people.read') ? `/api/v1/jurisdictions/${code}/residents?q=${encodeURIComponent(q)}&limit=10` : null);
  const [done, setDone] = useState('');
  const s = useForm(['kind', 'personName', 'residentId', 'clauseId', 'description', 'evidence', 'recordedOn']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      await api(`/api/v1/villages/${code}/covenant/roll`, { json: { kind, ...(residentId ? { residentId: Number(residentId) } : { personName }), clauseId, description, evidence, recordedOn } });
      setDescription(''); setEvidence(''); setPersonName(''); setResidentId('');
      await warning.reload();
      setDone(t('covenants.done.roll'));
    });
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('covenants.roll.title')}</h2>
      <p className="muted">{t('covenants.roll.intro', { days: page.covenant?.warningDays ?? 0 })}</p>
      {can(me, 'covenants.manage') && <WarningDaysForm code={code} days={page.covenant?.warningDays ?? null} onDone={onSettings} />}
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-f`}>
        <h3 id={`${id}-f`}>{t('covenants.roll.record')}</h3>
        <ErrorSummary errors={s.errors} source={s.err} />
        <SelectField id={`${id}-k`} label={t('covenants.roll.kind')} value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="honor">{t('covenants.honor.title')}</option>
          <option value="warning">{t('covenants.warning.title')}</option>
        </SelectField>
        <TextField id={`${id}-n`} label={t('covenants.roll.person')} required value={personName} onChange={(e) => setPersonName(e.target.value)} error={s.errors.byField.personName} />
        {(matches.data?.items.length ?? 0) > 0 && (
          <SelectField id={`${id}-r`} label={t('covenants.roll.resident')} hint={t('covenants.roll.residentHint')} value={residentId} onChange={(e) => setResidentId(e.target.value)} error={s.errors.byField.residentId}>
            <option value="">{t('covenants.roll.nameOnly')}</option>
            {matches.data!.items.map((r) => <option key={r.id} value={r.id}>{r.name} · {r.householdNumber}</option>)}
          </SelectField>
        )}
        <SelectField id={`${id}-c`} label={t('covenants.comment.clause')} value={clauseId} onChange={(e) => setClauseId(e.target.value)} error={s.errors.byField.clauseId}>
          {clauses.map((c) => <option key={c.id} value={c.id}>{c.label} {c.text.slice(0, 24)}</option>)}
        </SelectField>
        <TextAreaField id={`${id}-d`} label={t('covenants.roll.description')} required value={description} onChange={(e) => setDescription(e.target.value)} error={s.errors.byField.description} />
        <TextAreaField id={`${id}-e`} label={t('covenants.roll.evidence')} required value={evidence} onChange={(e) => setEvidence(e.target.value)} error={s.errors.byField.evidence} />
        <TextField id={`${id}-o`} type="date" label={t('covenants.roll.date')} required value={recordedOn} onChange={(e) => setRecordedOn(e.target.value)} error={s.errors.byField.recordedOn} />
        <p><button type="submit" disabled={s.busy}>{t('covenants.roll.submit')}</button></p>
        <p role="status" className="ok-note">{done}</p>
      </form>
      <h3>{t('covenants.warning.title')}</h3>
      {(warning.data ?? []).length === 0 && <p className="muted">{t('covenants.warning.none')}</p>}
      <ul>
        {(warning.data ?? []).map((e) => (
          <li key={e.id}>
            <strong>{e.personName}</strong>：{e.description}（{t('covenants.roll.clause', { label: e.clauseLabel })}；{t('covenants.roll.expires', { date: e.expiresOn ?? '' })}{e.expired ? `；${t('covenants.roll.expired')}` : ''}）
            {e.appealText && <p>{t('covenants.roll.appeal', { text: e.appealText })}{e.appealDecision ? ` → ${t.dyn(`covenants.appeal.${e.appealDecision}`, e.appealDecision)}：${e.appealReason}` : ''}</p>}
            {e.appealText && !e.appealDecision && can(me, 'covenants.roll') && <AppealDecision entryId={e.id} onDone={async () => { await warning.reload(); setDone(t('covenants.done.appeal')); }} />}
            {!e.appealText && !e.appealDecision && can(me, 'covenants.manage') && <PaperAppeal entryId={e.id} onDone={async () => { await warning.reload(); setDone(t('covenants.done.paperAppeal')); }} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AppealDecision({ entryId, onDone }: { entryId: number; onDone: () => Promise<void> }) {
  const t = useT();
  const id = useId();
  const [decision, setDecision] = useState('upheld');
  const [reason, setReason] = useState('');
  const s = useForm(['decision', 'reason']);
  return (
    <form onSubmit={(e) => { e.preventDefault(); void s.run(async () => { await api(`/api/v1/covenant-roll/${entryId}/appeal-decision`, { json: { decision, reason } }); await onDone(); }); }} noValidate aria-label={t('covenants.appeal.form', { id: entryId })}>
      <ErrorSummary errors={s.errors} source={s.err} />
      <SelectField id={`${id}-d`} label={t('covenants.appeal.decision')} value={decision} onChange={(e) => setDecision(e.target.value)}>
        <option value="upheld">{t('covenants.appeal.upheld')}</option>
        <option value="removed">{t('covenants.appeal.removed')}</option>
      </SelectField>
      <TextField id={`${id}-r`} label={t('covenants.review.reason')} required value={reason} onChange={(e) => setReason(e.target.value)} error={s.errors.byField.reason} />
      <p><button type="submit" disabled={s.busy}>{t('covenants.appeal.submit')}</button></p>
    </form>
  );
}

/** 警示榜期限: how long a warning-roll entry is shown (the village's own rule, 30 days to 3 years); entries recorded afterwards use it. */
function WarningDaysForm({ code, days, onDone }: { code: string; days: number | null; onDone: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(days === null ? '' : String(days));
  const s = useForm(['warningDays']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Empty or out of range goes to the server as it is, to be refused with the field and rule named.
    const n = value.trim() === '' ? null : Number(value);
    void s.run(async () => {
      await api(`/api/v1/villages/${code}/covenant/settings`, { method: 'PUT', json: { warningDays: n } });
      onDone(t('covenants.done.settings', { days: String(n) }));
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('covenants.settings.title')}</h3>
      <ErrorSummary errors={s.errors} source={s.err} />
      <TextField id={`${id}-days`} type="number" inputMode="numeric" label={t('covenants.settings.days')} hint={t('covenants.settings.hint')} required value={value} onChange={(e) => setValue(e.target.value)} error={s.errors.byField.warningDays} />
      <p><button type="submit" disabled={s.busy}>{t('covenants.settings.save')}</button></p>
    </form>
  );
}

/** An appeal received on paper (or in person), entered by the committee for the person named. */
function PaperAppeal({ entryId, onDone }: { entryId: number; onDone: () => Promise<void> }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const s = useForm(['text']);
  return (
    <details>
      <summary>{t('covenants.paperAppeal.title')}</summary>
      <form onSubmit={(e) => { e.preventDefault(); void s.run(async () => { await api(`/api/v1/covenant-roll/${entryId}/appeal`, { json: { text } }); setText(''); await onDone(); }); }} noValidate aria-label={t('covenants.paperAppeal.form', { id: entryId })}>
        <ErrorSummary errors={s.errors} source={s.err} />
        <TextAreaField id={`${id}-t`} label={t('covenants.paperAppeal.text')} hint={t('covenants.paperAppeal.hint')} required value={text} onChange={(e) => setText(e.target.value)} error={s.errors.byField.text} />
        <p><button type="submit" disabled={s.busy}>{t('covenants.paperAppeal.submit')}</button></p>
      </form>
    </details>
  );
}
