// Pieces shared by the staff pages of public disclosure: the section's own navigation,
// status badges (a word and a symbol, never colour alone) and the review timeline.
import { useT, type T } from '../../i18n.tsx';
import type { Status, TimelineEvent } from '../../lib/disclosure.ts';
import { Link, useLocation } from '../../lib/router.tsx';
import { formatDateTime } from '../../lib/ui.tsx';
import { atHref, useAt } from '../at.tsx';
import { can, useMe } from '../session.ts';

const statusMark: Record<Status, string> = { draft: '○', inReview: '…', returned: '↩', approved: '✓', published: '●' };

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return (
    <span className={`badge status status-${status}`}>
      <span aria-hidden="true">{statusMark[status]} </span>{t.dyn(`disclosure.status.${status}`, status)}
    </span>
  );
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

export function TimelineList({ t, events }: { t: T; events: TimelineEvent[] }) {
  return (
    <ol className="timeline review-timeline">
      {events.map((e, i) => (
        <li key={i} className={`tl-${e.action}`}>
          <strong>{t.dyn(`disclosure.action.${e.action}`, e.action)}</strong>{' '}
          <span className="muted small">{t('disclosure.timeline.by', { who: e.actorLabel, role: t.dyn(`role.${e.actorRole}`, e.actorRole), at: formatDateTime(e.at, t.lang) })}</span>
          {e.note && <div className={e.action === 'return' ? 'tl-note tl-reason' : 'tl-note'}>{e.note}</div>}
        </li>
      ))}
    </ol>
  );
}
