// PGlite takes no lock on its data folder, and two processes writing the same folder corrupt
// it. Every process that opens the embedded database first takes this exclusive lock.
// proper-lockfile gives an atomic lock directory; next to it we record the owner's pid so a
// lock left by a killed process is recognised at once instead of after a stale timeout.
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export interface LockOwner { pid: number; role: string; port?: number; startedAt: string }

export class DataDirBusyError extends Error {
  constructor(readonly dataDir: string, readonly owner: LockOwner | null) {
    const who = owner
      ? `${owner.role} (pid ${owner.pid}${owner.port ? `, port ${owner.port}` : ''}, since ${owner.startedAt})`
      : 'another process';
    super(
      `数据目录 ${dataDir} 正被 ${who} 使用；请先停止它，或通过正在运行的服务器操作。\n` +
      `The data folder ${dataDir} is in use by ${who}. Stop it first, or work through the running server.`,
    );
  }
}

const lockPath = (dir: string) => path.join(dir, '.gongzhi.lock');
const ownerPath = (dir: string) => path.join(dir, '.gongzhi.owner.json');

function readOwner(dir: string): LockOwner | null {
  try { return JSON.parse(fs.readFileSync(ownerPath(dir), 'utf8')) as LockOwner; } catch { return null; }
}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

export function peekOwner(dir: string): LockOwner | null {
  const owner = readOwner(dir);
  return owner && fs.existsSync(lockPath(dir)) && alive(owner.pid) && owner.pid !== process.pid ? owner : null;
}

/** Takes the lock or throws DataDirBusyError. Returns the release function. */
export async function lockDataDir(dir: string, role: string, port?: number): Promise<() => Promise<void>> {
  fs.mkdirSync(dir, { recursive: true });
  const opts = { lockfilePath: lockPath(dir), realpath: false, stale: 30_000, update: 10_000,
    onCompromised: (err: Error) => { console.error(`data folder lock lost: ${err.message}`); process.exit(70); } };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, opts);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
    const owner = readOwner(dir);
    if (owner && alive(owner.pid)) throw new DataDirBusyError(dir, owner);
    // The owner is gone (killed): the lock is stale. Remove it and try once more.
    fs.rmSync(lockPath(dir), { recursive: true, force: true });
    try { release = await lockfile.lock(dir, opts); } catch { throw new DataDirBusyError(dir, readOwner(dir)); }
  }
  const owner: LockOwner = { pid: process.pid, role, ...(port ? { port } : {}), startedAt: new Date().toISOString() };
  fs.writeFileSync(ownerPath(dir), JSON.stringify(owner));
  return async () => {
    fs.rmSync(ownerPath(dir), { force: true });
    await release();
  };
}
