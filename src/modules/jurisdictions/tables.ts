import type { Generated } from 'kysely';

export interface JurisdictionTables {
  jurisdiction: {
    code: string;
    name: string;
    shortName: string;
    level: string;
    kind: string | null;
    parentCode: string | null;
    population: number | null;
    households: number | null;
    officePhone: string | null;
    officeAddress: string | null;
    updatedAt: Generated<Date>;
  };
  villageGroup: {
    id: Generated<number>;
    jurisdictionCode: string;
    name: string;
    sort: number;
  };
  grid: {
    id: Generated<number>;
    jurisdictionCode: string;
    name: string;
    groupId: number | null;
    description: string | null;
  };
}
