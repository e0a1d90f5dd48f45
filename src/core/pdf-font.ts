// The Chinese font every printed document uses: Noto Sans SC from an npm package, so no
// system font is needed. PDFKit reads WOFF slowly (seconds per page), so the WOFF is
// unpacked to a plain font once per process and shared by the poster, certificates and
// the printable covenant.
import zlib from 'node:zlib';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as fonteditorModule from 'fonteditor-core';

const require = createRequire(import.meta.url);
// CommonJS package whose typings only describe its default object; the function is a named export at run time.
const { woff2ttf } = fonteditorModule as unknown as { woff2ttf(b: ArrayBuffer, o: { inflate(d: number[]): number[] }): ArrayBuffer };
let fontCache: Buffer | null = null;

export function cjkFont(): Buffer {
  if (!fontCache) {
    const woff = fs.readFileSync(require.resolve('@openfonts/noto-sans-sc_all/files/noto-sans-sc-all-400.woff'));
    const ab = woff2ttf(woff.buffer.slice(woff.byteOffset, woff.byteOffset + woff.byteLength) as ArrayBuffer, {
      inflate: (d: number[]) => Array.from(zlib.inflateSync(Uint8Array.from(d))),
    });
    fontCache = Buffer.from(ab);
  }
  return fontCache;
}
