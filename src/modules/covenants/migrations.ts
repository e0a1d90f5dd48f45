import { sql, type Kysely, type Migration } from 'kysely';

export const covenantMigrations: Record<string, Migration> = {
  '202611221900_covenants_tables': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE covenant (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL UNIQUE,
          kind text NOT NULL CHECK (kind IN ('village','community')),
          title text NOT NULL,
          in_force_version_id integer,
          warning_days integer NOT NULL DEFAULT 180 CHECK (warning_days BETWEEN 30 AND 1095),
          next_clause_no integer NOT NULL DEFAULT 1,
          created_at timestamptz NOT NULL
        );
        CREATE TABLE covenant_version (
          id serial PRIMARY KEY,
          covenant_id integer NOT NULL REFERENCES covenant(id),
          village_code varchar(12) NOT NULL,
          procedure_id integer,
          number integer NOT NULL,
          origin text NOT NULL CHECK (origin IN ('draft','registered')),
          status text NOT NULL CHECK (status IN ('draft','inForce','superseded','notAdopted')),
          chapters jsonb NOT NULL,
          note text,
          created_by text NOT NULL,
          created_at timestamptz NOT NULL,
          adopted_on date,
          ledger_seq integer,
          ledger_hash text,
          UNIQUE (covenant_id, number)
        );
        CREATE INDEX covenant_version_procedure_idx ON covenant_version(procedure_id, id);
        -- Every version is kept: its text never changes once written.
        CREATE FUNCTION covenant_version_text_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'covenant versions are kept'; END IF;
          IF NEW.chapters IS DISTINCT FROM OLD.chapters THEN RAISE EXCEPTION 'a covenant version''s text cannot change'; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER covenant_version_frozen BEFORE UPDATE OR DELETE ON covenant_version
          FOR EACH ROW EXECUTE FUNCTION covenant_version_text_frozen();
        CREATE TABLE covenant_opinion (
          id serial PRIMARY KEY,
          procedure_id integer NOT NULL,
          village_code varchar(12) NOT NULL,
          body text NOT NULL,
          source text NOT NULL CHECK (source IN ('online','paper','meeting','visit','phone')),
          author_name text NOT NULL,
          author_account_id integer,
          collected_by text,
          created_at timestamptz NOT NULL
        );
        CREATE INDEX covenant_opinion_idx ON covenant_opinion(procedure_id, id);
        CREATE TABLE covenant_comment (
          id serial PRIMARY KEY,
          procedure_id integer NOT NULL,
          village_code varchar(12) NOT NULL,
          clause_id text NOT NULL,
          version_id integer NOT NULL REFERENCES covenant_version(id),
          author_account_id integer NOT NULL,
          author_name text NOT NULL,
          body text NOT NULL,
          hidden boolean NOT NULL DEFAULT false,
          hidden_reason text,
          disposition text CHECK (disposition IN ('adopted','notAdopted')),
          disposition_reason text,
          created_at timestamptz NOT NULL
        );
        CREATE INDEX covenant_comment_idx ON covenant_comment(procedure_id, clause_id, id);
        CREATE TABLE covenant_finding (
          id serial PRIMARY KEY,
          procedure_id integer NOT NULL,
          village_code varchar(12) NOT NULL,
          version_id integer NOT NULL REFERENCES covenant_version(id),
          stage text NOT NULL CHECK (stage IN ('review','vote')),
          clause_id text NOT NULL,
          rule text NOT NULL,
          basis text NOT NULL,
          excerpt text NOT NULL,
          message text NOT NULL,
          decision text CHECK (decision IN ('mustChange','lawful')),
          decision_reason text,
          decided_by text,
          decided_at timestamptz
        );
        CREATE INDEX covenant_finding_idx ON covenant_finding(version_id, id);
        CREATE TABLE covenant_roll_entry (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          covenant_id integer NOT NULL REFERENCES covenant(id),
          kind text NOT NULL CHECK (kind IN ('honor','warning')),
          resident_id integer,
          person_name text NOT NULL,
          clause_id text NOT NULL,
          clause_label text NOT NULL,
          clause_text text NOT NULL,
          description text NOT NULL,
          evidence text NOT NULL,
          recorded_on date NOT NULL,
          recorded_by text NOT NULL,
          recorded_by_account_id integer NOT NULL,
          expires_on date,
          appeal_text text,
          appealed_on date,
          appeal_decision text CHECK (appeal_decision IN ('upheld','removed')),
          appeal_reason text,
          appeal_decided_by text,
          created_at timestamptz NOT NULL
        );
        CREATE INDEX covenant_roll_idx ON covenant_roll_entry(village_code, kind, recorded_on DESC);
      `.execute(db);
    },
  },
};
