/** What `--database-url` (and SEAM_BROKER_DATABASE_URL) may name: a PostgreSQL database only. */

/**
 * Why the broker cannot use `url`, in one line, or undefined for a `postgres://` or
 * `postgresql://` URL. Credentials in `url` are never repeated.
 *
 * @example
 * databaseUrlProblem('postgres://broker@db/broker'); // undefined
 * databaseUrlProblem('mysql://root:secret@db/broker'); // '--database-url mysql://… is not supported: ...'
 */
export function databaseUrlProblem(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return undefined;
  const shown = scheme === undefined ? url : `${scheme}://…`;
  return `--database-url ${shown} is not supported: the broker stores its data in PostgreSQL (a postgres:// or postgresql:// URL) or, with --data DIR, in its embedded SQLite store.`;
}
