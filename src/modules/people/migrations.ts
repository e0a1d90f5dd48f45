import { sql, type Kysely, type Migration } from 'kysely';

export const peopleMigrations: Record<string, Migration> = {
  '202611220020_people_register': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE household (
          id serial PRIMARY KEY,
          jurisdiction_code varchar(12) NOT NULL,
          number text NOT NULL,
          group_id integer,
          address text,
          created_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (jurisdiction_code, number)
        );
        CREATE TABLE resident (
          id serial PRIMARY KEY,
          jurisdiction_code varchar(12) NOT NULL,
          household_id integer NOT NULL REFERENCES household(id),
          name text NOT NULL,
          name_pinyin text NOT NULL,
          name_initials text NOT NULL,
          gender text NOT NULL CHECK (gender IN ('male','female')),
          birth_date date NOT NULL,
          id_number text NOT NULL CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
          phone text,
          relation_to_head text NOT NULL,
          registered boolean NOT NULL,
          habitual boolean NOT NULL,
          party_member boolean NOT NULL DEFAULT false,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (jurisdiction_code, id_number)
        );
        CREATE INDEX resident_village_idx ON resident(jurisdiction_code, id);
        CREATE INDEX resident_household_idx ON resident(household_id);
        CREATE INDEX resident_initials_idx ON resident(jurisdiction_code, name_initials text_pattern_ops);
        CREATE TABLE resident_flag_event (
          id serial PRIMARY KEY,
          resident_id integer NOT NULL REFERENCES resident(id),
          flag text NOT NULL CHECK (flag IN ('deprivedOfPoliticalRights','deceased','movedOut')),
          value boolean NOT NULL,
          effective_date date NOT NULL,
          note text,
          recorded_at timestamptz NOT NULL DEFAULT now(),
          recorded_by text NOT NULL
        );
        CREATE INDEX resident_flag_event_idx ON resident_flag_event(resident_id, flag, effective_date DESC, id DESC);
        CREATE TABLE committee_member (
          id serial PRIMARY KEY,
          jurisdiction_code varchar(12) NOT NULL,
          resident_id integer NOT NULL REFERENCES resident(id),
          body text NOT NULL CHECK (body IN ('partyBranch','residentsCommittee','supervisoryCommittee')),
          post text NOT NULL CHECK (post IN ('secretary','deputySecretary','chair','viceChair','member')),
          term_start date NOT NULL,
          term_end date
        );
        CREATE INDEX committee_member_village_idx ON committee_member(jurisdiction_code);
      `.execute(db);
    },
  },
};
