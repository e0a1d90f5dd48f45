// /v/:code/matters/:id — one major matter for residents: what it is, where it stands among the
// six steps, and the timeline of what was done, by whom (role) and which meeting decided it,
// with the resolution, the outcome and the published entries in the village's ledger.
import { useT } from '../../i18n.tsx';
import { ApiError } from '../../lib/api.ts';
import { Link, PageHeading } from '../../lib/router.tsx';
import type { VillagePage } from '../../lib/types.ts';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { bi, type Matter } from './model.ts';
import { MatterTimeline, StepStrip } from './Timeline.tsx';
import './decisions.css';

export function MatterPage({ code, id }: { code: string; id: number }) {
  const t = useT();
  const valid = /^\d{12}$/.test(code) && Number.isSafeInteger(id) && id > 0;
  const village = useApi<VillagePage>(valid ? `/api/v1/villages/${code}/page` : null);
  const matter = useApi<Matter>(valid ? `/api/v1/matters/${id}` : null);
  const m = matter.data;
  const missing = !valid || (m && m.villageCode !== code)
    || (matter.error instanceof ApiError && (matter.error.status === 404 || matter.error.status === 422));
  if (missing) {
    return (
      <>
        <PageHeading title={t('decisions.public.notFound')} brand={t('app.name')}>{t('decisions.public.notFound')}</PageHeading>
        <p>{/^\d{12}$/.test(code) ? <Link to={`/v/${code}/decisions`}>{t('decisions.public.toList')}</Link> : <Link to="/">{t('notFound.home')}</Link>}</p>
      </>
    );
  }
  if (!m) return matter.error ? <ErrorNote error={matter.error} /> : <Loading />;
  const objections = m.timeline.filter((e) => e.type === 'objection').length;
  return (
    <article className="matter-public">
      <p className="back"><Link to={`/v/${code}/decisions`}>{t('decisions.public.backToList', { name: village.data?.shortName ?? '' })}</Link></p>
      <PageHeading title={m.title} brand={t('app.name')}>{m.title}</PageHeading>
      <p className="pd-meta">
        <StatusBadge state={m.state} tone="pd-" className="pd-state" label={bi(t, m.stateLabel)} />
        {objections > 0 && <span className="badge pd-objection"><span aria-hidden="true">⚠ </span>{t('decisions.public.objections', { n: objections })}</span>}
      </p>
      <StepStrip matter={m} />
      <section aria-labelledby="about-h">
        <h2 id="about-h">{t('decisions.public.about')}</h2>
        <p className="pd-description">{m.context.description}</p>
      </section>
      <section aria-labelledby="tl-h">
        <h2 id="tl-h">{t('decisions.public.timeline')}</h2>
        <MatterTimeline matter={m} villageKind={village.data?.kind ?? null} links={{ entry: (e) => `/v/${code}/d/${e}` }} />
      </section>
      <p className="hint">{t('decisions.public.rolesHint')}</p>
    </article>
  );
}
