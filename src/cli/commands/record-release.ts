/**
 * `seam record-release --pacticipant P --version V --environment E --broker-url URL`: records
 * that the version is released to the environment (and supported there). Exit 0 recorded, 1
 * refused, 2 usage error.
 */
import { recordInEnvironment } from '../../broker/index.ts';
import { environmentRecordCommand } from './environment-record.ts';

export const { usage, run } = environmentRecordCommand({
  name: 'record-release',
  help: [
    ['--pacticipant P', 'the application released'],
    ['--version V', 'its version'],
    ['--environment E', 'the environment it is released to'],
  ],
  takesInstance: false,
  record: (connection, target) => recordInEnvironment(connection, 'released', target),
  done: (t) => `recorded release of ${t.pacticipant} ${t.version} to ${t.environment}`,
});
