// Errors leave the server as RFC 9457 problem+json. Every problem carries its message in
// both Chinese and English, and validation problems name each offending field and rule,
// so a clerk (zh) and an integrator (en) both know what to fix.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';

export interface Bilingual { 'zh-CN': string; en: string }
export const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

export interface FieldError {
  field: string; // dotted path, e.g. "body.residents.3.idNumber" or "row 5 / 身份证号"
  rule: string; // stable rule id, e.g. "idNumber.checkDigit"
  messages: Bilingual;
}

/** A pure rule's input is impossible (e.g. more votes than people present): a 422 naming the field. */
export class RuleInputError extends Error {
  constructor(readonly field: string, message: string) { super(`${field}: ${message}`); }
}

export type ProblemKind =
  | 'validation' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'locked'
  | 'rate-limited' | 'too-large' | 'internal';

const statusOf: Record<ProblemKind, number> = {
  validation: 422, unauthenticated: 401, forbidden: 403, 'not-found': 404, conflict: 409,
  locked: 423, 'rate-limited': 429, 'too-large': 413, internal: 500,
};

const titles: Record<ProblemKind, Bilingual> = {
  validation: bi('提交的内容有误', 'The request is not valid'),
  unauthenticated: bi('请先登录', 'Please sign in'),
  forbidden: bi('没有权限', 'Not allowed'),
  'not-found': bi('找不到该内容', 'Not found'),
  conflict: bi('与现有数据冲突', 'Conflicts with existing data'),
  locked: bi('账户已被暂时锁定', 'Account temporarily locked'),
  'rate-limited': bi('请求过于频繁', 'Too many requests'),
  'too-large': bi('文件过大', 'Payload too large'),
  internal: bi('服务器内部错误', 'Internal server error'),
};

export class AppError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly messages: Bilingual,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    // The English text plus each field error: readable in logs and test failures.
    super([messages.en, ...errors.map((e) => `${e.field}: ${e.messages.en}`)].join('; '));
  }
  get status(): number { return statusOf[this.kind]; }

  static validation(errors: FieldError[], messages = titles.validation): AppError {
    return new AppError('validation', messages, errors);
  }
  static notFound(what: Bilingual): AppError { return new AppError('not-found', what); }
  static forbidden(messages: Bilingual, extra: Record<string, unknown> = {}): AppError {
    return new AppError('forbidden', messages, [], extra);
  }
  static conflict(messages: Bilingual, errors: FieldError[] = []): AppError {
    return new AppError('conflict', messages, errors);
  }
}

export function fieldError(field: string, rule: string, messages: Bilingual): FieldError {
  return { field, rule, messages };
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  messages: Bilingual;
  errors?: { field: string; rule: string; message: string; messages: Bilingual }[];
  [k: string]: unknown;
}

export type Lang = 'zh-CN' | 'en';
export function langOf(req: FastifyRequest): Lang {
  const h = String(req.headers['accept-language'] ?? '');
  return /^\s*en/i.test(h) ? 'en' : 'zh-CN';
}

export function toProblem(err: AppError, lang: Lang, instance?: string): Problem {
  return {
    type: `https://gongzhi.example/problems/${err.kind}`,
    title: titles[err.kind][lang],
    status: err.status,
    detail: err.messages[lang],
    ...(instance ? { instance } : {}),
    messages: err.messages,
    ...(err.errors.length
      ? { errors: err.errors.map((e) => ({ field: e.field, rule: e.rule, message: e.messages[lang], messages: e.messages })) }
      : {}),
    ...err.extra,
  };
}

const zh = z.locales.zhCN();
const en = z.locales.en();

/** Turns zod issues (from request validation) into field errors with both languages. */
export function zodIssuesToFieldErrors(issues: z.core.$ZodIssue[], prefix: string): FieldError[] {
  return issues.map((issue) => {
    const raw = issue as unknown as Parameters<typeof zh.localeError>[0];
    const msgZh = zh.localeError(raw);
    const msgEn = en.localeError(raw);
    const text = (m: unknown) => (typeof m === 'string' ? m : (m as { message?: string } | undefined)?.message ?? issue.message);
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return fieldError(field, `schema.${issue.code}`, bi(text(msgZh), text(msgEn)));
  });
}

/** Maps anything thrown in a route to problem+json; unknown errors are logged, not leaked. */
export function sendProblem(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const lang = langOf(req);
  let app: AppError;
  if (err instanceof AppError) {
    app = err;
  } else if (err instanceof RuleInputError) {
    app = AppError.validation([fieldError(err.field, 'rules.input', bi(`输入有误：${err.message}`, `Malformed input: ${err.message}`))]);
  } else if (hasZodFastifySchemaValidationErrors(err)) {
    const prefix = (err as { validationContext?: string }).validationContext ?? '';
    // fastify-type-provider-zod puts each zod issue's fields in `params` and its code in `keyword`.
    const issues = err.validation.map((v) => ({ ...(v.params as object), code: v.keyword, message: v.message, path: v.instancePath.split('/').filter(Boolean) }) as unknown as z.core.$ZodIssue);
    app = AppError.validation(zodIssuesToFieldErrors(issues, prefix));
  } else {
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (e.statusCode === 429) app = new AppError('rate-limited', bi('请求过于频繁，请稍后再试', 'Too many requests, try again later'));
    else if (e.statusCode === 413 || e.code === 'FST_REQ_FILE_TOO_LARGE') app = new AppError('too-large', bi('文件超过大小限制', 'The file exceeds the size limit'));
    else if (e.statusCode === 404) app = AppError.notFound(bi('找不到该地址', 'No such route'));
    else if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      app = AppError.validation([], bi(`请求无效：${e.message ?? ''}`, `Bad request: ${e.message ?? ''}`));
    } else {
      req.log.error({ err }, 'unhandled error');
      app = new AppError('internal', bi('服务器出错了，请稍后再试', 'Something went wrong on the server'));
    }
  }
  return reply.code(app.status).type('application/problem+json').send(toProblem(app, lang, req.url));
}
