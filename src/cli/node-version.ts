/**
 * The Node version check bin/seam runs before it loads anything else. This file is loaded by
 * whatever Node the user has, so it imports nothing and keeps to ES2015 syntax (no `?.` or `??`).
 */

/**
 * Why `running` (e.g. `process.versions.node`) cannot run seam, given `engines.node` from
 * package.json as `>=MAJOR[.MINOR[.PATCH]]`; undefined when it can, or when the range has
 * another form (never refuse a Node that may work).
 *
 * @example
 * nodeVersionProblem('20.20.2', '>=22.13'); // 'seam needs Node.js 22.13 or newer (this is Node.js 20.20.2).'
 * nodeVersionProblem('24.1.0', '>=22.13'); // undefined
 */
export function nodeVersionProblem(running: string, range: string): string | undefined {
  const found = /^\s*>=\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(range);
  if (found === null) return undefined;
  const minimum = found[1] as string;
  if (compareVersions(running, minimum) >= 0) return undefined;
  return `seam needs Node.js ${minimum} or newer (this is Node.js ${running}).`;
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] || 0) - (right[index] || 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
