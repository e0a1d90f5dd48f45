// Pieces shared by the staff pages of democratic decisions: the section's navigation, a
// verdict with its reasons (rule and article), and the label of a step.
import '../../public/decisions/decisions.css';
import './staff-decisions.css';
import { useT, type T } from '../../i18n.tsx';
import { Link, useLocation } from '../../lib/router.tsx';
import { colon, stepKeys, stepNumbers, stepOfEvent, type Reason } from '../../public/decisions/model.ts';
import { atHref, useAt } from '../at.tsx';

/** The sub-pages of the section, for the selected village. */
export function DecisionsNav() {
  const t = useT();
  const { path } = useLocation();
  const { code, node } = useAt();
  const links: [string, string][] = [
    ['/staff/decisions', t('decisions.nav.matters')],
    ['/staff/rules', t('decisions.nav.rules')],
  ];
  const current = (p: string) => (p === '/staff/decisions' ? path === p || path.startsWith('/staff/decisions/') : path === p);
  return (
    <nav aria-label={t('decisions.nav.label')} className="sub-nav">
      <ul>
        {links.map(([p, label]) => (
          <li key={p}><Link to={atHref(p, code)} aria-current={current(p) ? 'page' : undefined}>{label}</Link></li>
        ))}
        {node?.level === 'village' && <li className="sub-nav-public"><Link to={`/v/${node.code}/decisions`}>{t('decisions.nav.public')}</Link></li>}
      </ul>
    </nav>
  );
}

/** "③ 审议" for a step event (and "①② 提议、商议" for the joint one). */
export function stepLabel(t: T, event: string): string {
  const steps = stepOfEvent(event);
  if (!steps.length) return t.dyn(`decisions.event.${event}`, event);
  if (event === 'requestResolutionPublication' || event === 'requestOutcomePublication' || event === 'resolutionPublished' || event === 'outcomePublished') {
    return `${stepNumbers[steps[0]!]} ${t.dyn(`decisions.event.${event}`, event)}`;
  }
  return `${steps.map((s) => stepNumbers[s]).join('')} ${steps.map((s) => t.dyn(`decisions.step.${stepKeys[s]}`, '')).join(t('decisions.tl.and'))}`;
}

/** The reasons of a verdict: what the rule says, where it stands in the law. */
export function Reasons({ reasons, lang }: { reasons: (Reason & { ok?: boolean })[]; lang?: string }) {
  const t = useT();
  if (!reasons.length) return null;
  // The server states the rules in Chinese; say so to assistive technology in English mode.
  return (
    <ul className="reasons" lang={lang ?? 'zh-CN'}>
      {reasons.map((r, i) => (
        <li key={`${r.rule}-${i}`} className={r.ok === undefined ? '' : r.ok ? 'is-ok' : 'is-bad'}>
          {r.ok !== undefined && <span className="verdict-mark" aria-hidden="true">{r.ok ? '✓' : '✗'}</span>}
          {r.ok !== undefined && <span className="sr-only">{r.ok ? t('decisions.check.pass') : t('decisions.check.fail')}{colon(t)}</span>}
          <span>{r.message}</span>
          {r.article && r.article !== '—' && <span className="reason-article">{r.article}</span>}
        </li>
      ))}
    </ul>
  );
}

/** A yes/no verdict in words and a symbol, never colour alone. */
export function Verdict({ ok, yes, no }: { ok: boolean | null; yes: string; no: string }) {
  if (ok === null) return null;
  return <strong className={`verdict ${ok ? 'is-ok' : 'is-bad'}`}><span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>{ok ? yes : no}</strong>;
}
