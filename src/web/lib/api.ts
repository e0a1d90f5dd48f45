// The one way the web app talks to the server. Sends the language, the CSRF token on
// state-changing requests and JSON bodies; turns RFC 9457 problem+json answers into ApiError.
import { currentLang, type Lang } from '../i18n.tsx';

export type Bilingual = Record<Lang, string>;

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
  messages?: Bilingual;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  messages?: Bilingual;
  errors?: FieldProblem[];
  [k: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
  /** 0 when the server could not be reached at all. */
  get network(): boolean { return this.status === 0; }
  get errors(): FieldProblem[] { return this.problem.errors ?? []; }
  /** The problem's message in the given language (the server also localises `detail`). */
  text(lang: Lang): string {
    return this.problem.messages?.[lang] ?? this.problem.detail ?? this.problem.title ?? this.message;
  }
}

/** A field error's message in the given language. */
export const fieldText = (e: FieldProblem, lang: Lang): string => e.messages?.[lang] ?? e.message;

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) { csrfToken = token; }

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  method?: string;
  json?: unknown;
  form?: FormData;
  signal?: AbortSignal;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? (opts.json !== undefined || opts.form ? 'POST' : 'GET');
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'accept-language': currentLang() };
  if (unsafe.has(method)) {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    // Multipart bodies set their own content type (with the boundary).
    if (!opts.form) headers['content-type'] = 'application/json';
  }
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.json !== undefined) body = JSON.stringify(opts.json);
  else if (unsafe.has(method)) body = '{}';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body ?? null, credentials: 'same-origin', ...(opts.signal ? { signal: opts.signal } : {}) });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, { detail: (e as Error).message });
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data: unknown = type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) {
    const problem: Problem = data && typeof data === 'object' ? (data as Problem) : { status: res.status, detail: typeof data === 'string' ? data : '' };
    throw new ApiError(res.status, problem);
  }
  return data as T;
}

export const isAbort = (e: unknown): boolean => (e as Error | null)?.name === 'AbortError';
