import { sql, type Kysely, type Migration } from 'kysely';

export const jurisdictionMigrations: Record<string, Migration> = {
  '202611220010_jurisdictions_tree': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE jurisdiction (
          code varchar(12) PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
          name text NOT NULL,
          short_name text NOT NULL,
          level text NOT NULL CHECK (level IN ('province','city','county','township','village')),
          kind text CHECK (kind IN ('township','subdistrict','village','community')),
          parent_code varchar(12),
          population integer CHECK (population >= 0),
          households integer CHECK (households >= 0),
          office_phone text,
          office_address text,
          updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX jurisdiction_parent_idx ON jurisdiction(parent_code, code);
        CREATE TABLE village_group (
          id serial PRIMARY KEY,
          jurisdiction_code varchar(12) NOT NULL REFERENCES jurisdiction(code),
          name text NOT NULL,
          sort integer NOT NULL DEFAULT 0,
          UNIQUE (jurisdiction_code, name)
        );
        CREATE TABLE grid (
          id serial PRIMARY KEY,
          jurisdiction_code varchar(12) NOT NULL REFERENCES jurisdiction(code),
          name text NOT NULL,
          group_id integer REFERENCES village_group(id),
          description text,
          UNIQUE (jurisdiction_code, name)
        );
      `.execute(db);
    },
  },
};
