/** The contract flow's numbered steps: each is timed and announced as one progress line. */

const stepNames = [
  'consumer tests',
  'broker',
  'publish',
  'providers',
  'verify',
  'deploy',
  'figures',
  'report',
] as const;

/** One of the flow's steps, by name. */
export type FlowStepName = (typeof stepNames)[number];

/** Runs the flow's steps, timing each and reporting it as `[n/8] name detail (time)`. */
export interface FlowSteps {
  /** Each step run so far and how long it took. */
  readonly steps: { name: string; ms: number }[];
  /** Runs one step's body, then records and reports it with the detail drawn from its value. */
  run<T>(name: FlowStepName, detail: (value: T) => string, body: () => Promise<T>): Promise<T>;
}

/**
 * Creates the step runner of one flow run.
 *
 * @example
 * const flow = createFlowSteps(console.log);
 * const files = await flow.run('publish', (files) => `${files.length} pact files`, () => publish());
 */
export function createFlowSteps(progress: (line: string) => void): FlowSteps {
  const steps: { name: string; ms: number }[] = [];
  return {
    steps,
    async run(name, detail, body) {
      const at = performance.now();
      const value = await body();
      const ms = performance.now() - at;
      steps.push({ name, ms });
      const number = stepNames.indexOf(name) + 1;
      progress(`[${number}/${stepNames.length}] ${name.padEnd(14)} ${detail(value)} (${formatMs(ms)})`);
      return value;
    },
  };
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
