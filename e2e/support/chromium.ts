// A real Chromium for the journeys: Debian's /usr/bin/chromium driven by playwright-core.
// Never skips silently: without the browser the journey fails and says how to install it.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How long a journey waits for a state: long enough for a busy, shared 2-core machine (a 15 s
 * wait failed under load). Journeys wait for states, never for fixed times. */
export const STATE_TIMEOUT_MS = 45_000;

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
