// axe-core accessibility scan of the current page: serious and critical violations fail the
// journey (with the rule, its help text and the offending nodes printed); minor and moderate
// ones are reported.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }

export async function axeScan(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined'))) {
    await page.addScriptTag({ path: axePath });
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) console.error(`axe violations on ${label}:\n${JSON.stringify(bad, null, 2)}`);
  const minor = violations.filter((v) => !bad.includes(v));
  if (minor.length) console.log(`axe (minor/moderate) on ${label}: ${minor.map((v) => `${v.id}(${v.impact})`).join(', ')}`);
  assert.equal(bad.length, 0, `${label}: ${bad.map((v) => `${v.id} (${v.impact}): ${v.help}`).join('; ')}`);
}
