/**
 * The provider verifier: replays pacts against a running provider (HTTP) or message providers
 * (messages) and reports per interaction.
 */
export { formatVerificationReport } from './format-report.ts';
export { toJUnit } from './junit.ts';
export { isIndependent } from './replay-schedule.ts';
export type {
  InteractionResult,
  VerificationIssue,
  VerificationIssueCode,
  VerificationReport,
} from './verification-report.ts';
export type {
  ConsumerVersionSelector,
  MessageProvider,
  MessageProviderContext,
  ProducedMessage,
  StateContext,
  StateFunction,
  StateHandler,
  VerifyProviderOptions,
} from './verify-options.ts';
export { verifyProvider } from './verify-provider.ts';
