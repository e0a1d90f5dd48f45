// The timeline of one major matter, rendered from its event log: the six steps of 四议两公开
// (① 提议 ② 商议 ③ 审议 ④ 决议 ⑤ 决议公开 ⑥ 结果公开, with implementation between ⑤ and ⑥),
// each with its dated events, the meetings that decided it and whether they had quorum, the
// resolution and outcome texts, links to the published entries, and the supervisory
// committee's objections, marked. Used by the public matter page and the staff matter page.
import type { ReactNode } from 'react';
import { useT, type T } from '../../i18n.tsx';
import { Link } from '../../lib/router.tsx';
import {
  bi, currentStep, dayOf, paren, kindLabel, stepKeys, stepNumbers, stepOfEvent,
  type Matter, type MeetingSummary, type TimelineRow,
} from './model.ts';

type RowKey = 'start' | 0 | 1 | 2 | 3 | 4 | 'implement' | 5 | 'end';
interface Row { key: RowKey; steps: number[]; events: TimelineRow[]; meetings: MeetingSummary[]; status: 'done' | 'current' | 'todo' | 'skipped' }

const completes: Record<number, string[]> = {
  0: ['propose', 'proposeAndConsult'], 1: ['consult', 'proposeAndConsult'], 2: ['review'], 3: ['resolve'], 4: ['resolutionPublished'], 5: ['outcomePublished'],
};
const meetingStep: Record<string, number> = {
  partyBranchMeeting: 0, committeesMeeting: 1, partyMembersMeeting: 2, representativesMeeting: 3, villagersAssembly: 3, residentsMeeting: 3,
};

export interface TimelineLinks {
  /** Where a meeting's title links to (staff only; the public sees the result in words). */
  meeting?: (id: number) => string;
  /** The published entry of the resolution or outcome. */
  entry: (id: number) => string;
}

function buildRows(m: Matter): Row[] {
  const merged = m.timeline.some((e) => e.type === 'proposeAndConsult');
  const order: RowKey[] = ['start', 0, ...(merged ? [] : [1 as const]), 2, 3, 4, 'implement', 5];
  const rows = new Map<RowKey, Row>(order.map((k) => [k, { key: k, steps: k === 0 && merged ? [0, 1] : typeof k === 'number' ? [k] : [], events: [], meetings: [], status: 'todo' }]));
  const rowOfStep = (s: number): Row => rows.get(merged && s === 1 ? 0 : (s as RowKey))!;
  let last: Row = rows.get('start')!;
  for (const e of m.timeline) {
    let row: Row | undefined;
    const steps = stepOfEvent(e.type);
    if (e.type === 'start') row = rows.get('start');
    else if (steps.length) row = rowOfStep(steps[0]!);
    else if (e.type === 'implement') row = rows.get('implement');
    else if (e.type === 'reject' || e.type === 'withdraw') {
      if (!rows.has('end')) rows.set('end', { key: 'end', steps: [], events: [], meetings: [], status: 'done' });
      row = rows.get('end');
    }
    // Objections and other notes stay with the step the matter had reached.
    (row ?? last).events.push(e);
    if (row) last = row;
  }
  const byDate = [...m.meetings].sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.id - b.id);
  for (const mt of byDate) {
    const s = meetingStep[mt.kind];
    (s === undefined ? last : rowOfStep(s)).meetings.push(mt);
  }
  const happened = new Set(m.timeline.map((e) => e.type));
  const cur = currentStep(m);
  for (const row of rows.values()) {
    if (row.key === 'start' || row.key === 'end') { row.status = 'done'; continue; }
    const done = row.key === 'implement' ? happened.has('implement') : row.steps.every((s) => completes[s]!.some((x) => happened.has(x)));
    if (done) { row.status = 'done'; continue; }
    if (cur === null) { row.status = 'skipped'; continue; }
    const index = row.key === 'implement' ? 4.5 : Math.min(...row.steps);
    const curIndex = m.state === 'resolutionPublished' ? 4.5 : cur;
    row.status = index === curIndex ? 'current' : 'todo';
  }
  return [...rows.values()];
}

/** In words: did the meeting have quorum, and was it held again? */
export function meetingResult(t: T, mt: MeetingSummary, all: MeetingSummary[], decided: Set<number>): string {
  if (mt.status === 'cancelled') return t('decisions.meeting.cancelled');
  if (mt.quorate === null) return mt.status === 'held' ? t('decisions.meeting.heldNoRoll') : t('decisions.meeting.scheduled');
  if (!mt.quorate) {
    const again = all.some((o) => o.id !== mt.id && o.kind === mt.kind && (o.meetingDate > mt.meetingDate || (o.meetingDate === mt.meetingDate && o.id > mt.id)));
    return again ? t('decisions.meeting.noQuorumAgain') : t('decisions.meeting.noQuorum');
  }
  return decided.has(mt.id) ? t('decisions.meeting.quorateDecided') : t('decisions.meeting.quorate');
}

function rowTitle(t: T, row: Row): ReactNode {
  if (row.key === 'start') return t('decisions.tl.start');
  if (row.key === 'end') return t('decisions.tl.end');
  if (row.key === 'implement') return t('decisions.tl.implement');
  return row.steps.map((s) => t.dyn(`decisions.step.${stepKeys[s]}`, stepKeys[s])).join(t('decisions.tl.and'));
}

export function MatterTimeline({ matter, villageKind, links, headingLevel = 3 }: {
  matter: Matter; villageKind: string | null; links: TimelineLinks; headingLevel?: 2 | 3;
}) {
  const t = useT();
  const rows = buildRows(matter);
  const decided = new Set(matter.timeline.map((e) => Number(e.payload['meetingId'])).filter((x) => x > 0));
  const ctx = matter.context;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const published = (id: number | null, step: string) => id !== null && matter.timeline.some((e) => e.type === step);
  return (
    <ol className="mt">
      {rows.map((row) => {
        const nums = row.steps.map((s) => stepNumbers[s]).join('');
        return (
          <li key={String(row.key)} className={`mt-row is-${row.status}${row.events.some((e) => e.type === 'objection') ? ' has-objection' : ''}`}>
            <div className="mt-head">
              <span className="mt-num" aria-hidden="true">{nums || (row.key === 'implement' ? '·' : row.key === 'end' ? '×' : '○')}</span>
              <H className="mt-title">{nums && <span className="sr-only">{t('decisions.tl.stepN', { n: row.steps.map((s) => s + 1).join('、') })} </span>}{rowTitle(t, row)}</H>
              <span className={`mt-status badge st-${row.status}`}>{t.dyn(`decisions.tl.status.${row.status}`, row.status)}</span>
            </div>
            {row.status !== 'done' && typeof row.key === 'number' && (
              <p className="mt-what">{row.steps.map((s) => t.dyn(`decisions.step.${stepKeys[s]}.what`, '')).join(' ')}</p>
            )}
            {row.events.length > 0 && (
              <ul className="mt-events">
                {row.events.map((e) => e.type === 'objection'
                  ? (
                    <li key={e.id} className="mt-objection">
                      <strong><span aria-hidden="true">⚠ </span>{t('decisions.tl.objection')}</strong>{' '}
                      <time dateTime={e.at}>{dayOf(e.at)}</time>
                      {e.note && <span className="mt-note">{e.note}</span>}
                    </li>
                  )
                  : (
                    <li key={e.id}>
                      <time dateTime={e.at}>{dayOf(e.at)}</time>{' '}
                      <strong>{e.type === 'start' ? t('decisions.tl.started') : bi(t, e.toLabel)}</strong>
                      <span className="muted"> · {t.dyn(`role.${e.actorRole}`, e.actorRole)}</span>
                      {e.note && e.type !== 'start' && <span className="mt-note">{e.note}</span>}
                    </li>
                  ))}
              </ul>
            )}
            {row.meetings.length > 0 && (
              <ul className="mt-meetings" aria-label={t('decisions.tl.meetings')}>
                {row.meetings.map((mt) => (
                  <li key={mt.id} className={mt.quorate === false ? 'is-noquorum' : mt.quorate ? 'is-quorate' : ''}>
                    <span className="mt-mdate">{mt.meetingDate}</span>{' '}
                    {links.meeting ? <Link to={links.meeting(mt.id)}>{mt.title}</Link> : <span>{mt.title}</span>}
                    {!mt.title.includes(kindLabel(t, mt.kind, villageKind)) && <span className="muted">{paren(t, kindLabel(t, mt.kind, villageKind))}</span>}
                    <span className="mt-result"><span aria-hidden="true">{mt.quorate === false ? '✗ ' : mt.quorate ? '✓ ' : ''}</span>{meetingResult(t, mt, matter.meetings, decided)}</span>
                  </li>
                ))}
              </ul>
            )}
            {row.key === 3 && ctx.resolution && (
              <div className="mt-text"><strong>{t('decisions.resolution')}</strong><p>{ctx.resolution}</p></div>
            )}
            {row.key === 4 && ctx.resolutionEntryId !== null && (
              published(ctx.resolutionEntryId, 'resolutionPublished')
                ? <p className="mt-link"><Link to={links.entry(ctx.resolutionEntryId)}>{t('decisions.tl.seeResolution', { id: ctx.resolutionEntryId })}</Link></p>
                : <p className="mt-wait">{t('decisions.tl.awaitingSupervisors')}</p>
            )}
            {row.key === 5 && ctx.outcome && (
              <div className="mt-text"><strong>{t('decisions.outcome')}</strong><p>{ctx.outcome}</p></div>
            )}
            {row.key === 5 && ctx.outcomeEntryId !== null && (
              published(ctx.outcomeEntryId, 'outcomePublished')
                ? <p className="mt-link"><Link to={links.entry(ctx.outcomeEntryId)}>{t('decisions.tl.seeOutcome', { id: ctx.outcomeEntryId })}</Link></p>
                : <p className="mt-wait">{t('decisions.tl.awaitingSupervisors')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The six steps at a glance: done, current, to come. */
export function StepStrip({ matter }: { matter: Pick<Matter, 'moves' | 'timeline'> }) {
  const t = useT();
  const happened = new Set(matter.timeline.map((e) => e.type));
  const cur = currentStep(matter);
  return (
    <ol className="step-strip" aria-label={t('decisions.strip.label')}>
      {stepKeys.map((k, i) => {
        const done = completes[i]!.some((x) => happened.has(x));
        const status = done ? 'done' : cur === i ? 'current' : 'todo';
        return (
          <li key={k} className={`is-${status}`} aria-current={status === 'current' ? 'step' : undefined}>
            <span aria-hidden="true">{stepNumbers[i]}</span>
            <span className="step-strip-label">{t.dyn(`decisions.step.${k}`, k)}</span>
            <span className="sr-only">{paren(t, t.dyn(`decisions.tl.status.${status}`, status))}</span>
          </li>
        );
      })}
    </ol>
  );
}
