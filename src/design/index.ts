/**
 * seam's designer. For now its last steps: run a system's contract flow for real and report it —
 * consumer tests, broker, verification, can-i-deploy, figures, compatibility matrix, HTML report.
 *
 * @example
 * import { runContractFlow, formatResultsBlock } from 'seam/design';
 * const result = await runContractFlow(system, { outDir: '.seam/shop' });
 * process.stdout.write(formatResultsBlock(result));
 */

export type {
  ConsumerTestOutcome,
  ContractFlowOptions,
  ContractFlowResult,
  DeploymentOutcome,
  ProviderVerificationOutcome,
} from './contract-flow/contract-flow-result.ts';
export type {
  ConsumerContract,
  ConsumerContractResult,
  ConsumerInteractionOutcome,
  ContractSystem,
  StartedProvider,
  SystemService,
} from './contract-flow/contract-system.ts';
export { renderHtmlReport } from './contract-flow/html-report.ts';
export { formatResultsBlock } from './contract-flow/results-block.ts';
export { runContractFlow } from './contract-flow/run-contract-flow.ts';
