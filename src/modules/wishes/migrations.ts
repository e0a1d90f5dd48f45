import { sql, type Kysely, type Migration } from 'kysely';

export const wishMigrations: Record<string, Migration> = {
  '202611221905_wishes_tables': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE volunteer_profile (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          kind text NOT NULL CHECK (kind IN ('volunteer','partyMember','socialOrganization','unit')),
          name text NOT NULL,
          account_id integer,
          introduction text,
          minutes integer NOT NULL DEFAULT 0 CHECK (minutes >= 0),
          created_at timestamptz NOT NULL
        );
        CREATE UNIQUE INDEX volunteer_profile_account_uq ON volunteer_profile(village_code, account_id) WHERE account_id IS NOT NULL;
        CREATE TABLE micro_wish (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          title text NOT NULL,
          description text NOT NULL,
          wisher_name text NOT NULL,
          wisher_account_id integer,
          posted_by text NOT NULL,
          on_behalf boolean NOT NULL,
          state text NOT NULL CHECK (state IN ('submitted','rejected','published','claimed','fulfilled','thanked','withdrawn')),
          reject_reason text,
          claimed_by integer REFERENCES volunteer_profile(id),
          claimed_at timestamptz,
          fulfil_note text,
          photo_sha256 char(64),
          photo_mime text,
          minutes integer,
          fulfilled_at timestamptz,
          thanks text,
          thanked_at timestamptz,
          created_at timestamptz NOT NULL,
          updated_at timestamptz NOT NULL
        );
        CREATE INDEX micro_wish_village_idx ON micro_wish(village_code, id DESC);
        CREATE TABLE micro_wish_event (
          id serial PRIMARY KEY,
          wish_id integer NOT NULL REFERENCES micro_wish(id),
          event text NOT NULL,
          from_state text NOT NULL,
          to_state text NOT NULL,
          actor_role text NOT NULL,
          note text,
          at timestamptz NOT NULL
        );
        CREATE TABLE micro_service (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          profile_id integer NOT NULL REFERENCES volunteer_profile(id),
          title text NOT NULL,
          description text NOT NULL,
          availability text,
          active boolean NOT NULL DEFAULT true,
          created_at timestamptz NOT NULL
        );
      `.execute(db);
    },
  },
};
