// Who is reading a public page: nobody, or a signed-in account (a resident who may comment
// and propose a topic). Asked once per page load; never redirects to the login page.
import { useEffect, useState } from 'react';
import { api, setCsrfToken } from '../../lib/api.ts';
import type { Me } from '../../lib/types.ts';

let cached: Promise<Me | null> | null = null;

function whoAmI(): Promise<Me | null> {
  // Only an answer with an account is kept: after signing in, the next page asks again.
  cached ??= api<Me>('/api/v1/auth/me').then((me) => { setCsrfToken(me.csrfToken); return me; }, () => { cached = null; return null; });
  return cached;
}

/** undefined while asking; null when nobody is signed in. */
export function useViewer(): Me | null | undefined {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void whoAmI().then((m) => { if (live) setMe(m); });
    return () => { live = false; };
  }, []);
  return me;
}

export const loginHref = () => `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
