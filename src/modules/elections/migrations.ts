import { sql, type Kysely, type Migration } from 'kysely';

export const electionMigrations: Record<string, Migration> = {
  '202611221900_elections_tables': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE election (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          kind text NOT NULL CHECK (kind IN ('villageCommittee','residentsCommittee','supervisoryCommittee','representatives')),
          profile text NOT NULL,
          title text NOT NULL,
          election_day date NOT NULL,
          seats jsonb NOT NULL,
          polling_stations jsonb NOT NULL,
          procedure_id integer NOT NULL,
          roll_published_on date,
          candidates_published_on date,
          results_published_at timestamptz,
          certificates_issued_on date,
          handed_over_on date,
          roll_ledger_seq integer,
          created_at timestamptz NOT NULL
        );
        CREATE INDEX election_village_idx ON election(village_code, election_day DESC);
        CREATE TABLE election_committee_member (
          id serial PRIMARY KEY,
          election_id integer NOT NULL REFERENCES election(id),
          resident_id integer,
          name text NOT NULL,
          post text NOT NULL CHECK (post IN ('chair','member')),
          withdrawn_on date,
          withdraw_reason text
        );
        CREATE TABLE voter (
          id serial PRIMARY KEY,
          election_id integer NOT NULL REFERENCES election(id),
          resident_id integer,
          name text NOT NULL,
          group_name text,
          birth_date date NOT NULL,
          female boolean NOT NULL,
          included boolean NOT NULL,
          way integer,
          reason text NOT NULL,
          source text NOT NULL
        );
        CREATE UNIQUE INDEX voter_resident_uq ON voter(election_id, resident_id) WHERE resident_id IS NOT NULL;
        CREATE TABLE roll_objection (
          id serial PRIMARY KEY,
          election_id integer NOT NULL REFERENCES election(id),
          filed_by text NOT NULL,
          voter_id integer REFERENCES voter(id),
          claim text NOT NULL CHECK (claim IN ('include','exclude')),
          subject_name text NOT NULL,
          statement text NOT NULL,
          filed_on date NOT NULL,
          decision_due date NOT NULL,
          decision text CHECK (decision IN ('upheld','rejected')),
          decision_reason text,
          decided_on date
        );
        CREATE TABLE nomination (
          id serial PRIMARY KEY,
          election_id integer NOT NULL REFERENCES election(id),
          position text NOT NULL,
          nominee_voter_id integer NOT NULL REFERENCES voter(id),
          nominee_name text NOT NULL,
          female boolean NOT NULL,
          nominator_voter_ids jsonb NOT NULL,
          status text NOT NULL CHECK (status IN ('nominated','excluded','candidate')),
          exclusion_reason text,
          created_at timestamptz NOT NULL,
          UNIQUE (election_id, position, nominee_voter_id)
        );
        CREATE TABLE vetting (
          id serial PRIMARY KEY,
          nomination_id integer NOT NULL REFERENCES nomination(id),
          department text NOT NULL,
          passed boolean NOT NULL,
          reason text NOT NULL,
          recorded_by text NOT NULL,
          recorded_at timestamptz NOT NULL,
          UNIQUE (nomination_id, department)
        );
        CREATE TABLE proxy_vote (
          id serial PRIMARY KEY,
          election_id integer NOT NULL REFERENCES election(id),
          principal_voter_id integer NOT NULL REFERENCES voter(id),
          proxy_voter_id integer NOT NULL REFERENCES voter(id),
          relation text NOT NULL,
          filed_on date NOT NULL,
          UNIQUE (election_id, principal_voter_id)
        );
        CREATE TABLE box_count (
          id serial PRIMARY KEY,
          election_id integer NOT NULL REFERENCES election(id),
          round_no integer NOT NULL,
          box text NOT NULL,
          entry_no integer NOT NULL CHECK (entry_no IN (1,2)),
          entered_by text NOT NULL,
          issued integer NOT NULL,
          returned integer NOT NULL,
          spoiled integer NOT NULL,
          votes jsonb NOT NULL,
          created_at timestamptz NOT NULL,
          UNIQUE (election_id, round_no, box, entry_no)
        );
        CREATE TABLE election_round (
          id serial PRIMARY KEY,
          election_id integer NOT NULL REFERENCES election(id),
          round_no integer NOT NULL,
          kind text NOT NULL CHECK (kind IN ('first','supplementary','tieRevote')),
          position text NOT NULL,
          seats integer NOT NULL,
          women_seats integer NOT NULL,
          candidates jsonb NOT NULL,
          women_candidates jsonb NOT NULL,
          outcome jsonb,
          tallied boolean NOT NULL DEFAULT false,
          created_at timestamptz NOT NULL,
          UNIQUE (election_id, round_no, position)
        );
        CREATE TABLE elected_member (
          id serial PRIMARY KEY,
          election_id integer NOT NULL REFERENCES election(id),
          round_no integer NOT NULL,
          name text NOT NULL,
          position text NOT NULL,
          votes integer NOT NULL,
          voter_id integer
        );
        CREATE TABLE recall_case (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          member_name text NOT NULL,
          registered_voters integer NOT NULL,
          representatives integer NOT NULL,
          petitions jsonb NOT NULL,
          vote jsonb,
          outcome jsonb NOT NULL,
          created_at timestamptz NOT NULL
        );
      `.execute(db);
    },
  },
  '202611222101_elections_by_election': {
    async up(db: Kysely<unknown>) {
      // 补选 (组织法 Art.19): a seat left vacant (recall, resignation) filled between regular elections.
      await sql`ALTER TABLE election ADD COLUMN by_election boolean NOT NULL DEFAULT false`.execute(db);
    },
  },
  '202611222102_elections_vetting_departments': {
    async up(db: Kysely<unknown>) {
      // The county's list of departments in the joint vetting (联审, seed 000 §二(五)).
      await sql`
        CREATE TABLE vetting_department (
          id serial PRIMARY KEY,
          county_code varchar(12) NOT NULL,
          key text NOT NULL,
          name text NOT NULL,
          sort integer NOT NULL,
          UNIQUE (county_code, key)
        )
      `.execute(db);
    },
  },
  '202611222103_elections_person_key_and_authorisation': {
    async up(db: Kysely<unknown>) {
      // 组织法 Art.13¶3: the people module's non-reversible person key on each roll entry, to find a
      // person on the roll of another village's election; Art.15¶4: the scanned written authorisation.
      await sql`
        ALTER TABLE voter ADD COLUMN person_key text;
        CREATE INDEX voter_person_key_idx ON voter(person_key) WHERE person_key IS NOT NULL AND included;
        ALTER TABLE proxy_vote ADD COLUMN authorisation_sha256 text, ADD COLUMN authorisation_mime text, ADD COLUMN authorisation_filename text;
      `.execute(db);
    },
  },
  '202611222104_elections_voter_registrations': {
    async up(db: Kysely<unknown>) {
      // 组织法 Art.13¶2 ways 2 and 3: a declaration of participation (hukou here, living away), or an
      // application approved by the 村民会议 / 村民代表会议 (hukou elsewhere, living here ≥ 1 year).
      await sql`
        CREATE TABLE voter_registration (
          id serial PRIMARY KEY,
          election_id integer NOT NULL REFERENCES election(id),
          resident_id integer NOT NULL,
          way smallint NOT NULL CHECK (way IN (2, 3)),
          declared_on date NOT NULL,
          months_resident integer,
          approved_on date,
          reference text NOT NULL,
          recorded_by text NOT NULL,
          recorded_at timestamptz NOT NULL,
          UNIQUE (election_id, resident_id)
        )
      `.execute(db);
    },
  },
};
