// The register's access vocabulary: who may do what, and the records its routes act on (a
// household and a resident, each resolved to its village; a resident is the owner of their record).
import { bi } from '../../core/errors.ts';
import { byRowId } from '../../core/access/guard.ts';
import type { ModulePermissions } from '../../core/module.ts';
import { householdNode, residentNode } from './service.ts';

const staff = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;

export const permissions: ModulePermissions = {
  actions: {
    'people.read': { roles: staff, description: bi('查看名册（证件号、电话脱敏）', 'Read the register (ID numbers and phones masked)') },
    // Whole ID numbers and phones only for those who serve the person directly (两委) and the township.
    'people.readSensitive': { roles: ['committeeMember', 'townshipOfficial'], description: bi('查看完整身份证号和电话', 'See whole ID numbers and phones') },
    'people.write': { roles: ['committeeMember'], description: bi('登记和修改户、居民', 'Register and edit households and residents') },
    'people.import': { roles: ['committeeMember'], description: bi('Excel 导入名册', 'Import the register from Excel') },
    'people.export': { roles: ['committeeMember', 'townshipOfficial'], description: bi('导出名册', 'Export the register') },
  },
  resources: {
    household: { label: bi('户', 'household'), load: byRowId(householdNode) },
    resident: { label: bi('居民', 'resident'), load: byRowId(residentNode) },
    // The signed-in account's own resident record: "my village", for a resident filing for
    // themself (a service or a certificate request). Other modules' routes name it too.
    ownResident: { label: bi('本账户关联的居民登记', 'resident record linked to this account'), key: { in: 'actor', name: 'residentId' }, load: byRowId(residentNode) },
  },
  audit: {
    'people.demoRegister': bi('载入演示名册（演示数据）', 'Demo register loaded (demo data)'),
  },
};
