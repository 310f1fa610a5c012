/**
 * `seam record-deployment --pacticipant P --version V --environment E --broker-url URL
 * [--application-instance I]`: records that the version is deployed to the environment (the
 * version previously deployed there is undeployed). Exit 0 recorded, 1 refused, 2 usage error.
 */
import { recordInEnvironment } from '../../broker/index.ts';
import { environmentRecordCommand } from './environment-record.ts';

export const { usage, run } = environmentRecordCommand({
  name: 'record-deployment',
  help: [
    ['--pacticipant P', 'the application deployed'],
    ['--version V', 'its version'],
    ['--environment E', 'the environment it is deployed to'],
    ['--application-instance I', 'which instance, when several run side by side'],
  ],
  takesInstance: true,
  record: (connection, target) => recordInEnvironment(connection, 'deployed', target),
  done: (t) => `recorded deployment of ${t.pacticipant} ${t.version} to ${t.environment}`,
});
