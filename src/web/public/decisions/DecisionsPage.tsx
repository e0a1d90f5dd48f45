// /v/:code/decisions — a village's democratic decisions for its residents: the major matters
// that went (or are going) through 四议两公开, each with where it stands, and the topics of
// consultation (议事协商); a signed-in resident may propose a topic. Small: read on phones.
import { useId, useState } from 'react';
import { covers } from '../../../core/jurisdiction-codes.ts';
import { useT } from '../../i18n.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading } from '../../lib/router.tsx';
import type { VillagePage } from '../../lib/types.ts';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { bi, dayOf, type Category, type MatterListItem, type Topic, type TopicListItem } from './model.ts';
import { loginHref, useViewer } from './viewer.ts';
import './decisions.css';
import { useSubmit } from '../../lib/submit.ts';

export function DecisionsPage({ code }: { code: string }) {
  const t = useT();
  const valid = /^\d{12}$/.test(code);
  const village = useApi<VillagePage>(valid ? `/api/v1/villages/${code}/page` : null);
  const matters = useApi<MatterListItem[]>(valid ? `/api/v1/villages/${code}/matters` : null);
  const topics = useApi<TopicListItem[]>(valid ? `/api/v1/villages/${code}/consultations` : null);
  const v = village.data;

  if (!valid || (village.error instanceof ApiError && (village.error.status === 404 || village.error.status === 422))) {
    return (
      <>
        <PageHeading title={t('village.notFound')} brand={t('app.name')}>{t('village.notFound')}</PageHeading>
        <p><Link to="/">{t('village.searchAgain')}</Link></p>
      </>
    );
  }
  if (!v) return village.error ? <ErrorNote error={village.error} /> : <Loading />;
  const title = t('decisions.public.title');
  return (
    <article className="decisions-public">
      <p className="back"><Link to={`/v/${code}`}>{t('decisions.public.back', { name: v.shortName })}</Link></p>
      <PageHeading title={`${title} · ${v.shortName}`} brand={t('app.name')}>{title}<span className="h1-sub">{v.shortName}</span></PageHeading>
      <p className="lead">{t('decisions.public.intro')}</p>

      <section aria-labelledby="matters-h">
        <h2 id="matters-h">{t('decisions.public.matters')}</h2>
        <p className="hint">{t('decisions.public.mattersHint')}</p>
        <ErrorNote error={matters.error} />
        {matters.loading && !matters.data && <Loading />}
        {matters.data?.length === 0 && <p>{t('decisions.public.noMatters')}</p>}
        {matters.data && matters.data.length > 0 && (
          <ul className="pd-list">
            {matters.data.map((m) => (
              <li key={m.id} className={`pd-item state-${m.state}`}>
                <Link to={`/v/${code}/matters/${m.id}`} className="pd-title">{m.title}</Link>
                <span className="pd-meta">
                  <StatusBadge state={m.state} tone="pd-" className="pd-state" label={bi(t, m.stateLabel)} />
                  <span className="muted">{t('decisions.public.updated', { date: dayOf(m.updatedAt) })}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="topics-h">
        <h2 id="topics-h">{t('decisions.public.topics')}</h2>
        <p className="hint">{t('decisions.public.topicsHint')}</p>
        <ErrorNote error={topics.error} />
        {topics.loading && !topics.data && <Loading />}
        {topics.data?.length === 0 && <p>{t('decisions.public.noTopics')}</p>}
        {topics.data && topics.data.length > 0 && (
          <ul className="pd-list">
            {topics.data.map((c) => (
              <li key={c.id} className={`pd-item state-${c.state}`}>
                <Link to={`/v/${code}/consultations/${c.id}`} className="pd-title">{c.title}</Link>
                <span className="pd-meta">
                  <StatusBadge state={c.state} tone="pd-" className="pd-state" label={bi(t, c.stateLabel)} />
                  <span className="muted">{t('decisions.public.updated', { date: dayOf(c.updatedAt) })}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <ProposeTopic code={code} />
      </section>
    </article>
  );
}

const topicFields = ['categoryId', 'title', 'description'] as const;

function ProposeTopic({ code }: { code: string }) {
  const t = useT();
  const me = useViewer();
  const id = useId();
  const may = !!me?.actions.includes('consultation.propose') && me.grants.some((g) => covers(g.jurisdictionCode, code));
  const cats = useApi<Category[]>(may ? `/api/v1/jurisdictions/${code}/consultation-categories` : null);
  const [open, setOpen] = useState(false);
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, topicFields);

  if (me === undefined) return null;
  if (!me) return <p className="pd-signin"><a href={loginHref()}>{t('decisions.public.signInToPropose')}</a></p>;
  if (!may) return null;
  if (!open) return <p><button type="button" onClick={() => setOpen(true)}>{t('decisions.public.propose')}</button></p>;

  const submit = onSubmit(async (e) => {
    const f = new FormData(e.currentTarget);
    const topic = await api<Topic>(`/api/v1/villages/${code}/consultations`, {
      json: { categoryId: Number(f.get('categoryId')), title: String(f.get('title') ?? '').trim(), description: String(f.get('description') ?? '').trim() },
    });
    navigate(`/v/${code}/consultations/${topic.id}`);
  }, { keepBusy: true });
  return (
    <form className="form-grid card pd-propose" aria-labelledby={`${id}-h`} onSubmit={submit}>
      <h3 id={`${id}-h`}>{t('decisions.public.propose')}</h3>
      <p className="hint">{t('decisions.public.proposeHint')}</p>
      <ErrorSummary errors={errors} source={error} />
      <SelectField id="categoryId" label={t('decisions.topic.category')} required defaultValue="" error={errors.byField['categoryId']}>
        <option value="" disabled>{t('common.choose')}</option>
        {(cats.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
      </SelectField>
      <TextField id="title" label={t('decisions.topic.title')} required minLength={2} maxLength={120} error={errors.byField['title']} />
      <TextAreaField id="description" label={t('decisions.topic.description')} required minLength={2} maxLength={5000} rows={4} error={errors.byField['description']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t('decisions.public.proposeSubmit')}</button>
        <button type="button" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
