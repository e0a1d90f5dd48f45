// /v/:code/consultations/:id — one consultation topic (议事协商): its category from the local
// catalogue, what it is about, the timeline from pre-review to report-back with each stage's
// reason or result, and the online deliberation.
import { covers } from '../../../core/jurisdiction-codes.ts';
import { useT, type T } from '../../i18n.tsx';
import { ApiError } from '../../lib/api.ts';
import { Link, PageHeading } from '../../lib/router.tsx';
import type { VillagePage } from '../../lib/types.ts';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { Timeline } from '../../lib/Timeline.tsx';
import { Comments } from './Comments.tsx';
import { bi, dayOf, type Category, type Topic } from './model.ts';
import { loginHref, useViewer } from './viewer.ts';
import './decisions.css';

/** The stages' texts, in order: why it was accepted or declined, what the session concluded, … */
export function TopicTexts({ t, topic }: { t: T; topic: Topic }) {
  const c = topic.context;
  const rows: [string, string | null][] = [
    [t(topic.state === 'declined' ? 'decisions.topic.declineReason' : 'decisions.topic.preReview'), c.preReview],
    [t('decisions.topic.sessionOutcome'), c.sessionOutcome],
    [t(topic.state === 'notAdopted' || topic.timeline.some((e) => e.type === 'notAdopt') ? 'decisions.topic.notAdopted' : 'decisions.topic.decision'), c.decision],
    [t('decisions.topic.feedback'), c.feedback],
  ];
  const shown = rows.filter(([, v]) => v);
  if (!shown.length) return null;
  return <dl className="facts topic-texts">{shown.map(([k, v]) => <div key={k} className="topic-text"><dt>{k}</dt><dd>{v}</dd></div>)}</dl>;
}

export function TopicTimeline({ t, topic }: { t: T; topic: Topic }) {
  return (
    <Timeline className="topic-timeline" lastIsCurrent entries={topic.timeline.map((e) => ({
      key: e.id, at: e.at, when: dayOf(e.at), label: e.type === 'start' ? t('decisions.topic.submitted') : bi(t, e.toLabel), actor: t.dyn(`role.${e.actorRole}`, e.actorRole),
    }))} />
  );
}

export function ConsultationPage({ code, id }: { code: string; id: number }) {
  const t = useT();
  const valid = /^\d{12}$/.test(code) && Number.isSafeInteger(id) && id > 0;
  const village = useApi<VillagePage>(valid ? `/api/v1/villages/${code}/page` : null);
  const topic = useApi<Topic>(valid ? `/api/v1/consultations/${id}` : null);
  const cats = useApi<Category[]>(valid ? `/api/v1/jurisdictions/${code}/consultation-categories` : null);
  const me = useViewer();
  const c = topic.data;
  const missing = !valid || (c && c.villageCode !== code)
    || (topic.error instanceof ApiError && (topic.error.status === 404 || topic.error.status === 422));
  if (missing) {
    return (
      <>
        <PageHeading title={t('decisions.topic.notFound')} brand={t('app.name')}>{t('decisions.topic.notFound')}</PageHeading>
        <p>{/^\d{12}$/.test(code) ? <Link to={`/v/${code}/decisions`}>{t('decisions.public.toList')}</Link> : <Link to="/">{t('notFound.home')}</Link>}</p>
      </>
    );
  }
  if (!c) return topic.error ? <ErrorNote error={topic.error} /> : <Loading />;
  const category = cats.data?.find((x) => x.id === c.context.categoryId);
  const mayComment = !!me && me.actions.includes('consultation.comment') && me.grants.some((g) => covers(g.jurisdictionCode, code));
  return (
    <article className="topic-public">
      <p className="back"><Link to={`/v/${code}/decisions`}>{t('decisions.public.backToList', { name: village.data?.shortName ?? '' })}</Link></p>
      <PageHeading title={c.title} brand={t('app.name')}>{c.title}</PageHeading>
      <p className="pd-meta">
        <StatusBadge state={c.state} tone="pd-" className="pd-state" label={bi(t, c.stateLabel)} />
        {category && <span className="muted">{t('decisions.topic.inCategory', { category: category.title })}</span>}
      </p>
      <p className="pd-description">{c.context.description}</p>
      <TopicTexts t={t} topic={c} />
      <section aria-labelledby="ttl-h">
        <h2 id="ttl-h">{t('decisions.topic.timeline')}</h2>
        <TopicTimeline t={t} topic={c} />
      </section>
      <Comments topicId={c.id} author={mayComment ? me!.account.displayName : null} open={c.state === 'open'} />
      {me === null && c.state === 'open' && <p className="pd-signin"><a href={loginHref()}>{t('decisions.comments.signIn')}</a></p>}
    </article>
  );
}
