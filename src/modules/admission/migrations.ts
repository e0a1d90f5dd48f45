import { sql, type Kysely, type Migration } from 'kysely';

export const admissionMigrations: Record<string, Migration> = {
  '202611221900_admission_lists': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE duty_list_item (
          id serial PRIMARY KEY,
          county_code varchar(12) NOT NULL,
          list text NOT NULL CHECK (list IN ('statutoryDuties','assistedMatters','negativeMatters')),
          title text NOT NULL,
          basis text NOT NULL,
          department text,
          -- the county admission decision (a work or signboard request) that added the item, if any
          from_request_id integer,
          created_at timestamptz NOT NULL,
          retired_at timestamptz
        );
        CREATE INDEX duty_list_item_county_idx ON duty_list_item(county_code, list);
        CREATE TABLE work_request (
          id serial PRIMARY KEY,
          county_code varchar(12) NOT NULL,
          filed_at_code varchar(12) NOT NULL,
          filed_by text NOT NULL,
          department text NOT NULL,
          title text NOT NULL,
          description text NOT NULL,
          list_item_id integer REFERENCES duty_list_item(id),
          village_codes jsonb NOT NULL,
          funding_fen bigint,
          funding_source text,
          conditions text,
          requires_dedicated_office boolean NOT NULL,
          requires_dedicated_staff boolean NOT NULL,
          status text NOT NULL CHECK (status IN ('admitted','refused','countyReview')),
          rule text NOT NULL,
          basis text NOT NULL,
          reason jsonb NOT NULL,
          missing jsonb NOT NULL,
          county_note text,
          decided_at timestamptz,
          created_at timestamptz NOT NULL
        );
        CREATE INDEX work_request_county_idx ON work_request(county_code, id DESC);
        CREATE TABLE village_task (
          id serial PRIMARY KEY,
          work_request_id integer NOT NULL REFERENCES work_request(id),
          village_code varchar(12) NOT NULL,
          refused_at timestamptz,
          refusal_reason text,
          UNIQUE (work_request_id, village_code)
        );
        CREATE INDEX village_task_village_idx ON village_task(village_code);
        CREATE TABLE signboard (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          name text NOT NULL,
          issuing_body text NOT NULL,
          kind text NOT NULL,
          placement text NOT NULL CHECK (placement IN ('outside','inside')),
          status text NOT NULL CHECK (status IN ('hanging','countyReview','refused','removed')),
          rule text NOT NULL,
          reason jsonb NOT NULL,
          -- the admission record: the county's decision (the list item it created)
          admission_item_id integer REFERENCES duty_list_item(id),
          requested_by text NOT NULL,
          created_at timestamptz NOT NULL,
          decided_at timestamptz
        );
        CREATE INDEX signboard_village_idx ON signboard(village_code);
      `.execute(db);
    },
  },
};
