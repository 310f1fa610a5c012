/**
 * The schema, as numbered migrations. Append only: a released migration is never edited. The SQL
 * is kept to what SQLite and PostgreSQL both accept, apart from the key column type.
 */

/** One schema step. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Every migration, oldest first.
 *
 * @example
 * const latest = migrations.at(-1)?.version;
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'pacticipants, versions, pacts, verification results',
    sql: `
CREATE TABLE pacticipants (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  main_branch TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE versions (
  id INTEGER PRIMARY KEY,
  pacticipant_id INTEGER NOT NULL REFERENCES pacticipants(id),
  number TEXT NOT NULL,
  branch TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (pacticipant_id, number)
);
CREATE TABLE pact_contents (
  id INTEGER PRIMARY KEY,
  sha TEXT NOT NULL UNIQUE,
  content TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE pact_publications (
  id INTEGER PRIMARY KEY,
  consumer_version_id INTEGER NOT NULL REFERENCES versions(id),
  provider_id INTEGER NOT NULL REFERENCES pacticipants(id),
  content_id INTEGER NOT NULL REFERENCES pact_contents(id),
  created_at TEXT NOT NULL,
  UNIQUE (consumer_version_id, provider_id)
);
CREATE INDEX pact_publications_provider ON pact_publications (provider_id, consumer_version_id);
CREATE TABLE verification_results (
  id INTEGER PRIMARY KEY,
  content_id INTEGER NOT NULL REFERENCES pact_contents(id),
  consumer_id INTEGER NOT NULL REFERENCES pacticipants(id),
  provider_version_id INTEGER NOT NULL REFERENCES versions(id),
  success INTEGER NOT NULL,
  branch TEXT,
  results TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX verification_results_content ON verification_results (content_id, provider_version_id);
`,
  },
  {
    version: 2,
    name: 'tags, environments, deployed and released versions',
    sql: `
CREATE TABLE tags (
  version_id INTEGER NOT NULL REFERENCES versions(id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (version_id, name)
);
CREATE INDEX tags_name ON tags (name, version_id);
CREATE TABLE environments (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  display_name TEXT,
  production INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE deployed_versions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  version_id INTEGER NOT NULL REFERENCES versions(id),
  environment_id INTEGER NOT NULL REFERENCES environments(id),
  application_instance TEXT,
  created_at TEXT NOT NULL,
  undeployed_at TEXT
);
CREATE INDEX deployed_versions_environment ON deployed_versions (environment_id, undeployed_at);
CREATE TABLE released_versions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  version_id INTEGER NOT NULL REFERENCES versions(id),
  environment_id INTEGER NOT NULL REFERENCES environments(id),
  created_at TEXT NOT NULL,
  support_ended_at TEXT,
  UNIQUE (version_id, environment_id)
);
`,
  },
];
