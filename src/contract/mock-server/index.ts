/** The Pact mock server: serves a consumer test's HTTP interactions and records what it saw. */
export { createMockHandler, type MockHandler, type MockHandlerOptions } from './create-mock-handler.ts';
export { formatMockServerReport } from './format-mock-server-report.ts';
export type {
  ClosestInteraction,
  MockServerIssue,
  MockServerResult,
  RequestLine,
} from './mock-server-result.ts';
export { type MockServerHandle, type MockServerOptions, startMockServer } from './start-mock-server.ts';
