// /staff/elections — a village's elections (and planning a new one), or, above the village, the
// township's overview of every village's election: where it stands, overdue steps, results.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { CheckField, ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading, useLocation } from '../../lib/router.tsx';
import { ErrorNote, useApi } from '../../lib/ui.tsx';
import type { Election, ElectionListItem, OverviewRow, RecallCase, VettingDepartment } from '../../public/elections/model.ts';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { useSubmit } from '../../lib/submit.ts';

export function ElectionsNav() {
  const t = useT();
  const { path } = useLocation();
  const { code, node } = useAt();
  const links: [string, string][] = [['/staff/elections', t('elections.nav.list')], ['/staff/elections/rules', t('elections.nav.rules')]];
  return (
    <nav aria-label={t('elections.nav.label')} className="sub-nav">
      <ul>
        {links.map(([p, label]) => <li key={p}><Link to={atHref(p, code)} aria-current={path === p ? 'page' : undefined}>{label}</Link></li>)}
        {node?.level === 'village' && <li className="sub-nav-public"><Link to={`/v/${node.code}/elections`}>{t('elections.nav.public')}</Link></li>}
      </ul>
    </nav>
  );
}

export function ElectionsPage() {
  const t = useT();
  const { node } = useAt();
  const title = t('elections.title');
  return (
    <>
      <ElectionsNav />
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('elections.intro')}</p>
      {node?.level === 'village' ? <><VillageElections /><Recalls /></> : <><Overview />{node?.level === 'county' && <VettingList />}</>}
    </>
  );
}

function VillageElections() {
  const t = useT();
  const me = useMe()!;
  const { code } = useAt();
  const list = useApi<ElectionListItem[]>(`/api/v1/villages/${code}/elections`);
  const [adding, setAdding] = useState(false);
  return (
    <>
      {can(me, 'elections.manage') && (adding ? <PlanForm code={code!} onCancel={() => setAdding(false)} />
        : <p><button type="button" className="primary" onClick={() => setAdding(true)}>{t('elections.plan.open')}</button></p>)}
      <ErrorNote error={list.error} />
      <p role="status" className="muted">{list.loading ? t('common.loading') : (list.data?.length ?? 0) === 0 ? t('elections.none') : t('elections.count', { n: list.data!.length })}</p>
      {list.data && list.data.length > 0 && (
        <div className="table-wrap" role="region" aria-label={t('elections.title')} tabIndex={0}>
          <table className="data">
            <caption>{t('elections.title')}</caption>
            <thead><tr><th scope="col">{t('elections.col.title')}</th><th scope="col">{t('elections.col.day')}</th><th scope="col">{t('elections.col.profile')}</th><th scope="col">{t('elections.col.results')}</th></tr></thead>
            <tbody>
              {list.data.map((e) => (
                <tr key={e.id}>
                  <th scope="row"><Link to={atHref(`/staff/elections/${e.id}`, code)}>{e.title}</Link></th>
                  <td>{e.electionDay}</td>
                  <td>{t.dyn(`elections.profile.${e.profile}`, e.profile)}</td>
                  <td>{e.resultsPublishedAt ? t('elections.col.published') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const planFields = ['kind', 'profile', 'title', 'electionDay', 'seats', 'seats.director', 'seats.womenMember', 'pollingStations', 'committee'] as const;

function PlanForm({ code, onCancel }: { code: string; onCancel: () => void }) {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState('villageCommittee');
  const [profile, setProfile] = useState('national');
  const [title, setTitle] = useState(t('elections.plan.defaultTitle'));
  const [day, setDay] = useState('');
  const [deputy, setDeputy] = useState('1');
  const [members, setMembers] = useState('3');
  const [women, setWomen] = useState('0');
  const [station, setStation] = useState(t('elections.plan.defaultStation'));
  const [mobile, setMobile] = useState('');
  const [chair, setChair] = useState('');
  const [others, setOthers] = useState('');
  const [byElection, setByElection] = useState(false);
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, planFields);
  const submit = onSubmit(async () => {
    const list = (s: string) => s.split(/[,，、\n]/).map((x) => x.trim()).filter(Boolean);
    const created = await api<Election>(`/api/v1/villages/${code}/elections`, { json: {
      kind, profile, title, electionDay: day, byElection,
      seats: { director: byElection ? 0 : 1, deputyDirector: Number(deputy) || 0, member: Number(members) || 0, womenMember: Number(women) || 0 },
      pollingStations: [{ name: station, mobile: false }, ...list(mobile).map((name) => ({ name, mobile: true }))],
      committee: [...(chair ? [{ name: chair, post: 'chair' }] : []), ...list(others).map((name) => ({ name, post: 'member' }))],
    } });
    navigate(atHref(`/staff/elections/${created.id}`, code));
  });
  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('elections.plan.title')}</h2>
      <ErrorSummary errors={errors} source={error} />
      <SelectField id={`${id}-kind`} label={t('elections.plan.kind')} value={kind} onChange={(e) => setKind(e.target.value)} error={errors.byField.kind}>
        {['villageCommittee', 'residentsCommittee', 'supervisoryCommittee', 'representatives'].map((k) => <option key={k} value={k}>{t.dyn(`elections.kind.${k}`, k)}</option>)}
      </SelectField>
      <SelectField id={`${id}-profile`} label={t('elections.plan.profile')} hint={t('elections.plan.profileHint')} value={profile} onChange={(e) => setProfile(e.target.value)} error={errors.byField.profile}>
        {['national', 'zhejiang', 'shanghai'].map((p) => <option key={p} value={p}>{t.dyn(`elections.profile.${p}`, p)}</option>)}
      </SelectField>
      <CheckField id={`${id}-by`} label={t('elections.plan.byElection')} hint={t('elections.plan.byElectionHint')} checked={byElection} onChange={(e) => { setByElection(e.target.checked); if (e.target.checked) { setDeputy('0'); setMembers('1'); setWomen('0'); } }} />
      <TextField id={`${id}-title`} label={t('elections.plan.name')} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.byField.title} />
      <TextField id={`${id}-day`} type="date" label={t('elections.plan.day')} hint={t('elections.plan.dayHint')} value={day} onChange={(e) => setDay(e.target.value)} error={errors.byField.electionDay} />
      <fieldset className="num-fields">
        <legend>{t('elections.plan.seats')}</legend>
        <TextField id={`${id}-dep`} type="number" min={0} label={t('elections.position.deputyDirector')} value={deputy} onChange={(e) => setDeputy(e.target.value)} />
        <TextField id={`${id}-mem`} type="number" min={0} label={t('elections.position.member')} value={members} onChange={(e) => setMembers(e.target.value)} error={errors.byField.seats} />
        <TextField id={`${id}-women`} type="number" min={0} label={t('elections.position.womenMember')} hint={t('elections.plan.womenHint')} value={women} onChange={(e) => setWomen(e.target.value)} error={errors.byField['seats.womenMember']} />
      </fieldset>
      <TextField id={`${id}-station`} label={t('elections.plan.station')} value={station} onChange={(e) => setStation(e.target.value)} error={errors.byField.pollingStations} />
      <TextField id={`${id}-mobile`} label={t('elections.plan.mobile')} hint={t('elections.plan.listHint')} value={mobile} onChange={(e) => setMobile(e.target.value)} />
      <TextField id={`${id}-chair`} label={t('elections.plan.chair')} hint={t('elections.plan.chairHint')} value={chair} onChange={(e) => setChair(e.target.value)} error={errors.byField.committee} />
      <TextField id={`${id}-others`} label={t('elections.plan.members')} hint={t('elections.plan.listHint')} value={others} onChange={(e) => setOthers(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t('elections.plan.submit')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

function Overview() {
  const t = useT();
  const { code } = useAt();
  const rows = useApi<OverviewRow[]>(`/api/v1/jurisdictions/${code}/elections-overview`);
  return (
    <>
      <ErrorNote error={rows.error} />
      <p role="status" className="muted">{rows.loading ? t('common.loading') : (rows.data?.length ?? 0) === 0 ? t('elections.none') : t('elections.count', { n: rows.data!.length })}</p>
      {rows.data && rows.data.length > 0 && (
        <div className="table-wrap" role="region" aria-label={t('elections.overview.caption')} tabIndex={0}>
          <table className="data">
            <caption>{t('elections.overview.caption')}</caption>
            <thead><tr><th scope="col">{t('elections.overview.village')}</th><th scope="col">{t('elections.col.title')}</th><th scope="col">{t('elections.col.day')}</th><th scope="col">{t('elections.overview.state')}</th><th scope="col">{t('elections.overview.elected')}</th><th scope="col">{t('elections.overview.overdue')}</th></tr></thead>
            <tbody>
              {rows.data.map((r) => (
                <tr key={r.id}>
                  <td>{r.villageName}</td>
                  <th scope="row"><Link to={atHref(`/staff/elections/${r.id}`, r.villageCode)}>{r.title}</Link></th>
                  <td>{r.electionDay}</td>
                  <td>{t.dyn(`elections.state.${r.state}`, r.state)}</td>
                  <td>{r.elected.length ? `${r.elected.map((m) => m.name).join('、')}（${r.elected.length}/${r.seats}）` : '—'}</td>
                  <td>{r.overdue.length ? <span className="badge warn">{r.overdue.map((o) => `${o.label}（${o.due}）`).join('；')}</span> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Recall (罢免, 组织法 Art.16): record the petition and, when held, the vote; the rule decides. */
function Recalls() {
  const t = useT();
  const me = useMe()!;
  const id = useId();
  const { code } = useAt();
  const list = useApi<RecallCase[]>(`/api/v1/villages/${code}/recalls`);
  const [f, setF] = useState({ memberName: '', registeredVoters: '', representatives: '', by: 'voters', signatures: '', voted: '', yes: '', no: '', invalid: '' });
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const errors = useFormErrors(error, ['memberName', 'registeredVoters', 'representatives', 'petitions', 'vote']);
  const num = (v: string) => Number(v || 0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone('');
    try {
      const vote = f.voted ? { vote: { votersWhoVoted: num(f.voted), yes: num(f.yes), no: num(f.no), invalid: num(f.invalid) } } : {};
      await api(`/api/v1/villages/${code}/recalls`, { json: { memberName: f.memberName, registeredVoters: num(f.registeredVoters), representatives: num(f.representatives), petitions: [{ by: f.by, signatures: num(f.signatures) }], ...vote } });
      await list.reload();
      setDone(t('elections.recall.done'));
    } catch (err) { setError(err); }
  };
  const field = (k: keyof typeof f, label: string) => <TextField id={`${id}-${k}`} type="number" min={0} label={label} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('elections.recall.title')}</h2>
      <ErrorNote error={list.error} />
      {list.data && list.data.length > 0 && (
        <ul className="recalls">
          {list.data.map((r) => (
            <li key={r.id}>
              <strong>{r.memberName}</strong>：{r.passed === null ? t('elections.recall.noVote') : r.passed ? t('elections.recall.passed') : t('elections.recall.notPassed')}
              <ul className="reasons">{r.reasons.map((x, i) => <li key={i}>{x.message} <span className="muted">（{x.article}）</span></li>)}</ul>
            </li>
          ))}
        </ul>
      )}
      {can(me, 'elections.manage') && (
        <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary errors={errors} source={error} />
          <TextField id={`${id}-name`} label={t('elections.recall.member')} value={f.memberName} onChange={(e) => setF({ ...f, memberName: e.target.value })} error={errors.byField.memberName} />
          <fieldset className="num-fields">
            <legend>{t('elections.recall.petition')}</legend>
            {field('registeredVoters', t('elections.recall.registered'))}
            {field('representatives', t('elections.recall.representatives'))}
            <SelectField id={`${id}-by`} label={t('elections.recall.by')} value={f.by} onChange={(e) => setF({ ...f, by: e.target.value })}>
              <option value="voters">{t('elections.recall.byVoters')}</option>
              <option value="representatives">{t('elections.recall.byReps')}</option>
            </SelectField>
            {field('signatures', t('elections.recall.signatures'))}
          </fieldset>
          <fieldset className="num-fields">
            <legend>{t('elections.recall.vote')}</legend>
            {field('voted', t('elections.recall.voted'))}
            {field('yes', t('elections.recall.yes'))}
            {field('no', t('elections.recall.no'))}
            {field('invalid', t('elections.recall.invalid'))}
          </fieldset>
          <div className="form-actions"><button type="submit">{t('elections.recall.submit')}</button></div>
          <div aria-live="polite">{done && <p role="status" className="success-note">{done}</p>}</div>
        </form>
      )}
    </section>
  );
}

/** The county's list of departments in the joint vetting (联审): one per line, "key 名称". */
function VettingList() {
  const t = useT();
  const me = useMe()!;
  const id = useId();
  const { code } = useAt();
  const list = useApi<VettingDepartment[]>(`/api/v1/jurisdictions/${code}/vetting-departments`);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const shown = text ?? (list.data ?? []).map((d) => `${d.key} ${d.name}`).join('\n');
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone('');
    try {
      const departments = shown.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => { const [key, ...rest] = l.split(/\s+/); return { key: key ?? '', name: rest.join(' ') }; });
      await api(`/api/v1/jurisdictions/${code}/vetting-departments`, { method: 'PUT', json: { departments } });
      setText(null);
      await list.reload();
      setDone(t('elections.vetList.done'));
    } catch (err) { setError(err); }
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{t('elections.vetList.title')}</h2>
      <ErrorNote error={list.error} />
      {can(me, 'elections.vetList')
        ? (
          <form className="form-grid" onSubmit={(e) => void save(e)} noValidate>
            <ErrorNote error={error} />
            <TextAreaField id={`${id}-list`} label={t('elections.vetList.label')} hint={t('elections.vetList.hint')} value={shown} onChange={(e) => setText(e.target.value)} rows={7} />
            <div className="form-actions"><button type="submit">{t('elections.vetList.save')}</button></div>
            <div aria-live="polite">{done && <p role="status" className="success-note">{done}</p>}</div>
          </form>
        )
        : <ul>{(list.data ?? []).map((d) => <li key={d.key}>{d.name}</li>)}</ul>}
    </section>
  );
}
