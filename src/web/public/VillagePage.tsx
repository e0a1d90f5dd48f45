// The public page of one village or community: its public board first (what residents come
// for), then who serves on its committees, how to reach them, its groups and population.
// No login; read on cheap phones, so it stays small.
import { useT, type T } from '../i18n.tsx';
import { ApiError } from '../lib/api.ts';
import { Link, PageHeading } from '../lib/router.tsx';
import type { VillagePage } from '../lib/types.ts';
import { ErrorNote, formatNumber, Loading, useApi } from '../lib/ui.tsx';
import { Board } from './Board.tsx';

const bodyOrder = ['partyBranch', 'residentsCommittee', 'supervisoryCommittee'];
const postOrder = ['secretary', 'deputySecretary', 'chair', 'viceChair', 'member'];

/** Body names differ between a village (村民委员会) and a community (居民委员会). */
export function bodyLabel(t: T, body: string, kind: string | null): string {
  return t.dyn(`body.${body}.${kind === 'community' ? 'community' : 'village'}`, body);
}

export function VillagePublicPage({ code }: { code: string }) {
  const t = useT();
  const valid = /^\d{12}$/.test(code);
  const { data: v, error, loading } = useApi<VillagePage>(valid ? `/api/v1/villages/${code}/page` : null);

  if (!valid || (error instanceof ApiError && (error.status === 404 || error.status === 422))) {
    return (
      <>
        <PageHeading title={t('village.notFound')} brand={t('app.name')}>{t('village.notFound')}</PageHeading>
        <p><Link to="/">{t('village.searchAgain')}</Link></p>
      </>
    );
  }
  if (loading || !v) return error ? <ErrorNote error={error} /> : <Loading />;

  const place = v.path.filter((p) => p.level === 'county' || p.level === 'township');
  const groupsLabel = v.kind === 'community' ? t('village.groups.community') : t('village.groups.village');
  const bodies = bodyOrder.filter((b) => v.committee.some((m) => m.body === b))
    .concat([...new Set(v.committee.map((m) => m.body))].filter((b) => !bodyOrder.includes(b)));

  return (
    <article className="village">
      {place.length > 0 && (
        <nav aria-label={t('village.place')} className="breadcrumb">
          <ol>{place.map((p) => <li key={p.code}>{p.name}</li>)}</ol>
        </nav>
      )}
      <PageHeading title={v.shortName} brand={t('app.name')}>{v.shortName}</PageHeading>
      <p className="muted">
        {v.kind && <span className="badge">{t.dyn(`kind.${v.kind}`, v.kind)}</span>}{' '}
        {v.name !== v.shortName && v.name}
      </p>
      <nav aria-label={t('village.onThisPage')} className="page-toc">
        <ul>
          <li><a href="#board-h">{t('village.board')}</a></li>
          <li><a href="#contact-h">{t('village.contact')}</a></li>
          <li><a href="#committee-h">{t('village.committee')}</a></li>
          <li><a href="#people-h">{t('village.population')}</a></li>
          <li><a href="#groups-h">{groupsLabel}</a></li>
        </ul>
      </nav>

      <p className="village-decisions-link"><Link to={`/v/${v.code}/decisions`}>{t('village.decisions')}</Link></p>
      <p className="village-decisions-link"><Link to={`/v/${v.code}/wishes`}>{t('wishes.wall.title')}</Link></p>
      <p className="village-decisions-link"><Link to={`/v/${v.code}/covenant`}>{t('village.covenant')}</Link></p>
      <p className="village-decisions-link"><Link to={`/v/${v.code}/elections`}>{t('village.elections')}</Link></p>

      <Board code={v.code} kind={v.kind} />

      <section aria-labelledby="contact-h">
        <h2 id="contact-h">{t('village.contact')}</h2>
        <dl className="facts">
          <dt>{t('village.officePhone')}</dt>
          <dd>{v.profile?.officePhone ? <a href={`tel:${v.profile.officePhone.replace(/[^\d+]/g, '')}`}>{v.profile.officePhone}</a> : t('common.notGiven')}</dd>
          <dt>{t('village.officeAddress')}</dt>
          <dd>{v.profile?.officeAddress ?? t('common.notGiven')}</dd>
        </dl>
      </section>

      <section aria-labelledby="committee-h">
        <h2 id="committee-h">{t('village.committee')}</h2>
        {v.committee.length === 0 && <p>{t('village.committeeNone')}</p>}
        {bodies.map((b) => (
          <div key={b} className="committee-body">
            <h3>{bodyLabel(t, b, v.kind)}</h3>
            <ul className="plain-list member-list">
              {v.committee.filter((m) => m.body === b)
                .sort((x, y) => postOrder.indexOf(x.post) - postOrder.indexOf(y.post))
                .map((m, i) => (
                  <li key={`${m.post}-${m.name}-${i}`}>
                    <span className="post">{t.dyn(`post.${m.post}`, m.post)}</span> <span className="person">{m.name}</span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="people-h">
        <h2 id="people-h">{t('village.population')}</h2>
        <dl className="facts">
          {v.profile?.population != null && <>
            <dt>{t('village.totalPopulation')}</dt>
            <dd>{t('village.persons', { n: formatNumber(v.profile.population, t.lang) })}</dd>
          </>}
          {v.profile?.households != null && <>
            <dt>{t('village.totalHouseholds')}</dt>
            <dd>{t('village.householdsN', { n: formatNumber(v.profile.households, t.lang) })}</dd>
          </>}
          <dt>{t('village.inRegister')}</dt>
          <dd>{t('village.registerCounts', { households: formatNumber(v.register.households, t.lang), residents: formatNumber(v.register.residents, t.lang) })}</dd>
        </dl>
      </section>

      <section aria-labelledby="groups-h">
        <h2 id="groups-h">{groupsLabel}</h2>
        {v.groups.length === 0
          ? <p>{t('village.groupsNone')}</p>
          : <ul className="chip-list">{v.groups.map((g) => <li key={g}>{g}</li>)}</ul>}
      </section>
    </article>
  );
}
