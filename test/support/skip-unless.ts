/**
 * Test support: tests that need a program on the machine (Chromium, a database client...) are
 * skipped where it is missing, with the reason and how to install it; CI sets
 * `SEAM_REQUIRE_ALL_PEERS=1` so that a missing program fails the run instead of skipping.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** The variable that turns a missing program into a failure (`.ci/run` exports it). */
const requireAllPeersVariable = 'SEAM_REQUIRE_ALL_PEERS';

/**
 * Options for `describe` or `it`: `{}` when `program` (a path, or a name looked up on `PATH`) can
 * be run, else `{ skip: '<program> is not installed: <install>' }`. With `SEAM_REQUIRE_ALL_PEERS`
 * set it throws that message instead, so the test file fails.
 *
 * @example
 * describe('broker web UI in Chromium', skipUnless('/usr/bin/chromium', 'apt-get install chromium'), () => {});
 */
export function skipUnless(
  program: string,
  install: string,
  env: NodeJS.ProcessEnv = process.env,
): { skip?: string } {
  if (isRunnable(program, env)) return {};
  const reason = `${program} is not installed: ${install}`;
  if (isSet(env[requireAllPeersVariable])) throw new Error(`${requireAllPeersVariable} is set and ${reason}`);
  return { skip: reason };
}

function isRunnable(program: string, env: NodeJS.ProcessEnv): boolean {
  const candidates = isAbsolute(program)
    ? [program]
    : (env.PATH ?? '')
        .split(delimiter)
        .filter((dir) => dir !== '')
        .map((dir) => join(dir, program));
  return candidates.some(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0';
}
