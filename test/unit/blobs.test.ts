import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { adoptLegacyBlobs, blobPath, openBlob, storeBlob } from '../../src/core/blobs.ts';
import { AppError } from '../../src/core/errors.ts';
import { png } from '../support/disclosure.ts';

const types = new Map([['image/png', 'png'], ['application/pdf', 'pdf']]);
const refused = () => AppError.validation([{ field: 'file', rule: 'test.type', messages: { 'zh-CN': '类型不符', en: 'Wrong type' } }]);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-blobs-'));
const read = async (s: fs.ReadStream) => { const parts: Buffer[] = []; for await (const c of s) parts.push(c as Buffer); return Buffer.concat(parts); };

test('a file is stored once by its SHA-256, private to the server, and read back as a stream', async () => {
  const dir = tmp();
  try {
    const data = png();
    const a = await storeBlob(dir, { data, filename: '../../照片.png' }, types, { refused, defaultStem: 'photo' });
    assert.equal(a.sha256, createHash('sha256').update(data).digest('hex'));
    assert.deepEqual({ mime: a.mime, size: a.size, filename: a.filename }, { mime: 'image/png', size: data.length, filename: '照片.png' }, 'the base name only');
    assert.equal(fs.statSync(blobPath(dir, a.sha256)).mode & 0o777, 0o600);
    const again = await storeBlob(dir, { data }, types, { refused, defaultStem: 'photo' });
    assert.equal(again.sha256, a.sha256);
    assert.equal(again.filename, 'photo.png', 'a default name with the extension of the type read from the bytes');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'blobs', a.sha256.slice(0, 2))), [a.sha256], 'stored once, no temporary file left');
    assert.ok((await read(openBlob(dir, a.sha256))).equals(data));
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});

test('the type comes from the bytes: a text file named .png is refused and nothing is stored', async () => {
  const dir = tmp();
  try {
    await assert.rejects(storeBlob(dir, { data: Buffer.from('not an image'), filename: 'x.png' }, types, { refused, defaultStem: 'photo' }), (e: unknown) => e instanceof AppError && e.kind === 'validation');
    assert.equal(fs.existsSync(path.join(dir, 'blobs')), false);
    assert.throws(() => openBlob(dir, 'a'.repeat(64)), (e: unknown) => e instanceof AppError && e.kind === 'not-found');
    assert.throws(() => blobPath(dir, '../etc/passwd'), (e: unknown) => e instanceof AppError && e.kind === 'not-found', 'only a SHA-256 names a file');
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});

test('uploads in the former per-module folders move into the store once, nothing lost', async () => {
  const dir = tmp();
  try {
    const data = png();
    const sha = createHash('sha256').update(data).digest('hex');
    for (const legacy of ['attachments', 'election-authorisations']) {
      fs.mkdirSync(path.join(dir, legacy, sha.slice(0, 2)), { recursive: true });
      fs.writeFileSync(path.join(dir, legacy, sha.slice(0, 2), sha), data);
    }
    fs.writeFileSync(path.join(dir, 'attachments', sha.slice(0, 2), `${sha}.tmp`), 'half');
    assert.equal(adoptLegacyBlobs(dir), 2);
    assert.ok(fs.readFileSync(blobPath(dir, sha)).equals(data));
    assert.equal(fs.existsSync(path.join(dir, 'attachments', sha.slice(0, 2), sha)), false);
    assert.equal(adoptLegacyBlobs(dir), 0, 'idempotent');
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});
