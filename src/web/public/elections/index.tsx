// /v/:code/elections — what a village's elections published, read on a phone: the voter roll
// (names and group only), the official candidates, the proxies, and the results, each exactly as
// hashed on the village ledger.
import { useT } from '../../i18n.tsx';
import { Link, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import type { PublicElection } from './model.ts';

interface ListItem { id: number; title: string; electionDay: string; resultsPublished: boolean }

export function ElectionsPublicPage({ code }: { code: string }) {
  const t = useT();
  const valid = /^\d{12}$/.test(code);
  const list = useApi<ListItem[]>(valid ? `/api/v1/villages/${code}/elections/public` : null);
  const title = t('elections.public.title');
  return (
    <article className="elections-public">
      <p className="back"><Link to={`/v/${code}`}>{t('elections.public.back')}</Link></p>
      <PageHeading title={title} brand={t('app.name')}>{title}</PageHeading>
      <ErrorNote error={list.error} />
      {list.loading && <Loading />}
      {list.data && list.data.length === 0 && <p>{t('elections.public.none')}</p>}
      {list.data?.map((e) => <ElectionSection key={e.id} id={e.id} />)}
    </article>
  );
}

function ElectionSection({ id }: { id: number }) {
  const t = useT();
  const e = useApi<PublicElection>(`/api/v1/elections/${id}/public`);
  if (!e.data) return e.error ? <ErrorNote error={e.error} /> : <Loading />;
  const d = e.data;
  return (
    <section aria-labelledby={`el-${id}-h`} className="card">
      <h2 id={`el-${id}-h`}>{d.title}</h2>
      <p>{t('elections.public.day', { day: d.electionDay })}</p>
      {d.results && (
        <>
          <h3>{t('elections.public.results')}</h3>
          <ul className="elected-list">
            {d.results.payload.elected.map((m) => <li key={`${m.name}-${m.position}`}>{t('elections.public.elected', { name: m.name, position: t.dyn(`elections.position.${m.position}`, m.positionName), votes: m.votes })}</li>)}
          </ul>
          <p className="muted hash">{t('elections.public.hash', { seq: d.results.seq, hash: d.results.hash.slice(0, 16) })}</p>
        </>
      )}
      {d.candidates && (
        <>
          <h3>{t('elections.public.candidates')}</h3>
          <ul>
            {d.candidates.payload.positions.map((p) => <li key={p.position}>{t('elections.public.position', { position: t.dyn(`elections.position.${p.position}`, p.positionName), seats: p.seats })}{p.candidates.join('、')}</li>)}
          </ul>
        </>
      )}
      {d.proxies.length > 0 && (
        <>
          <h3>{t('elections.public.proxies')}</h3>
          <ul>{d.proxies.map((p) => <li key={p.principal}>{t('elections.public.proxy', { principal: p.principal, proxy: p.proxy })}</li>)}</ul>
        </>
      )}
      {d.roll && (
        <details>
          <summary>{t('elections.public.roll', { count: d.roll.payload.count, day: d.roll.payload.publishedOn })}</summary>
          <ul className="roll-list">{d.roll.payload.voters.map((v, i) => <li key={i}>{v.name}{v.group ? ` · ${v.group}` : ''}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
