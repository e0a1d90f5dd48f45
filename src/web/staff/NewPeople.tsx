// Adding a household and registering a resident into a household.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n.tsx';
import { api, isAbort } from '../lib/api.ts';
import type { ApiResponse } from '../lib/api-types.ts';
import { Link, navigate, PageHeading, useLocation } from '../lib/router.tsx';
import { relations, type HouseholdListItem, type HouseholdPage, type ResidentDetail } from '../lib/types.ts';
import { useDebounced } from '../lib/ui.tsx';
import { atHref, useAt } from './at.tsx';
import { CheckField, ErrorSummary, SelectField, TextField, useFormErrors } from '../lib/forms.tsx';
import { useSubmit } from '../lib/submit.ts';

const householdFields = ['number', 'groupId', 'address'] as const;

export function NewHouseholdPage() {
  const t = useT();
  const { code, node } = useAt();
  const id = useId();
  const [number, setNumber] = useState('');
  const [groupId, setGroupId] = useState('');
  const [address, setAddress] = useState('');
  const { busy, error, run } = useSubmit();
  const errors = useFormErrors(error, householdFields);
  const [created, setCreated] = useState<{ id: number; number: string } | null>(null);
  const f = (k: string) => `${id}-${k}`;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const out = await api<ApiResponse<'/api/v1/jurisdictions/{code}/households', 'post'>>(`/api/v1/jurisdictions/${code}/households`, {
        json: { number: number.trim(), groupId: groupId ? Number(groupId) : null, address: address.trim() || null },
      });
      setCreated(out);
      setNumber('');
      setAddress('');
    });
  };

  return (
    <>
      <p className="back"><Link to={atHref('/staff/people', code)}>{t('resident.back')}</Link></p>
      <PageHeading title={t('household.new.title')} brand={t('app.name')}>{t('household.new.title')}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <div role="status" className="ok-note">
        {created && <p>
          {t('household.new.created', { number: created.number })}{' '}
          <Link to={atHref('/staff/people/new-resident', code, { household: created.id, hn: created.number })}>{t('household.new.addHead')}</Link>
        </p>}
      </div>
      <form onSubmit={(e) => void onSubmit(e)} className="form-grid card" noValidate>
        <ErrorSummary errors={errors} source={error} />
        <TextField id={f('number')} label={t('household.number')} value={number} required maxLength={20} autoComplete="off"
          hint={t('household.numberHint')} onChange={(e) => setNumber(e.target.value)} error={errors.byField.number} />
        <SelectField id={f('groupId')} label={t('people.col.group')} value={groupId} onChange={(e) => setGroupId(e.target.value)} error={errors.byField.groupId}>
          <option value="">{t('household.noGroup')}</option>
          {(node?.groups ?? []).map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
        </SelectField>
        <TextField id={f('address')} label={t('resident.address')} value={address} maxLength={200} onChange={(e) => setAddress(e.target.value)} error={errors.byField.address} />
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('household.new.submit')}</button></div>
      </form>
    </>
  );
}

const residentFields = ['householdId', 'name', 'idNumber', 'phone', 'relationToHead', 'registered', 'habitual', 'partyMember'] as const;

export function NewResidentPage() {
  const t = useT();
  const { code, node } = useAt();
  const { query } = useLocation();
  const id = useId();
  const fixedHousehold = query.get('household');
  const fixedNumber = query.get('hn');
  const [householdId, setHouseholdId] = useState(fixedHousehold ?? '');
  const [hq, setHq] = useState('');
  const householdQuery = useDebounced(hq.trim(), 300);
  const [households, setHouseholds] = useState<HouseholdListItem[]>([]);
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [relation, setRelation] = useState(fixedHousehold ? '' : 'head');
  const [registered, setRegistered] = useState(true);
  const [habitual, setHabitual] = useState(true);
  const [party, setParty] = useState(false);
  const { busy, error, run } = useSubmit();
  const errors = useFormErrors(error, residentFields);
  const f = (k: string) => `${id}-${k}`;

  useEffect(() => {
    if (fixedHousehold) return;
    const ctl = new AbortController();
    api<HouseholdPage>(`/api/v1/jurisdictions/${code}/households?limit=50${householdQuery ? `&q=${encodeURIComponent(householdQuery)}` : ''}`, { signal: ctl.signal })
      .then((p) => {
        setHouseholds(p.items);
        setHouseholdId((cur) => (p.items.some((h) => String(h.id) === cur) ? cur : String(p.items[0]?.id ?? '')));
      }, (e: unknown) => { if (!isAbort(e)) setHouseholds([]); });
    return () => ctl.abort();
  }, [code, householdQuery, fixedHousehold]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const out = await api<ResidentDetail>(`/api/v1/jurisdictions/${code}/residents`, {
        json: {
          householdId: Number(householdId) || 0, name: name.trim(), idNumber: idNumber.trim(), phone: phone.trim() || null,
          relationToHead: relation, registered, habitual, partyMember: party,
        },
      });
      navigate(atHref(`/staff/people/${out.id}`, code));
    }, { keepBusy: true });
  };
  const groups = new Map((node?.groups ?? []).map((g) => [g.id, g.name]));

  return (
    <>
      <p className="back"><Link to={atHref('/staff/people', code)}>{t('resident.back')}</Link></p>
      <PageHeading title={t('resident.new.title')} brand={t('app.name')}>{t('resident.new.title')}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <form onSubmit={(e) => void onSubmit(e)} className="form-grid card" noValidate>
        <ErrorSummary errors={errors} source={error} />
        {fixedHousehold
          ? <p className="lead">{t('resident.new.intoHousehold', { number: fixedNumber ?? fixedHousehold })}</p>
          : (
            <fieldset>
              <legend>{t('resident.new.household')}</legend>
              <TextField id={f('hq')} type="search" label={t('resident.new.findHousehold')} value={hq} maxLength={30} autoComplete="off"
                onChange={(e) => setHq(e.target.value)} />
              <SelectField id={f('householdId')} label={t('resident.new.pickHousehold')} value={householdId} required
                onChange={(e) => setHouseholdId(e.target.value)} error={errors.byField.householdId}
                hint={households.length === 0 ? t('resident.new.noHouseholds') : undefined}>
                {households.length === 0 && <option value="">—</option>}
                {households.map((h) => (
                  <option key={h.id} value={h.id}>
                    {t('resident.new.householdOption', { number: h.number, head: h.headName ?? t('resident.new.noHead'), n: h.members, group: h.groupId !== null ? groups.get(h.groupId) ?? '' : '' })}
                  </option>
                ))}
              </SelectField>
            </fieldset>
          )}
        <TextField id={f('name')} label={t('people.col.name')} value={name} required maxLength={30} autoComplete="off" onChange={(e) => setName(e.target.value)} error={errors.byField.name} />
        <TextField id={f('idNumber')} label={t('people.col.idNumber')} value={idNumber} required maxLength={30} autoComplete="off" spellCheck={false}
          hint={t('resident.new.idHint')} onChange={(e) => setIdNumber(e.target.value)} error={errors.byField.idNumber} />
        <TextField id={f('phone')} label={t('people.col.phone')} value={phone} maxLength={30} inputMode="tel" autoComplete="off" onChange={(e) => setPhone(e.target.value)} error={errors.byField.phone} />
        <SelectField id={f('relationToHead')} label={t('people.col.relation')} value={relation} required onChange={(e) => setRelation(e.target.value)} error={errors.byField.relationToHead}>
          <option value="" disabled>{t('common.choose')}</option>
          {relations.map((x) => <option key={x} value={x}>{t.dyn(`relation.${x}`, x)}</option>)}
        </SelectField>
        <fieldset className="checks">
          <legend>{t('people.col.residence')}</legend>
          <CheckField id={f('registered')} label={t('people.registered')} checked={registered} onChange={(e) => setRegistered(e.target.checked)} error={errors.byField.registered} />
          <CheckField id={f('habitual')} label={t('people.habitual')} checked={habitual} onChange={(e) => setHabitual(e.target.checked)} error={errors.byField.habitual} />
          <CheckField id={f('partyMember')} label={t('people.partyMember')} checked={party} onChange={(e) => setParty(e.target.checked)} error={errors.byField.partyMember} />
        </fieldset>
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('resident.new.submit')}</button></div>
      </form>
    </>
  );
}
