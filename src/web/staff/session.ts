// The signed-in account, shared by the login page and the staff shell. `undefined` means
// "not asked yet", `null` means "nobody is signed in".
import { useSyncExternalStore } from 'react';
import { api, ApiError, setCsrfToken } from '../lib/api.ts';
import type { ApiResponse, Item } from '../lib/api-types.ts';
import type { Me } from '../lib/types.ts';

let me: Me | null | undefined;
const listeners = new Set<() => void>();

export function setMe(m: Me | null): void {
  me = m;
  setCsrfToken(m?.csrfToken ?? null);
  for (const l of listeners) l();
}

export function useMe(): Me | null | undefined {
  return useSyncExternalStore((l) => { listeners.add(l); return () => { listeners.delete(l); }; }, () => me);
}

export async function fetchMe(): Promise<void> {
  try {
    setMe(await api<Me>('/api/v1/auth/me'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) setMe(null);
    else throw e;
  }
}

export const can = (m: Me, action: string) => m.actions.includes(action);

/** A staff page as the modules declare it (GET /api/v1/pages). */
export type StaffPage = Item<ApiResponse<'/api/v1/pages'>>;

/** May the account open the page? A page without an action is open to any signed-in account. */
export const mayOpen = (m: Me, page: Pick<StaffPage, 'action'>) => page.action === null || can(m, page.action);
