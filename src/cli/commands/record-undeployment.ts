/**
 * `seam record-undeployment --pacticipant P --version V --environment E --broker-url URL
 * [--application-instance I]`: records that the version is no longer deployed to the
 * environment. Exit 0 recorded, 1 refused (nothing of that version deployed there), 2 usage error.
 */
import { recordUndeployment } from '../../broker/index.ts';
import { environmentRecordCommand } from './environment-record.ts';

export const { usage, run } = environmentRecordCommand({
  name: 'record-undeployment',
  help: [
    ['--pacticipant P', 'the application undeployed'],
    ['--version V', 'its version'],
    ['--environment E', 'the environment it is removed from'],
    ['--application-instance I', 'only this instance (default: every instance of the version)'],
  ],
  takesInstance: true,
  record: recordUndeployment,
  done: (t) => `recorded undeployment of ${t.pacticipant} ${t.version} from ${t.environment}`,
});
