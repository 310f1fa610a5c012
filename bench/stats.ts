/** Summary statistics of benchmark samples (milliseconds or any unit). */
export interface Summary {
  readonly samples: number;
  readonly min: number;
  readonly median: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Summarises samples; percentiles use the nearest-rank method. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return {
    samples: sorted.length,
    min: round(sorted[0] ?? 0),
    median: round(rank(50)),
    p99: round(rank(99)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(mean),
  };
}

/** Rounds to three significant decimals, enough for a results file. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
