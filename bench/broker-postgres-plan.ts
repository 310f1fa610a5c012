/**
 * The plans PostgreSQL chose for one can-i-deploy question, as the bench measured it: the
 * question goes through the broker's handler once with node-postgres's `Client.query` observed,
 * and each statement it made is run again under `EXPLAIN (ANALYZE, FORMAT JSON)`. The summary
 * (node types, index names, planning and execution time, JIT) goes into bench/results/broker.json,
 * so a run whose p99 moved says whether the plans moved with it.
 */
import pg from 'pg';
import type { FetchHandler } from '../src/core/index.ts';
import { round } from './stats.ts';

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Index Name'?: string;
  readonly Plans?: readonly PlanNode[];
}

interface ExplainOutput {
  readonly Plan: PlanNode;
  readonly 'Planning Time': number;
  readonly 'Execution Time': number;
  readonly JIT?: unknown;
}

/** One statement's plan, summarised. */
export interface PlanSummary {
  readonly statement: string;
  readonly nodeTypes: string[];
  readonly indexes: string[];
  readonly planningMs: number;
  readonly executionMs: number;
  readonly jit: boolean;
}

type Statement = { readonly text: string; readonly values: readonly unknown[] };

/**
 * Asks `path` once through `handler`, then explains every statement it made on `databaseUrl`.
 *
 * @example
 * const plans = await explainQuestion(handler, '/can-i-deploy?pacticipant=a&version=1&environment=production', url);
 */
export async function explainQuestion(
  handler: FetchHandler,
  path: string,
  databaseUrl: string,
): Promise<PlanSummary[]> {
  const statements = await capture(async () => {
    await (await handler(new Request(`http://bench${path}`))).arrayBuffer();
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const plans: PlanSummary[] = [];
    for (const { text, values } of statements) {
      if (!/^\s*(SELECT|WITH)\b/i.test(text)) continue;
      const result = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, [...values]);
      const [output] = result.rows[0]['QUERY PLAN'] as ExplainOutput[];
      if (output !== undefined) plans.push(summarize(text, output));
    }
    return plans;
  } finally {
    await client.end();
  }
}

// node-postgres's pool runs every statement through Client.prototype.query: observed while `work` runs.
async function capture(work: () => Promise<void>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const query = pg.Client.prototype.query;
  const observed = function (this: pg.Client, ...args: unknown[]) {
    if (typeof args[0] === 'string') statements.push({ text: args[0], values: (args[1] as unknown[]) ?? [] });
    return Reflect.apply(query, this, args);
  };
  Object.assign(pg.Client.prototype, { query: observed });
  try {
    await work();
  } finally {
    Object.assign(pg.Client.prototype, { query });
  }
  return statements;
}

function summarize(text: string, output: ExplainOutput): PlanSummary {
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(output.Plan);
  return {
    statement: text.replace(/\s+/g, ' ').trim().slice(0, 120),
    nodeTypes: [...new Set(nodes.map((node) => node['Node Type']))].sort(),
    indexes: [...new Set(nodes.flatMap((node) => node['Index Name'] ?? []))].sort(),
    planningMs: round(output['Planning Time']),
    executionMs: round(output['Execution Time']),
    jit: output.JIT !== undefined,
  };
}
