// gongzhi: the operator's command line. Every command exits non-zero with a clear message
// (Chinese and English) on error.
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig, ConfigError, type Config } from '../core/config.ts';
import { createLogger } from '../core/logger.ts';
import { openPlatform, isEmpty, seedDemo, type Platform } from '../core/platform.ts';
import { startServer } from '../core/server.ts';
import { AppError } from '../core/errors.ts';
import { write } from '../core/access/guard.ts';
import { createAccount, createDepartment, grantRole } from '../core/access/service.ts';
import { departmentKinds } from '../core/access/roles.ts';
import { getSetting } from '../core/settings.ts';
import { normaliseCode } from '../core/jurisdiction-codes.ts';
import { modules } from '../modules/index.ts';
import { importDivisions } from '../modules/jurisdictions/divisions.ts';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runRule } from '../core/rules.ts';
import { loadCalendar } from '../core/calendar/store.ts';
import { DataDirBusyError, peekOwner } from '../core/db/lock.ts';
import { verifyChain, villagesWithLedger } from '../core/ledger/ledger.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
const operator = (what: string) => ({ accountId: null, label: `cli:${process.env.USER ?? 'operator'}`, role: 'operator', code: null, what });

async function withPlatform<T>(fn: (p: Platform) => Promise<T>, config: Config = loadConfig()): Promise<T> {
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const p = await openPlatform({ config, log, modules, role: 'cli' });
  try { return await fn(p); } finally { await p.close(); }
}

async function printDemoAccounts(p: Platform) {
  const demo = await getSetting<{ password: string; accounts: { username: string; role: string; code: string; displayName: string }[] }>(p.database.db, 'demoAccounts');
  if (!demo) return;
  out(`演示账户 Demo accounts (密码 password: ${demo.password})`);
  for (const a of demo.accounts) out(`  ${a.username.padEnd(20)} ${a.role.padEnd(17)} ${a.code}  ${a.displayName}`);
}

const program = new Command('gongzhi').description('共治 gongzhi: village and community self-governance platform');

program.command('start').description('启动服务器（空数据库时载入演示县） Start the server (loads the demo county on an empty database)')
  .addOption(new Option('--no-demo', 'do not load the demo county on an empty database'))
  .action(async (opts: { demo: boolean }) => {
    const config = loadConfig();
    const log = createLogger(config.LOG_LEVEL);
    const p = await openPlatform({ config, log, modules, role: 'server', port: config.PORT });
    try {
      if (opts.demo && process.env.GONGZHI_NO_DEMO !== '1' && await isEmpty(p)) {
        out('首次启动，载入演示数据：丰都县 First start: loading the demo county 丰都县 (500230)…');
        await seedDemo(p, out);
      }
      const s = await startServer(p, { port: config.PORT, host: config.HOST });
      out(`共治 gongzhi 已启动 is running: http://localhost:${new URL(s.url).port}  (${p.database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'})`);
      await printDemoAccounts(p);
      let signalled = false;
      for (const sig of ['SIGINT', 'SIGTERM'] as const) {
        process.on(sig, () => {
          if (signalled) return;
          signalled = true;
          out('正在停止… stopping…');
          s.stop().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
        });
      }
    } catch (e) {
      await p.close();
      throw e;
    }
  });

program.command('migrate').description('应用数据库迁移 Apply database migrations').action(async () => {
  await withPlatform(async () => out('数据库已是最新 Database is up to date'));
});

program.command('demo').description('载入演示县 丰都县 Load the demo county').action(async () => {
  await withPlatform(async (p) => {
    if (!(await isEmpty(p))) throw new AppError('conflict', { 'zh-CN': '数据库中已有账户，演示数据只能载入空数据库', en: 'The database already has accounts; the demo loads only into an empty database' });
    await seedDemo(p, out);
    await printDemoAccounts(p);
  });
});

const imp = program.command('import').description('导入数据 Import data');
imp.command('divisions').description('从统计用区划代码导入县或省 Import a county or a whole province from the NBS division codes')
  .addOption(new Option('--county <code>', '6-digit county code, e.g. 500230'))
  .addOption(new Option('--province <code>', '2-digit province code, e.g. 50'))
  .action(async (opts: { county?: string; province?: string }) => {
    const code = opts.county ?? opts.province;
    if (!code || (opts.county && opts.province)) throw new AppError('validation', { 'zh-CN': '请给出 --county 或 --province 之一', en: 'Give exactly one of --county or --province' });
    await withPlatform(async (p) => {
      const bar = new cliProgress.SingleBar({ format: '{stage} |{bar}| {value}/{total}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 }, cliProgress.Presets.shades_classic);
      let stage = '';
      bar.start(1, 0, { stage: 'counties' });
      const r = await importDivisions(p.database.db, code, ({ stage: s, done, total }) => {
        if (s !== stage) { stage = s; bar.setTotal(Math.max(total, done, 1)); }
        bar.setTotal(Math.max(total, done, 1));
        bar.update(done, { stage: s.padEnd(9) });
      });
      bar.stop();
      out(`已导入 imported ${r.code}: ${r.counties} 县(区) counties, ${r.townships} 乡镇(街道) townships, ${r.villages} 村(社区) villages`);
    });
  });

const users = program.command('users').description('账户与授权 Accounts and grants');
users.command('create <username>').description('新建账户 Create an account')
  .requiredOption('--name <displayName>', '显示名 display name')
  .option('--password <password>', '密码（不填则随机生成并显示） password (random and printed if omitted)')
  .option('--resident <id>', '关联的居民编号 linked resident id')
  .action(async (username: string, opts: { name: string; password?: string; resident?: string }) => {
    const password = opts.password ?? randomBytes(9).toString('base64url');
    await withPlatform(async (p) => {
      const who = operator('users create');
      const r = await write(p.database.db, who, 'accounts.create', (w) => createAccount(w.trx, who, { username, displayName: opts.name, password, residentId: opts.resident ? Number(opts.resident) : null }));
      out(`已创建账户 created account #${r.id} ${username}${opts.password ? '' : `, 密码 password: ${password}`}`);
    });
  });
users.command('grant <username> <role> <code>').description('授予角色 Grant a role on a jurisdiction (roles: countyOfficer, townshipOfficial, committeeMember, supervisor, gridWorker, resident, departmentStaff)')
  .option('--department <id>', '部门工作人员所属部门的编号 for departmentStaff: the department\'s id')
  .action(async (username: string, role: string, rawCode: string, opts: { department?: string }) => {
    const code = normaliseCode(rawCode);
    if (!code) throw new AppError('validation', { 'zh-CN': `区划代码 ${rawCode} 格式错误`, en: `Malformed division code ${rawCode}` });
    await withPlatform(async (p) => {
      const who = { ...operator('users grant'), code };
      const department = opts.department !== undefined ? Number(opts.department) : null;
      if (department !== null && !Number.isInteger(department)) throw new AppError('validation', { 'zh-CN': `部门编号 ${opts.department} 不是整数`, en: `The department id ${opts.department} is not a whole number` });
      const g = await write(p.database.db, who, 'accounts.grant', (w) => grantRole(w.trx, who, username, role, code, department));
      out(`已授权 granted #${g.id}: ${username} ${role} @ ${code}${g.department ? ` (部门 department #${g.department.id})` : ''}`);
    });
  });

const departments = program.command('departments').description('乡镇(街道)和县级部门 Departments of the townships and the county');
departments.command('add <code> <kind> <name>').description(`设立部门 Set up a department (kinds: ${departmentKinds.join(', ')})`)
  .action(async (rawCode: string, kind: string, name: string) => {
    const code = normaliseCode(rawCode);
    if (!code) throw new AppError('validation', { 'zh-CN': `区划代码 ${rawCode} 格式错误`, en: `Malformed division code ${rawCode}` });
    await withPlatform(async (p) => {
      const who = { ...operator('departments add'), code };
      const d = await write(p.database.db, who, 'departments.create', (w) => createDepartment(w.trx, who, { jurisdictionCode: code, kind, name }));
      out(`已设立部门 set up department #${d.id}: ${d.name} @ ${d.jurisdictionCode}`);
    });
  });

const ledger = program.command('ledger').description('公开账本 The published ledger');
ledger.command('verify').description('校验哈希链，报告第一处断裂 Verify the hash chains and report the first broken link')
  .option('--village <code>', '只校验一个村(社区) one village or community only')
  .action(async (opts: { village?: string }) => {
    const code = opts.village ? normaliseCode(opts.village) : null;
    if (opts.village && !code) throw new AppError('validation', { 'zh-CN': `区划代码 ${opts.village} 格式错误`, en: `Malformed division code ${opts.village}` });
    const broken = await withPlatform(async (p) => {
      const codes = code ? [code] : await villagesWithLedger(p.database.db);
      let bad = 0;
      for (const c of codes) {
        const v = await verifyChain(p.database.db, c);
        if (v.ok) out(`${c}  ✓ ${v.entries} 条 entries, head ${v.headHash}`);
        else { bad++; out(`${c}  ✗ 第 ${v.firstBroken!.seq} 条断裂 broken at entry ${v.firstBroken!.seq}: ${v.firstBroken!.problem} (${v.firstBroken!.detail})`); }
      }
      if (codes.length === 0) out('账本为空 no ledger entries yet');
      return bad;
    });
    if (broken > 0) process.exit(2);
  });

program.command('rules <name> [file]').description('按法律计算（JSON 输入输出） Apply a named rule of the law to JSON from FILE or stdin')
  .action(async (name: string, file: string | undefined) => {
    const specs = modules.flatMap((m) => m.rules ?? []);
    const spec = specs.find((r) => r.name === name);
    const malformed = (zh: string, en: string): never => {
      process.stderr.write(`输入有误 malformed input: ${zh} / ${en}\n`);
      process.exit(2);
    };
    if (!spec) malformed(`没有规则 ${name}；可用：${specs.map((r) => r.name).join(', ')}`, `no rule ${name}; available: ${specs.map((r) => r.name).join(', ')}`);
    let text: string;
    try { text = file ? readFileSync(file, 'utf8') : readFileSync(0, 'utf8'); } catch (e) { return malformed(`无法读取 ${file ?? '标准输入'}`, `cannot read ${file ?? 'stdin'}: ${(e as Error).message}`); }
    let input: unknown;
    try { input = JSON.parse(text); } catch (e) { return malformed('不是有效的 JSON', `not valid JSON: ${(e as Error).message}`); }
    const config = loadConfig();
    // The calendar may hold the county's entries: read it from the database, or, when the
    // server holds the embedded folder, ask the running server.
    const owner = config.DATABASE_URL ? null : peekOwner(config.dataDir);
    let result: unknown;
    if (owner?.port) {
      const res = await fetch(`http://127.0.0.1:${owner.port}/api/v1/rules/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
      const body = await res.json() as { errors?: { field: string; messages: { 'zh-CN': string; en: string } }[]; detail?: string };
      if (res.status === 422) malformed((body.errors ?? []).map((e) => `${e.field}: ${e.messages['zh-CN']}`).join('; '), (body.errors ?? []).map((e) => `${e.field}: ${e.messages.en}`).join('; '));
      if (!res.ok) throw new Error(`server answered ${res.status}: ${body.detail ?? ''}`);
      result = body;
    } else {
      const calendar = await withPlatform(async (p) => loadCalendar(p.database.db), config);
      try { result = runRule(spec!, input, calendar); } catch (e) {
        if (e instanceof AppError && e.kind === 'validation') malformed(e.errors.map((f) => `${f.field}: ${f.messages['zh-CN']}`).join('; '), e.errors.map((f) => `${f.field}: ${f.messages.en}`).join('; '));
        throw e;
      }
    }
    out(JSON.stringify(result, null, 2));
  });

function fail(e: unknown): never {
  if (e instanceof AppError) {
    process.stderr.write(`错误 error: ${e.messages['zh-CN']} / ${e.messages.en}\n`);
    for (const f of e.errors) process.stderr.write(`  ${f.field}: ${f.messages['zh-CN']} / ${f.messages.en}\n`);
  } else if (e instanceof DataDirBusyError || e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
  } else {
    process.stderr.write(`错误 error: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exit(1);
}

program.parseAsync(process.argv).catch(fail);
