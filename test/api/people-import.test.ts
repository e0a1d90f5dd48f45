import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { backends } from '../support/backends.ts';
import { idNumber, openWorld, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs, type Client } from '../support/http.ts';
import { columns } from '../../src/modules/people/excel.ts';
import { MAX_UPLOAD_BYTES } from '../../src/core/app.ts';

// --- helpers: an Excel file built the way a clerk fills the template, sent as multipart ---

type Key = (typeof columns)[number]['key'];
type Row = Partial<Record<Key, string>>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const problemJson = 'application/problem+json; charset=utf-8';

async function workbook(rows: Row[], opts: { omit?: Key[] } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('村(居)民');
  const cols = columns.filter((c) => !opts.omit?.includes(c.key));
  ws.addRow(cols.map((c) => c.header));
  for (const r of rows) ws.addRow(cols.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(file: Buffer, filename = 'register.xlsx', contentType = XLSX) {
  const boundary = `----gongzhi-${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (c: Client, code: string, file: Buffer, opts: { dryRun?: boolean; filename?: string; contentType?: string } = {}) =>
  c.request({ method: 'POST', url: `/api/v1/jurisdictions/${code}/people-imports${opts.dryRun ? '?dryRun=true' : ''}`, ...multipart(file, opts.filename, opts.contentType) });

const person = (over: Row): Row => ({ registered: '是', habitual: '是', partyMember: '否', ...over });

// A clean file: two new households of 廖家坝社区, four people.
const clean: Row[] = [
  person({ householdNumber: '0101', group: '第一居民小组', address: '第一居民小组5号', name: '廖大勇', relationToHead: '户主', idNumber: idNumber('1962-04-08', 13), phone: '13900001234' }),
  person({ householdNumber: '0101', group: '第一居民小组', name: '罗秀兰', relationToHead: '配偶', idNumber: idNumber('1964-09-21', 24), gender: '女', birthDate: '1964-09-21' }),
  person({ householdNumber: '0101', name: '廖小东', relationToHead: '子女', idNumber: idNumber('1990-12-01', 35), habitual: '否' }),
  person({ householdNumber: '0102', group: '第二居民小组', address: '第二居民小组12号', name: '谭志刚', relationToHead: '户主', idNumber: idNumber('1958-01-20', 47), partyMember: '是' }),
];

interface ListItem { id: number; name: string; gender: string; birthDate: string; householdNumber: string; groupId: number | null; relationToHead: string; registered: boolean; habitual: boolean; partyMember: boolean; phoneMasked: string }
interface Issue { row: number; column: string; field: string; rule: string; messages: { 'zh-CN': string; en: string } }

for (const backend of backends()) {
  describe(`people Excel import and export on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    before(async () => { world = await openWorld(backend); app = await appFor(world); });
    after(async () => { await app?.close(); await world?.cleanup(); });

    /** The register of a village as the committee sees it: residents and households. */
    async function register(code = VILLAGE_A) {
      const c = await loginAs(app, code === VILLAGE_A ? 'committeeA' : 'committeeB');
      const residents = (await c.get(`/api/v1/jurisdictions/${code}/residents?limit=200`)).json().items as ListItem[];
      const households = (await c.get(`/api/v1/jurisdictions/${code}/households?limit=200`)).json().items as { number: string; groupId: number | null; address: string | null; headName: string | null; members: number }[];
      return { residents, households };
    }
    const snapshot = async () => JSON.stringify(await register());

    test('a dry run of a file with bad rows reports each problem by row and column, in both languages, and changes nothing', async () => {
      const before = await snapshot();
      const good = idNumber('1985-05-05', 51);
      const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const file = await workbook([
        person({ householdNumber: '0201', name: '冉光明', relationToHead: '户主', idNumber: good }),
        person({ householdNumber: '0201', name: '冉小芳', relationToHead: '子女', idNumber: wrong }),
        person({ householdNumber: '0201', name: '冉光亮', relationToHead: '兄弟姐妹', idNumber: good }),
        person({ householdNumber: '0201', group: '第九居民小组', name: '冉小军', relationToHead: '子女', idNumber: idNumber('2010-02-02', 61) }),
      ]);
      const res = await upload(await loginAs(app, 'committeeA'), VILLAGE_A, file, { dryRun: true });
      assert.equal(res.statusCode, 200, res.body);
      const report = res.json();
      assert.equal(report.ok, false);
      assert.equal(report.rows, 4);
      const errors = report.errors as Issue[];
      assert.deepEqual(errors.map((e) => [e.row, e.column, e.rule]), [
        [3, '身份证号', 'idNumber.checkDigit'],
        [4, '身份证号', 'idNumber.duplicateInFile'],
        [5, '所属小组', 'group.unknown'],
      ]);
      const check = errors[0]!;
      assert.equal(check.field, 'rows.3.idNumber');
      assert.match(check.messages['zh-CN'], /第 3 行「身份证号」/);
      assert.match(check.messages['zh-CN'], /校验位/);
      assert.match(check.messages.en, /Row 3, "身份证号"/);
      assert.match(check.messages.en, /check digit/i);
      assert.match(errors[1]!.messages['zh-CN'], /第 2 行/, 'the duplicate names the first row');
      assert.match(errors[1]!.messages.en, /row 2/);
      assert.match(errors[2]!.messages['zh-CN'], /第九居民小组/);
      assert.ok(!res.body.includes(good) && !res.body.includes(wrong), 'the report does not echo ID numbers');
      assert.equal(await snapshot(), before, 'a dry run changes nothing');
    });

    test('row rules, one case at a time', async () => {
      const c = await loginAs(app, 'committeeA');
      const head = person({ householdNumber: '0301', name: '陈大山', relationToHead: '户主', idNumber: idNumber('1970-01-01', 71) });
      const cases: { why: string; rows: Row[]; expect: [row: number, column: string, rule: string][] }[] = [
        { why: 'unknown relation', rows: [head, person({ householdNumber: '0301', name: '陈表哥', relationToHead: '表哥', idNumber: idNumber('1971-01-01', 73) })], expect: [[3, '与户主关系', 'relationToHead.unknown']] },
        { why: 'yes/no column', rows: [person({ ...head, registered: '也许' })], expect: [[2, '户籍在本村', 'yesNo']] },
        { why: 'gender contradicts the ID', rows: [person({ ...head, gender: '女' })], expect: [[2, '性别', 'gender.mismatch']] },
        { why: 'gender not 男/女', rows: [person({ ...head, gender: 'M' })], expect: [[2, '性别', 'gender.format']] },
        { why: 'birth date contradicts the ID', rows: [person({ ...head, birthDate: '1970-01-02' })], expect: [[2, '出生日期', 'birthDate.mismatch']] },
        { why: 'bad phone', rows: [person({ ...head, phone: '12345' })], expect: [[2, '联系电话', 'phone.format']] },
        { why: 'missing name', rows: [person({ ...head, name: '' })], expect: [[2, '姓名', 'required']] },
        { why: 'missing ID number reported once', rows: [person({ ...head, idNumber: '' })], expect: [[2, '身份证号', 'required']] },
        { why: 'ID number in the future', rows: [person({ ...head, idNumber: idNumber('2099-01-01', 71) })], expect: [[2, '身份证号', 'idNumber.birthDate']] },
        { why: 'new household without a head', rows: [person({ ...head, relationToHead: '子女' })], expect: [[2, '与户主关系', 'household.needsHead']] },
        { why: 'two heads in one household', rows: [head, person({ householdNumber: '0301', name: '陈二山', relationToHead: '户主', idNumber: idNumber('1972-01-01', 75) })], expect: [[3, '与户主关系', 'household.oneHead']] },
        { why: 'a second head for a household already in the register', rows: [person({ householdNumber: '0001', name: '廖新民', relationToHead: '户主', idNumber: idNumber('1999-09-09', 77) })], expect: [[2, '与户主关系', 'household.oneHead']] },
        { why: 'one household given two groups', rows: [person({ ...head, group: '第一居民小组' }), person({ householdNumber: '0301', group: '第二居民小组', name: '陈小山', relationToHead: '子女', idNumber: idNumber('2000-01-01', 79) })], expect: [[3, '所属小组', 'household.oneGroup']] },
      ];
      for (const k of cases) {
        const res = await upload(c, VILLAGE_A, await workbook(k.rows), { dryRun: true });
        assert.equal(res.statusCode, 200, `${k.why}: ${res.body}`);
        const report = res.json();
        assert.equal(report.ok, false, k.why);
        assert.deepEqual((report.errors as Issue[]).map((e) => [e.row, e.column, e.rule]), k.expect, k.why);
        for (const e of report.errors as Issue[]) assert.ok(e.messages['zh-CN'] && e.messages.en, k.why);
      }
      const ok = await upload(c, VILLAGE_A, await workbook([head]), { dryRun: true });
      assert.deepEqual(ok.json().errors, [], 'the head alone is fine');
      assert.equal(ok.json().ok, true);
    });

    test('a file missing a required column is a 422 naming the column', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await upload(c, VILLAGE_A, await workbook(clean, { omit: ['idNumber'] }), { dryRun: true });
      assert.equal(res.statusCode, 422);
      assert.equal(res.headers['content-type'], problemJson);
      const errors = res.json().errors as Issue[];
      assert.deepEqual(errors.map((e) => [e.field, e.rule]), [['columns.idNumber', 'file.missingColumn']]);
      assert.match(errors[0]!.messages['zh-CN'], /缺少「身份证号」列/);
      assert.match(errors[0]!.messages.en, /Column "身份证号" is missing/);
      const two = await upload(c, VILLAGE_A, await workbook(clean, { omit: ['name', 'registered', 'phone'] }));
      assert.equal(two.statusCode, 422);
      assert.deepEqual((two.json().errors as Issue[]).map((e) => e.field), ['columns.name', 'columns.registered'], 'every missing required column, and not the optional one');
    });

    test('a file that is not an xlsx workbook, or no file at all, is a 422', async () => {
      const c = await loginAs(app, 'committeeA');
      const before = await snapshot();
      const csv = Buffer.from('户编号,姓名,身份证号\n0101,廖大勇,500230196204081300\n', 'utf8');
      for (const [file, name, type] of [[csv, 'register.csv', 'text/csv'], [csv, 'register.xlsx', XLSX], [randomBytes(2048), 'register.xlsx', XLSX]] as const) {
        for (const dryRun of [true, false]) {
          const res = await upload(c, VILLAGE_A, file, { dryRun, filename: name, contentType: type });
          assert.equal(res.statusCode, 422, `${name} dryRun=${dryRun}`);
          assert.equal(res.headers['content-type'], problemJson);
          assert.equal(res.json().errors[0].rule, 'file.notXlsx');
          assert.match(res.json().errors[0].messages['zh-CN'], /xlsx/);
        }
      }
      const header = await upload(c, VILLAGE_A, await workbook([]), { dryRun: true });
      assert.equal(header.statusCode, 422);
      assert.equal(header.json().errors[0].rule, 'file.noRows');
      const json = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/people-imports`, { rows: [] });
      assert.equal(json.statusCode, 422, 'a JSON body is not an upload');
      assert.match(json.json().messages.en, /multipart/);
      const noFile = await c.request({
        method: 'POST', url: `/api/v1/jurisdictions/${VILLAGE_A}/people-imports`,
        payload: '--B0UNDARY\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--B0UNDARY--\r\n',
        headers: { 'content-type': 'multipart/form-data; boundary=B0UNDARY' },
      });
      assert.equal(noFile.statusCode, 422);
      assert.deepEqual(noFile.json().errors.map((e: Issue) => [e.field, e.rule]), [['file', 'file.required']]);
      assert.equal(await snapshot(), before);
    });

    test('a file above the upload limit is a 413 problem', async () => {
      const res = await upload(await loginAs(app, 'committeeA'), VILLAGE_A, Buffer.alloc(MAX_UPLOAD_BYTES + 1024, 1), { dryRun: true });
      assert.equal(res.statusCode, 413);
      assert.equal(res.headers['content-type'], problemJson);
      assert.equal(res.json().type, 'https://gongzhi.example/problems/too-large');
    });

    test('a commit of a file with errors is a 422 with the row errors, and the register is unchanged', async () => {
      const before = await register();
      const bad = [...clean, person({ householdNumber: '0102', name: '谭小刚', relationToHead: '子女', idNumber: '50023020100101001' })];
      const res = await upload(await loginAs(app, 'committeeA'), VILLAGE_A, await workbook(bad));
      assert.equal(res.statusCode, 422);
      assert.equal(res.headers['content-type'], problemJson);
      const p = res.json();
      assert.match(p.messages['zh-CN'], /1 处错误，未导入任何数据/);
      assert.match(p.messages.en, /nothing was imported/);
      assert.deepEqual((p.errors as { field: string; rule: string }[]).map((e) => [e.field, e.rule]), [['rows.6.idNumber', 'idNumber.format']]);
      assert.equal(p.report.ok, false);
      const after = await register();
      assert.equal(after.residents.length, before.residents.length, 'no resident added');
      assert.equal(after.households.length, before.households.length, 'no household added');
      assert.deepEqual(after, before);
    });

    test('a clean file creates households and residents; importing it again updates them instead of duplicating', async () => {
      const c = await loginAs(app, 'committeeA');
      const before = await register();
      const file = await workbook(clean);
      const dry = await upload(c, VILLAGE_A, file, { dryRun: true });
      assert.deepEqual(dry.json(), { ok: true, rows: 4, households: { new: 2, existing: 0 }, residents: { new: 4, updated: 0 }, errors: [] });
      assert.deepEqual(await register(), before, 'the dry run wrote nothing');

      const res = await upload(c, VILLAGE_A, file);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { ok: true, rows: 4, households: { new: 2, existing: 0 }, residents: { new: 4, updated: 0 }, errors: [] });
      const after = await register();
      assert.equal(after.residents.length, before.residents.length + 4);
      assert.equal(after.households.length, before.households.length + 2);
      const dayong = after.residents.find((r) => r.name === '廖大勇')!;
      assert.equal(dayong.gender, 'male', 'derived from the ID number');
      assert.equal(dayong.birthDate, '1962-04-08');
      assert.equal(dayong.householdNumber, '0101');
      assert.equal(dayong.groupId, world.groups.A[0]);
      assert.equal(dayong.relationToHead, 'head');
      assert.equal(dayong.phoneMasked, '139****1234');
      const xiaodong = after.residents.find((r) => r.name === '廖小东')!;
      assert.equal(xiaodong.habitual, false);
      assert.equal(xiaodong.groupId, world.groups.A[0], 'the household takes the group given on any of its rows');
      assert.equal(after.residents.find((r) => r.name === '谭志刚')!.partyMember, true);
      const h0101 = after.households.find((h) => h.number === '0101')!;
      assert.deepEqual({ address: h0101.address, headName: h0101.headName, members: h0101.members }, { address: '第一居民小组5号', headName: '廖大勇', members: 3 });
      // Searchable by pinyin like residents registered by hand.
      const found = (await c.get(`/api/v1/jurisdictions/${VILLAGE_A}/residents?q=ldy`)).json().items.map((r: ListItem) => r.name);
      assert.deepEqual(found, ['廖大勇']);

      const again = await upload(c, VILLAGE_A, file);
      assert.equal(again.statusCode, 200, again.body);
      assert.deepEqual(again.json(), { ok: true, rows: 4, households: { new: 0, existing: 2 }, residents: { new: 0, updated: 4 }, errors: [] });
      const twice = await register();
      assert.equal(twice.residents.length, after.residents.length, 'no duplicates');
      assert.equal(twice.households.length, after.households.length);
      assert.deepEqual(twice.residents.map((r) => r.id), after.residents.map((r) => r.id), 'the same rows, updated in place');

      const changed = clean.map((r) => (r.name === '廖小东' ? { ...r, habitual: '是', phone: '13700007777' } : r));
      const update = await upload(c, VILLAGE_A, await workbook(changed));
      assert.equal(update.json().residents.updated, 4);
      const xd = (await register()).residents.find((r) => r.name === '廖小东')!;
      assert.equal(xd.id, xiaodong.id);
      assert.equal(xd.habitual, true);
      assert.equal(xd.phoneMasked, '137****7777');
    });

    test('the export is an xlsx with every resident and whole ID numbers, and it imports back unchanged', async () => {
      const c = await loginAs(app, 'committeeA');
      const { residents } = await register();
      const res = await c.get(`/api/v1/jurisdictions/${VILLAGE_A}/people-export`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], XLSX);
      const disposition = String(res.headers['content-disposition']);
      assert.equal(decodeURIComponent(disposition.replace(/^attachment; filename\*=UTF-8''/, '')), '廖家坝社区-名册.xlsx');

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('村(居)民');
      assert.ok(ws, 'the register sheet');
      assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), columns.map((c) => c.header));
      const col = (key: Key) => columns.findIndex((c) => c.key === key) + 1;
      const rows: Record<string, string>[] = [];
      ws.eachRow((r, n) => {
        if (n === 1) return;
        rows.push(Object.fromEntries(columns.map((c) => [c.key, r.getCell(col(c.key)).value == null ? '' : String(r.getCell(col(c.key)).value)])));
      });
      assert.equal(rows.length, residents.length);
      const ids = rows.map((r) => r.idNumber).sort();
      const expected = [
        idNumber('1968-03-15', 11), idNumber('1970-07-02', 22), ...clean.map((r) => r.idNumber!),
      ].sort();
      assert.deepEqual(ids, expected, 'whole ID numbers of exactly this village');
      for (const r of rows) assert.equal(typeof r.idNumber, 'string');
      assert.ok(!ids.includes(idNumber('1975-11-30', 33)), 'nobody from village B');
      const dayong = rows.find((r) => r.name === '廖大勇')!;
      assert.deepEqual(dayong, {
        householdNumber: '0101', group: '第一居民小组', address: '第一居民小组5号', name: '廖大勇', relationToHead: '户主',
        idNumber: idNumber('1962-04-08', 13), gender: '男', birthDate: '1962-04-08', phone: '13900001234', registered: '是', habitual: '是', partyMember: '否',
      });
      // The head comes first in each household.
      assert.equal(rows.find((r) => r.householdNumber === '0001')!.relationToHead, '户主');

      const back = await upload(c, VILLAGE_A, Buffer.from(res.rawPayload), { dryRun: true });
      assert.equal(back.statusCode, 200, back.body);
      assert.deepEqual(back.json(), { ok: true, rows: residents.length, households: { new: 0, existing: 3 }, residents: { new: 0, updated: residents.length }, errors: [] });

      const t = await loginAs(app, 'township');
      assert.equal((await t.get(`/api/v1/jurisdictions/${VILLAGE_A}/people-export`)).statusCode, 200, 'the township may export');
      for (const who of ['gridA', 'supervisorA', 'committeeB'] as const) {
        assert.equal((await (await loginAs(app, who)).get(`/api/v1/jurisdictions/${VILLAGE_A}/people-export`)).statusCode, 403, who);
      }
      assert.equal((await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}/people-export`)).statusCode, 401);
    });

    test('the template has exactly the import columns and imports once filled', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await c.get('/api/v1/people-import-template');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], XLSX);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('村(居)民')!;
      assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), columns.map((c) => c.header));
      ws.addRow(columns.map((col) => ({ householdNumber: '0401', name: '周德明', relationToHead: '户主', idNumber: idNumber('1966-06-06', 81), registered: '是', habitual: '是' } as Row)[col.key] ?? null));
      const filled = Buffer.from(await wb.xlsx.writeBuffer());
      const dry = await upload(c, VILLAGE_A, filled, { dryRun: true });
      assert.equal(dry.json().ok, true, dry.body);
      assert.equal((await anonymous(app).get('/api/v1/people-import-template')).statusCode, 401);
    });

    test('only the committee of the village may import: grid worker, supervisor, township and committee B are refused', async () => {
      const before = await snapshot();
      const file = await workbook([person({ householdNumber: '0501', name: '孙立新', relationToHead: '户主', idNumber: idNumber('1980-08-08', 91) })]);
      for (const who of ['gridA', 'supervisorA', 'township', 'committeeB'] as const) {
        for (const dryRun of [true, false]) {
          const res = await upload(await loginAs(app, who), VILLAGE_A, file, { dryRun });
          assert.equal(res.statusCode, 403, `${who} dryRun=${dryRun}`);
          assert.equal(res.headers['content-type'], problemJson);
          assert.equal(res.json().action, 'people.import');
        }
      }
      assert.equal((await anonymous(app).request({ method: 'POST', url: `/api/v1/jurisdictions/${VILLAGE_A}/people-imports`, ...multipart(file) })).statusCode, 401);
      const c = await loginAs(app, 'committeeA');
      const noCsrf = await c.request({ method: 'POST', url: `/api/v1/jurisdictions/${VILLAGE_A}/people-imports`, ...multipart(file), headers: { ...multipart(file).headers, 'x-csrf-token': 'nope' } });
      assert.equal(noCsrf.statusCode, 403);
      assert.equal(await snapshot(), before, 'nothing imported');
      // Committee B imports into its own village; A's register is untouched.
      const b = await upload(await loginAs(app, 'committeeB'), VILLAGE_B, file);
      assert.equal(b.statusCode, 200, b.body);
      assert.ok((await register(VILLAGE_B)).residents.some((r) => r.name === '孙立新'));
      assert.equal(await snapshot(), before);
    });

    test('each commit leaves a people.import audit row without whole ID numbers or phones', async () => {
      const rows = (await (await loginAs(app, 'supervisorA')).get(`/api/v1/jurisdictions/${VILLAGE_A}/audit?limit=200`)).json().items as
        { action: string; targetType: string; targetId: string; actorLabel: string; capacityRole: string; capacityCode: string; after: { rows: number; residents: { new: number; updated: number }; sample: { name: string; idNumber: string }[] } }[];
      const imports = rows.filter((r) => r.action === 'people.import');
      assert.equal(imports.length, 3, 'the three successful commits above; refused and dry runs leave none');
      for (const r of imports) {
        assert.equal(r.targetType, 'village');
        assert.equal(r.targetId, VILLAGE_A);
        assert.equal(r.actorLabel, 'committee-a');
        assert.equal(r.capacityRole, 'committeeMember');
        assert.equal(r.capacityCode, VILLAGE_A);
        assert.equal(r.after.rows, 4);
        for (const s of r.after.sample) assert.match(s.idNumber, /^\d{4}\*{10}[\dX]{4}$/, 'masked');
      }
      assert.deepEqual(imports.map((r) => r.after.residents), [{ new: 0, updated: 4 }, { new: 0, updated: 4 }, { new: 4, updated: 0 }], 'newest first');
      const text = JSON.stringify(rows);
      for (const r of clean) assert.ok(!text.includes(r.idNumber!), `no whole ID number ${r.name}`);
      for (const phone of ['13900001234', '13700007777']) assert.ok(!text.includes(phone), 'no whole phone');
      assert.ok(rows.some((r) => r.action === 'people.export'), 'exports are audited too');
      const bRows = (await (await loginAs(app, 'township')).get(`/api/v1/jurisdictions/${VILLAGE_B}/audit?limit=200`)).json().items as { action: string; actorLabel: string }[];
      assert.deepEqual(bRows.filter((r) => r.action === 'people.import').map((r) => r.actorLabel), ['committee-b']);
    });
  });
}
