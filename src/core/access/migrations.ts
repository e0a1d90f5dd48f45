import { sql, type Kysely, type Migration } from 'kysely';

export const accessMigrations: Record<string, Migration> = {
  '202611220001_access_accounts': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE account (
          id serial PRIMARY KEY,
          username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9_.-]{3,40}$'),
          display_name text NOT NULL,
          password_hash text NOT NULL,
          resident_id integer UNIQUE,
          disabled boolean NOT NULL DEFAULT false,
          failed_logins integer NOT NULL DEFAULT 0,
          locked_until timestamptz,
          created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE role_grant (
          id serial PRIMARY KEY,
          account_id integer NOT NULL REFERENCES account(id),
          role text NOT NULL,
          jurisdiction_code varchar(12) NOT NULL,
          granted_at timestamptz NOT NULL DEFAULT now(),
          granted_by text NOT NULL,
          revoked_at timestamptz
        );
        CREATE UNIQUE INDEX role_grant_active_uq ON role_grant(account_id, role, jurisdiction_code) WHERE revoked_at IS NULL;
        CREATE TABLE session (
          id text PRIMARY KEY,
          account_id integer NOT NULL REFERENCES account(id),
          csrf_token text NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          expires_at timestamptz NOT NULL,
          last_seen_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX session_account_idx ON session(account_id);
      `.execute(db);
    },
  },
  // Departments of a township or county (民政所, 司法所, 县民政局…) and their staff's grants.
  '202612060001_access_departments': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE department (
          id serial PRIMARY KEY,
          jurisdiction_code varchar(12) NOT NULL,
          kind text NOT NULL,
          name text NOT NULL CHECK (length(name) BETWEEN 2 AND 60),
          created_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (jurisdiction_code, name)
        );
        ALTER TABLE role_grant ADD COLUMN department_id integer REFERENCES department(id);
        ALTER TABLE role_grant ADD CONSTRAINT role_grant_department_ck
          CHECK ((role = 'departmentStaff') = (department_id IS NOT NULL));
        DROP INDEX role_grant_active_uq;
        CREATE UNIQUE INDEX role_grant_active_uq ON role_grant(account_id, role, jurisdiction_code, coalesce(department_id, 0)) WHERE revoked_at IS NULL;
      `.execute(db);
    },
  },
};
