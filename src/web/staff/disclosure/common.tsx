// Pieces shared by the staff pages of public disclosure: the section's own navigation,
// status badges (a word and a symbol, never colour alone) and the review timeline.
import { useT, type T } from '../../i18n.tsx';
import type { Status, TimelineEvent } from '../../lib/disclosure.ts';
import { Link, useLocation } from '../../lib/router.tsx';
import { formatDateTime } from '../../lib/ui.tsx';
import { Timeline } from '../../lib/Timeline.tsx';
import { StatusBadge as Badge } from '../../lib/StatusBadge.tsx';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';

const statusMark: Record<Status, string> = { draft: '○', inReview: '…', returned: '↩', approved: '✓', published: '●' };

export function StatusBadge({ status }: { status: Status }) {
  return <Badge state={status} tone="status-" className="status" keys="disclosure.status" mark={statusMark[status]} />;
}

/** The sub-pages of the section, for the selected village. */
export function DisclosureNav() {
  const t = useT();
  const me = useMe()!;
  const { path } = useLocation();
  const { code, node } = useAt();
  const links: [string, string][] = [
    ['/staff/disclosure', t('disclosure.nav.entries')],
    ['/staff/disclosure/review', t('disclosure.nav.review')],
    ['/staff/disclosure/calendar', t('disclosure.nav.calendar')],
    ['/staff/disclosure/feedback', t('disclosure.nav.feedback')],
  ];
  const current = (p: string) => (p === '/staff/disclosure' ? path === p || /^\/staff\/disclosure\/(\d+|new)$/.test(path) : path === p);
  return (
    <nav aria-label={t('disclosure.nav.label')} className="sub-nav">
      <ul>
        {links.map(([p, label]) => (
          <li key={p}><Link to={atHref(p, code)} aria-current={current(p) ? 'page' : undefined}>{label}</Link></li>
        ))}
        {can(me, 'disclosure.draft') && <li className="sub-nav-action"><Link to={atHref('/staff/disclosure/new', code)} className="button-link">{t('disclosure.new')}</Link></li>}
        {node?.level === 'village' && <li className="sub-nav-public"><Link to={`/v/${node.code}`}>{t('disclosure.nav.public')}</Link></li>}
      </ul>
    </nav>
  );
}

/** The review log; the time is inside the "by whom" line, as the message words it. */
export function TimelineList({ t, events }: { t: T; events: TimelineEvent[] }) {
  return (
    <Timeline className="review-timeline" lastIsCurrent entries={events.map((e, i) => ({
      key: i, className: `tl-${e.action}`, label: t.dyn(`disclosure.action.${e.action}`, e.action), note: e.note,
      actor: t('disclosure.timeline.by', { who: e.actorLabel, role: t.dyn(`role.${e.actorRole}`, e.actorRole), at: formatDateTime(e.at, t.lang) }),
    }))} />
  );
}
