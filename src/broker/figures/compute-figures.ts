/**
 * Computes {@link BrokerFigures} from the store: the compatibility score of the versions deployed
 * together in each environment, and contract stability over the last days.
 */
import { currentVersionsByEnvironment } from '../matrix/environment-versions.ts';
import type { BrokerStore, VerificationOutcome } from '../store/broker-store.ts';
import type {
  BrokerFigures,
  CompatibilityFigures,
  DeployedPair,
  PairStability,
  StabilityDay,
  StabilityFigures,
} from './broker-figures.ts';

/** What {@link computeFigures} takes. */
export interface FiguresOptions {
  /** The stability window, in days ending today (default 7). */
  readonly days?: number;
  /** The present (default: the clock). */
  readonly now?: Date;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Both figures at once.
 *
 * @example
 * const { compatibility, stability } = await computeFigures(store, { days: 7 });
 */
export async function computeFigures(
  store: BrokerStore,
  options: FiguresOptions = {},
): Promise<BrokerFigures> {
  return {
    compatibility: await compatibilityFigures(store),
    stability: await stabilityFigures(store, options),
  };
}

/**
 * The compatibility score: of every consumer version and provider version currently deployed (or
 * released and supported) in the same environment, where the consumer version has a pact with
 * that provider, the share whose pact that provider version verified successfully (its latest
 * verification). A pair with no verification counts as not verified.
 *
 * @example
 * (await compatibilityFigures(store)).score; // 0.75
 */
export async function compatibilityFigures(store: BrokerStore): Promise<CompatibilityFigures> {
  const pairs: DeployedPair[] = [];
  const environments = [];
  for (const { environment, versions: current } of await currentVersionsByEnvironment(store)) {
    const refs = [
      ...new Map(current.map((item) => [`${item.pacticipant}\u0000${item.version}`, item])).values(),
    ].map((item) => ({ pacticipant: item.pacticipant, version: item.version }));
    const rows =
      refs.length === 0
        ? []
        : await store.matrixQuery({
            consumers: refs,
            providers: [...new Set(refs.map((ref) => ref.pacticipant))],
          });
    const deployedVersions = new Map<string, Set<string>>();
    for (const ref of refs)
      deployedVersions.set(
        ref.pacticipant,
        (deployedVersions.get(ref.pacticipant) ?? new Set()).add(ref.version),
      );
    const found = new Map<string, DeployedPair>();
    for (const row of rows) {
      const { pact, verification } = row;
      for (const providerVersion of deployedVersions.get(pact.provider) ?? []) {
        const key = `${pact.consumer}\u0000${pact.consumerVersion}\u0000${pact.provider}\u0000${providerVersion}`;
        const byThisVersion = verification !== undefined && verification.providerVersion === providerVersion;
        const known = found.get(key);
        // Rows come oldest verification first, so the last one seen is the latest.
        if (known === undefined || byThisVersion)
          found.set(key, {
            environment: environment.name,
            consumer: pact.consumer,
            consumerVersion: pact.consumerVersion,
            provider: pact.provider,
            providerVersion,
            verified: byThisVersion ? verification.success : (known?.verified ?? null),
          });
      }
    }
    const own = [...found.values()].sort((a, b) =>
      `${a.consumer}\u0000${a.consumerVersion}\u0000${a.provider}\u0000${a.providerVersion}` <
      `${b.consumer}\u0000${b.consumerVersion}\u0000${b.provider}\u0000${b.providerVersion}`
        ? -1
        : 1,
    );
    const verified = own.filter((pair) => pair.verified === true).length;
    pairs.push(...own);
    environments.push({
      environment: environment.name,
      score: own.length === 0 ? null : verified / own.length,
      pairs: own.length,
      verified,
    });
  }
  const verified = pairs.filter((pair) => pair.verified === true).length;
  return { score: pairs.length === 0 ? null : verified / pairs.length, pairs, verified, environments };
}

/**
 * Contract stability: of the verification results published in the last `days` days (today
 * included, in UTC), the share that passed; per consumer–provider pair too, with the daily series
 * and the trend of the last day with results against the first.
 *
 * @example
 * (await stabilityFigures(store, { days: 7 })).score; // 0.9
 */
export async function stabilityFigures(
  store: BrokerStore,
  options: FiguresOptions = {},
): Promise<StabilityFigures> {
  const days = Math.max(1, Math.floor(options.days ?? 7));
  const now = options.now ?? new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = new Date(today - (days - 1) * dayMs);
  const dates = Array.from({ length: days }, (_, index) =>
    new Date(since.getTime() + index * dayMs).toISOString().slice(0, 10),
  );
  const outcomes = (await store.verificationsSince(since.toISOString())).filter(
    (outcome) => Date.parse(outcome.createdAt) <= now.getTime(),
  );
  const byPair = Map.groupBy(outcomes, (outcome) => `${outcome.consumer}\u0000${outcome.provider}`);
  const pairs: PairStability[] = [...byPair.values()]
    .map((own) => {
      const series = daily(dates, own);
      const passed = own.filter((outcome) => outcome.success).length;
      return {
        consumer: own[0]?.consumer ?? '',
        provider: own[0]?.provider ?? '',
        total: own.length,
        passed,
        share: passed / own.length,
        days: series,
        trend: trendOf(series),
      };
    })
    .sort((a, b) =>
      a.consumer === b.consumer ? (a.provider < b.provider ? -1 : 1) : a.consumer < b.consumer ? -1 : 1,
    );
  const passed = outcomes.filter((outcome) => outcome.success).length;
  return {
    days,
    since: since.toISOString(),
    until: now.toISOString(),
    score: outcomes.length === 0 ? null : passed / outcomes.length,
    total: outcomes.length,
    passed,
    daily: daily(dates, outcomes),
    pairs,
  };
}

function daily(dates: readonly string[], outcomes: readonly VerificationOutcome[]): StabilityDay[] {
  const counts = new Map(dates.map((date) => [date, { total: 0, passed: 0 }]));
  for (const outcome of outcomes) {
    const count = counts.get(outcome.createdAt.slice(0, 10));
    if (count === undefined) continue;
    count.total += 1;
    if (outcome.success) count.passed += 1;
  }
  return dates.map((date) => ({ date, ...(counts.get(date) ?? { total: 0, passed: 0 }) }));
}

function trendOf(series: readonly StabilityDay[]): PairStability['trend'] {
  const withResults = series.filter((day) => day.total > 0);
  const first = withResults[0];
  const last = withResults.at(-1);
  if (first === undefined || last === undefined || withResults.length === 1) return 'new';
  const change = last.passed / last.total - first.passed / first.total;
  return change > 0.001 ? 'improving' : change < -0.001 ? 'declining' : 'steady';
}
