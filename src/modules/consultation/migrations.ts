import { sql, type Kysely, type Migration } from 'kysely';

export const consultationMigrations: Record<string, Migration> = {
  '202611220050_consultation_topics': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE consultation_category (id serial PRIMARY KEY, scope_code varchar(12) NOT NULL, title text NOT NULL);
        CREATE TABLE consultation_comment (
          id serial PRIMARY KEY,
          procedure_id integer NOT NULL,
          parent_id integer REFERENCES consultation_comment(id),
          author_account_id integer NOT NULL,
          author_name text NOT NULL,
          body text NOT NULL,
          hidden boolean NOT NULL DEFAULT false,
          hidden_reason text,
          created_at timestamptz NOT NULL
        );
        CREATE INDEX consultation_comment_idx ON consultation_comment(procedure_id, parent_id, id);
      `.execute(db);
    },
  },
};
