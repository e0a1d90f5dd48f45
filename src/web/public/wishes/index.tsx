// The public wish wall (心愿墙) of a village: its own lazily loaded chunk. Shows screened wishes
// with masked names only, the micro-services volunteers offer, and volunteers' hours. Made for
// 360 px phones: one column, large touch targets.
import '../../locales/public-wishes/index.ts';
import { useT } from '../../i18n.tsx';
import { ApiError } from '../../lib/api.ts';
import { Link, PageHeading } from '../../lib/router.tsx';
import type { VillagePage } from '../../lib/types.ts';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import type { PublicProfile, Wall } from './model.ts';
import './wishes.css';

export function WishWallPage({ code }: { code: string }) {
  const t = useT();
  const valid = /^\d{12}$/.test(code);
  const village = useApi<VillagePage>(valid ? `/api/v1/villages/${code}/page` : null);
  const wall = useApi<Wall>(valid ? `/api/v1/villages/${code}/wishes/wall` : null);
  if (!valid || (village.error instanceof ApiError && (village.error.status === 404 || village.error.status === 422))) {
    return (
      <>
        <PageHeading title={t('village.notFound')} brand={t('app.name')}>{t('village.notFound')}</PageHeading>
        <p><Link to="/">{t('village.searchAgain')}</Link></p>
      </>
    );
  }
  const v = village.data;
  if (!v) return village.error ? <ErrorNote error={village.error} /> : <Loading />;
  const title = t('wishes.wall.title');
  const open = wall.data?.wishes.filter((w) => w.state === 'published') ?? [];
  const done = wall.data?.wishes.filter((w) => w.state !== 'published') ?? [];
  return (
    <article className="wish-wall">
      <p className="back"><Link to={`/v/${code}`}>{t('wishes.wall.back', { name: v.shortName })}</Link></p>
      <PageHeading title={`${title} · ${v.shortName}`} brand={t('app.name')}>{title}<span className="h1-sub">{v.shortName}</span></PageHeading>
      <p className="lead">{t('wishes.wall.intro')}</p>
      <p><Link className="button-link wish-post" to={`/staff/wishes/new?at=${code}`}>{t('wishes.wall.post')}</Link></p>
      {wall.error ? <ErrorNote error={wall.error} /> : !wall.data ? <Loading /> : (
        <>
          <section aria-labelledby="open-h">
            <h2 id="open-h">{t('wishes.wall.open', { n: open.length })}</h2>
            {open.length === 0 ? <p>{t('wishes.wall.none')}</p> : (
              <ul className="wish-cards">
                {open.map((w) => (
                  <li key={w.id} className="wish-card">
                    <h3>{w.title}</h3>
                    <p>{w.description}</p>
                    <p className="muted">{t('wishes.wall.by', { name: w.wisher })}</p>
                    <p><Link to={`/staff/wishes/${w.id}?at=${code}`}>{t('wishes.wall.claim')}<span className="sr-only">：{w.title}</span></Link></p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="done-h">
            <h2 id="done-h">{t('wishes.wall.done', { n: done.length })}</h2>
            <ul className="wish-cards">
              {done.map((w) => (
                <li key={w.id} className="wish-card">
                  <h3>{w.title} <StatusBadge state={w.state} tone="wish-state-" keys="wishes.state" /></h3>
                  <p className="muted">{t('wishes.wall.by', { name: w.wisher })}{w.claimant && <> · {t('wishes.wall.claimedBy', { name: w.claimant.name })}</>}</p>
                  {w.fulfilNote && <p>{w.fulfilNote}</p>}
                  {w.photoUrl && <img className="wish-photo" src={w.photoUrl} alt={t('wishes.photoAlt', { title: w.title })} loading="lazy" />}
                  {w.thanks && <blockquote className="wish-thanks">{w.thanks}</blockquote>}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="services-h">
            <h2 id="services-h">{t('wishes.services.title')}</h2>
            {wall.data.services.length === 0 ? <p>{t('wishes.services.none')}</p> : (
              <ul className="wish-cards">
                {wall.data.services.map((s) => (
                  <li key={s.id} className="wish-card">
                    <h3>{s.title}</h3>
                    <p>{s.description}</p>
                    <p className="muted">{s.provider}{s.availability && <> · {s.availability}</>}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="vol-h">
            <h2 id="vol-h">{t('wishes.volunteers.title')}</h2>
            <ul className="plain-list">
              {wall.data.volunteers.map((p) => <li key={p.id}><Link to={`/v/${code}/volunteers/${p.id}`}>{p.name}</Link> <span className="muted">{t.dyn(`wishes.kind.${p.kind}`, p.kind)} · {t('wishes.hours', { n: p.hours })}</span></li>)}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}

/** /v/:code/volunteers/:id — a volunteer's or organisation's public record: hours and wishes fulfilled. */
export function VolunteerPage({ code, id }: { code: string; id: number }) {
  const t = useT();
  const p = useApi<PublicProfile>(id > 0 ? `/api/v1/volunteers/${id}` : null);
  if (p.error || id <= 0 || (p.data && p.data.villageCode !== code)) {
    return (
      <>
        <PageHeading title={t('notFound.title')} brand={t('app.name')}>{t('notFound.title')}</PageHeading>
        <p><Link to={`/v/${code}/wishes`}>{t('wishes.wall.title')}</Link></p>
      </>
    );
  }
  if (!p.data) return <Loading />;
  const v = p.data;
  return (
    <article className="wish-wall">
      <p className="back"><Link to={`/v/${code}/wishes`}>{t('wishes.wall.title')}</Link></p>
      <PageHeading title={v.name} brand={t('app.name')}>{v.name}</PageHeading>
      <p className="muted">{t.dyn(`wishes.kind.${v.kind}`, v.kind)}</p>
      {v.introduction && <p>{v.introduction}</p>}
      <p className="lead">{t('wishes.volunteer.hoursTotal', { n: v.hours })}</p>
      <section aria-labelledby="vf-h">
        <h2 id="vf-h">{t('wishes.volunteer.fulfilled', { n: v.fulfilled.length })}</h2>
        <ul className="plain-list">{v.fulfilled.map((f) => <li key={f.id}>{f.title} <span className="muted">{t('wishes.hours', { n: f.hours })}</span></li>)}</ul>
      </section>
      {v.services.length > 0 && (
        <section aria-labelledby="vs-h">
          <h2 id="vs-h">{t('wishes.services.title')}</h2>
          <ul className="wish-cards">{v.services.map((s) => <li key={s.id} className="wish-card"><h3>{s.title}</h3><p>{s.description}</p>{s.availability && <p className="muted">{s.availability}</p>}</li>)}</ul>
        </section>
      )}
    </article>
  );
}
