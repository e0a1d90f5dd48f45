import { sql, type Kysely, type Migration } from 'kysely';

export const certificateMigrations: Record<string, Migration> = {
  '202611221910_certificates_lists_and_seal_log': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE certificate_list_entry (
          id serial PRIMARY KEY,
          county_code varchar(12) NOT NULL,
          list text NOT NULL CHECK (list IN ('lawful','forbidden')),
          name text NOT NULL,
          aliases jsonb NOT NULL DEFAULT '[]',
          basis text NOT NULL,
          authority text,
          source text NOT NULL CHECK (source IN ('county','township')),
          decided_request_id integer,
          created_by text NOT NULL,
          created_at timestamptz NOT NULL,
          active boolean NOT NULL DEFAULT true,
          CHECK (list = 'lawful' OR authority IS NOT NULL)
        );
        CREATE UNIQUE INDEX certificate_list_entry_name_uq ON certificate_list_entry(county_code, name) WHERE active;
        CREATE TABLE certificate_request (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          resident_id integer NOT NULL,
          resident_name text NOT NULL,
          name text NOT NULL,
          purpose text NOT NULL,
          outcome text NOT NULL CHECK (outcome IN ('issued','refused','pendingTownship','approved')),
          reasons jsonb NOT NULL,
          basis text,
          authority text,
          filed_by_account_id integer,
          filed_by_label text NOT NULL,
          on_behalf boolean NOT NULL,
          filed_at timestamptz NOT NULL,
          decided_by_label text,
          decided_at timestamptz,
          certificate_id integer
        );
        CREATE INDEX certificate_request_village_idx ON certificate_request(village_code, id DESC);
        CREATE INDEX certificate_request_resident_idx ON certificate_request(resident_id);
        CREATE TABLE certificate (
          id serial PRIMARY KEY,
          number text NOT NULL UNIQUE,
          token text NOT NULL,
          village_code varchar(12) NOT NULL,
          request_id integer NOT NULL REFERENCES certificate_request(id),
          name text NOT NULL,
          basis text NOT NULL,
          holder_resident_id integer NOT NULL,
          holder_name text NOT NULL,
          statement text NOT NULL,
          purpose text NOT NULL,
          issued_by_account_id integer,
          issued_by_label text NOT NULL,
          issued_at timestamptz NOT NULL,
          issued_on date NOT NULL
        );
        CREATE INDEX certificate_village_idx ON certificate(village_code text_pattern_ops, id DESC);
        CREATE FUNCTION certificate_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the seal log (certificate) is append-only';
        END $$;
        CREATE TRIGGER certificate_no_change BEFORE UPDATE OR DELETE ON certificate
          FOR EACH ROW EXECUTE FUNCTION certificate_append_only();
      `.execute(db);
    },
  },
};
