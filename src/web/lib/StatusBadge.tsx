// A state shown as a small badge: its label (the server's bilingual label, or the page's own
// message `${keys}.${state}` through t.dyn) and a tone class `${tone}${state}` that colours it.
import type { ReactNode } from 'react';
import { useT } from '../i18n.tsx';

export function StatusBadge({ state, tone, keys, label, className, mark, ...rest }: {
  state: string;
  /** Class prefix for the state's colour, e.g. "pd-" gives "pd-resolved". */
  tone: string;
  /** Message prefix: the label is t.dyn(`${keys}.${state}`), unless `label` is given. */
  keys?: string;
  label?: string;
  /** Extra classes (the family's base colour, e.g. "pd-state"). */
  className?: string;
  /** A symbol before the label, hidden from screen readers (the label says it). */
  mark?: ReactNode;
  'data-testid'?: string;
}) {
  const t = useT();
  const text = label ?? t.dyn(`${keys ?? ''}.${state}`, state);
  return (
    <span className={`badge ${className ? `${className} ` : ''}${tone}${state}`} {...rest}>
      {mark && <span aria-hidden="true">{mark} </span>}{text}
    </span>
  );
}
