// /staff/consultation — the consultation topics (议事协商) of one village, and one topic's
// page: pre-review (accept or decline, with the reason), the in-person session's outcome,
// adoption or not (with the text), implementation, the report back to residents, and the
// moderation of the online discussion (hiding a comment says why).
import { useId, useState } from 'react';
import { useT } from '../../i18n.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { ErrorSummary, TextAreaField, useFormErrors } from '../../lib/forms.tsx';
import { Link, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { useSubmit } from '../../lib/submit.ts';
import { Comments } from '../../public/decisions/Comments.tsx';
import { TopicTexts, TopicTimeline } from '../../public/decisions/ConsultationPage.tsx';
import { bi, type Category, type Topic, type TopicListItem } from '../../public/decisions/model.ts';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import '../../public/decisions/decisions.css';
import './staff-decisions.css';

export function ConsultationsPage() {
  const t = useT();
  const { code, node } = useAt();
  const { data, error, loading } = useApi<TopicListItem[]>(`/api/v1/villages/${code}/consultations`);
  const title = t('topics.title');
  const waiting = (data ?? []).filter((x) => x.state === 'submitted').length;
  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('topics.intro')}</p>
      {node?.level === 'village' && <p><Link to={`/v/${node.code}/decisions`}>{t('decisions.nav.public')}</Link></p>}
      <ErrorNote error={error} />
      <p role="status" className="muted result-count">
        {loading ? t('common.loading') : (data?.length ?? 0) === 0 ? t('topics.none') : t('topics.count', { n: data!.length, waiting })}
      </p>
      {data && data.length > 0 && (
        <div className="table-wrap" role="region" aria-label={t('topics.caption', { name: node?.shortName ?? '' })} tabIndex={0}>
          <table className="data topics-table">
            <caption>{t('topics.caption', { name: node?.shortName ?? '' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.number')}</th>
                <th scope="col">{t('decisions.topic.title')}</th>
                <th scope="col">{t('decisions.col.state')}</th>
                <th scope="col">{t('topics.col.next')}</th>
                <th scope="col">{t('decisions.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((c) => (
                <tr key={c.id} className={c.state === 'submitted' ? 'row-attention' : ''}>
                  <td className="num">{c.id}</td>
                  <th scope="row" className="title-cell"><Link to={atHref(`/staff/consultation/${c.id}`, code)}>{c.title}</Link></th>
                  <td><StatusBadge state={c.state} tone="pd-" className="pd-state" label={bi(t, c.stateLabel)} /></td>
                  <td>{t.dyn(`topics.next.${c.state}`, '—')}</td>
                  <td>{formatDateTime(c.updatedAt, t.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The steps offered in each state: [event, needs a text]. */
const stepsOf: Record<string, [string, boolean][]> = {
  submitted: [['accept', true], ['decline', true]],
  open: [['recordSession', true]],
  deliberated: [['adopt', true], ['notAdopt', true]],
  adopted: [['implement', false]],
  implementing: [['reportBack', true]],
  notAdopted: [['reportBack', true]],
};

export function ConsultationStaffPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe()!;
  const { code } = useAt();
  const { data: c, error, reload } = useApi<Topic>(`/api/v1/consultations/${id}`);
  const cats = useApi<Category[]>(code ? `/api/v1/jurisdictions/${code}/consultation-categories` : null);
  const [done, setDone] = useState('');
  if (error) {
    return error instanceof ApiError && error.status === 404
      ? <PageHeading title={t('decisions.topic.notFound')} brand={t('app.name')}>{t('decisions.topic.notFound')}</PageHeading>
      : <ErrorNote error={error} />;
  }
  if (!c) return <Loading />;
  const category = cats.data?.find((x) => x.id === c.context.categoryId);
  const manage = can(me, 'consultation.manage');
  return (
    <>
      <p className="back"><Link to={atHref('/staff/consultation', code)}>{t('topics.back')}</Link></p>
      <PageHeading title={c.title} brand={t('app.name')}>{c.title}</PageHeading>
      <p className="pd-meta">
        <StatusBadge state={c.state} tone="pd-" className="pd-state" label={bi(t, c.stateLabel)} />
        {category && <span className="muted">{t('decisions.topic.inCategory', { category: category.title })}</span>}
        <Link to={`/v/${c.villageCode}/consultations/${c.id}`}>{t('decisions.matter.publicPage')}</Link>
      </p>
      <p role="status" className="ok-note">{done}</p>
      <div className="matter-grid">
        <div className="matter-main">
          {manage && stepsOf[c.state] && <TopicStep key={c.state} c={c} onDone={(msg) => { void reload().then(() => setDone(msg)); }} />}
          <p className="pd-description">{c.context.description}</p>
          <TopicTexts t={t} topic={c} />
          <Comments topicId={c.id} author={can(me, 'consultation.comment') ? me.account.displayName : null} open={c.state === 'open'} canHide={manage} />
        </div>
        <div className="matter-side">
          <section aria-labelledby="ttl-h" className="card">
            <h2 id="ttl-h">{t('decisions.topic.timeline')}</h2>
            <TopicTimeline t={t} topic={c} />
          </section>
        </div>
      </div>
    </>
  );
}

function TopicStep({ c, onDone }: { c: Topic; onDone: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const steps = stepsOf[c.state]!;
  const [type, setType] = useState(steps[0]![0]);
  const [text, setText] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, ['text']);
  const needsText = steps.find(([s]) => s === type)?.[1] ?? true;
  const submit = onSubmit(async () => {
    await api<Topic>(`/api/v1/consultations/${c.id}/steps`, { json: { type, ...(text.trim() ? { text: text.trim() } : {}) } });
    onDone(t('topics.step.done', { step: t.dyn(`topics.step.${type}`, type) }));
  }, { keepBusy: true });
  return (
    <form className="card form-grid next-step topic-step" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h2 id={`${id}-h`}>{t.dyn(`topics.stage.${c.state}`, t('decisions.next.title'))}</h2>
      <ErrorSummary errors={errors} source={error} />
      {steps.length > 1 && (
        <fieldset className="radio-row">
          <legend>{t('topics.step.which')}</legend>
          {steps.map(([s]) => <label key={s}><input type="radio" name={`${id}-t`} checked={type === s} onChange={() => setType(s)} /> {t.dyn(`topics.step.${s}`, s)}</label>)}
        </fieldset>
      )}
      {needsText && (
        <TextAreaField id={`${id}-text`} label={t.dyn(`topics.text.${type}`, t('topics.text.default'))} required rows={3} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} error={errors.byField['text']} />
      )}
      <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t.dyn(`topics.step.${type}`, type)}</button></div>
    </form>
  );
}
