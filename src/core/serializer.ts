// Responses are encoded by their declared zod schema (the same schema the OpenAPI document and
// the web app's types come from). A zod object drops keys it does not declare, so a schema that
// forgot a field would silently hide it from the user; under test the encoder refuses instead,
// naming the route and the field, so a response schema can never quietly lose data.
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { createSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Paths (a.b[0].c) present in `before` that `after` no longer has; both are plain JSON. */
export function droppedKeys(before: unknown, after: unknown, at = ''): string[] {
  if (Array.isArray(before)) {
    if (!Array.isArray(after)) return [];
    return before.flatMap((v, i) => droppedKeys(v, after[i], `${at}[${i}]`));
  }
  if (before === null || typeof before !== 'object') return [];
  if (after === null || typeof after !== 'object' || Array.isArray(after)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(before)) {
    const path = at ? `${at}.${k}` : k;
    if (!(k in after)) out.push(path);
    else out.push(...droppedKeys(v, (after as Record<string, unknown>)[k], path));
  }
  return out;
}

export function responseSerializer(strict: boolean): FastifySerializerCompiler<unknown> {
  const encode = createSerializerCompiler({}) as unknown as FastifySerializerCompiler<unknown>;
  if (!strict) return encode;
  return (route) => {
    const inner = encode(route);
    return (data) => {
      const json = inner(data);
      const lost = droppedKeys(JSON.parse(JSON.stringify(data) ?? 'null'), JSON.parse(json));
      if (lost.length > 0) {
        throw new Error(`response schema of ${route.method} ${route.url} (${String(route.httpStatus)}) does not declare ${lost.slice(0, 5).join(', ')}`);
      }
      return json;
    };
  };
}

/** The response of a route that sends a file (PDF, workbook, image): its media types and what
 * it is, so the OpenAPI document describes it like every other response. The bytes are sent as
 * a Buffer or stream, which Fastify never passes through the encoder. */
export function fileResponse(mediaTypes: string | readonly string[], description: string) {
  const types = typeof mediaTypes === 'string' ? [mediaTypes] : mediaTypes;
  return { description, content: Object.fromEntries(types.map((m) => [m, { schema: z.any().meta({ type: 'string', format: 'binary' }) }])) };
}

/** Why a route's declared responses are not a contract, or null when they are: an /api/ route
 * must declare at least one 2xx response with a body schema (or say it sends none, 204), so the
 * OpenAPI document, the web app's types and the encoder all know what it returns. */
export function responseContractGap(route: { url: string; schema?: { hide?: boolean; response?: Record<string | number, unknown> } }): string | null {
  if (!route.url.startsWith('/api/') || route.schema?.hide) return null;
  const declared = Object.keys(route.schema?.response ?? {}).filter((s) => /^2(\d\d|XX)$/.test(s));
  if (declared.length === 0) return 'declares no success response schema';
  return null;
}

/** A text in both languages, as every module's responses carry labels and messages. */
export const bilingualOut = z.object({ 'zh-CN': z.string(), en: z.string() });
