/** A bounded memo for pattern compilation: patterns come from pact files, so a few hundred suffice. */

type Outcome<T> = { readonly value: T } | { readonly error: unknown };

/**
 * Wraps `compute` so each key is computed once (errors included: a bad pattern throws the same
 * error again without re-parsing). The memo is emptied when it reaches `limit` entries.
 */
export function memoize<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, Outcome<T>>();
  return (key) => {
    let outcome = memo.get(key);
    if (outcome === undefined) {
      outcome = attempt(() => compute(key));
      if (memo.size >= limit) memo.clear();
      memo.set(key, outcome);
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  };
}

function attempt<T>(compute: () => T): Outcome<T> {
  try {
    return { value: compute() };
  } catch (error) {
    return { error };
  }
}
