// One event log, the same everywhere: an ordered list, each entry its date, what happened,
// who did it and a note; the entry that is the current state marked (aria-current="step").
// Used by public pages too, so it imports nothing but React and its own few CSS rules.
import type { ReactNode } from 'react';
import './timeline.css';

export interface TimelineEntry {
  key: string | number;
  /** Machine-readable date or date-time (the <time> element's dateTime); without it no date is shown. */
  at?: string;
  /** The date as shown. */
  when?: string;
  label: ReactNode;
  /** Who did it: a role, a name, or "name · role · time". */
  actor?: ReactNode;
  note?: ReactNode;
  /** Anything else under the entry (a moved due date, a link). */
  extra?: ReactNode;
  /** The step the matter is at now. */
  current?: boolean;
  /** A tone for the entry's marker and note, e.g. "tl-return". */
  className?: string;
}

/** `lastIsCurrent`: the log's last entry is where things stand now (a process still under way). */
export function Timeline({ entries, className, label, lastIsCurrent }: { entries: readonly TimelineEntry[]; className?: string; label?: string; lastIsCurrent?: boolean }) {
  return (
    <ol className={className ? `tl ${className}` : 'tl'} aria-label={label}>
      {entries.map((e, i) => {
        const current = e.current ?? (lastIsCurrent && i === entries.length - 1);
        return (
          <li key={e.key} className={[current ? 'is-current' : '', e.className ?? ''].filter(Boolean).join(' ') || undefined} aria-current={current ? 'step' : undefined}>
            {e.at && <><time dateTime={e.at}>{e.when ?? e.at}</time>{' '}</>}
            <strong>{e.label}</strong>
            {e.actor && <span className="muted"> · {e.actor}</span>}
            {e.note && <div className="tl-note">{e.note}</div>}
            {e.extra}
          </li>
        );
      })}
    </ol>
  );
}

