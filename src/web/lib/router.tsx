// A tiny client-side router: the History API, one subscription, path patterns like "/v/:code".
// Enough for this app and a few hundred bytes, instead of a routing library.
import { useEffect, useMemo, useRef, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

const listeners = new Set<() => void>();
let navigatedInApp = false;

function emit() {
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    navigatedInApp = true;
    emit();
  });
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const here = location.pathname + location.search + location.hash;
  if (to === here) return;
  if (opts.replace) {
    history.replaceState(null, '', to);
  } else {
    history.pushState(null, '', to);
    navigatedInApp = true;
    window.scrollTo(0, 0);
  }
  emit();
}

/** True once the user has moved between pages inside the app (not on the first load). */
export const wasNavigated = () => navigatedInApp;

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => { listeners.delete(l); };
};
const snapshot = () => location.pathname + location.search;

export interface Location { path: string; query: URLSearchParams; href: string }

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => {
    const u = new URL(href, location.origin);
    return { path: u.pathname, query: u.searchParams, href };
  }, [href]);
}

/** Matches "/staff/people/:id" against a path; returns the parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const a = p[i]!;
    const b = s[i]!;
    if (a.startsWith(':')) out[a.slice(1)] = decodeURIComponent(b);
    else if (a !== b) return null;
  }
  return out;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; children?: ReactNode };

export function Link({ to, onClick, target, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || target) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} target={target} {...rest} />;
}

/** The page's one h1. Sets the document title and, after an in-app navigation, takes focus
 * so screen readers announce the new page. */
export function PageHeading({ children, title, brand }: { children: ReactNode; title: string; brand: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === brand ? brand : `${title} · ${brand}`;
  }, [title, brand]);
  useEffect(() => {
    if (wasNavigated()) ref.current?.focus();
  }, []);
  return <h1 ref={ref} tabIndex={-1}>{children}</h1>;
}
