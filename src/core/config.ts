// Configuration comes from environment variables only, validated once at start so that a
// typo fails loudly with the variable's name instead of misbehaving later.
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  // Empty means unset, so `DATABASE_URL= npm start` falls back to the embedded database.
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  GONGZHI_DATA_DIR: z.string().default('./data'),
  // The address residents reach the platform at: printed in QR codes on posters.
  PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Hours a login session lasts without activity.
  SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  // Set to "true" behind HTTPS so cookies carry the Secure flag.
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  NODE_ENV: z.string().default('development'),
  // Behind a reverse proxy: the proxies' addresses (comma-separated IPs/CIDRs, or "loopback")
  // whose X-Forwarded-For is believed. Unset: the client address is the socket's (rate limits).
  TRUST_PROXY: z.string().default(''),
});

export type Config = z.infer<typeof schema> & { dataDir: string };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (PORT= would otherwise become port 0).
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误 / invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.GONGZHI_DATA_DIR) };
}
