// /staff/decisions — the major matters of one village (where each stands, what comes next),
// starting a new one (from the list of matters that must go through 四议两公开), and every
// meeting of the village.
import { useId, useState } from 'react';
import { useT } from '../../i18n.tsx';
import { api } from '../../lib/api.ts';
import { ErrorSummary, SelectField, TextAreaField, TextField, useFormErrors } from '../../lib/forms.tsx';
import { Link, navigate, PageHeading } from '../../lib/router.tsx';
import { ErrorNote, formatDateTime, useApi } from '../../lib/ui.tsx';
import { StatusBadge } from '../../lib/StatusBadge.tsx';
import { bi, kindLabel, paren, stepOptions, type Matter, type MatterListItem, type MatterType, type MeetingSummary } from '../../public/decisions/model.ts';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';
import { DecisionsNav, stepLabel } from './common.tsx';
import { useSubmit } from '../../lib/submit.ts';

export function MattersPage() {
  const t = useT();
  const me = useMe()!;
  const { code, node } = useAt();
  const matters = useApi<MatterListItem[]>(`/api/v1/villages/${code}/matters`);
  const meetings = useApi<MeetingSummary[]>(`/api/v1/villages/${code}/meetings`);
  const [adding, setAdding] = useState(false);
  const title = t('decisions.staff.title');
  const names = new Map((matters.data ?? []).map((m) => [m.id, m.title]));
  return (
    <>
      <DecisionsNav />
      <PageHeading title={`${title} · ${node?.shortName ?? ''}`} brand={t('app.name')}>{title}<span className="h1-sub">{node?.shortName}</span></PageHeading>
      <p className="lead">{t('decisions.staff.intro')}</p>
      {can(me, 'decisions.propose') && (adding
        ? <NewMatter code={code!} onCancel={() => setAdding(false)} />
        : <p><button type="button" className="primary" onClick={() => setAdding(true)}>{t('decisions.staff.new')}</button></p>)}

      <ErrorNote error={matters.error} />
      <p role="status" className="muted result-count">
        {matters.loading ? t('common.loading') : (matters.data?.length ?? 0) === 0 ? t('decisions.staff.none') : t('decisions.staff.count', { n: matters.data!.length })}
      </p>
      {matters.data && matters.data.length > 0 && (
        <div className="table-wrap" role="region" aria-label={t('decisions.staff.caption', { name: node?.shortName ?? '' })} tabIndex={0}>
          <table className="data matters-table">
            <caption>{t('decisions.staff.caption', { name: node?.shortName ?? '' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.number')}</th>
                <th scope="col">{t('decisions.col.title')}</th>
                <th scope="col">{t('decisions.col.state')}</th>
                <th scope="col">{t('decisions.col.next')}</th>
                <th scope="col">{t('decisions.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {matters.data.map((m) => {
                const next = stepOptions(m, node?.kind);
                return (
                  <tr key={m.id}>
                    <td className="num">{m.id}</td>
                    <th scope="row" className="title-cell"><Link to={atHref(`/staff/decisions/${m.id}`, code)}>{m.title}</Link></th>
                    <td><StatusBadge state={m.state} tone="pd-" className="pd-state" label={bi(t, m.stateLabel)} /></td>
                    <td>{next.length ? (next[0]!.waiting ? t('decisions.staff.waitingSupervisors') : stepLabel(t, next[0]!.event)) : <span className="muted">—</span>}</td>
                    <td>{formatDateTime(m.updatedAt, t.lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="meetings-h">{t('decisions.staff.meetings')}</h2>
      <ErrorNote error={meetings.error} />
      {meetings.data?.length === 0 && <p>{t('decisions.staff.noMeetings')}</p>}
      {meetings.data && meetings.data.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="meetings-h" tabIndex={0}>
          <table className="data meetings-table">
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.date')}</th>
                <th scope="col">{t('decisions.col.meeting')}</th>
                <th scope="col">{t('decisions.col.kind')}</th>
                <th scope="col">{t('decisions.col.status')}</th>
                <th scope="col">{t('decisions.col.quorum')}</th>
                <th scope="col">{t('decisions.col.matter')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.data.map((mt) => (
                <tr key={mt.id}>
                  <td className="date-cell">{mt.meetingDate}</td>
                  <th scope="row" className="title-cell"><Link to={atHref(`/staff/decisions/meetings/${mt.id}`, code)}>{mt.title}</Link></th>
                  <td>{kindLabel(t, mt.kind, node?.kind)}</td>
                  <td>{t.dyn(`decisions.meetingStatus.${mt.status}`, mt.status)}</td>
                  <td>{mt.quorate === null ? <span className="muted">—</span> : mt.quorate ? t('decisions.quorum.yes') : <strong className="strong-bad">{t('decisions.quorum.no')}</strong>}</td>
                  <td>{mt.procedureId ? <Link to={atHref(`/staff/decisions/${mt.procedureId}`, code)}>{names.get(mt.procedureId) ?? `#${mt.procedureId}`}</Link> : <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const fields = ['title', 'description', 'matterTypeId'] as const;

function NewMatter({ code, onCancel }: { code: string; onCancel: () => void }) {
  const t = useT();
  const id = useId();
  const types = useApi<MatterType[]>(`/api/v1/jurisdictions/${code}/matter-types`);
  const { busy, error, onSubmit } = useSubmit();
  const errors = useFormErrors(error, fields);
  const submit = onSubmit(async (e) => {
    const f = new FormData(e.currentTarget);
    const type = String(f.get('matterTypeId') ?? '');
    const m = await api<Matter>(`/api/v1/villages/${code}/matters`, {
      json: { title: String(f.get('title') ?? '').trim(), description: String(f.get('description') ?? '').trim(), matterTypeId: type ? Number(type) : null },
    });
    navigate(atHref(`/staff/decisions/${m.id}`, code));
  }, { keepBusy: true });
  return (
    <form className="form-grid card new-matter" aria-labelledby={`${id}-h`} onSubmit={submit}>
      <h2 id={`${id}-h`}>{t('decisions.staff.new')}</h2>
      <ErrorSummary errors={errors} source={error} />
      <SelectField id="matterTypeId" label={t('decisions.matter.type')} hint={t('decisions.matter.typeHint')} defaultValue="" error={errors.byField['matterTypeId']}>
        <option value="">{t('decisions.matter.typeOther')}</option>
        {(types.data ?? []).map((mt) => <option key={mt.id} value={mt.id}>{mt.title}{paren(t, mt.basis)}</option>)}
      </SelectField>
      <TextField id="title" label={t('decisions.matter.title')} required minLength={2} maxLength={120} error={errors.byField['title']} />
      <TextAreaField id="description" label={t('decisions.matter.description')} hint={t('decisions.matter.descriptionHint')} required minLength={2} maxLength={5000} rows={4} error={errors.byField['description']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{t('decisions.staff.create')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
