// The printable covenant for the village's notice board: title, chapters and articles, how and
// when it was adopted and filed, and the ledger hash with a QR code to the online record.
import PDFDocument from 'pdfkit';
import { cjkFont } from '../../core/pdf-font.ts';
import QRCode from 'qrcode';
import type { NumberedChapter } from './rules.ts';

export interface CovenantPdfInput {
  title: string;
  villageName: string;
  chapters: NumberedChapter[];
  adoptedLine: string;
  filedLine: string | null;
  hash: string | null;
  url: string;
}

export async function covenantPdf(p: CovenantPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, left: 64, right: 64, bottom: 56 }, info: { Title: p.title, Author: 'gongzhi' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('sc', cjkFont());
  doc.font('sc');
  doc.fontSize(22).text(p.title, { align: 'center' });
  doc.moveDown(0.3).fontSize(11).fillColor('#444').text(p.adoptedLine, { align: 'center' });
  if (p.filedLine) doc.text(p.filedLine, { align: 'center' });
  doc.fillColor('#000').moveDown(1);
  for (const c of p.chapters) {
    doc.fontSize(15).text(`${c.label}　${c.title}`, { align: 'center' });
    doc.moveDown(0.4);
    for (const k of c.clauses) {
      doc.fontSize(12).text(`${k.label}　${k.text}`, { align: 'left', lineGap: 3 });
      doc.moveDown(0.3);
    }
    doc.moveDown(0.6);
  }
  const qr = await QRCode.toBuffer(p.url, { margin: 1, width: 120 });
  if (doc.y > doc.page.height - 200) doc.addPage();
  const y = doc.y + 10;
  doc.image(qr, 64, y, { width: 90 });
  doc.fontSize(9).fillColor('#444').text(`扫码查看网上公布的原文及修订记录：${p.url}`, 170, y + 8, { width: 360 });
  if (p.hash) doc.text(`账本哈希（SHA-256）：${p.hash}`, 170, doc.y + 4, { width: 360 });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
