// The bell in the staff header: in-app notifications (reminders, escalations, new questions)
// from the outbox. A disclosure button opens the list; opening one marks it read and follows
// its link. Escape closes the list and returns focus to the button.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n.tsx';
import { api } from '../lib/api.ts';
import type { Notification } from '../lib/disclosure.ts';
import { navigate } from '../lib/router.tsx';
import { ErrorNote, formatDateTime, useApi } from '../lib/ui.tsx';

export function NotificationBell() {
  const t = useT();
  const id = useId();
  const list = useApi<Notification[]>('/api/v1/notifications');
  const [open, setOpen] = useState(false);
  const [read, setRead] = useState<Set<number>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { reload } = list;
  useEffect(() => { const h = setInterval(reload, 120_000); return () => clearInterval(h); }, [reload]);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => { if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const items = list.data ?? [];
  const isRead = (n: Notification) => n.readAt !== null || read.has(n.id);
  const unread = items.filter((n) => !isRead(n)).length;
  const markRead = async (n: Notification) => {
    if (isRead(n)) return;
    try {
      await api(`/api/v1/notifications/${n.id}/read`, { method: 'POST' });
      setRead((s) => new Set(s).add(n.id));
    } catch (e) { setError(e); }
  };
  const follow = async (n: Notification) => {
    await markRead(n);
    setOpen(false);
    if (n.link) navigate(n.link);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) { e.stopPropagation(); setOpen(false); button.current?.focus(); }
  };

  return (
    <div className="bell" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="bell-button" aria-expanded={open} aria-controls={`${id}-panel`}
        onClick={() => { setOpen((o) => !o); if (!open) reload(); }}>
        <svg className="bell-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>{' '}{t('notifications.button')}
        {unread > 0 && <span className="bell-count"> {t('notifications.unread', { n: unread })}</span>}
      </button>
      <div ref={panel} id={`${id}-panel`} className="bell-panel" hidden={!open}>
        <h2 className="bell-title">{t('notifications.title')}</h2>
        <ErrorNote error={error ?? list.error} />
        {items.length === 0 ? <p className="muted">{t('notifications.none')}</p> : (
          <ul className="plain-list bell-list">
            {items.map((n) => (
              <li key={n.id} className={isRead(n) ? 'is-read' : 'is-unread'}>
                <p className="bell-subject">
                  {!isRead(n) && <span className="badge bell-new">{t('notifications.new')}</span>} {n.subject}
                </p>
                <p className="bell-body">{n.body}</p>
                <p className="bell-foot">
                  <span className="muted small">{formatDateTime(n.createdAt, t.lang)}</span>
                  {n.link && <button type="button" className="link-button" onClick={() => void follow(n)}>{t('notifications.open')}</button>}
                  {!isRead(n) && <button type="button" className="link-button" onClick={() => void markRead(n)}>{t('notifications.markRead')}</button>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
