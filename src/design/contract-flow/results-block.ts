/** The contract flow's results as a plain-text block for the terminal. */
import { percentText } from '../../broker/index.ts';
import type { ContractFlowResult } from './contract-flow-result.ts';

/**
 * The results block: consumer contracts verified per pair, provider verifications (with each
 * failure), can-i-deploy answers, the compatibility score, contract stability and the files.
 *
 * @example
 * process.stdout.write(formatResultsBlock(result));
 */
export function formatResultsBlock(result: ContractFlowResult): string {
  const lines: string[] = [];
  const row = (label: string, value: string) => `    ${label.padEnd(44)} ${value}`;
  // A section's own line, its value in the rows' value column.
  const headline = (label: string, value: string) => `  ${label.padEnd(46)} ${value}`;
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  lines.push(`seam · ${result.system} · contract flow`, '');

  lines.push('  Consumer tests');
  for (const test of result.consumerTests) {
    lines.push(row(`${mark(test.ok)} ${test.contract}`, `${test.passed}/${test.total} interactions`));
    for (const failure of test.failures) lines.push(`        ${failure}`);
  }

  if (result.publishFailures.length > 0) {
    lines.push('', '  Pacts the broker refused');
    for (const failure of result.publishFailures) lines.push(`    ✗ ${failure}`);
  }

  lines.push('', '  Consumer contracts verified');
  for (const verification of result.verifications)
    for (const pair of verification.pairs)
      lines.push(
        row(
          `${mark(pair.passed === pair.total)} ${pair.consumer} → ${verification.provider}`,
          `${pair.passed}/${pair.total}`,
        ),
      );

  lines.push('', '  Provider verifications');
  for (const verification of result.verifications) {
    const passed = verification.pairs.reduce((sum, pair) => sum + pair.passed, 0);
    const total = verification.pairs.reduce((sum, pair) => sum + pair.total, 0);
    lines.push(
      row(
        `${mark(verification.ok)} ${verification.provider} ${verification.version}`,
        verification.error ??
          `${passed}/${total} interactions ${verification.ok ? 'passed' : 'passed, the rest failed'}`,
      ),
    );
    for (const failure of verification.failures) {
      lines.push(`        ${failure.interaction} (${failure.consumer})`);
      for (const issue of failure.issues) lines.push(`          ${issue}`);
    }
  }

  lines.push('', `  can-i-deploy to ${result.environment}`);
  for (const deployment of result.deployments) {
    lines.push(
      row(
        `${mark(deployment.deployable)} ${deployment.service} ${deployment.version}`,
        deployment.deployable ? 'yes, deployment recorded' : 'no',
      ),
    );
    if (!deployment.deployable) for (const reason of deployment.reasons) lines.push(`        ${reason}`);
  }

  const { compatibility, stability } = result.figures;
  lines.push(
    '',
    headline(
      'Compatibility score',
      `${percentText(compatibility.score)} (${compatibility.verified}/${compatibility.pairs.length} version pairs deployed together verified)`,
    ),
    headline(
      `Contract stability (${stability.days} days)`,
      `${percentText(stability.score)} (${stability.passed}/${stability.total} verifications passed)`,
    ),
  );
  for (const pair of stability.pairs)
    lines.push(
      row(
        `  ${pair.consumer} → ${pair.provider}`,
        `${percentText(pair.share)} (${pair.passed}/${pair.total}), ${pair.trend}`,
      ),
    );

  lines.push('', '  Files');
  lines.push(row('compatibility matrix', result.files.matrix), row('report', result.files.report));
  lines.push(
    '',
    result.ok
      ? `  All contracts hold: every service can be deployed to ${result.environment}. (${(result.durationMs / 1000).toFixed(1)} s)`
      : `  Contracts are broken: see the failures above; deployment refused. (${(result.durationMs / 1000).toFixed(1)} s)`,
    '',
  );
  return lines.join('\n');
}
