// The certificate as a PDF (A4, PDFKit with Noto Sans SC from an npm package, like the
// disclosure poster), with a QR code to its public verification page.
import PDFDocument from 'pdfkit';
import { cjkFont } from '../../core/pdf-font.ts';
import QRCode from 'qrcode';

export interface CertificatePdfInput {
  number: string;
  name: string;
  holderName: string;
  statement: string;
  purpose: string;
  basis: string;
  issuer: string;
  issuedOn: string;
  verifyUrl: string;
}

export async function certificatePdf(c: CertificatePdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 72, left: 72, right: 72, bottom: 56 }, info: { Title: `${c.name} ${c.number}`, Author: c.issuer } });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('sc', cjkFont());
  doc.font('sc');
  const W = doc.page.width;
  doc.fontSize(10).fillColor('#444').text(`编号：${c.number}`, 72, 48, { align: 'right', width: W - 144 });
  doc.moveDown(2).fontSize(24).fillColor('#000').text(c.name, { align: 'center' });
  doc.moveDown(1.5).fontSize(14).text(`兹证明 ${c.holderName}：`, { lineGap: 6 });
  doc.moveDown(0.5).fontSize(14).text(c.statement, { indent: 28, lineGap: 8 });
  doc.moveDown(1).fontSize(12).fillColor('#333').text(`用途：${c.purpose}`, { lineGap: 4 });
  doc.text(`出具依据：${c.basis}`, { lineGap: 4 });
  doc.moveDown(3).fontSize(14).fillColor('#000').text(c.issuer, { align: 'right' });
  doc.moveDown(0.5).text(c.issuedOn.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`), { align: 'right' });
  const qr = await QRCode.toBuffer(c.verifyUrl, { margin: 1, width: 220, errorCorrectionLevel: 'M' });
  const y = doc.page.height - 56 - 150;
  doc.image(qr, 72, y, { width: 110 });
  doc.fontSize(9).fillColor('#444').text('扫码核验本证明（出具单位、日期和编号）', 192, y + 20, { width: W - 264 });
  doc.text(c.verifyUrl, 192, y + 40, { width: W - 264 });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
