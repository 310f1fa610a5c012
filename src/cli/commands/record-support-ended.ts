/**
 * `seam record-support-ended --pacticipant P --version V --environment E --broker-url URL`:
 * records that a released version is no longer supported in the environment. Exit 0 recorded, 1
 * refused (unknown environment or version), 2 usage error.
 */
import { recordSupportEnded } from '../../broker/index.ts';
import { environmentRecordCommand } from './environment-record.ts';

export const { usage, run } = environmentRecordCommand({
  name: 'record-support-ended',
  help: [
    ['--pacticipant P', 'the application'],
    ['--version V', 'the released version no longer supported'],
    ['--environment E', 'the environment it was released to'],
  ],
  takesInstance: false,
  record: recordSupportEnded,
  done: (t) => `recorded support ended for ${t.pacticipant} ${t.version} in ${t.environment}`,
});
