// Signs a demo account in through the login page, as a person would, and waits for the staff shell.
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './server.ts';

export async function signIn(p: Page, baseUrl: string, username: string): Promise<void> {
  await p.goto(`${baseUrl}/login`);
  await p.getByLabel('用户名').fill(username);
  await p.getByLabel('密码').fill(DEMO_PASSWORD);
  await p.getByRole('button', { name: '登录' }).click();
  await p.waitForURL(/\/staff\?at=\d{12}$/);
}
