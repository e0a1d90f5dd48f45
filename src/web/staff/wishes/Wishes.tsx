// /staff/wishes — micro-wishes. A resident sees their own wishes and the open ones they may claim;
// staff see every wish of the village by state and screen the new ones. /staff/wishes/new posts
// a wish (staff may post on a resident's behalf); /staff/wishes/:id takes the next step.
import '../../public/wishes/wishes.css';
import { useId, useState } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, Loading, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { Timeline } from '../../lib/Timeline.tsx';
import { wisherOf, type Profile, type Wall, type Wish, type WishDetail } from '../../public/wishes/model.ts';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { useSubmit } from '../../lib/submit.ts';

function StateBadge({ state }: { state: string }) {
  return <StatusBadge state={state} tone="wish-state-" keys="wishes.state" />;
}

export function WishesPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const staff = can(me, 'wishes.read');
  const all = useApi<Wish[]>(staff ? `/api/v1/villages/${code}/wishes` : null);
  const mine = useApi<Wish[]>('/api/v1/wishes/mine');
  const wall = useApi<Wall>(`/api/v1/villages/${code}/wishes/wall`);
  const title = t('wishes.title');
  const list = (rows: Wish[]) => (
    <ul className="wish-cards">
      {rows.map((w) => (
        <li key={w.id} className="wish-card">
          <h3><Link to={atHref(`/staff/wishes/${w.id}`, code)}>{w.title}</Link> <StateBadge state={w.state} /></h3>
          <p className="muted">{wisherOf(w)} · {formatDateTime(w.createdAt, t.lang)}{w.claimant && <> · {t('wishes.wall.claimedBy', { name: w.claimant.name })}</>}</p>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="inline-links">
        {can(me, 'wishes.post') && <Link className="button-link" to={atHref('/staff/wishes/new', code)}>{t('wishes.new.title')}</Link>}{' '}
        <Link to={`/v/${code}/wishes`}>{t('wishes.wall.link')}</Link>{' '}
        <Link to={atHref('/staff/volunteers', code)}>{t('nav.volunteers')}</Link>
      </p>
      {staff && (
        <section aria-labelledby="screen-h">
          <h2 id="screen-h">{t('wishes.screen.title')}</h2>
          {all.error ? <ErrorNote error={all.error} /> : !all.data ? <Loading /> : (() => {
            const waiting = all.data.filter((w) => w.state === 'submitted');
            return <>
              {waiting.length === 0 ? <p>{t('wishes.screen.none')}</p> : list(waiting)}
              <h2 id="all-h">{t('wishes.all.title')}</h2>
              {list(all.data.filter((w) => w.state !== 'submitted'))}
            </>;
          })()}
        </section>
      )}
      <section aria-labelledby="mine-h">
        <h2 id="mine-h">{t('wishes.mine.title')}</h2>
        {mine.error ? <ErrorNote error={mine.error} /> : !mine.data ? <Loading /> : mine.data.length === 0 ? <p>{t('wishes.mine.none')}</p> : list(mine.data)}
      </section>
      {!staff && (
        <section aria-labelledby="open-h">
          <h2 id="open-h">{t('wishes.open.title')}</h2>
          {wall.data && (wall.data.wishes.filter((w) => w.state === 'published').length === 0 ? <p>{t('wishes.wall.none')}</p> : (
            <ul className="wish-cards">
              {wall.data.wishes.filter((w) => w.state === 'published').map((w) => (
                <li key={w.id} className="wish-card"><h3><Link to={atHref(`/staff/wishes/${w.id}`, code)}>{w.title}</Link></h3><p>{w.description}</p><p className="muted">{t('wishes.wall.by', { name: w.wisher })}</p></li>
              ))}
            </ul>
          ))}
        </section>
      )}
    </>
  );
}

const postFields = ['title', 'description', 'wisherName'] as const;

export function NewWishPage() {
  const t = useT();
  const me = useMe()!;
  const { code } = useAt();
  const id = useId();
  const onBehalfAllowed = can(me, 'wishes.manage');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [wisherName, setWisherName] = useState('');
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, postFields);
  const submit = onSubmit(async () => {
    const w = await api<Wish>(`/api/v1/villages/${code}/wishes`, { json: { title: title.trim(), description: description.trim(), ...(onBehalfAllowed && wisherName.trim() ? { wisherName: wisherName.trim() } : {}) } });
    navigate(atHref(`/staff/wishes/${w.id}`, code, { posted: 1 }));
  }, { keepBusy: true });
  const heading = t('wishes.new.title');
  return (
    <>
      <PageHeading title={heading} brand={t('app.name')}>{heading}</PageHeading>
      <p className="lead">{t('wishes.new.intro')}</p>
      <form className="form-grid wish-form" onSubmit={submit} noValidate aria-label={heading}>
        <ErrorSummary errors={errors} source={error} />
        <TextField id={`${id}-t`} label={t('wishes.field.title')} required maxLength={60} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.byField['title']} hint={t('wishes.field.titleHint')} />
        <TextAreaField id={`${id}-d`} label={t('wishes.field.description')} required maxLength={1000} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.byField['description']} hint={t('wishes.field.descriptionHint')} />
        {onBehalfAllowed && <TextField id={`${id}-w`} label={t('wishes.field.wisherName')} maxLength={40} value={wisherName} onChange={(e) => setWisherName(e.target.value)} error={errors.byField['wisherName']} hint={t('wishes.field.wisherNameHint')} />}
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('wishes.new.submit')}</button></div>
      </form>
    </>
  );
}

export function WishPage({ id }: { id: number }) {
  const t = useT();
  const { code } = useAt();
  const d = useApi<WishDetail>(`/api/v1/wishes/${id}`);
  const [done, setDone] = useState(new URLSearchParams(location.search).get('posted') ? t('wishes.new.done') : '');
  if (d.error) return <ErrorNote error={d.error} />;
  if (!d.data) return <Loading />;
  const { wish: w, actors } = d.data;
  const after = (msg: string) => { void d.reload().then(() => setDone(msg)); };
  return (
    <>
      <p className="back"><Link to={atHref('/staff/wishes', code)}>{t('wishes.back')}</Link></p>
      <PageHeading title={w.title} brand={t('app.name')}>{w.title}</PageHeading>
      <p role="status" className="ok-note">{done}</p>
      <p><StateBadge state={w.state} /></p>
      <dl className="facts">
        <dt>{t('wishes.field.description')}</dt><dd>{w.description}</dd>
        <dt>{t('wishes.field.wisher')}</dt><dd>{wisherOf(w)}{'onBehalf' in w && w.onBehalf && <span className="muted"> {t('wishes.onBehalf')}</span>}</dd>
        {w.claimant && <><dt>{t('wishes.field.claimant')}</dt><dd>{w.claimant.name}</dd></>}
        {'rejectReason' in w && w.rejectReason && <><dt>{t('wishes.field.rejectReason')}</dt><dd>{w.rejectReason}</dd></>}
        {w.fulfilNote && <><dt>{t('wishes.field.note')}</dt><dd>{w.fulfilNote}</dd></>}
        {w.hours != null && <><dt>{t('wishes.field.hours')}</dt><dd>{t('wishes.hours', { n: w.hours })}</dd></>}
        {w.thanks && <><dt>{t('wishes.field.thanks')}</dt><dd>{w.thanks}</dd></>}
      </dl>
      {w.photoUrl && <img className="wish-photo" src={w.photoUrl} alt={t('wishes.photoAlt', { title: w.title })} />}
      <Actions w={w} actors={actors} onDone={after} />
      <h2 id="tl-h">{t('wishes.timeline')}</h2>
      <Timeline lastIsCurrent entries={w.events.map((e, i) => ({
        key: i, at: e.at, when: formatDateTime(e.at, t.lang), label: t.dyn(`wishes.event.${e.event}`, e.event), actor: t.dyn(`wishes.actor.${e.actorRole}`, e.actorRole), note: e.note,
      }))} />
    </>
  );
}

const stepFields = ['reason', 'note', 'hours', 'profileId', 'thanks', 'file'] as const;

function Actions({ w, actors, onDone }: { w: Wish; actors: string[]; onDone: (msg: string) => void }) {
  const t = useT();
  const id = useId();
  const { code } = useAt();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [hours, setHours] = useState('1');
  const [thanks, setThanks] = useState('');
  const [profileId, setProfileId] = useState('');
  const submit = useSubmit();
  const { busy, error } = submit;
  const errors = useFormErrors(error, stepFields);
  const staff = actors.includes('staff');
  const profiles = useApi<Profile[]>(staff && w.state === 'published' ? `/api/v1/villages/${w.villageCode}/volunteers` : null);
  const mineVol = useApi<Profile[]>('/api/v1/volunteers/mine');
  const isVolunteer = actors.includes('volunteer');
  const run = async (event: string, body: Record<string, unknown>, msg: string) => {
    if (await submit.run(() => api(`/api/v1/wishes/${w.id}/${event}`, { json: body }).then(() => true))) onDone(msg);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    if (await submit.run(() => api(`/api/v1/wishes/${w.id}/photo`, { form }).then(() => true))) onDone(t('wishes.photo.done'));
  };
  const forms = [];
  if (w.state === 'submitted' && staff) {
    forms.push(
      <form key="screen" aria-label={t('wishes.screen.form')} onSubmit={(e) => { e.preventDefault(); void run('approve', {}, t('wishes.approve.done')); }}>
        <h2>{t('wishes.screen.form')}</h2>
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('wishes.approve.button')}</button></div>
      </form>,
      <form key="reject" aria-label={t('wishes.reject.button')} onSubmit={(e) => { e.preventDefault(); void run('reject', { reason: reason.trim() }, t('wishes.reject.done')); }}>
        <TextField id={`${id}-r`} label={t('wishes.field.rejectReason')} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.byField['reason']} />
        <div className="form-actions"><button type="submit" disabled={busy}>{t('wishes.reject.button')}</button></div>
      </form>,
    );
  }
  if (w.state === 'published' && (isVolunteer || staff)) {
    forms.push(
      <form key="claim" aria-label={t('wishes.claim.button')} onSubmit={(e) => { e.preventDefault(); void run('claim', profileId ? { profileId: Number(profileId) } : {}, t('wishes.claim.done')); }}>
        <h2>{t('wishes.claim.title')}</h2>
        {staff && profiles.data && (
          <SelectField id={`${id}-p`} label={t('wishes.field.claimant')} value={profileId} onChange={(e) => setProfileId(e.target.value)} error={errors.byField['profileId']} required={!isVolunteer}>
            <option value="">{isVolunteer ? t('wishes.claim.asMe') : t('wishes.claim.choose')}</option>
            {profiles.data.map((p) => <option key={p.id} value={p.id}>{p.name}（{t.dyn(`wishes.kind.${p.kind}`, p.kind)}）</option>)}
          </SelectField>
        )}
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('wishes.claim.button')}</button></div>
      </form>,
    );
  }
  if (w.state === 'published' && !isVolunteer && !staff && !actors.includes('wisher')) {
    forms.push(<p key="become">{mineVol.data && <Link to={atHref('/staff/volunteers', code)}>{t('wishes.claim.becomeVolunteer')}</Link>}</p>);
  }
  if (w.state === 'claimed' && (actors.includes('claimant') || staff)) {
    forms.push(
      <form key="fulfil" aria-label={t('wishes.fulfil.title')} onSubmit={(e) => { e.preventDefault(); void run('fulfil', { note: note.trim() || null, hours: Number(hours) }, t('wishes.fulfil.done')); }}>
        <h2>{t('wishes.fulfil.title')}</h2>
        <div className="field">
          <label htmlFor={`${id}-f`}>{t('wishes.photo.label')}</label>
          <input id={`${id}-f`} type="file" accept="image/jpeg,image/png,image/webp" disabled={busy} onChange={(e) => void upload(e.target.files?.[0])} aria-describedby={`${id}-fh`} />
          <p id={`${id}-fh`} className="hint">{w.photoUrl ? t('wishes.photo.added') : t('wishes.photo.hint')}</p>
          {errors.byField['file'] && <p className="field-error">{errors.byField['file']}</p>}
        </div>
        <TextAreaField id={`${id}-n`} label={t('wishes.field.note')} maxLength={1000} rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={errors.byField['note']} hint={t('wishes.field.noteHint')} />
        <TextField id={`${id}-h`} label={t('wishes.field.hours')} type="number" inputMode="decimal" min={0.5} max={24} step={0.5} required value={hours} onChange={(e) => setHours(e.target.value)} error={errors.byField['hours']} hint={t('wishes.field.hoursHint')} />
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('wishes.fulfil.button')}</button></div>
      </form>,
    );
  }
  if (w.state === 'fulfilled' && actors.includes('wisher')) {
    forms.push(
      <form key="thank" aria-label={t('wishes.thank.title')} onSubmit={(e) => { e.preventDefault(); void run('thank', { thanks: thanks.trim() || null }, t('wishes.thank.done')); }}>
        <h2>{t('wishes.thank.title')}</h2>
        <TextField id={`${id}-th`} label={t('wishes.field.thanks')} maxLength={300} value={thanks} onChange={(e) => setThanks(e.target.value)} error={errors.byField['thanks']} />
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('wishes.thank.button')}</button></div>
      </form>,
    );
  }
  if (w.state === 'claimed' && (actors.includes('claimant') || staff)) {
    forms.push(
      <form key="release" aria-label={t('wishes.release.button')} onSubmit={(e) => { e.preventDefault(); void run('release', { reason: reason.trim() || null }, t('wishes.release.done')); }}>
        <TextField id={`${id}-rr`} label={t('wishes.field.releaseReason')} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.byField['reason']} />
        <div className="form-actions"><button type="submit" disabled={busy}>{t('wishes.release.button')}</button></div>
      </form>,
    );
  }
  if ((w.state === 'submitted' || w.state === 'published') && (actors.includes('wisher') || staff)) {
    forms.push(
      <form key="withdraw" aria-label={t('wishes.withdraw.button')} onSubmit={(e) => { e.preventDefault(); void run('withdraw', {}, t('wishes.withdraw.done')); }}>
        <div className="form-actions"><button type="submit" disabled={busy}>{t('wishes.withdraw.button')}</button></div>
      </form>,
    );
  }
  if (forms.length === 0) return null;
  return <section className="wish-actions" aria-label={t('wishes.actions')}><ErrorSummary errors={errors} source={error} />{forms}</section>;
}
