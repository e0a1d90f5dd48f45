// Every integration and API test runs once per database backend: embedded PGlite always,
// and the PostgreSQL server named by TEST_DATABASE_URL when it is set (CI sets it). Each run
// gets a fresh, empty database of its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/core/config.ts';

export interface Backend {
  name: 'pglite' | 'postgres';
  /** A config pointing at a fresh empty database, and a cleanup to call afterwards. */
  fresh(): Promise<{ config: Config; cleanup(): Promise<void> }>;
}

export function backends(): Backend[] {
  const list: Backend[] = [{
    name: 'pglite',
    async fresh() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-test-'));
      const config = loadConfig({ GONGZHI_DATA_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
      return { config, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    list.push({
      name: 'postgres',
      async fresh() {
        const name = `gongzhi_test_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const u = new URL(url);
        u.pathname = `/${name}`;
        const config = loadConfig({ DATABASE_URL: u.toString(), GONGZHI_DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent', NODE_ENV: 'test' });
        return {
          config,
          cleanup: async () => {
            const c = new pg.Client({ connectionString: url });
            await c.connect();
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await c.end();
          },
        };
      },
    });
  }
  return list;
}
