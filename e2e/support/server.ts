// A real server for the journeys: fresh embedded database (PGlite) in a temp folder, the full
// demo county with its calendar entry for the years ahead, the built web app from dist/web,
// listening on a free port on 127.0.0.1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.ts';
import { createLogger } from '../../src/core/logger.ts';
import { openPlatform, seedDemo } from '../../src/core/platform.ts';
import { startServer, webDir } from '../../src/core/server.ts';
import type { AnyDB } from '../../src/core/db/database.ts';
import { modules } from '../../src/modules/index.ts';
import { enterTestCalendar } from '../../test/support/calendar.ts';

const COUNTY = '500230000000'; // 丰都县, the demo county

export const DEMO_PASSWORD = 'gongzhi-demo';

/** The running server, and its database for what a journey cannot see in a page (e.g. the
 * one-time code that went to the SMS outbox, since no SMS adapter is configured). */
export interface E2EServer { url: string; db: AnyDB; stop(): Promise<void> }

export async function startE2EServer(opts: { now?: () => Date } = {}): Promise<E2EServer> {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) {
    throw new Error(`The web app is not built (${path.join(webDir, 'index.html')} is missing). Run \`npm run build\` before the e2e tests.`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-e2e-'));
  // Always embedded: the journey is about the pages, and PGlite needs no server.
  const config = loadConfig({ GONGZHI_DATA_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0' });
  const platform = await openPlatform({ config, log: createLogger('silent'), modules, role: 'e2e', ...(opts.now ? { now: opts.now } : {}) });
  try {
    await seedDemo(platform, () => {});
    // Journeys run on dates relative to the real today; the years the holiday package does not
    // know come from the county's entry, as they would in production.
    await enterTestCalendar(platform.database.db, COUNTY, platform.now());
    // Journeys encode strictly like the unit and API suites: a field a route's schema does not
    // declare fails the request, so a journey finds an incomplete response schema too.
    const s = await startServer(platform, { port: 0, host: '127.0.0.1', jobs: false, strictResponses: true });
    const url = s.url.replace('0.0.0.0', '127.0.0.1');
    return {
      url,
      db: platform.database.db,
      async stop() {
        await s.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await platform.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
