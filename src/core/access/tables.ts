import type { Generated } from 'kysely';

export interface AccessTables {
  account: {
    id: Generated<number>;
    username: string;
    displayName: string;
    passwordHash: string;
    residentId: number | null;
    disabled: Generated<boolean>;
    failedLogins: Generated<number>;
    lockedUntil: Date | null;
    createdAt: Generated<Date>;
  };
  department: {
    id: Generated<number>;
    /** The township or county the department belongs to. */
    jurisdictionCode: string;
    kind: string;
    name: string;
    createdAt: Generated<Date>;
  };
  roleGrant: {
    id: Generated<number>;
    accountId: number;
    role: string;
    jurisdictionCode: string;
    /** For role departmentStaff: the department the account acts for. */
    departmentId: number | null;
    grantedAt: Generated<Date>;
    grantedBy: string;
    revokedAt: Date | null;
  };
  session: {
    id: string; // sha256 of the cookie token: a leaked table row cannot be replayed
    accountId: number;
    csrfToken: string;
    createdAt: Generated<Date>;
    expiresAt: Date;
    lastSeenAt: Generated<Date>;
  };
}
