// /staff/elections/:id — one election: its statutory timeline (due date, status, legal basis of
// each step) and the work of each stage: the voter roll and objections, nominations and joint
// vetting, the candidate list, proxies, box counts entered twice, the tally with its reasons,
// results, certificates and handover. Every refusal comes back from the server with its rule.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n.tsx';
import { api, ApiError, fieldText } from '../../lib/api.ts';
import { SelectField, TextAreaField, TextField } from '../../lib/forms.tsx';
import { PageHeading } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { Timeline } from '../../lib/Timeline.tsx';
import type { Election, Nomination, Round, UploadedAuthorisation } from '../../public/elections/model.ts';
import { positions } from '../../public/elections/model.ts';
import { can, useMe } from '../session.ts';
import { ElectionsNav } from './Elections.tsx';
import './elections.css';

type Act = (path: string, body: unknown, done: string) => Promise<boolean>;

export function ElectionPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe()!;
  const e = useApi<Election>(`/api/v1/elections/${id}`);
  const manage = can(me, 'elections.manage');
  const noms = useApi<Nomination[]>(manage ? `/api/v1/elections/${id}/nominations` : null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const act: Act = async (path, body, msg) => {
    setError(null);
    setDone('');
    try {
      await api(path, { json: body ?? {} });
      await Promise.all([e.reload(), manage ? noms.reload() : Promise.resolve()]);
      setDone(msg);
      return true;
    } catch (err) { setError(err); return false; }
  };
  if (!e.data) return e.error ? <ErrorNote error={e.error} /> : <Loading />;
  const d = e.data;
  const state = d.state;
  const round = d.rounds.filter((r) => r.roundNo === d.currentRound);
  const open = round.length > 0 && round.every((r) => !r.tallied);
  return (
    <>
      <ElectionsNav />
      <PageHeading title={d.title} brand={t('app.name')}>{d.title}</PageHeading>
      <p className="lead">
        {t('elections.detail.summary', { day: d.electionDay, profile: t.dyn(`elections.profile.${d.profile}`, d.profile) })}{' '}
        <span className="badge" data-testid="election-state">{t.dyn(`elections.state.${state}`, d.stateLabel[t.lang])}</span>
      </p>
      <div aria-live="polite" className="status-line">{done && <p role="status" className="success-note">{done}</p>}</div>
      <Problem error={error} />

      <section aria-labelledby="tl-h">
        <h2 id="tl-h">{t('elections.timeline.title')}</h2>
        <div className="table-wrap" role="region" aria-label={t('elections.timeline.caption')} tabIndex={0}>
          <table className="data">
            <caption>{t('elections.timeline.caption')}</caption>
            <thead><tr><th scope="col">{t('elections.timeline.step')}</th><th scope="col">{t('elections.timeline.due')}</th><th scope="col">{t('elections.timeline.status')}</th><th scope="col">{t('elections.timeline.basis')}</th></tr></thead>
            <tbody>
              {d.steps.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{t.dyn(`elections.step.${s.key}`, s.label)}</th>
                  <td>{s.due}{s.plannedBy && s.plannedBy !== s.due ? ` ${t('elections.timeline.plannedBy', { day: s.plannedBy })}` : ''}{s.extendedForHoliday ? ` ${t('elections.timeline.extended')}` : ''}</td>
                  <td><StatusBadge state={s.status} tone="step-" keys="elections.status" /></td>
                  <td className="basis">{s.basis}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3>{t('elections.committee.title')}</h3>
        <ul>{d.committee.map((m) => <li key={m.id}>{m.name}（{t.dyn(`elections.committee.${m.post}`, m.post)}）{m.withdrawnOn ? ` — ${t('elections.committee.withdrawn', { day: m.withdrawnOn })}：${m.withdrawReason ?? ''}` : ''}</li>)}</ul>
      </section>

      <RollSection d={d} manage={manage} act={act} />
      {manage && state !== 'planning' && <NominationsSection d={d} noms={noms.data ?? []} act={act} vet={can(me, 'elections.vet')} />}
      {manage && state === 'candidatesPublished' && <ProxySection d={d} act={act} />}
      {manage && state === 'candidatesPublished' && open && <CountSection d={d} round={round} act={act} />}
      <RoundsSection rounds={d.rounds} />
      {d.elected.length > 0 && (
        <section aria-labelledby="el-h">
          <h2 id="el-h">{t('elections.elected.title')}</h2>
          <ul data-testid="elected">{d.elected.map((m) => <li key={m.id}>{t('elections.elected.item', { name: m.name, position: t.dyn(`elections.position.${m.position}`, m.position), votes: m.votes, round: m.roundNo })}</li>)}</ul>
        </section>
      )}
      {manage && state === 'candidatesPublished' && d.rounds.length > 0 && !open && (
        <p><button type="button" className="primary" onClick={() => void act(`/api/v1/elections/${d.id}/results/publish`, {}, t('elections.results.done'))}>{t('elections.results.publish')}</button></p>
      )}
      {d.resultsPublishedAt && (
        <section aria-labelledby="cert-h">
          <h2 id="cert-h">{t('elections.cert.title')}</h2>
          <p><a href={`/api/v1/elections/${d.id}/certificates.pdf`} target="_blank" rel="noreferrer">{t('elections.cert.pdf')}</a></p>
          {manage && state === 'resultsPublished' && <p><button type="button" className="primary" onClick={() => void act(`/api/v1/elections/${d.id}/certificates`, {}, t('elections.cert.done'))}>{t('elections.cert.issue')}</button></p>}
          {manage && state === 'certified' && <p><button type="button" onClick={() => void act(`/api/v1/elections/${d.id}/handover`, {}, t('elections.handover.done'))}>{t('elections.handover.record')}</button></p>}
        </section>
      )}
      <section aria-labelledby="ev-h">
        <h2 id="ev-h">{t('elections.events.title')}</h2>
        <Timeline lastIsCurrent entries={d.events.filter((x) => x.note || x.type !== 'start').map((x, i) => ({
          key: i, at: x.at, when: x.at.slice(0, 10), label: t.dyn(`elections.event.${x.type}`, x.type), note: x.note,
        }))} />
      </section>
    </>
  );
}

function Problem({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  if (!(error instanceof ApiError)) return <ErrorNote error={error} />;
  return (
    <div className="error-summary" role="alert">
      <p><strong>{error.text(t.lang)}</strong></p>
      {error.errors.length > 0 && <ul>{error.errors.map((x, i) => <li key={i}><code>{x.rule}</code> {fieldText(x, t.lang)}</li>)}</ul>}
    </div>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return <section aria-labelledby={id} className="card"><h2 id={id}>{title}</h2>{children}</section>;
}

function RollSection({ d, manage, act }: { d: Election; manage: boolean; act: Act }) {
  const t = useT();
  const id = useId();
  const excluded = d.voters.list.filter((v) => !v.included);
  const [voterId, setVoterId] = useState('');
  const [claim, setClaim] = useState<'include' | 'exclude'>('include');
  const [statement, setStatement] = useState('');
  const [decision, setDecision] = useState<Record<number, { decision: string; reason: string }>>({});
  const file = async (e: FormEvent) => {
    e.preventDefault();
    const v = d.voters.list.find((x) => String(x.id) === voterId);
    if (await act(`/api/v1/elections/${d.id}/objections`, { voterId: v?.id ?? null, claim, subjectName: v?.name ?? '', statement }, t('elections.objection.filed'))) setStatement('');
  };
  return (
    <Card title={t('elections.roll.title')}>
      <p role="status">{t('elections.roll.counts', { included: d.voters.included, excluded: d.voters.excluded })}{d.rollPublishedOn ? ` · ${t('elections.roll.publishedOn', { day: d.rollPublishedOn })}` : ''}</p>
      {manage && d.state === 'planning' && (
        <p className="actions">
          <button type="button" onClick={() => void act(`/api/v1/elections/${d.id}/roll`, {}, t('elections.roll.built'))}>{t('elections.roll.build')}</button>{' '}
          <button type="button" className="primary" onClick={() => void act(`/api/v1/elections/${d.id}/roll/publish`, {}, t('elections.roll.published'))}>{t('elections.roll.publish')}</button>
        </p>
      )}
      {manage && (d.state === 'planning' || d.state === 'rollPublished') && <RegistrationForm d={d} act={act} />}
      {excluded.length > 0 && (
        <details>
          <summary>{t('elections.roll.excluded', { n: excluded.length })}</summary>
          <ul>{excluded.map((v) => <li key={v.id}><strong>{v.name}</strong>：{v.reason}</li>)}</ul>
        </details>
      )}
      {d.objections.length > 0 && (
        <>
          <h3>{t('elections.objection.title')}</h3>
          <ul className="objections">
            {d.objections.map((o) => (
              <li key={o.id}>
                <p>{t('elections.objection.item', { name: o.subjectName, claim: t.dyn(`elections.claim.${o.claim}`, o.claim), day: o.filedOn, due: o.decisionDue })}{o.overdue ? ` ${t('elections.objection.overdue')}` : ''}：{o.statement}</p>
                {o.decision
                  ? <p>{t.dyn(`elections.decision.${o.decision}`, o.decision)}（{o.decidedOn}）：{o.decisionReason}</p>
                  : manage && (
                    <form className="inline-form" onSubmit={(e) => { e.preventDefault(); const x = decision[o.id]; void act(`/api/v1/objections/${o.id}/decision`, { decision: x?.decision ?? 'upheld', reason: x?.reason ?? '' }, t('elections.objection.decided')); }}>
                      <SelectField id={`${id}-dec-${o.id}`} label={t('elections.objection.decision')} value={decision[o.id]?.decision ?? 'upheld'} onChange={(e) => setDecision({ ...decision, [o.id]: { reason: decision[o.id]?.reason ?? '', decision: e.target.value } })}>
                        <option value="upheld">{t('elections.decision.upheld')}</option>
                        <option value="rejected">{t('elections.decision.rejected')}</option>
                      </SelectField>
                      <TextField id={`${id}-reason-${o.id}`} label={t('elections.objection.reason')} value={decision[o.id]?.reason ?? ''} onChange={(e) => setDecision({ ...decision, [o.id]: { decision: decision[o.id]?.decision ?? 'upheld', reason: e.target.value } })} />
                      <button type="submit">{t('elections.objection.decide')}</button>
                    </form>
                  )}
              </li>
            ))}
          </ul>
        </>
      )}
      {d.rollPublishedOn && d.state === 'rollPublished' && (
        <form className="form-grid" onSubmit={(e) => void file(e)} noValidate>
          <h3>{t('elections.objection.new')}</h3>
          <SelectField id={`${id}-voter`} label={t('elections.objection.person')} value={voterId} onChange={(e) => setVoterId(e.target.value)}>
            <option value="">—</option>
            {d.voters.list.map((v) => <option key={v.id} value={v.id}>{v.name}{v.included ? '' : ` (${t('elections.roll.notOn')})`}</option>)}
          </SelectField>
          <SelectField id={`${id}-claim`} label={t('elections.objection.claim')} value={claim} onChange={(e) => setClaim(e.target.value as 'include' | 'exclude')}>
            <option value="include">{t('elections.claim.include')}</option>
            <option value="exclude">{t('elections.claim.exclude')}</option>
          </SelectField>
          <TextAreaField id={`${id}-stmt`} label={t('elections.objection.statement')} value={statement} onChange={(e) => setStatement(e.target.value)} rows={2} />
          <div className="form-actions"><button type="submit">{t('elections.objection.file')}</button></div>
        </form>
      )}
    </Card>
  );
}

/** 组织法 Art.13¶2 ways 2 and 3: staff record a declaration or an approved application; the rule decides. */
function RegistrationForm({ d, act }: { d: Election; act: Act }) {
  const t = useT();
  const id = useId();
  const people = d.voters.list.filter((v) => !v.included && v.residentId);
  const [residentId, setResidentId] = useState('');
  const [way, setWay] = useState<'2' | '3'>('2');
  const [declaredOn, setDeclaredOn] = useState('');
  const [months, setMonths] = useState('');
  const [approvedOn, setApprovedOn] = useState('');
  const [reference, setReference] = useState('');
  if (people.length === 0) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { residentId: Number(residentId), way: Number(way), declaredOn, reference,
      ...(way === '3' ? { monthsResidentHere: months === '' ? null : Number(months), approvedOn: approvedOn || null } : {}) };
    if (await act(`/api/v1/elections/${d.id}/registrations`, body, t('elections.registration.recorded'))) setReference('');
  };
  return (
    <details>
      <summary>{t('elections.registration.title')}</summary>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <SelectField id={`${id}-person`} label={t('elections.registration.person')} value={residentId} onChange={(e) => setResidentId(e.target.value)}>
          <option value="">—</option>
          {people.map((v) => <option key={v.id} value={v.residentId!}>{v.name}</option>)}
        </SelectField>
        <SelectField id={`${id}-way`} label={t('elections.registration.way')} value={way} onChange={(e) => setWay(e.target.value as '2' | '3')}>
          <option value="2">{t('elections.registration.way2')}</option>
          <option value="3">{t('elections.registration.way3')}</option>
        </SelectField>
        <TextField id={`${id}-declared`} type="date" label={t('elections.registration.declaredOn')} value={declaredOn} onChange={(e) => setDeclaredOn(e.target.value)} />
        {way === '3' && (
          <>
            <TextField id={`${id}-months`} type="number" min={0} inputMode="numeric" label={t('elections.registration.months')} value={months} onChange={(e) => setMonths(e.target.value)} />
            <TextField id={`${id}-approved`} type="date" label={t('elections.registration.approvedOn')} value={approvedOn} onChange={(e) => setApprovedOn(e.target.value)} />
          </>
        )}
        <TextField id={`${id}-ref`} label={t('elections.registration.reference')} value={reference} onChange={(e) => setReference(e.target.value)} />
        <div className="form-actions"><button type="submit">{t('elections.registration.record')}</button></div>
      </form>
    </details>
  );
}

function NominationsSection({ d, noms, act, vet }: { d: Election; noms: Nomination[]; act: Act; vet: boolean }) {
  const t = useT();
  const id = useId();
  const voters = d.voters.list.filter((v) => v.included);
  const open = d.state === 'rollPublished';
  const [position, setPosition] = useState('member');
  const [nominee, setNominee] = useState('');
  const [nominator, setNominator] = useState('');
  const [vetting, setVetting] = useState<{ nomination: string; department: string; passed: string; reason: string }>({ nomination: '', department: '', passed: 'yes', reason: '' });
  const seatPositions = positions.filter((p) => (d.seats[p] ?? 0) > 0);
  return (
    <Card title={t('elections.nom.title')}>
      {noms.length === 0 ? <p>{t('elections.nom.none')}</p> : (
        <div className="table-wrap" role="region" aria-label={t('elections.nom.caption')} tabIndex={0}>
          <table className="data">
            <caption>{t('elections.nom.caption')}</caption>
            <thead><tr><th scope="col">{t('elections.nom.position')}</th><th scope="col">{t('elections.nom.nominee')}</th><th scope="col">{t('elections.nom.nominators')}</th><th scope="col">{t('elections.nom.vetting')}</th><th scope="col">{t('elections.nom.status')}</th></tr></thead>
            <tbody>
              {noms.map((n) => (
                <tr key={n.id}>
                  <td>{t.dyn(`elections.position.${n.position}`, n.position)}</td>
                  <th scope="row">{n.nomineeName}</th>
                  <td className="num">{n.nominators}</td>
                  <td>{n.vetting.map((v) => `${t.dyn(`elections.dept.${v.department}`, v.name)}${v.passed === null ? '…' : v.passed ? '✓' : '✗'}`).join(' ')}</td>
                  <td>{t.dyn(`elections.nomStatus.${n.status}`, n.status)}{n.exclusionReason ? `：${n.exclusionReason}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <form className="form-grid" noValidate onSubmit={(e) => { e.preventDefault(); void act(`/api/v1/elections/${d.id}/nominations`, { position, nomineeVoterId: Number(nominee), nominatorVoterIds: nominator ? [Number(nominator)] : [] }, t('elections.nom.done')); }}>
          <h3>{t('elections.nom.new')}</h3>
          <SelectField id={`${id}-pos`} label={t('elections.nom.position')} value={position} onChange={(e) => setPosition(e.target.value)}>
            {seatPositions.map((p) => <option key={p} value={p}>{t.dyn(`elections.position.${p}`, p)}</option>)}
          </SelectField>
          <SelectField id={`${id}-nominee`} label={t('elections.nom.nominee')} value={nominee} onChange={(e) => setNominee(e.target.value)}>
            <option value="">—</option>{voters.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </SelectField>
          <SelectField id={`${id}-nominator`} label={t('elections.nom.nominator')} value={nominator} onChange={(e) => setNominator(e.target.value)}>
            <option value="">—</option>{voters.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </SelectField>
          <div className="form-actions"><button type="submit">{t('elections.nom.submit')}</button></div>
        </form>
      )}
      {open && vet && noms.length > 0 && (
        <form className="form-grid" noValidate onSubmit={(e) => { e.preventDefault(); void act(`/api/v1/nominations/${vetting.nomination}/vetting`, { department: vetting.department || noms[0]?.vetting[0]?.department, passed: vetting.passed === 'yes', reason: vetting.reason }, t('elections.vet.done')); }}>
          <h3>{t('elections.vet.title')}</h3>
          <SelectField id={`${id}-vn`} label={t('elections.vet.nomination')} value={vetting.nomination} onChange={(e) => setVetting({ ...vetting, nomination: e.target.value })}>
            <option value="">—</option>{noms.map((n) => <option key={n.id} value={n.id}>{n.nomineeName}（{t.dyn(`elections.position.${n.position}`, n.position)}）</option>)}
          </SelectField>
          <SelectField id={`${id}-vd`} label={t('elections.vet.department')} value={vetting.department || noms[0]?.vetting[0]?.department || ''} onChange={(e) => setVetting({ ...vetting, department: e.target.value })}>
            {(noms[0]?.vetting ?? []).map((x) => <option key={x.department} value={x.department}>{t.dyn(`elections.dept.${x.department}`, x.name)}</option>)}
          </SelectField>
          <SelectField id={`${id}-vp`} label={t('elections.vet.result')} value={vetting.passed} onChange={(e) => setVetting({ ...vetting, passed: e.target.value })}>
            <option value="yes">{t('elections.vet.pass')}</option><option value="no">{t('elections.vet.fail')}</option>
          </SelectField>
          <TextField id={`${id}-vr`} label={t('elections.vet.reason')} value={vetting.reason} onChange={(e) => setVetting({ ...vetting, reason: e.target.value })} />
          <div className="form-actions"><button type="submit">{t('elections.vet.submit')}</button></div>
        </form>
      )}
      {open && <p><button type="button" className="primary" onClick={() => void act(`/api/v1/elections/${d.id}/candidates/publish`, {}, t('elections.cand.done'))}>{t('elections.cand.publish')}</button></p>}
    </Card>
  );
}

function ProxySection({ d, act }: { d: Election; act: Act }) {
  const t = useT();
  const id = useId();
  const voters = d.voters.list.filter((v) => v.included);
  const [principal, setPrincipal] = useState('');
  const [proxy, setProxy] = useState('');
  const [relation, setRelation] = useState('spouse');
  const [scan, setScan] = useState<File | null>(null);
  const [scanError, setScanError] = useState<unknown>(null);
  const file = (ev: FormEvent) => {
    ev.preventDefault();
    setScanError(null);
    void (async () => {
      // 委托书 (组织法 Art.15¶4): the scan is uploaded first, its type read from the bytes, then named in the filing.
      let authorisation: { sha256: string; filename: string } | undefined;
      if (scan) {
        const form = new FormData();
        form.append('file', scan, scan.name);
        try { const up = await api<UploadedAuthorisation>(`/api/v1/elections/${d.id}/proxy-authorisations`, { form }); authorisation = { sha256: up.sha256, filename: up.filename }; } catch (x) { setScanError(x); return; }
      }
      if (await act(`/api/v1/elections/${d.id}/proxies`, { principalVoterId: Number(principal), proxyVoterId: Number(proxy), relation, ...(authorisation ? { authorisation } : {}) }, t('elections.proxy.done'))) setScan(null);
    })();
  };
  return (
    <Card title={t('elections.proxy.title')}>
      {d.proxies.length > 0 && <ul>{d.proxies.map((p) => <li key={p.id}>{t('elections.proxy.item', { principal: p.principal, proxy: p.proxy, relation: t.dyn(`elections.relation.${p.relation}`, p.relation) })}{' '}
        {p.authorisationOnFile
          ? <a href={`/api/v1/elections/${d.id}/proxies/${p.id}/authorisation`} target="_blank" rel="noopener">{t('elections.proxy.onFile')}</a>
          : <span className="muted">{t('elections.proxy.notOnFile')}</span>}</li>)}</ul>}
      <form className="form-grid" noValidate onSubmit={file}>
        <SelectField id={`${id}-pr`} label={t('elections.proxy.principal')} value={principal} onChange={(e) => setPrincipal(e.target.value)}><option value="">—</option>{voters.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}</SelectField>
        <SelectField id={`${id}-px`} label={t('elections.proxy.proxy')} value={proxy} onChange={(e) => setProxy(e.target.value)}><option value="">—</option>{voters.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}</SelectField>
        <SelectField id={`${id}-rel`} label={t('elections.proxy.relation')} value={relation} onChange={(e) => setRelation(e.target.value)}>
          {['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'].map((r) => <option key={r} value={r}>{t.dyn(`elections.relation.${r}`, r)}</option>)}
        </SelectField>
        <div className="field">
          <label htmlFor={`${id}-scan`}>{t('elections.proxy.scan')}</label>
          <input id={`${id}-scan`} type="file" accept="application/pdf,image/jpeg,image/png" aria-describedby={`${id}-scan-hint`} onChange={(ev) => { setScan(ev.target.files?.[0] ?? null); setScanError(null); }} />
          <p id={`${id}-scan-hint`} className="hint">{t('elections.proxy.scanHint')}</p>
        </div>
        {scanError ? <ErrorNote error={scanError} /> : null}
        <div className="form-actions"><button type="submit">{t('elections.proxy.submit')}</button></div>
      </form>
    </Card>
  );
}

function CountSection({ d, round, act }: { d: Election; round: Round[]; act: Act }) {
  const t = useT();
  const id = useId();
  const no = round[0]!.roundNo;
  const [box, setBox] = useState(d.pollingStations[0]?.name ?? '');
  const [n, setN] = useState({ issued: '', returned: '', spoiled: '0' });
  const [votes, setVotes] = useState<Record<string, string>>({});
  const lines = round.flatMap((r) => [...r.candidates.map((c) => ({ position: r.position, name: c })), ...r.womenCandidates.map((c) => ({ position: 'womenMember', name: c }))]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v: Record<string, Record<string, number>> = {};
    for (const l of lines) (v[l.position] ??= {})[l.name] = Number(votes[`${l.position}.${l.name}`] || 0);
    if (await act(`/api/v1/elections/${d.id}/rounds/${no}/counts`, { box, issued: Number(n.issued || 0), returned: Number(n.returned || 0), spoiled: Number(n.spoiled || 0), votes: v }, t('elections.count.done', { box }))) {
      setVotes({});
      setN({ issued: '', returned: '', spoiled: '0' });
    }
  };
  return (
    <Card title={t('elections.count.title', { round: no, kind: t.dyn(`elections.round.${round[0]!.kind}`, round[0]!.kind) })}>
      <div className="table-wrap" role="region" aria-label={t('elections.count.boxes')} tabIndex={0}>
        <table className="data">
          <caption>{t('elections.count.boxes')}</caption>
          <thead><tr><th scope="col">{t('elections.count.box')}</th><th scope="col">{t('elections.count.entries')}</th><th scope="col">{t('elections.count.status')}</th></tr></thead>
          <tbody>
            {d.counts.map((c) => (
              <tr key={c.box}>
                <th scope="row">{c.box}</th>
                <td>{c.entries.map((x) => `${x.enteredBy}: ${x.issued}/${x.returned}/${x.spoiled}`).join('；') || '—'}</td>
                <td><StatusBadge state={c.status} tone="count-" keys="elections.countStatus" />{c.mismatches.length ? ` ${c.mismatches.join('、')}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <h3>{t('elections.count.enter')}</h3>
        <SelectField id={`${id}-box`} label={t('elections.count.box')} value={box} onChange={(e) => setBox(e.target.value)}>
          {d.pollingStations.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
        </SelectField>
        <fieldset className="num-fields">
          <legend>{t('elections.count.ballots')}</legend>
          {(['issued', 'returned', 'spoiled'] as const).map((k) => <TextField key={k} id={`${id}-${k}`} type="number" min={0} label={t(`elections.count.${k}`)} value={n[k]} onChange={(e) => setN({ ...n, [k]: e.target.value })} />)}
        </fieldset>
        <fieldset className="num-fields">
          <legend>{t('elections.count.votes')}</legend>
          {lines.map((l) => <TextField key={`${l.position}.${l.name}`} id={`${id}-v-${l.position}-${l.name}`} type="number" min={0} label={`${t.dyn(`elections.position.${l.position}`, l.position)} ${l.name}`} value={votes[`${l.position}.${l.name}`] ?? ''} onChange={(e) => setVotes({ ...votes, [`${l.position}.${l.name}`]: e.target.value })} />)}
        </fieldset>
        <div className="form-actions"><button type="submit">{t('elections.count.submit')}</button></div>
      </form>
      <p>
        {d.counts.filter((c) => c.status === 'mismatch').map((c) => <button key={c.box} type="button" onClick={() => void act(`/api/v1/elections/${d.id}/rounds/${no}/counts/reset`, { box: c.box, reason: t('elections.count.resetReason') }, t('elections.count.resetDone', { box: c.box }))}>{t('elections.count.reset', { box: c.box })}</button>)}
      </p>
      <p><button type="button" className="primary" onClick={() => void act(`/api/v1/elections/${d.id}/rounds/${no}/tally`, {}, t('elections.tally.done', { round: no }))}>{t('elections.tally.run', { round: no })}</button></p>
    </Card>
  );
}

function RoundsSection({ rounds }: { rounds: Round[] }) {
  const t = useT();
  const tallied = rounds.filter((r) => r.tallied && r.outcome);
  if (!tallied.length) return null;
  return (
    <section aria-labelledby="rounds-h">
      <h2 id="rounds-h">{t('elections.tally.title')}</h2>
      {tallied.map((r) => (
        <div key={`${r.roundNo}-${r.position}`} className="card" data-testid={`outcome-${r.roundNo}-${r.position}`}>
          <h3>{t('elections.tally.round', { round: r.roundNo, kind: t.dyn(`elections.round.${r.kind}`, r.kind), position: t.dyn(`elections.position.${r.position}`, r.position) })}</h3>
          <p>
            {r.outcome!.valid ? t('elections.tally.valid') : t('elections.tally.invalid')}
            {' · '}{t('elections.tally.elected', { names: r.outcome!.elected.map((x) => x.name).join('、') || '—' })}
            {' · '}{t('elections.tally.unfilled', { n: r.outcome!.seatsUnfilled })}
          </p>
          <ul className="reasons">{r.outcome!.reasons.map((x, i) => <li key={i}>{x.message} <span className="muted">（{x.article}）</span></li>)}</ul>
        </div>
      ))}
    </section>
  );
}
