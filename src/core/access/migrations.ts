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
};
