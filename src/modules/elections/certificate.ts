// The certificate of election (当选证书), issued within 3 days of the result (seed 004), as a
// PDF with Noto Sans SC (core/pdf-font.ts).
import PDFDocument from 'pdfkit';
import { cjkFont } from '../../core/pdf-font.ts';

export interface CertificateInput {
  villageName: string;
  community: boolean;
  title: string;
  electionDay: string;
  people: { name: string; positionName: string; votes: number }[];
  issuedOn: string;
  ledgerHash: string | null;
}

/** One A5 landscape page per elected member. */
export async function certificatePdf(c: CertificateInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A5', layout: 'landscape', margin: 40, autoFirstPage: false, info: { Title: `${c.villageName} 当选证书`, Author: 'gongzhi' } });
  const chunks: Buffer[] = [];
  doc.on('data', (x: Buffer) => chunks.push(x));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('sc', cjkFont());
  const body = c.community ? '居民委员会' : '村民委员会';
  for (const p of c.people) {
    doc.addPage();
    doc.font('sc');
    const W = doc.page.width;
    doc.lineWidth(3).strokeColor('#9b1b1b').rect(18, 18, W - 36, doc.page.height - 36).stroke();
    doc.fillColor('#9b1b1b').fontSize(30).text('当 选 证 书', 40, 50, { width: W - 80, align: 'center' });
    doc.fillColor('#000').fontSize(15).text(
      `${p.name} 同志：\n\n    在 ${c.electionDay} 举行的${c.villageName}${c.title}中，依照《中华人民共和国村民委员会组织法》第十五条，以 ${p.votes} 票当选为${c.villageName}${body}${p.positionName}。\n\n    特发此证。`,
      60, 115, { width: W - 120, lineGap: 4 });
    doc.fontSize(13).text(`${c.villageName}村民选举委员会`, 60, doc.page.height - 110, { width: W - 120, align: 'right' });
    doc.text(c.issuedOn, 60, doc.page.height - 88, { width: W - 120, align: 'right' });
    if (c.ledgerHash) doc.fontSize(7).fillColor('#555').text(`选举结果公示记录 SHA-256 ${c.ledgerHash}`, 40, doc.page.height - 40, { width: W - 80, align: 'center' });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
