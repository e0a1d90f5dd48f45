// The one file store for every module's uploads (disclosure attachments, wish photos, scanned
// proxy authorisations): content-addressed by SHA-256 under the data folder, so a file uploaded
// twice is stored once and a stored file never changes. The type is read from the bytes, never
// from the name or the browser's claim. Files are private to the server's user (mode 0600); who
// may read one is the owning module's decision (its metadata row says which record it belongs to).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, bi } from './errors.ts';

export interface StoredBlob { sha256: string; mime: string; size: number; filename: string }

const SHA256 = /^[0-9a-f]{64}$/;

export function blobPath(dataDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw AppError.notFound(bi('没有该文件', 'No such file'));
  return path.join(dataDir, 'blobs', sha256.slice(0, 2), sha256);
}

/**
 * Stores `file` when the type read from its bytes is one of `types` (MIME type → file extension);
 * otherwise throws `refused()` and stores nothing. The name kept is the upload's base name, or
 * `defaultStem` with the type's extension.
 */
export async function storeBlob(dataDir: string, file: { data: Buffer; filename?: string | undefined }, types: ReadonlyMap<string, string>, opts: { refused: () => AppError; defaultStem: string }): Promise<StoredBlob> {
  const type = await fileTypeFromBuffer(file.data);
  if (!type || !types.has(type.mime)) throw opts.refused();
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  const target = blobPath(dataDir, sha256);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.data, { mode: 0o600 });
    fs.renameSync(tmp, target); // atomic: a reader never sees half a file
  }
  const filename = path.basename(file.filename ?? '').slice(0, 120) || `${opts.defaultStem}.${types.get(type.mime)}`;
  return { sha256, mime: type.mime, size: file.data.length, filename };
}

/** A stored file as a stream (for a response), or 404 when it is not in the store. */
export function openBlob(dataDir: string, sha256: string): fs.ReadStream {
  const p = blobPath(dataDir, sha256);
  if (!fs.existsSync(p)) throw AppError.notFound(bi('文件不在存储中', 'The file is not in the store'));
  return fs.createReadStream(p);
}

/** The folders that held uploads before the one store; their files move into it once, at start. */
const LEGACY = ['attachments', 'election-authorisations'];

/** Moves files from the modules' former folders into the store (idempotent; nothing is lost). */
export function adoptLegacyBlobs(dataDir: string): number {
  let moved = 0;
  for (const dir of LEGACY.map((d) => path.join(dataDir, d))) {
    if (!fs.existsSync(dir)) continue;
    for (const prefix of fs.readdirSync(dir)) {
      if (!fs.statSync(path.join(dir, prefix)).isDirectory()) continue;
      for (const name of fs.readdirSync(path.join(dir, prefix))) {
        if (!SHA256.test(name)) continue; // a leftover .tmp of an interrupted upload
        const from = path.join(dir, prefix, name);
        const to = blobPath(dataDir, name);
        fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
        try {
          if (fs.existsSync(to)) fs.rmSync(from); else { fs.renameSync(from, to); fs.chmodSync(to, 0o600); }
          moved++;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // another server process moved it first
        }
      }
    }
  }
  return moved;
}
