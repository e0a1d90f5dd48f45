import { sql, type Kysely, type Migration } from 'kysely';

export const serviceMigrations: Record<string, Migration> = {
  '202611221900_services_desk': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE service_catalog_item (
          id serial PRIMARY KEY,
          county_code varchar(12) NOT NULL,
          code text NOT NULL,
          name text NOT NULL,
          description text NOT NULL DEFAULT '',
          office text NOT NULL,
          documents jsonb NOT NULL DEFAULT '[]',
          working_days integer NOT NULL CHECK (working_days BETWEEN 1 AND 365),
          active boolean NOT NULL DEFAULT true,
          UNIQUE (county_code, code)
        );
        CREATE TABLE service_request (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          catalog_item_id integer NOT NULL REFERENCES service_catalog_item(id),
          resident_id integer NOT NULL,
          resident_name text NOT NULL,
          description text NOT NULL,
          state text NOT NULL CHECK (state IN ('received','accepted','inProgress','waitingForResident','completed','closedNotDone')),
          channel text NOT NULL CHECK (channel IN ('desk','online','open311')),
          filed_by_account_id integer,
          filed_by_label text NOT NULL,
          on_behalf boolean NOT NULL,
          filed_on date NOT NULL,
          due_on date,
          status_note text,
          created_at timestamptz NOT NULL,
          updated_at timestamptz NOT NULL,
          escalated_at timestamptz,
          CHECK (state <> 'closedNotDone' OR status_note IS NOT NULL)
        );
        CREATE INDEX service_request_village_idx ON service_request(village_code, id DESC);
        CREATE INDEX service_request_resident_idx ON service_request(resident_id);
        CREATE INDEX service_request_open_idx ON service_request(due_on) WHERE state NOT IN ('completed','closedNotDone');
        CREATE TABLE service_request_event (
          id serial PRIMARY KEY,
          request_id integer NOT NULL REFERENCES service_request(id),
          from_state text,
          to_state text NOT NULL,
          note text,
          actor_label text NOT NULL,
          actor_role text NOT NULL,
          at timestamptz NOT NULL
        );
        CREATE INDEX service_request_event_idx ON service_request_event(request_id, id);
        CREATE FUNCTION service_request_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'service_request_event is append-only';
        END $$;
        CREATE TRIGGER service_request_event_no_change BEFORE UPDATE OR DELETE ON service_request_event
          FOR EACH ROW EXECUTE FUNCTION service_request_event_append_only();
        CREATE TABLE errand (
          id serial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          request_id integer REFERENCES service_request(id),
          resident_id integer NOT NULL,
          resident_name text NOT NULL,
          office text NOT NULL,
          matter text NOT NULL,
          handed_over text NOT NULL,
          returned text,
          state text NOT NULL CHECK (state IN ('out','returned')),
          runner_account_id integer,
          runner_label text NOT NULL,
          started_on date NOT NULL,
          returned_on date,
          CHECK (state = 'out' OR (returned IS NOT NULL AND returned_on IS NOT NULL))
        );
        CREATE INDEX errand_village_idx ON errand(village_code, id DESC);
      `.execute(db);
    },
  },
  // The clock stops while a request waits for the resident: the event that ends the wait records
  // the due date it moved to, so the timeline shows it.
  '202611222000_services_event_due': {
    async up(db: Kysely<unknown>) {
      await sql`ALTER TABLE service_request_event ADD COLUMN due_on date`.execute(db);
    },
  },
  // 前台受理、后台审批: the county's catalogue names the kind of department that does a service's
  // back office; a request accepted into the back office records the department it was routed to.
  '202612060400_services_departments': {
    async up(db: Kysely<unknown>) {
      await sql`
        ALTER TABLE service_catalog_item ADD COLUMN department_kind text;
        ALTER TABLE service_request ADD COLUMN department_id integer REFERENCES department(id);
        CREATE INDEX service_request_department_idx ON service_request(department_id, id DESC) WHERE department_id IS NOT NULL;
      `.execute(db);
    },
  },
};
