// Work admission (社区工作准入) and signboards:
// /staff/admission/lists — the county's three lists (countyOfficer edits);
// /staff/admission/requests — a township/county official files a department's work request,
//   decided at once by the lists; the county decides unlisted ones (which extends a list);
// /staff/admission/tasks — a village's tasks with their basis; refuse what was not admitted;
// /staff/admission/signboards — the village's plaques and requests to hang one.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api, type Bilingual } from '../../lib/api.ts';
import type { ApiResponse, Item } from '../../lib/api-types.ts';
import { CheckField, ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { parseYuanToFen, formatYuan } from '../../lib/money.ts';
import { PageHeading } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge as Badge } from '../../lib/StatusBadge.tsx';
import { useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { useSubmit } from '../../lib/submit.ts';

type Lists = ApiResponse<'/api/v1/jurisdictions/{code}/duty-lists'>;
type DutyItem = Item<Item<Lists['lists']>['items']>;
type DutyList = DutyItem['list'];
type WorkRequest = Item<ApiResponse<'/api/v1/jurisdictions/{code}/work-requests'>>;
type Task = Item<ApiResponse<'/api/v1/villages/{code}/tasks'>>;
/** A signboard request as the county lists it; a village's own list adds the kind's label. */
type Signboard = Item<ApiResponse<'/api/v1/jurisdictions/{code}/signboard-requests'>>;
type VillageSignboard = Item<ApiResponse<'/api/v1/villages/{code}/signboards'>>;
type AdmissionVillage = Item<ApiResponse<'/api/v1/jurisdictions/{code}/admission-villages'>>;
const dutyLists: DutyList[] = ['statutoryDuties', 'assistedMatters', 'negativeMatters'];

function Heading({ k }: { k: 'nav.admissionLists' | 'nav.admissionRequests' | 'nav.admissionTasks' | 'nav.signboards' }) {
  const t = useT();
  const { node } = useAt();
  return <PageHeading title={`${t(k)} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{t(k)}<span className="h1-sub">{node?.shortName}</span></PageHeading>;
}

function StatusBadge({ status }: { status: string }) {
  return <Badge state={status} tone="admission-" keys="admission.status" />;
}

export function ListsPage() {
  const t = useT();
  const me = useMe()!;
  const { code } = useAt();
  const lists = useApi<Lists>(`/api/v1/jurisdictions/${code}/duty-lists`);
  const [done, setDone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const retire = async (i: DutyItem) => {
    setError(null);
    try {
      await api(`/api/v1/duty-list-items/${i.id}/retire`, { json: {} });
      void lists.reload().then(() => setDone(t('admission.lists.retired', { title: i.title })));
    } catch (err) { setError(err); }
  };
  return (
    <>
      <Heading k="nav.admissionLists" />
      <p role="status" className="ok-note">{done}</p>
      <ErrorNote error={error} />
      <p className="lead">{t('admission.lists.intro')}</p>
      {lists.error ? <ErrorNote error={lists.error} /> : !lists.data ? <Loading /> : lists.data.lists.map((l) => (
        <section key={l.list} aria-labelledby={`l-${l.list}`}>
          <h2 id={`l-${l.list}`}>{t.dyn(`admission.list.${l.list}`, l.label[t.lang])} <span className="muted">（{l.items.length}）</span></h2>
          <ul className="plain-list">
            {l.items.map((i) => (
              <li key={i.id}>
                <strong>{i.title}</strong> <span className="muted">— {i.basis}{i.fromRequestId ? ` · ${t('admission.lists.fromRequest', { id: i.fromRequestId })}` : ''}</span>
                {can(me, 'admission.lists') && <> <button type="button" className="link-button" onClick={() => void retire(i)}>{t('admission.lists.retire')}<span className="sr-only">：{i.title}</span></button></>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {can(me, 'admission.lists') && lists.data && <ItemForm county={lists.data.countyCode} onDone={(title) => void lists.reload().then(() => setDone(t('admission.lists.added', { title })))} />}
    </>
  );
}

const itemFields = ['list', 'title', 'basis'] as const;
function ItemForm({ county, onDone }: { county: string; onDone: (title: string) => void }) {
  const t = useT();
  const id = useId();
  const [list, setList] = useState<DutyList>('negativeMatters');
  const [title, setTitle] = useState('');
  const [basis, setBasis] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = useFormErrors(error, itemFields);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api(`/api/v1/jurisdictions/${county}/duty-lists`, { json: { list, title: title.trim(), basis: basis.trim() } });
      const done = title.trim();
      setTitle(''); setBasis('');
      onDone(done);
    } catch (err) { setError(err); }
  };
  return (
    <form className="form-grid card" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-h`}>{t('admission.lists.add')}</h2>
      <ErrorSummary errors={errors} source={error} />
      <SelectField id={`${id}-l`} label={t('admission.field.list')} value={list} onChange={(e) => setList(e.target.value as DutyList)} error={errors.byField['list']}>
        {dutyLists.map((l) => <option key={l} value={l}>{t.dyn(`admission.list.${l}`, l)}</option>)}
      </SelectField>
      <TextField id={`${id}-t`} label={t('admission.field.itemTitle')} required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.byField['title']} />
      <TextField id={`${id}-b`} label={t('admission.field.basis')} required maxLength={500} value={basis} onChange={(e) => setBasis(e.target.value)} error={errors.byField['basis']} />
      <div className="form-actions"><button type="submit" className="primary">{t('admission.lists.addButton')}</button></div>
    </form>
  );
}

function Decision({ r }: { r: { status: string; reason: Bilingual; basis: string; missing?: string[] } }) {
  const t = useT();
  return (
    <div className={`notice ${r.status === 'admitted' ? 'notice-ok' : r.status === 'countyReview' ? 'notice-warn' : 'notice-bad'}`}>
      <p><StatusBadge status={r.status} /> {r.reason[t.lang]}</p>
      <p className="small">{t('admission.basis', { basis: r.basis })}</p>
    </div>
  );
}

export function RequestsPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const requests = useApi<WorkRequest[]>(`/api/v1/jurisdictions/${code}/work-requests`);
  const [done, setDone] = useState('');
  const mayFile = can(me, 'admission.file') && node && node.level !== 'village';
  return (
    <>
      <Heading k="nav.admissionRequests" />
      <p role="status" className="ok-note">{done}</p>
      {mayFile && <RequestForm onDone={(r) => void requests.reload().then(() => setDone(t('admission.request.filed', { title: r.title, status: t.dyn(`admission.status.${r.status}`, r.status) })))} />}
      <h2 id="req-h">{t('admission.requests.title')}</h2>
      {requests.error ? <ErrorNote error={requests.error} /> : !requests.data ? <Loading /> : requests.data.length === 0 ? <p>{t('admission.requests.none')}</p> : (
        <ul className="wish-cards">
          {requests.data.map((r) => (
            <li key={r.id} className="wish-card">
              <h3>{r.title} <span className="muted">· {r.department}</span></h3>
              <p>{r.description}</p>
              <p className="small">{r.item ? `${t.dyn(`admission.list.${r.item.list}`, r.item.list)}：${r.item.title}` : t('admission.unlisted')} · {t('admission.villages', { n: r.villageCodes.length })}{r.fundingFen ? ` · ${formatYuan(r.fundingFen, t.lang)}（${r.fundingSource ?? ''}）` : ''}</p>
              <Decision r={r} />
              {r.status === 'countyReview' && can(me, 'admission.decide') && <CountyDecision id={r.id} onDone={(msg) => void requests.reload().then(() => setDone(msg))} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const reqFields = ['department', 'title', 'description', 'listItemId', 'villageCodes', 'fundingFen', 'fundingSource', 'conditions'] as const;
function RequestForm({ onDone }: { onDone: (r: WorkRequest) => void }) {
  const t = useT();
  const id = useId();
  const { code, node } = useAt();
  const lists = useApi<Lists>(`/api/v1/jurisdictions/${code}/duty-lists`);
  const villages = useApi<AdmissionVillage[]>(`/api/v1/jurisdictions/${code}/admission-villages`);
  // A county department's own staff file as their department: the server names it.
  const asDepartment = useMe()!.grants.some((g) => g.department && g.role === 'departmentStaff');
  const [department, setDepartment] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [listItemId, setListItemId] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [yuan, setYuan] = useState('');
  const [fundingSource, setFundingSource] = useState('');
  const [conditions, setConditions] = useState('');
  const [office, setOffice] = useState(false);
  const [staff, setStaff] = useState(false);
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, reqFields);
  const submit = onSubmit(async () => {
    const fen = yuan.trim() ? parseYuanToFen(yuan) : null;
    const r = await api<WorkRequest>(`/api/v1/jurisdictions/${code}/work-requests`, { json: {
      ...(department.trim() ? { department: department.trim() } : {}), title: title.trim(), description: description.trim(), listItemId: listItemId ? Number(listItemId) : null,
      villageCodes: picked, fundingFen: fen, fundingSource: fundingSource.trim() || null, conditions: conditions.trim() || null,
      requiresDedicatedOffice: office, requiresDedicatedStaff: staff,
    } });
    onDone(r);
  });
  const items = lists.data?.lists.flatMap((l) => l.items) ?? [];
  return (
    <form className="form-grid card" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h2 id={`${id}-h`}>{t('admission.request.title')}</h2>
      <p className="hint">{t('admission.request.intro', { at: node?.shortName ?? '' })}</p>
      <ErrorSummary errors={errors} source={error} />
      {asDepartment ? <p className="hint">{t('admission.field.departmentOwn')}</p>
        : <TextField id={`${id}-dep`} label={t('admission.field.department')} required maxLength={100} value={department} onChange={(e) => setDepartment(e.target.value)} error={errors.byField['department']} />}
      <TextField id={`${id}-t`} label={t('admission.field.title')} required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.byField['title']} />
      <TextAreaField id={`${id}-d`} label={t('admission.field.description')} required rows={3} maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.byField['description']} />
      <SelectField id={`${id}-i`} label={t('admission.field.listItem')} value={listItemId} onChange={(e) => setListItemId(e.target.value)} error={errors.byField['listItemId']} hint={t('admission.field.listItemHint')}>
        <option value="">{t('admission.unlisted')}</option>
        {dutyLists.map((l) => (
          <optgroup key={l} label={t.dyn(`admission.list.${l}`, l)}>
            {items.filter((i) => i.list === l).map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
          </optgroup>
        ))}
      </SelectField>
      <fieldset className={errors.byField['villageCodes'] ? 'has-error' : ''}>
        <legend>{t('admission.field.villages')}</legend>
        {errors.byField['villageCodes'] && <p className="field-error">{errors.byField['villageCodes']}</p>}
        {(villages.data ?? []).map((v) => (
          <CheckField key={v.code} id={`${id}-v-${v.code}`} label={v.shortName} checked={picked.includes(v.code)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, v.code] : p.filter((x) => x !== v.code)))} />
        ))}
      </fieldset>
      <TextField id={`${id}-y`} label={t('admission.field.funding')} inputMode="decimal" value={yuan} onChange={(e) => setYuan(e.target.value)} error={errors.byField['fundingFen']} hint={t('admission.field.fundingHint')} />
      <TextField id={`${id}-s`} label={t('admission.field.fundingSource')} maxLength={200} value={fundingSource} onChange={(e) => setFundingSource(e.target.value)} error={errors.byField['fundingSource']} />
      <TextField id={`${id}-c`} label={t('admission.field.conditions')} maxLength={2000} value={conditions} onChange={(e) => setConditions(e.target.value)} error={errors.byField['conditions']} />
      <CheckField id={`${id}-o`} label={t('admission.field.office')} checked={office} onChange={(e) => setOffice(e.target.checked)} />
      <CheckField id={`${id}-st`} label={t('admission.field.staff')} checked={staff} onChange={(e) => setStaff(e.target.checked)} />
      <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('admission.request.submit')}</button></div>
    </form>
  );
}

function CountyDecision({ id: requestId, onDone }: { id: number; onDone: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const [decision, setDecision] = useState<'admit' | 'refuse'>('admit');
  const [list, setList] = useState<'statutoryDuties' | 'assistedMatters'>('assistedMatters');
  const [basis, setBasis] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = useFormErrors(error, ['decision', 'list', 'basis']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await api<WorkRequest>(`/api/v1/work-requests/${requestId}/county-decision`, { json: { decision, ...(decision === 'admit' ? { list } : {}), basis: basis.trim() } });
      onDone(t('admission.decision.done', { status: t.dyn(`admission.status.${r.status}`, r.status) }));
    } catch (err) { setError(err); }
  };
  return (
    <form className="form-grid" aria-label={t('admission.decision.title')} onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} source={error} />
      <SelectField id={`${id}-d`} label={t('admission.decision.title')} value={decision} onChange={(e) => setDecision(e.target.value as 'admit' | 'refuse')}>
        <option value="admit">{t('admission.decision.admit')}</option>
        <option value="refuse">{t('admission.decision.refuse')}</option>
      </SelectField>
      {decision === 'admit' && (
        <SelectField id={`${id}-l`} label={t('admission.field.list')} value={list} onChange={(e) => setList(e.target.value as 'statutoryDuties' | 'assistedMatters')} error={errors.byField['list']}>
          <option value="statutoryDuties">{t('admission.list.statutoryDuties')}</option>
          <option value="assistedMatters">{t('admission.list.assistedMatters')}</option>
        </SelectField>
      )}
      <TextField id={`${id}-b`} label={t('admission.field.basis')} required maxLength={500} value={basis} onChange={(e) => setBasis(e.target.value)} error={errors.byField['basis']} />
      <div className="form-actions"><button type="submit">{t('admission.decision.submit')}</button></div>
    </form>
  );
}

export function TasksPage() {
  const t = useT();
  const me = useMe()!;
  const { code } = useAt();
  const tasks = useApi<Task[]>(`/api/v1/villages/${code}/tasks`);
  const [done, setDone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const refuse = async (task: Task) => {
    setError(null);
    try {
      await api(`/api/v1/tasks/${task.id}/refuse`, { json: {} });
      void tasks.reload().then(() => setDone(t('admission.tasks.refused', { title: task.title })));
    } catch (err) { setError(err); }
  };
  return (
    <>
      <Heading k="nav.admissionTasks" />
      <p role="status" className="ok-note">{done}</p>
      <p className="lead">{t('admission.tasks.intro')}</p>
      <ErrorNote error={error} />
      {tasks.error ? <ErrorNote error={tasks.error} /> : !tasks.data ? <Loading /> : tasks.data.length === 0 ? <p>{t('admission.tasks.none')}</p> : (
        <ul className="wish-cards">
          {tasks.data.map((x) => (
            <li key={x.id} className="wish-card">
              <h2 className="card-title">{x.title} <span className="muted">· {x.department}</span></h2>
              <p>{x.description}</p>
              <p className="small">{x.list ? t.dyn(`admission.list.${x.list}`, x.list) : t('admission.unlisted')}{x.fundingFen ? ` · ${formatYuan(x.fundingFen, t.lang)}（${x.fundingSource ?? ''}）` : ''}{x.conditions ? ` · ${x.conditions}` : ''}</p>
              <Decision r={x} />
              {x.refusalReason && <p className="small">{t('admission.tasks.refusalReason', { reason: x.refusalReason })}</p>}
              {x.mayRefuse && can(me, 'admission.refuse') && <button type="button" onClick={() => void refuse(x)}>{t('admission.tasks.refuse')}<span className="sr-only">：{x.title}</span></button>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function SignboardsPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const village = node?.level === 'village';
  const boards = useApi<VillageSignboard[]>(village ? `/api/v1/villages/${code}/signboards` : null);
  const pending = useApi<Signboard[]>(!village ? `/api/v1/jurisdictions/${code}/signboard-requests` : null);
  const [done, setDone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const remove = async (s: Signboard) => {
    setError(null);
    try {
      await api(`/api/v1/signboards/${s.id}/remove`, { json: {} });
      void boards.reload().then(() => setDone(t('admission.signboards.removed', { name: s.name })));
    } catch (err) { setError(err); }
  };
  const decide = async (s: Signboard, decision: 'admit' | 'refuse') => {
    setError(null);
    try {
      await api(`/api/v1/signboards/${s.id}/county-decision`, { json: { decision, basis: t('admission.signboards.countyBasis') } });
      void pending.reload().then(() => setDone(t('admission.decision.done', { status: t(decision === 'admit' ? 'admission.decision.admit' : 'admission.decision.refuse') })));
    } catch (err) { setError(err); }
  };
  return (
    <>
      <Heading k="nav.signboards" />
      <p role="status" className="ok-note">{done}</p>
      <p className="lead">{t('admission.signboards.intro')}</p>
      <ErrorNote error={error} />
      {village && (boards.error ? <ErrorNote error={boards.error} /> : !boards.data ? <Loading /> : (
        <div className="table-wrap" role="region" aria-label={t('nav.signboards')} tabIndex={0}>
          <table className="data">
            <thead><tr><th scope="col">{t('admission.signboards.name')}</th><th scope="col">{t('admission.signboards.body')}</th><th scope="col">{t('admission.signboards.placement')}</th><th scope="col">{t('admission.signboards.status')}</th></tr></thead>
            <tbody>
              {boards.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th><td>{s.issuingBody}</td><td>{t.dyn(`admission.placement.${s.placement}`, s.placement)}</td>
                  <td>
                    <StatusBadge status={s.status} /> <span className="small">{s.reason[t.lang]}</span>
                    {s.status === 'hanging' && can(me, 'admission.signboard') && <> <button type="button" className="link-button" onClick={() => void remove(s)}>{t('admission.signboards.remove')}<span className="sr-only">：{s.name}</span></button></>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {village && can(me, 'admission.signboard') && <SignboardForm code={code!} onDone={(msg) => void boards.reload().then(() => setDone(msg))} />}
      {!village && (pending.error ? <ErrorNote error={pending.error} /> : !pending.data ? <Loading /> : (
        <section aria-labelledby="pend-h">
          <h2 id="pend-h">{t('admission.signboards.pending')}</h2>
          {pending.data.length === 0 ? <p>{t('admission.signboards.nonePending')}</p> : (
            <ul className="wish-cards">
              {pending.data.map((s) => (
                <li key={s.id} className="wish-card">
                  <h3>{s.name} <span className="muted">· {s.issuingBody}</span></h3>
                  <p className="small">{s.villageCode} · {t.dyn(`admission.placement.${s.placement}`, s.placement)}</p>
                  {can(me, 'admission.decide') && <p><button type="button" onClick={() => void decide(s, 'admit')}>{t('admission.decision.admit')}</button> <button type="button" onClick={() => void decide(s, 'refuse')}>{t('admission.decision.refuse')}</button></p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function SignboardForm({ code, onDone }: { code: string; onDone: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [issuingBody, setIssuingBody] = useState('');
  const [kind, setKind] = useState('department');
  const [placement, setPlacement] = useState<'outside' | 'inside'>('inside');
  const [error, setError] = useState<unknown>(null);
  const errors = useFormErrors(error, ['name', 'issuingBody', 'kind', 'placement']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const s = await api<Signboard>(`/api/v1/villages/${code}/signboards`, { json: { name: name.trim(), issuingBody: issuingBody.trim(), kind, placement } });
      setName(''); setIssuingBody('');
      onDone(t('admission.signboards.filed', { name: s.name, status: t.dyn(`admission.status.${s.status}`, s.status) }));
    } catch (err) { setError(err); }
  };
  return (
    <form className="form-grid card" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-h`}>{t('admission.signboards.request')}</h2>
      <ErrorSummary errors={errors} source={error} />
      <TextField id={`${id}-n`} label={t('admission.signboards.name')} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} error={errors.byField['name']} />
      <TextField id={`${id}-b`} label={t('admission.signboards.body')} required maxLength={100} value={issuingBody} onChange={(e) => setIssuingBody(e.target.value)} error={errors.byField['issuingBody']} />
      <SelectField id={`${id}-k`} label={t('admission.signboards.kind')} value={kind} onChange={(e) => setKind(e.target.value)}>
        {['partyOrganization', 'committee', 'chinaCommunity', 'internalStandard', 'department'].map((k) => <option key={k} value={k}>{t.dyn(`admission.kind.${k}`, k)}</option>)}
      </SelectField>
      <SelectField id={`${id}-p`} label={t('admission.signboards.placement')} value={placement} onChange={(e) => setPlacement(e.target.value as 'outside' | 'inside')}>
        <option value="outside">{t('admission.placement.outside')}</option>
        <option value="inside">{t('admission.placement.inside')}</option>
      </SelectField>
      <div className="form-actions"><button type="submit" className="primary">{t('admission.signboards.submit')}</button></div>
    </form>
  );
}
