import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { capacityOf, write, procActor } from '../../core/access/guard.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import type { ProcActor } from '../../core/procedure/engine.ts';
import { getNode, requireNode, requireVillage, villagesUnder } from '../jurisdictions/service.ts';
import { certificatePdf } from './certificate.ts';
import { positions, profileIds } from './profiles.ts';
import { recall } from './rules.ts';
import { buildRoll, certificateSubject, closeRelatives, completeHandover, decideObjection, electedOf, electionKinds, electionOfNomination, electionsOf, electionView, enterCount, fileObjection, fileProxy, issueCertificates, nominate, nominationsOf, overview, planElection, publicElection, publishCandidates, publishResults, publishRoll, recordVetting, requireElection, resetBox, RESULTS_KIND, setVettingDepartments, vettingDepartments, tallyRound, proxyAuthorisation, storeAuthorisation, recordRegistration, registrationsList } from './service.ts';
import { listRecalls, recordRecall } from './recall.ts';
import { ledgerEntries } from '../../core/ledger/ledger.ts';
import { chinaDate } from '../../core/time.ts';
import { openBlob } from '../../core/blobs.ts';
import { fileResponse } from '../../core/serializer.ts';
import { boxCountOut, departmentOut, electionOut, electionSummaryOut, nominatedOut, nominationOut, objectionDecidedOut, objectionFiledOut, overviewOut, proxyFiledOut, publicElectionOut, publishedElectionOut, recallCaseOut, recallOut, registrationOut, registrationRecordedOut, rollBuiltOut, scanMediaTypes, tallyOut, type EventPayloadOut, type PublicElectionOut } from './schemas.ts';

const villageParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const roundParams = z.object({ id: z.coerce.number().int().positive(), no: z.coerce.number().int().min(1).max(20) });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const count = z.number().int().min(0);
const text = (max: number) => z.string().trim().min(1).max(max);
const deptKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'a key of letters and digits');

export function electionRoutes(api: Api, ctx: ModuleContext) {
  // The engine asks the same chain as the guard for each step's action, on the route's resource.
  const cal = () => loadCalendar(ctx.db);
  const view = async (id: number) => {
    const v = await electionView(ctx.db, id, await cal(), ctx.now());
    // The timeline's payloads are stored JSON, of the shapes this module writes (eventPayloadOut);
    // Every state of the machine has its label (electionProcedure.stateLabels).
    return { ...v, stateLabel: v.stateLabel!, events: v.events.map((x) => ({ ...x, payload: x.payload as EventPayloadOut })) };
  };
  const tags = ['elections'];

  // --- public
  api.get('/api/v1/villages/:code/elections/public', {
    config: { public: true },
    schema: { tags, summary: '本村选举（已公布的名单与结果） Elections of a village, as published', params: villageParams, response: { 200: z.array(publishedElectionOut) } },
  }, async (req) => {
    await requireVillage(ctx.db, req.params.code);
    return (await electionsOf(ctx.db, req.params.code)).filter((e) => e.rollPublishedOn).map((e) => ({ id: e.id, title: e.title, electionDay: e.electionDay, resultsPublished: e.resultsPublishedAt !== null }));
  });
  api.get('/api/v1/elections/:id/public', {
    config: { public: true },
    schema: { tags, summary: '选举的公示：选民名单、正式候选人、委托投票、选举结果 What an election published', params: idParams, response: { 200: publicElectionOut } },
  // The ledger's payloads are stored JSON: the shapes service.ts publishes (publicElectionOut).
  }, async (req) => (await publicElection(ctx.db, req.params.id)) as PublicElectionOut);

  // --- staff
  api.get('/api/v1/villages/:code/elections', {
    config: { action: 'elections.read' },
    schema: { tags, summary: '本村选举 Elections of a village', params: villageParams, response: { 200: z.array(electionSummaryOut) } },
  }, async (req) => { await requireVillage(ctx.db, req.params.code); return electionsOf(ctx.db, req.params.code); });

  api.post('/api/v1/villages/:code/elections', {
    config: { action: 'elections.manage' },
    schema: {
      tags, summary: '制定选举方案 Plan an election', params: villageParams,
      body: z.object({
        kind: z.enum(electionKinds), profile: z.enum(profileIds), title: text(120), electionDay: date,
        seats: z.object({ director: count.max(1), deputyDirector: count.max(3), member: count.max(20), womenMember: count.max(3) }).strict(),
        pollingStations: z.array(z.object({ name: text(60), mobile: z.boolean() }).strict()).min(1).max(30),
        committee: z.array(z.object({ residentId: z.number().int().positive().nullable().optional(), name: text(40), post: z.enum(['chair', 'member']) }).strict()).min(1).max(15),
        byElection: z.boolean().optional(),
      }).strict(),
      response: { 201: electionOut },
    },
  }, async (req, reply) => {
    const calendar = await cal();
    const id = await write(ctx.db, capacityOf(req), 'elections.plan', (w) => planElection(w, req.params.code, req.body, calendar, procActor(req), ctx.now()));
    return reply.code(201).send(await view(id));
  });

  api.get('/api/v1/elections/:id', {
    config: { action: 'elections.read', resource: 'election' },
    schema: { tags, summary: '选举详情、法定时间表与各步状态 An election with its statutory timeline', params: idParams, response: { 200: electionOut } },
  }, async (req) => view(req.params.id));

  api.post('/api/v1/elections/:id/roll', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '从人口登记生成选民名单 Derive the voter roll from the register', params: idParams, response: { 200: rollBuiltOut } },
  }, async (req) => write(ctx.db, capacityOf(req), 'elections.roll', (w) => buildRoll(w, req.params.id)));

  api.get('/api/v1/elections/:id/registrations', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '登记参加选举的表示与申请（组织法第十三条第二款第二、三项） Declarations and applications', params: idParams, response: { 200: z.array(registrationOut) } },
  }, async (req) => registrationsList(ctx.db, req.params.id));

  api.post('/api/v1/elections/:id/registrations', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: {
      tags, summary: '记录本人表示参加选举（第二项）或经会议同意的申请（第三项），并重新生成名单 Record a way-2 declaration or way-3 application', params: idParams,
      body: z.object({ residentId: z.number().int().positive(), way: z.union([z.literal(2), z.literal(3)]), declaredOn: date, reference: text(200),
        monthsResidentHere: z.number().int().min(0).max(1200).nullable().optional(), approvedOn: date.nullable().optional() }).strict(),
      response: { 201: registrationRecordedOut },
    },
  }, async (req, reply) => {
    const r = await write(ctx.db, capacityOf(req), 'elections.registration', (w) => recordRegistration(w, req.params.id, req.body, req.actor!.username, ctx.now()));
    return reply.code(201).send(r);
  });

  api.post('/api/v1/elections/:id/roll/publish', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '公布选民名单（选举日二十日前） Publish the voter roll', params: idParams, response: { 200: electionOut } },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), 'elections.publishRoll', (w) => publishRoll(w, req.params.id, procActor(req), ctx.now()));
    return view(req.params.id);
  });

  api.post('/api/v1/elections/:id/objections', {
    config: { action: 'elections.object', resource: 'election' },
    schema: {
      tags, summary: '对选民名单提出异议 Object to the voter roll', params: idParams,
      body: z.object({ voterId: z.number().int().positive().nullable().optional(), claim: z.enum(['include', 'exclude']), subjectName: text(40), statement: text(2000) }).strict(),
      response: { 201: objectionFiledOut },
    },
  }, async (req, reply) => {
    const calendar = await cal();
    const filedBy = req.capacity?.role === 'resident' ? `村民 ${req.actor!.username}` : `${req.actor!.username}（代录）`;
    const r = await write(ctx.db, capacityOf(req), 'elections.objection', (w) => fileObjection(w, req.params.id, { ...req.body, filedBy }, calendar, ctx.now()));
    return reply.code(201).send(r);
  });

  api.post('/api/v1/objections/:id/decision', {
    config: { action: 'elections.manage', resource: 'electionObjection' },
    schema: { tags, summary: '对异议作出处理决定（三日内，须说明理由） Decide an objection', params: idParams, body: z.object({ decision: z.enum(['upheld', 'rejected']), reason: text(2000) }).strict(), response: { 200: objectionDecidedOut } },
  }, async (req) => write(ctx.db, capacityOf(req), 'elections.decideObjection', (w) => decideObjection(w, req.params.id, req.body, procActor(req), ctx.now())));

  api.get('/api/v1/elections/:id/nominations', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '提名与联审（含不通过理由，仅限授权人员） Nominations and vetting', params: idParams, response: { 200: z.array(nominationOut) } },
  }, async (req) => nominationsOf(ctx.db, req.params.id));

  api.post('/api/v1/elections/:id/nominations', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '登记选民直接提名 Record a direct nomination', params: idParams, body: z.object({ position: z.enum(positions), nomineeVoterId: z.number().int().positive(), nominatorVoterIds: z.array(z.number().int().positive()).min(1).max(1000) }).strict(), response: { 201: nominatedOut } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'elections.nominate', (w) => nominate(w, req.params.id, req.body, procActor(req), ctx.now()))));

  api.post('/api/v1/nominations/:id/vetting', {
    config: { action: 'elections.vet', resource: 'electionNomination' },
    schema: { tags, summary: '联审部门意见 A department\'s vetting result', params: idParams, body: z.object({ department: deptKey, passed: z.boolean(), reason: text(2000) }).strict(), response: { 200: nominationOut } },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), 'elections.vet', (w) => recordVetting(w, req.params.id, req.body, req.actor!.username, ctx.now()));
    return (await nominationsOf(ctx.db, await electionOfNomination(ctx.db, req.params.id))).find((n) => n.id === req.params.id)!;
  });

  api.post('/api/v1/elections/:id/candidates/publish', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '公布正式候选人（须差额） Publish the candidate list', params: idParams, response: { 200: electionOut } },
  }, async (req) => {
    const calendar = await cal();
    await write(ctx.db, capacityOf(req), 'elections.publishCandidates', (w) => publishCandidates(w, req.params.id, calendar, procActor(req), ctx.now()));
    return view(req.params.id);
  });

  api.post('/api/v1/elections/:id/proxies', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '登记委托投票（附书面委托书） File a proxy with its written authorisation', params: idParams, body: z.object({
      principalVoterId: z.number().int().positive(), proxyVoterId: z.number().int().positive(), relation: z.enum(closeRelatives),
      authorisation: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 (64 hex)'), filename: z.string().max(200).optional() }).strict().optional(),
    }).strict(), response: { 201: proxyFiledOut } },
  }, async (req, reply) => {
    const calendar = await cal();
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'elections.proxy', (w) => fileProxy(w, req.params.id, req.body, calendar, ctx.now(), ctx.config.dataDir)));
  });

  api.post('/api/v1/elections/:id/proxy-authorisations', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '上传委托书扫描件（PDF/JPG/PNG） Upload a scanned written authorisation', params: idParams, consumes: ['multipart/form-data'],
      response: { 201: z.object({ sha256: z.string(), mime: z.string(), size: z.number(), filename: z.string() }) } },
  }, async (req, reply) => {
    const file = await req.file();
    if (!file) throw AppError.validation([fieldError('file', 'file.required', bi('请上传委托书扫描件', 'Upload the scanned authorisation'))]);
    return reply.code(201).send(await storeAuthorisation(ctx.config.dataDir, { filename: file.filename, data: await file.toBuffer() }));
  });

  api.get('/api/v1/elections/:id/proxies/:proxyId/authorisation', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '委托书扫描件（仅工作人员） The scanned authorisation (staff only)', params: z.object({ id: z.coerce.number().int().positive(), proxyId: z.coerce.number().int().positive() }),
      response: { 200: fileResponse(scanMediaTypes, '委托书扫描件（PDF、JPG 或 PNG） The scanned authorisation') } },
  }, async (req, reply) => {
    const a = await proxyAuthorisation(ctx.db, req.params.id, req.params.proxyId);
    return reply.header('content-type', a.mime).header('cache-control', 'private, no-store')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(a.filename)}`)
      .send(openBlob(ctx.config.dataDir, a.sha256));
  });

  api.post('/api/v1/elections/:id/rounds/:no/counts', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: {
      tags, summary: '录入一个票箱的计票结果（两人分别录入） Enter a box\'s count', params: roundParams,
      body: z.object({ box: text(60), issued: count, returned: count, spoiled: count, votes: z.record(z.string().regex(/^(director|deputyDirector|member|womenMember)$/, 'director|deputyDirector|member|womenMember'), z.record(z.string().min(1).max(40), count)) }).strict(),
      response: { 201: z.array(boxCountOut) },
    },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'elections.count', (w) => enterCount(w, req.params.id, req.params.no, req.body as never, req.actor!.username, ctx.now()))));

  api.post('/api/v1/elections/:id/rounds/:no/counts/reset', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '两次录入不一致时重新清点该票箱 Clear a box\'s entries to recount', params: roundParams, body: z.object({ box: text(60), reason: text(500) }).strict(), response: { 200: z.array(boxCountOut) } },
  }, async (req) => write(ctx.db, capacityOf(req), 'elections.countReset', (w) => resetBox(w, req.params.id, req.params.no, req.body.box, req.body.reason)));

  api.post('/api/v1/elections/:id/rounds/:no/tally', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '计票（依法定规则） Tally a round by the statutory rule', params: roundParams, response: { 200: tallyOut } },
  }, async (req) => write(ctx.db, capacityOf(req), 'elections.tally', (w) => tallyRound(w, req.params.id, req.params.no, procActor(req), ctx.now())));

  api.post('/api/v1/elections/:id/results/publish', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '当场公布选举结果 Publish the results', params: idParams, response: { 200: electionOut } },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), 'elections.publishResults', (w) => publishResults(w, req.params.id, procActor(req), ctx.now()));
    return view(req.params.id);
  });

  api.post('/api/v1/elections/:id/certificates', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '颁发当选证书 Issue the certificates', params: idParams, response: { 200: electionOut } },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), 'elections.certificates', (w) => issueCertificates(w, req.params.id, procActor(req), ctx.now()));
    return view(req.params.id);
  });

  api.post('/api/v1/elections/:id/handover', {
    config: { action: 'elections.manage', resource: 'election' },
    schema: { tags, summary: '完成工作移交 Record the handover', params: idParams, response: { 200: electionOut } },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), 'elections.handover', (w) => completeHandover(w, req.params.id, procActor(req), ctx.now()));
    return view(req.params.id);
  });

  api.get('/api/v1/elections/:id/certificates.pdf', {
    config: { action: 'elections.read', resource: 'election' },
    schema: { tags, summary: '当选证书 PDF Certificates of election', params: idParams, response: { 200: fileResponse('application/pdf', '当选证书（PDF） The certificates of election') } },
  }, async (req, reply) => {
    const e = await requireElection(ctx.db, req.params.id);
    if (!e.resultsPublishedAt) throw new AppError('conflict', bi('选举结果尚未公布，不能打印当选证书', 'The results are not published yet'));
    const village = await getNode(ctx.db, e.villageCode);
    const elected = await electedOf(ctx.db, e.id);
    const rec = (await ledgerEntries(ctx.db, e.villageCode, { kind: RESULTS_KIND, recordIds: [String(e.id)] })).at(-1);
    const pdf = await certificatePdf({
      villageName: village.shortName || village.name, community: village.name.endsWith('社区'), title: e.title, electionDay: e.electionDay,
      people: elected.map((m) => ({ ...certificateSubject(e, m), votes: m.votes })), issuedOn: e.certificatesIssuedOn ?? chinaDate(ctx.now()), ledgerHash: rec?.hash ?? null,
    });
    return reply.type('application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(`${e.title}-当选证书.pdf`)}`).send(pdf);
  });

  api.get('/api/v1/jurisdictions/:code/elections-overview', {
    config: { action: 'elections.read' },
    schema: { tags, summary: '辖区各村（社区）换届选举进度与结果 Elections across the villages', params: villageParams, response: { 200: z.array(overviewOut) } },
  }, async (req) => {
    const node = await requireNode(ctx.db, req.params.code);
    const villages = node.level === 'village' ? [node] : await villagesUnder(ctx.db, node.code);
    return overview(ctx.db, villages.map((v) => ({ code: v.code, name: v.shortName || v.name })), await cal(), ctx.now());
  });

  // --- the county's vetting departments (联审)
  api.get('/api/v1/jurisdictions/:code/vetting-departments', {
    config: { public: true }, // which departments vet candidates is no secret
    schema: { tags, summary: '县联审部门名单 The county\'s vetting departments', params: villageParams, response: { 200: z.array(departmentOut) } },
  }, async (req) => { await requireNode(ctx.db, req.params.code); return vettingDepartments(ctx.db, req.params.code); });

  api.put('/api/v1/jurisdictions/:code/vetting-departments', {
    config: { action: 'elections.vetList' },
    schema: { tags, summary: '设定县联审部门名单 Set the county\'s vetting departments', params: villageParams, body: z.object({ departments: z.array(z.object({ key: deptKey, name: text(40) }).strict()).min(1).max(20) }).strict(), response: { 200: z.array(departmentOut) } },
  }, async (req) => {
    await requireNode(ctx.db, req.params.code);
    await write(ctx.db, capacityOf(req), 'elections.vetList', (w) => setVettingDepartments(w, req.params.code, req.body.departments));
    return vettingDepartments(ctx.db, req.params.code);
  });

  // --- recall
  api.get('/api/v1/villages/:code/recalls', {
    config: { public: true },
    schema: { tags, summary: '罢免案 Recall cases', params: villageParams, response: { 200: z.array(recallCaseOut) } },
  }, async (req) => { await requireVillage(ctx.db, req.params.code); return listRecalls(ctx.db, req.params.code); });

  api.post('/api/v1/villages/:code/recalls', {
    config: { action: 'elections.manage' },
    schema: {
      tags, summary: '登记罢免要求与表决结果 Record a recall petition and vote', params: villageParams,
      body: z.object({
        memberName: text(40), registeredVoters: count, representatives: count,
        petitions: z.array(z.object({ by: z.enum(['voters', 'representatives']), signatures: count }).strict()).min(1).max(5),
        vote: z.object({ votersWhoVoted: count, yes: count, no: count, invalid: count }).strict().optional(),
      }).strict(),
      response: { 201: recallOut },
    },
  }, async (req, reply) => {
    await requireVillage(ctx.db, req.params.code);
    const outcome = recall(req.body);
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'elections.recall', (w) => recordRecall(w, req.params.code, req.body, outcome, ctx.now())));
  });
}
