// The county's service catalogue (服务事项目录): which office handles each service, the kind of
// department its back office is routed to, the documents it needs and the working days promised.
// County officers add and edit; others read.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { CheckField, ErrorSummary, SelectField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { ErrorNote, useApi } from '../../lib/ui.tsx';
import type { CatalogItem } from '../../public/services/model.ts';
import { useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';

const docsOf = (s: string) => s.split(/[、,，;；\n]/).map((x) => x.trim()).filter(Boolean);

/** The kinds of department a back office can be routed to (the API's list); '' is none. */
type Kind = NonNullable<CatalogItem['departmentKind']>;
const kinds: readonly Kind[] = ['civilAffairsOffice', 'ruralEconomyStation', 'judicialOffice', 'policeStation', 'civilAffairsBureau'];
const kindOf = (v: string): Kind | null => (kinds as readonly string[]).includes(v) ? v as Kind : null;

function KindField({ id, value, error, onChange }: { id: string; value: string; error?: string | undefined; onChange(v: string): void }) {
  const t = useT();
  return (
    <SelectField id={id} label={t('services.catalog.backOffice')} hint={t('services.catalog.backOfficeHint')} value={value} error={error} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('services.catalog.departmentKind.none')}</option>
      {kinds.map((k) => <option key={k} value={k}>{t(`services.catalog.departmentKind.${k}`)}</option>)}
    </SelectField>
  );
}

export function CatalogSection() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const list = useApi<CatalogItem[]>(`/api/v1/jurisdictions/${code}/service-catalog?all=true`);
  const edit = node?.level === 'county' && can(me, 'services.catalog');
  return (
    <section aria-labelledby="svc-catalog">
      <h2 id="svc-catalog">{t('services.catalog.title')}</h2>
      <ErrorNote error={list.error} />
      <ul className="svc-list">
        {(list.data ?? []).map((c) => <CatalogRow key={c.id} c={c} edit={edit} reload={list.reload} />)}
      </ul>
      {edit && <AddItem reload={list.reload} />}
    </section>
  );
}

function CatalogRow({ c, edit, reload }: { c: CatalogItem; edit: boolean; reload(): Promise<void> }) {
  const t = useT();
  const id = useId();
  const [office, setOffice] = useState(c.office);
  const [docs, setDocs] = useState(c.documents.join('、'));
  const [days, setDays] = useState(String(c.workingDays));
  const [active, setActive] = useState(c.active);
  const [kind, setKind] = useState<string>(c.departmentKind ?? '');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors(error, ['office', 'documents', 'workingDays', 'active', 'departmentKind']);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    try {
      await api(`/api/v1/service-catalog/${c.id}`, { method: 'PATCH', json: { office: office.trim(), documents: docsOf(docs), workingDays: Number(days), active, departmentKind: kindOf(kind) } });
      setError(null);
      void reload().then(() => setDone(t('services.catalog.saved')));
    } catch (x) { setError(x); }
  };
  return (
    <li className="svc-card">
      <strong>{c.name}</strong> <span className="muted mono">{c.code}</span>{!c.active && <> · {t('services.catalog.inactive')}</>}
      <p className="svc-meta">{t('services.desk.itemInfo', { office: c.office, days: c.workingDays, docs: c.documents.join('、') || '—' })}</p>
      <p className="svc-meta">{t('services.catalog.routedTo', { kind: t(`services.catalog.departmentKind.${c.departmentKind ?? 'none'}`) })}</p>
      {edit && (
        <details>
          <summary>{t('services.catalog.edit')}</summary>
          <form className="form-grid" onSubmit={(e) => void save(e)} noValidate aria-label={t('services.catalog.editFor', { name: c.name })}>
            <ErrorSummary errors={errors} source={error} />
            <TextField id={`${id}-office`} label={t('services.catalog.office')} value={office} error={errors.byField.office} onChange={(e) => setOffice(e.target.value)} />
            <TextField id={`${id}-docs`} label={t('services.catalog.documents')} hint={t('services.catalog.documentsHint')} value={docs} error={errors.byField.documents} onChange={(e) => setDocs(e.target.value)} />
            <TextField id={`${id}-days`} label={t('services.catalog.workingDays')} inputMode="numeric" value={days} error={errors.byField.workingDays} onChange={(e) => setDays(e.target.value)} />
            <KindField id={`${id}-departmentKind`} value={kind} error={errors.byField.departmentKind} onChange={setKind} />
            <CheckField id={`${id}-active`} label={t('services.catalog.active')} checked={active} onChange={(e) => setActive(e.target.checked)} />
            <div className="form-actions"><button type="submit">{t('services.move.submit')}</button></div>
            {done && <p role="status">{done}</p>}
          </form>
        </details>
      )}
    </li>
  );
}

function AddItem({ reload }: { reload(): Promise<void> }) {
  const t = useT();
  const { code } = useAt();
  const id = useId();
  const [f, setF] = useState({ code: '', name: '', office: '', docs: '', days: '', kind: '' });
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors(error, ['code', 'name', 'office', 'documents', 'workingDays', 'departmentKind']);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    try {
      await api(`/api/v1/jurisdictions/${code}/service-catalog`, { json: { code: f.code.trim(), name: f.name.trim(), office: f.office.trim(), documents: docsOf(f.docs), workingDays: Number(f.days), departmentKind: kindOf(f.kind) } });
      setError(null); setF({ code: '', name: '', office: '', docs: '', days: '', kind: '' });
      void reload().then(() => setDone(t('services.catalog.added')));
    } catch (x) { setError(x); }
  };
  return (
    <form className="form-grid svc-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('services.catalog.add')}</h3>
      <ErrorSummary errors={errors} source={error} />
      <TextField id={`${id}-code`} label={t('services.catalog.code')} hint={t('services.catalog.codeHint')} value={f.code} error={errors.byField.code} onChange={set('code')} />
      <TextField id={`${id}-name`} label={t('services.catalog.name')} value={f.name} error={errors.byField.name} onChange={set('name')} />
      <TextField id={`${id}-office`} label={t('services.catalog.office')} value={f.office} error={errors.byField.office} onChange={set('office')} />
      <TextField id={`${id}-docs`} label={t('services.catalog.documents')} hint={t('services.catalog.documentsHint')} value={f.docs} error={errors.byField.documents} onChange={set('docs')} />
      <TextField id={`${id}-days`} label={t('services.catalog.workingDays')} inputMode="numeric" value={f.days} error={errors.byField.workingDays} onChange={set('days')} />
      <KindField id={`${id}-departmentKind`} value={f.kind} error={errors.byField.departmentKind} onChange={(v) => setF((x) => ({ ...x, kind: v }))} />
      <div className="form-actions"><button type="submit">{t('services.catalog.addSubmit')}</button></div>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
