/** Steps 7 and 8 of the contract flow: the broker's figures and matrix, then the files that report them. */
import { writeFile } from 'node:fs/promises';
import {
  type BrokerFigures,
  type BrokerStore,
  type CompatibilityMatrix,
  compatibilityMatrix,
  computeFigures,
  formatCompatibilityMatrix,
} from '../../broker/index.ts';
import type { ContractFlowResult } from './contract-flow-result.ts';
import { renderHtmlReport } from './html-report.ts';

/** The broker's figures over the stability window, and its compatibility matrix. */
export async function readFigures(
  store: BrokerStore,
  stabilityDays: number,
): Promise<{ figures: BrokerFigures; matrix: CompatibilityMatrix }> {
  return {
    figures: await computeFigures(store, { days: stabilityDays }),
    matrix: await compatibilityMatrix(store),
  };
}

/** Writes the compatibility matrix (YAML) and the HTML report to the result's files. */
export async function writeReport(result: ContractFlowResult): Promise<void> {
  await writeFile(result.files.matrix, formatCompatibilityMatrix(result.matrix, 'yaml'));
  await writeFile(result.files.report, renderHtmlReport(result));
}
