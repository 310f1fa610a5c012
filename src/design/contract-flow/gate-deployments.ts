/** Step 6 of the contract flow: can-i-deploy gates each service version, and a yes is recorded. */
import { canIDeploy, recordInEnvironment } from '../../broker/index.ts';
import type { DeploymentOutcome } from './contract-flow-result.ts';
import type { SystemService } from './contract-system.ts';

/** Asks can-i-deploy for each service in deployment order, recording each deployable one. */
export async function gateDeployments(
  connection: { readonly brokerUrl: string },
  services: readonly SystemService[],
  environment: string,
): Promise<DeploymentOutcome[]> {
  const outcomes: DeploymentOutcome[] = [];
  for (const service of deploymentOrder(services))
    outcomes.push(await gateDeployment(connection, service, environment));
  return outcomes;
}

/** can-i-deploy for the service's version; when yes, the deployment is recorded. */
async function gateDeployment(
  connection: { readonly brokerUrl: string },
  service: SystemService,
  environment: string,
): Promise<DeploymentOutcome> {
  const target = { pacticipant: service.name, version: service.version, environment };
  try {
    const answer = await canIDeploy(connection, target);
    const reasons = answer.notices.filter((notice) => notice.type === 'error').map((notice) => notice.text);
    if (answer.deployable) await recordInEnvironment(connection, 'deployed', target);
    return {
      service: service.name,
      version: service.version,
      deployable: answer.deployable,
      reasons: reasons.length === 0 && !answer.deployable ? [answer.reason] : reasons,
      recorded: answer.deployable,
    };
  } catch (error) {
    // The broker does not know the version (never published nor verified) or refused the question.
    return {
      service: service.name,
      version: service.version,
      deployable: false,
      reasons: [(error as Error).message],
      recorded: false,
    };
  }
}

/** Providers that consume nothing first, then the rest: a provider goes out before its consumers. */
function deploymentOrder(services: readonly SystemService[]): SystemService[] {
  const isConsumer = (service: SystemService) => (service.consumerContracts ?? []).length > 0;
  return [...services.filter((service) => !isConsumer(service)), ...services.filter(isConsumer)];
}
