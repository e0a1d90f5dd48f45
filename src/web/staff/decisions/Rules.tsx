// /staff/rules — the statute's arithmetic for meeting or election night: enter the numbers and
// see whether a meeting is quorate and a motion passed, the latest day to give notice, whether
// the representatives' composition is lawful, and whether a proposal obliges the committee to
// call a meeting. Each verdict with its reasons and article (the server's own rules, pure).
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n.tsx';
import { api, ApiError, fieldText } from '../../lib/api.ts';
import { SelectField, TextField } from '../../lib/forms.tsx';
import { PageHeading } from '../../lib/router.tsx';
import { ErrorNote, useApi } from '../../lib/ui.tsx';
import {
  addDays, chinaDay, colon, countedKinds, kindLabel, meetingKinds, type Finding, type MeetingKind, type MeetingOutcome, type NoticeOutcome, type Reason, type RepresentativeRegister,
} from '../../public/decisions/model.ts';
import { useAt } from '../at.tsx';
import { DecisionsNav, Reasons, Verdict } from './common.tsx';
import { useSubmit } from '../../lib/submit.ts';

const num = (s: string): number | undefined => (/^\d+$/.test(s.trim()) ? Number(s) : undefined);
const some = <T extends Record<string, number | undefined>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A form that posts to one rule and shows the verdict under it. */
function RuleCard<R>({ name, title, intro, body, children, verdict }: {
  name: string; title: string; intro: string; body: () => unknown; children: ReactNode; verdict: (r: R) => ReactNode;
}) {
  const t = useT();
  const id = useId();
  const [result, setResult] = useState<R | null>(null);
  const { busy, error, onSubmit } = useSubmit();
  const submit = onSubmit(async () => {
    try {
      setResult(await api<R>(`/api/v1/rules/${name}`, { json: body() }));
    } catch (err) { setResult(null); throw err; }
  });
  return (
    <section aria-labelledby={`${id}-h`} className="card rule-card">
      <h2 id={`${id}-h`}>{title}</h2>
      <p className="hint">{intro}</p>
      <form className="form-grid" onSubmit={submit} noValidate>
        {children}
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{t('rules.check')}</button></div>
      </form>
      <div className="rule-result" aria-live="polite">
        {error instanceof ApiError && (
          <div className="error-summary" role="alert">
            <p><strong>{error.text(t.lang)}</strong></p>
            {error.errors.length > 0 && <ul>{error.errors.map((e, i) => <li key={i}><code>{e.field.replace(/^body\./, '')}</code>{colon(t)}{fieldText(e, t.lang)}</li>)}</ul>}
          </div>
        )}
        {error !== null && !(error instanceof ApiError) && <ErrorNote error={error} />}
        {result && verdict(result)}
      </div>
    </section>
  );
}

function Num({ id, label, value, set, hint }: { id: string; label: string; value: string; set: (v: string) => void; hint?: string }) {
  return <TextField id={id} type="number" inputMode="numeric" min={0} label={label} hint={hint} value={value} onChange={(e) => set(e.target.value)} />;
}

function KindSelect({ id, value, set, kinds }: { id: string; value: string; set: (k: MeetingKind) => void; kinds: readonly MeetingKind[] }) {
  const t = useT();
  const { node } = useAt();
  return (
    <SelectField id={id} label={t('decisions.schedule.kind')} value={value} onChange={(e) => set(e.target.value as MeetingKind)}>
      {kinds.map((k) => <option key={k} value={k}>{kindLabel(t, k, node?.kind)}</option>)}
    </SelectField>
  );
}

function MeetingOutcomeRule() {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<MeetingKind>('representativesMeeting');
  const [adults, setAdults] = useState('');
  const [households, setHouseholds] = useState('');
  const [members, setMembers] = useState('');
  const [persons, setPersons] = useState('');
  const [presentHouseholds, setPresentHouseholds] = useState('');
  const [yes, setYes] = useState('');
  const [no, setNo] = useState('');
  const [abstain, setAbstain] = useState('');
  const counted = countedKinds.includes(kind);
  const body = () => {
    const votes = [yes, no, abstain].some((v) => v.trim() !== '') ? { votes: { for: num(yes) ?? 0, against: num(no) ?? 0, abstain: num(abstain) ?? 0 } } : {};
    return {
      kind,
      eligible: some(counted ? { adults: num(adults), households: num(households) } : { members: num(members) }),
      present: some({ persons: num(persons), ...(counted ? { households: num(presentHouseholds) } : {}) }),
      ...votes,
    };
  };
  return (
    <RuleCard<MeetingOutcome> name="meeting-outcome" title={t('rules.outcome.title')} intro={t('rules.outcome.intro')} body={body}
      verdict={(r) => (
        <div className="verdict-box">
          <p>
            <Verdict ok={r.quorate} yes={t('decisions.quorum.yes')} no={t('decisions.quorum.no')} />
            {r.quorumNeeded !== null && <> · {t('decisions.meeting.needed', { n: r.quorumNeeded })}</>}
          </p>
          {r.passed !== null && (
            <p>
              <Verdict ok={r.passed} yes={t('decisions.vote.passed')} no={t('decisions.vote.notPassed')} />
              {r.votesNeeded !== null && <> · {t('decisions.vote.needs', { n: r.votesNeeded })}</>}
            </p>
          )}
          <Reasons reasons={r.reasons} />
        </div>
      )}>
      <KindSelect id={`${id}-k`} value={kind} set={setKind} kinds={meetingKinds} />
      <fieldset className="num-fields">
        <legend>{t('rules.outcome.eligible')}</legend>
        {counted
          ? <>
            <Num id={`${id}-ea`} label={t('rules.outcome.adults')} value={adults} set={setAdults} />
            <Num id={`${id}-eh`} label={t('rules.outcome.households')} value={households} set={setHouseholds} />
          </>
          : <Num id={`${id}-em`} label={t('rules.outcome.members')} value={members} set={setMembers} />}
      </fieldset>
      <fieldset className="num-fields">
        <legend>{t('rules.outcome.present')}</legend>
        <Num id={`${id}-pp`} label={t('rules.outcome.persons')} value={persons} set={setPersons} />
        {counted && <Num id={`${id}-ph`} label={t('rules.outcome.presentHouseholds')} value={presentHouseholds} set={setPresentHouseholds} />}
      </fieldset>
      <fieldset className="num-fields">
        <legend>{t('rules.outcome.votes')}</legend>
        <Num id={`${id}-vf`} label={t('decisions.vote.for')} value={yes} set={setYes} />
        <Num id={`${id}-va`} label={t('decisions.vote.against')} value={no} set={setNo} />
        <Num id={`${id}-vb`} label={t('decisions.vote.abstain')} value={abstain} set={setAbstain} />
      </fieldset>
    </RuleCard>
  );
}

function NoticeRule() {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<MeetingKind>('representativesMeeting');
  const [date, setDate] = useState(addDays(chinaDay(), 10));
  const [localDays, setLocalDays] = useState('');
  const silent = !['villagersAssembly', 'representativesMeeting'].includes(kind);
  return (
    <RuleCard<NoticeOutcome> name="notice-deadline" title={t('rules.notice.title')} intro={t('rules.notice.intro')}
      body={() => ({ kind, meetingDate: date, ...(silent && num(localDays) !== undefined ? { localDays: num(localDays) } : {}) })}
      verdict={(r) => (
        <div className="verdict-box">
          <p><strong>{r.latestNoticeDate
            ? t(r.workingDays ? 'decisions.schedule.latestNoticeWorking' : 'decisions.schedule.latestNotice', { date: r.latestNoticeDate })
            : t('decisions.schedule.noStatutoryNotice')}</strong></p>
          {r.latestNoticeDate && chinaDay() > r.latestNoticeDate && <p className="strong-bad">{t('decisions.schedule.tooLate')}</p>}
          <Reasons reasons={r.reasons} />
        </div>
      )}>
      <div className="form-grid two">
        <KindSelect id={`${id}-k`} value={kind} set={setKind} kinds={meetingKinds} />
        <TextField id={`${id}-d`} type="date" label={t('decisions.schedule.date')} required value={date} onChange={(e) => setDate(e.target.value)} />
        {silent && <Num id={`${id}-l`} label={t('decisions.schedule.localDays')} value={localDays} set={setLocalDays} />}
      </div>
    </RuleCard>
  );
}

function RepresentativesRule() {
  const t = useT();
  const id = useId();
  const { code, node } = useAt();
  const reg = useApi<RepresentativeRegister>(node?.level === 'village' ? `/api/v1/villages/${code}/representatives` : null);
  const [kind, setKind] = useState<'village' | 'community'>(node?.kind === 'community' ? 'community' : 'village');
  const [v, setV] = useState<Record<string, string>>({});
  const fields = ['households', 'groups', 'representatives', 'womenRepresentatives', 'meetingMembers', 'womenMeetingMembers'] as const;
  const fill = () => {
    const c = reg.data?.composition;
    if (!c) return;
    setKind(node?.kind === 'community' ? 'community' : 'village');
    setV({ households: String(c.households), groups: String(c.groups), representatives: String(c.representatives), womenRepresentatives: String(c.women), meetingMembers: String(c.meetingMembers), womenMeetingMembers: String(c.women) });
  };
  return (
    <RuleCard<{ ok: boolean; findings: Finding[] }> name="representatives-check" title={t('rules.reps.title')} intro={t('rules.reps.intro')}
      body={() => ({ kind, ...some(Object.fromEntries(fields.map((f) => [f, num(v[f] ?? '')]))) })}
      verdict={(r) => (
        <div className="verdict-box">
          <p><Verdict ok={r.ok} yes={t('reps.check.ok')} no={t('reps.check.bad')} /></p>
          <Reasons reasons={r.findings} />
        </div>
      )}>
      {reg.data && <p><button type="button" onClick={fill}>{t('rules.reps.fill', { name: node?.shortName ?? '' })}</button></p>}
      <fieldset className="radio-row">
        <legend>{t('rules.reps.kind')}</legend>
        <label><input type="radio" name={`${id}-k`} checked={kind === 'village'} onChange={() => setKind('village')} /> {t('rules.reps.village')}</label>
        <label><input type="radio" name={`${id}-k`} checked={kind === 'community'} onChange={() => setKind('community')} /> {t('rules.reps.community')}</label>
      </fieldset>
      <div className="num-grid">
        {fields.map((f) => <Num key={f} id={`${id}-${f}`} label={t.dyn(`rules.reps.${f}`, f)} value={v[f] ?? ''} set={(x) => setV((o) => ({ ...o, [f]: x }))} />)}
      </div>
    </RuleCard>
  );
}

function CallRule() {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<'villagersAssembly' | 'representativesMeeting'>('villagersAssembly');
  const [v, setV] = useState<Record<string, string>>({});
  const fields = kind === 'villagersAssembly' ? ['villagers', 'representatives', 'signaturesVillagers', 'signaturesRepresentatives'] : ['representatives', 'signaturesRepresentatives'];
  return (
    <RuleCard<{ required: boolean; reasons: Reason[] }> name="meeting-call" title={t('rules.call.title')} intro={t('rules.call.intro')}
      body={() => ({ kind, ...some(Object.fromEntries(fields.map((f) => [f, num(v[f] ?? '')]))) })}
      verdict={(r) => (
        <div className="verdict-box">
          <p><Verdict ok={r.required} yes={t('rules.call.required')} no={t('rules.call.notRequired')} /></p>
          <Reasons reasons={r.reasons} />
        </div>
      )}>
      <KindSelect id={`${id}-k`} value={kind} set={(k) => setKind(k as 'villagersAssembly')} kinds={['villagersAssembly', 'representativesMeeting']} />
      <div className="num-grid">
        {fields.map((f) => <Num key={f} id={`${id}-${f}`} label={t.dyn(`rules.call.${f}`, f)} value={v[f] ?? ''} set={(x) => setV((o) => ({ ...o, [f]: x }))} />)}
      </div>
    </RuleCard>
  );
}

export function RulesPage() {
  const t = useT();
  const title = t('rules.title');
  return (
    <>
      <DecisionsNav />
      <PageHeading title={title} brand={t('app.name')}>{title}</PageHeading>
      <p className="lead">{t('rules.intro')}</p>
      <div className="rules-grid">
        <MeetingOutcomeRule />
        <NoticeRule />
        <RepresentativesRule />
        <CallRule />
      </div>
    </>
  );
}
