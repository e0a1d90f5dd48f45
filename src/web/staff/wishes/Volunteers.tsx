// /staff/volunteers — volunteering: register oneself as a volunteer, see one's hours and offer a
// micro-service; staff also register social organisations and units and see everyone's hours.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { PageHeading } from '../../lib/router.tsx';
import { ErrorNote, Loading, useApi } from '../../lib/ui.tsx';
import type { ClaimantKind, Profile } from '../../public/wishes/model.ts';
import { useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';

export function VolunteersPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const mine = useApi<Profile[]>('/api/v1/volunteers/mine');
  const staff = can(me, 'wishes.read');
  const all = useApi<Profile[]>(staff ? `/api/v1/villages/${code}/volunteers` : null);
  const [done, setDone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const title = t('nav.volunteers');
  const here = mine.data?.find((p) => p.villageCode === code);
  const register = async () => {
    setError(null);
    try {
      await api(`/api/v1/villages/${code}/volunteers/me`, { json: { kind: 'volunteer' } });
      void mine.reload().then(() => setDone(t('wishes.volunteer.registered')));
    } catch (err) { setError(err); }
  };
  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p role="status" className="ok-note">{done}</p>
      <ErrorNote error={error} />
      <section aria-labelledby="me-h" className="card">
        <h2 id="me-h">{t('wishes.volunteer.me')}</h2>
        {!mine.data ? <Loading /> : here ? (
          <>
            <p>{here.name} · {t.dyn(`wishes.kind.${here.kind}`, here.kind)}</p>
            <p className="strong">{t('wishes.volunteer.hoursTotal', { n: here.hours })}</p>
            <ServiceForm profileId={here.id} onDone={() => setDone(t('wishes.service.done'))} />
          </>
        ) : can(me, 'wishes.volunteer') ? (
          <>
            <p>{t('wishes.volunteer.intro')}</p>
            <button type="button" className="primary" onClick={() => void register()}>{t('wishes.volunteer.register')}</button>
          </>
        ) : <p>{t('wishes.volunteer.notHere')}</p>}
      </section>
      {staff && (
        <section aria-labelledby="all-h">
          <h2 id="all-h">{t('wishes.volunteers.title')}</h2>
          {all.error ? <ErrorNote error={all.error} /> : !all.data ? <Loading /> : (
            <div className="table-wrap" role="region" aria-labelledby="all-h" tabIndex={0}>
              <table className="data">
                <thead><tr><th scope="col">{t('wishes.col.name')}</th><th scope="col">{t('wishes.col.kind')}</th><th scope="col" className="num">{t('wishes.col.hours')}</th></tr></thead>
                <tbody>{all.data.map((p) => <tr key={p.id}><th scope="row">{p.name}</th><td>{t.dyn(`wishes.kind.${p.kind}`, p.kind)}</td><td className="num">{p.hours}</td></tr>)}</tbody>
              </table>
            </div>
          )}
          {can(me, 'wishes.manage') && <OrgForm code={code!} onDone={(name) => void all.reload().then(() => setDone(t('wishes.org.done', { name })))} />}
        </section>
      )}
    </>
  );
}

const serviceFields = ['title', 'description', 'availability'] as const;
function ServiceForm({ profileId, onDone }: { profileId: number; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [availability, setAvailability] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = useFormErrors(error, serviceFields);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api(`/api/v1/volunteers/${profileId}/services`, { json: { title: title.trim(), description: description.trim(), availability: availability.trim() || null } });
      setTitle(''); setDescription(''); setAvailability('');
      onDone();
    } catch (err) { setError(err); }
  };
  return (
    <form className="form-grid" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={`${id}-h`}>{t('wishes.service.title')}</h3>
      <ErrorSummary errors={errors} source={error} />
      <TextField id={`${id}-t`} label={t('wishes.service.name')} required maxLength={60} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.byField['title']} />
      <TextField id={`${id}-d`} label={t('wishes.service.description')} required maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.byField['description']} />
      <TextField id={`${id}-a`} label={t('wishes.service.availability')} maxLength={200} value={availability} onChange={(e) => setAvailability(e.target.value)} error={errors.byField['availability']} />
      <div className="form-actions"><button type="submit">{t('wishes.service.submit')}</button></div>
    </form>
  );
}

const orgFields = ['kind', 'name', 'introduction'] as const;
function OrgForm({ code, onDone }: { code: string; onDone: (name: string) => void }) {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<ClaimantKind>('socialOrganization');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = useFormErrors(error, orgFields);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api(`/api/v1/villages/${code}/volunteers`, { json: { kind, name: name.trim() } });
      const n = name.trim();
      setName('');
      onDone(n);
    } catch (err) { setError(err); }
  };
  return (
    <form className="form-grid card" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={`${id}-h`}>{t('wishes.org.title')}</h3>
      <ErrorSummary errors={errors} source={error} />
      <SelectField id={`${id}-k`} label={t('wishes.col.kind')} value={kind} onChange={(e) => setKind(e.target.value as ClaimantKind)} error={errors.byField['kind']}>
        {(['socialOrganization', 'unit', 'partyMember', 'volunteer'] as const).map((k) => <option key={k} value={k}>{t.dyn(`wishes.kind.${k}`, k)}</option>)}
      </SelectField>
      <TextField id={`${id}-n`} label={t('wishes.col.name')} required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} error={errors.byField['name']} />
      <div className="form-actions"><button type="submit">{t('wishes.org.submit')}</button></div>
    </form>
  );
}
