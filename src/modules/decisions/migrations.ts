import { sql, type Kysely, type Migration } from 'kysely';

export const decisionMigrations: Record<string, Migration> = {
  '202611220040_decisions_meetings': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE representative (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          resident_id integer NOT NULL,
          name text NOT NULL,
          female boolean NOT NULL,
          group_id integer,
          term_start date NOT NULL,
          term_end date,
          status text NOT NULL CHECK (status IN ('active','recalled','resigned')),
          ended_on date,
          end_reason text
        );
        CREATE UNIQUE INDEX representative_active_uq ON representative(village_code, resident_id) WHERE status = 'active';
        CREATE TABLE representative_household (
          representative_id integer NOT NULL REFERENCES representative(id),
          household_id integer NOT NULL,
          PRIMARY KEY (representative_id, household_id)
        );
        CREATE TABLE representative_training (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          held_on date NOT NULL,
          topic text NOT NULL,
          attendee_ids jsonb NOT NULL
        );
        CREATE TABLE matter_type (
          id serial PRIMARY KEY,
          scope_code varchar(12) NOT NULL,
          title text NOT NULL,
          basis text NOT NULL
        );
        CREATE TABLE meeting (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          kind text NOT NULL,
          title text NOT NULL,
          meeting_date date NOT NULL,
          place text NOT NULL,
          agenda text NOT NULL,
          procedure_id integer,
          status text NOT NULL CHECK (status IN ('scheduled','held','cancelled')),
          notice_given_on date NOT NULL,
          eligible jsonb NOT NULL,
          present jsonb,
          quorate boolean,
          minutes text,
          created_at timestamptz NOT NULL
        );
        CREATE INDEX meeting_village_idx ON meeting(village_code, meeting_date DESC);
        CREATE TABLE meeting_attendance (
          id serial PRIMARY KEY,
          meeting_id integer NOT NULL REFERENCES meeting(id),
          name text NOT NULL,
          resident_id integer,
          status text NOT NULL CHECK (status IN ('present','absent','leave'))
        );
        CREATE TABLE meeting_motion (
          id serial PRIMARY KEY,
          meeting_id integer NOT NULL REFERENCES meeting(id),
          title text NOT NULL,
          votes_for integer NOT NULL CHECK (votes_for >= 0),
          votes_against integer NOT NULL CHECK (votes_against >= 0),
          votes_abstain integer NOT NULL CHECK (votes_abstain >= 0),
          passed boolean NOT NULL,
          reasons jsonb NOT NULL
        );
      `.execute(db);
    },
  },
};
