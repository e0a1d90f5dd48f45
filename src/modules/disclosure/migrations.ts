import { sql, type Kysely, type Migration } from 'kysely';

export const disclosureMigrations: Record<string, Migration> = {
  '202611220030_disclosure_board': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE disclosure_setting (
          code varchar(12) PRIMARY KEY,
          frequent_finance boolean,
          feedback_working_days integer CHECK (feedback_working_days BETWEEN 1 AND 30),
          due_working_days integer CHECK (due_working_days BETWEEN 0 AND 30),
          report_day integer CHECK (report_day BETWEEN 1 AND 31)
        );
        CREATE TABLE disclosure_catalog_item (
          id serial PRIMARY KEY,
          scope_code varchar(12) NOT NULL,
          "column" text NOT NULL CHECK ("column" IN ('party','village','finance','services')),
          title text NOT NULL,
          requirement text NOT NULL,
          cadence text NOT NULL CHECK (cadence IN ('quarterly','monthly','finance','immediate')),
          responsible_role text NOT NULL,
          sort integer NOT NULL DEFAULT 0,
          active boolean NOT NULL DEFAULT true,
          created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX disclosure_catalog_scope_idx ON disclosure_catalog_item(scope_code);
        CREATE TABLE disclosure_entry (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          "column" text NOT NULL CHECK ("column" IN ('party','village','finance','services')),
          catalog_item_id integer REFERENCES disclosure_catalog_item(id),
          period_start date,
          period_end date,
          title text NOT NULL,
          body_md text NOT NULL,
          status text NOT NULL CHECK (status IN ('draft','inReview','returned','approved','published')),
          created_by text NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          published_at timestamptz,
          ledger_seq integer,
          ledger_hash char(64),
          supersedes_entry_id integer REFERENCES disclosure_entry(id),
          correction_reason text,
          CHECK (period_end IS NULL OR period_start <= period_end),
          CHECK (status <> 'published' OR (ledger_seq IS NOT NULL AND published_at IS NOT NULL))
        );
        CREATE INDEX disclosure_entry_board_idx ON disclosure_entry(village_code, status, published_at DESC, id DESC);
        CREATE TABLE disclosure_review_event (
          id serial PRIMARY KEY,
          entry_id integer NOT NULL REFERENCES disclosure_entry(id),
          action text NOT NULL,
          actor_label text NOT NULL,
          actor_role text NOT NULL,
          note text,
          at timestamptz NOT NULL
        );
        CREATE TABLE disclosure_finance_line (
          id serial PRIMARY KEY,
          entry_id integer NOT NULL REFERENCES disclosure_entry(id),
          line_no integer NOT NULL,
          occurred_on date NOT NULL,
          direction text NOT NULL CHECK (direction IN ('income','expense')),
          category text NOT NULL,
          counterparty text NOT NULL,
          amount_fen bigint NOT NULL CHECK (amount_fen > 0),
          voucher_no text NOT NULL,
          UNIQUE (entry_id, line_no)
        );
        CREATE TABLE disclosure_attachment (
          id serial PRIMARY KEY,
          entry_id integer NOT NULL REFERENCES disclosure_entry(id),
          filename text NOT NULL,
          mime text NOT NULL,
          size integer NOT NULL,
          sha256 char(64) NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX disclosure_attachment_hash_idx ON disclosure_attachment(sha256);
        CREATE TABLE disclosure_feedback (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          entry_id integer REFERENCES disclosure_entry(id),
          asker_account_id integer,
          asker_name text,
          phone text,
          question text NOT NULL,
          private boolean NOT NULL DEFAULT false,
          created_at timestamptz NOT NULL,
          due_on date, -- null while the due year's holiday calendar is not entered
          answer text,
          answered_by text,
          answered_at timestamptz,
          escalated_at timestamptz,
          CHECK (asker_account_id IS NOT NULL OR phone IS NOT NULL)
        );
        CREATE INDEX disclosure_feedback_village_idx ON disclosure_feedback(village_code, id DESC);
        CREATE TABLE disclosure_report (
          id serial PRIMARY KEY,
          scope_code varchar(12) NOT NULL,
          year integer NOT NULL,
          quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
          generated_at timestamptz NOT NULL,
          data jsonb NOT NULL,
          UNIQUE (scope_code, year, quarter)
        );

        -- What is published never changes: a published entry, its lines and attachments are frozen.
        CREATE FUNCTION disclosure_entry_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.status = 'published' THEN
            RAISE EXCEPTION 'a published disclosure cannot be changed; publish a correction';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER disclosure_entry_frozen BEFORE UPDATE OR DELETE ON disclosure_entry
          FOR EACH ROW EXECUTE FUNCTION disclosure_entry_frozen();
        CREATE FUNCTION disclosure_child_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE s text;
        BEGIN
          SELECT status INTO s FROM disclosure_entry WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.entry_id ELSE NEW.entry_id END;
          IF s = 'published' THEN
            RAISE EXCEPTION 'a published disclosure cannot be changed; publish a correction';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER disclosure_finance_line_frozen BEFORE INSERT OR UPDATE OR DELETE ON disclosure_finance_line
          FOR EACH ROW EXECUTE FUNCTION disclosure_child_frozen();
        CREATE TRIGGER disclosure_attachment_frozen BEFORE INSERT OR UPDATE OR DELETE ON disclosure_attachment
          FOR EACH ROW EXECUTE FUNCTION disclosure_child_frozen();
      `.execute(db);
    },
  },
};
