// Certificates' access and audit vocabulary: who may do what, the records its routes act on (each
// resolved to its node, and to the resident it is for), and the audit names of what the lists decide.
import { bi } from '../../core/errors.ts';
import { byRowId } from '../../core/access/guard.ts';
import type { ModulePermissions } from '../../core/module.ts';
import { certificateNode, certificateRequestNode, entryNode } from './service.ts';

export const permissions: ModulePermissions = {
  actions: {
    'certificates.read': { roles: ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor'], description: bi('查看证明申请和用章登记', 'See certificate requests and the seal log') },
    // The committee's seal (seed 000 §二(六)3): only the committee issues.
    'certificates.desk': { roles: ['committeeMember'], description: bi('窗口代居民申请并按清单出具证明', 'Request and issue certificates at the desk by the lists') },
    'certificates.file': { roles: ['resident'], description: bi('居民在线申请证明（按清单当即答复；可出具的由持章成员出具）', 'Ask for a certificate online (answered by the lists at once; a lawful one is issued by the member holding the seal)') },
    // Only the holder downloads a certificate from "my requests" (staff with certificates.read).
    'certificates.readOwn': { roles: [], owner: true, description: bi('持证人下载本人的证明', 'The holder downloads their own certificate') },
    'certificates.decide': { roles: ['townshipOfficial'], description: bi('决定清单外的证明事项（并扩充清单）', 'Decide unlisted certificates, extending a list') },
    'certificates.lists': { roles: ['countyOfficer'], description: bi('维护证明事项清单', 'Keep the certificate lists') },
  },
  resources: {
    certificateListEntry: { label: bi('证明事项清单条目', 'certificate list entry'), load: byRowId(entryNode) },
    certificateRequest: { label: bi('证明申请', 'certificate request'), load: byRowId(certificateRequestNode) },
    certificate: { label: bi('证明', 'certificate'), key: { in: 'params', name: 'number' }, load: certificateNode },
  },
  audit: {
    'certificates.request': bi('申请证明（按清单答复：出具、拒绝或报乡镇决定）', 'Certificate asked for (answered by the lists: issue, refuse or ask the township)'),
    'certificates.issue': bi('出具证明（编号，记入用章登记）', 'Certificate issued (numbered, in the seal log)'),
  },
};
