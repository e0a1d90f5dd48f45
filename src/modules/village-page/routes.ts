// The village page's one route. Residents open it on cheap phones, so the serialised answer is
// cached in memory (with an ETag) and dropped when the village's data changes; a short TTL
// bounds staleness across app nodes.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Api, ModuleContext } from '../../core/module.ts';
import { normaliseCode } from '../../core/jurisdiction-codes.ts';
import { events } from '../../core/events.ts';
import { getNode, requireVillage } from '../jurisdictions/service.ts';
import { committeeRoster, countResidents } from '../people/service.ts';
import { chinaDate } from '../../core/time.ts';

const TTL_MS = 30_000;
interface Cached { body: string; etag: string; at: number }

export const villagePageSchema = z.object({
  code: z.string(), name: z.string(), shortName: z.string(), kind: z.string().nullable(),
  path: z.array(z.object({ code: z.string(), name: z.string(), level: z.string() })),
  profile: z.object({ population: z.number().nullable(), households: z.number().nullable(), officePhone: z.string().nullable(), officeAddress: z.string().nullable() }).nullable(),
  groups: z.array(z.string()),
  committee: z.array(z.object({ body: z.string(), post: z.string(), name: z.string() })),
  register: z.object({ residents: z.number(), households: z.number() }),
});

export function villagePageRoutes(api: Api, ctx: ModuleContext) {
  const cache = new Map<string, Cached>();
  const drop = (code: string) => cache.delete(code);
  events.on('jurisdiction.changed', drop);
  events.on('people.changed', drop);
  api.addHook('onClose', async () => { events.off('jurisdiction.changed', drop); events.off('people.changed', drop); });

  async function build(code: string): Promise<Cached> {
    await requireVillage(ctx.db, code);
    const today = chinaDate(ctx.now());
    const [node, committee, register] = await Promise.all([getNode(ctx.db, code), committeeRoster(ctx.db, code, today), countResidents(ctx.db, code)]);
    const page: z.infer<typeof villagePageSchema> = {
      code: node.code, name: node.name, shortName: node.shortName, kind: node.kind,
      path: node.path.map(({ code, name, level }) => ({ code, name, level })),
      profile: node.profile, groups: node.groups.map((g) => g.name),
      committee: committee.map(({ body, post, name }) => ({ body, post, name })),
      register,
    };
    const body = JSON.stringify(villagePageSchema.parse(page));
    return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, at: Date.now() };
  }

  api.get('/api/v1/villages/:code/page', {
    config: { public: true },
    schema: {
      tags: ['villagePage'], summary: '村(社区)公开主页 Public page of a village',
      params: z.object({ code: z.string().regex(/^\d{12}$/) }),
      response: { 200: villagePageSchema, 304: z.null() },
    },
  }, async (req, reply) => {
    const code = normaliseCode(req.params.code)!;
    let hit = cache.get(code);
    if (!hit || Date.now() - hit.at > TTL_MS) {
      hit = await build(code);
      cache.set(code, hit);
    }
    reply.header('etag', hit.etag).header('cache-control', 'public, max-age=30');
    if (req.headers['if-none-match'] === hit.etag) return reply.code(304).send(null);
    // Already validated and serialised once when cached: send the bytes as they are.
    return reply.type('application/json; charset=utf-8').serializer((s: unknown) => s as string).send(hit.body as never);
  });
}
