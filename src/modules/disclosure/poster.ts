// The poster for the physical notice board (公开栏): the village's current board in four
// columns, A4 or A3, each entry with a QR code to its verified online record.
import PDFDocument from 'pdfkit';
import { cjkFont } from '../../core/pdf-font.ts';
import QRCode from 'qrcode';
import type { BoardItem } from './service.ts';
import type { Column } from './rules.ts';

const columnTitles = (community: boolean): Record<Column, string> => ({ party: '党务公开', village: community ? '居务公开' : '村务公开', finance: '财务公开', services: '事务公开' });
const columnOrder: Column[] = ['party', 'village', 'finance', 'services'];

export interface PosterInput {
  villageName: string;
  /** 社区 (residents' committee) or 村 (villagers' committee): the board's statutory name differs. */
  community: boolean;
  townshipName: string;
  countyName: string;
  periodLabel: string;
  boardUrl: string;
  entryUrl: (id: number) => string;
  items: BoardItem[];
  headHash: string;
  verified: boolean;
  size: 'A4' | 'A3';
  generatedOn: string;
}

export async function posterPdf(p: PosterInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: p.size, layout: 'landscape', margins: { top: 28, left: 28, right: 28, bottom: 4 }, info: { Title: `${p.villageName}村(居)务公开栏`, Author: 'gongzhi' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('sc', cjkFont());
  doc.font('sc');
  const W = doc.page.width;
  const H = doc.page.height;
  const m = 28;
  const scale = p.size === 'A3' ? 1.41 : 1;
  const red = '#9b1b1b';

  doc.rect(0, 0, W, 64 * scale).fill(red);
  // Seed 000 §二(四): the board is named “**县**镇（乡、街道）**村（居委会）村（居）务公开栏”.
  doc.fillColor('#fff').fontSize(22 * scale).text(`${p.countyName}${p.townshipName}${p.villageName}${p.community ? '居务' : '村务'}公开栏`, m, 14 * scale, { width: W - 2 * m - 90 * scale });
  doc.fontSize(10 * scale).text(`公开期间：${p.periodLabel}    生成日期：${p.generatedOn}`, m, 44 * scale);
  const boardQr = await QRCode.toBuffer(p.boardUrl, { margin: 1, width: 240 });
  doc.image(boardQr, W - m - 80 * scale, 6 * scale, { width: 52 * scale });
  doc.fontSize(7 * scale).text('扫码查看全部', W - m - 84 * scale, 56 * scale, { width: 60 * scale, align: 'center' });

  const top = 76 * scale;
  const footer = 40 * scale;
  const colW = (W - 2 * m - 3 * 10) / 4;
  const qr = 46 * scale;
  for (const [i, col] of columnOrder.entries()) {
    const x = m + i * (colW + 10);
    doc.rect(x, top, colW, H - top - footer - 6).lineWidth(1.5).stroke(red);
    doc.rect(x, top, colW, 24 * scale).fill(red);
    doc.fillColor('#fff').fontSize(13 * scale).text(columnTitles(p.community)[col], x, top + 5 * scale, { width: colW, align: 'center' });
    let y = top + 32 * scale;
    const items = p.items.filter((e) => e.column === col && !e.supersededBy);
    if (items.length === 0) doc.fillColor('#666').fontSize(9 * scale).text('本期暂无公开内容', x + 8, y, { width: colW - 16 });
    for (const e of items) {
      if (y + qr + 8 > H - footer - 8) { doc.fillColor('#666').fontSize(8 * scale).text('更多内容请扫码查看', x + 8, y); break; }
      const img = await QRCode.toBuffer(p.entryUrl(e.id), { margin: 0, width: 200 });
      doc.image(img, x + 6, y, { width: qr });
      const tx = x + 12 + qr;
      const tw = colW - qr - 18;
      doc.fillColor('#111').fontSize(10 * scale).text(e.title, tx, y, { width: tw, height: 28 * scale, ellipsis: true });
      doc.fillColor('#444').fontSize(7.5 * scale).text(e.summary['zh-CN'], tx, doc.y + 1, { width: tw, height: 22 * scale, ellipsis: true });
      doc.fillColor('#777').fontSize(6 * scale).text(`第 ${e.seq} 条 · ${e.hash.slice(0, 16)}…`, tx, doc.y + 1, { width: tw });
      y = Math.max(y + qr, doc.y) + 10 * scale;
    }
  }
  doc.fillColor(p.verified ? '#1b6e2d' : red).fontSize(8 * scale).text(
    `${p.verified ? '【账本校验通过】' : '【账本校验未通过】'}本栏内容已登记在不可篡改的公开账本中，最新哈希 ${p.headHash}。扫描二维码可核对原文。对公开内容有疑问，可扫码在“意见箱”提问。`,
    m, H - footer + 2, { width: W - 2 * m, height: footer - 6, ellipsis: true },
  );
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
