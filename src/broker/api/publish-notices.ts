/**
 * What `POST /contracts/publish` tells the publisher, as the Pact Broker's typed notices (the
 * official Pact CLI prints them, coloured by type) and their older `logs` form.
 */

/** One notice of a publication; `prompt` suggests a next step. */
export interface PublishNotice {
  readonly type: 'debug' | 'info' | 'prompt' | 'success' | 'warning' | 'error';
  readonly text: string;
}

/**
 * The notice that a version was created (or updated), with its branch and tags.
 *
 * @example
 * versionNotices({ name: 'web', number: '1', branch: 'main', tags: ['prod'], existed: false });
 * // [{ type: 'debug', text: 'Created web version 1 with branch main and tags prod' }]
 */
export function versionNotices(version: {
  readonly name: string;
  readonly number: string;
  readonly branch: string | undefined;
  readonly tags: readonly string[];
  readonly existed: boolean;
}): PublishNotice[] {
  const withBranch = version.branch === undefined ? '' : ` with branch ${version.branch}`;
  const tags =
    version.tags.length === 0
      ? ''
      : `${withBranch === '' ? ' with' : ' and'} tags ${version.tags.join(', ')}`;
  const action = version.existed ? 'Updated' : 'Created';
  const notices: PublishNotice[] = [
    { type: 'debug', text: `${action} ${version.name} version ${version.number}${withBranch}${tags}` },
  ];
  if (version.branch === undefined)
    notices.push({
      type: 'prompt',
      text: '  Next steps:\n    Configure the version branch to be the value of your repository branch.',
    });
  return notices;
}

/**
 * The notices for one pact of a publication: published, republished unchanged, merged, or replaced.
 *
 * @example
 * pactNotices({ consumer: 'web', version: '1', provider: 'orders', outcome: 'published', url });
 */
export function pactNotices(pact: {
  readonly consumer: string;
  readonly version: string;
  readonly provider: string;
  readonly outcome: 'published' | 'unchanged' | 'replaced' | 'merged';
  readonly url: string;
}): PublishNotice[] {
  const which = `${pact.consumer} version ${pact.version} and provider ${pact.provider}`;
  const first: PublishNotice =
    pact.outcome === 'published'
      ? { type: 'success', text: `Pact successfully published for ${which}.` }
      : pact.outcome === 'unchanged'
        ? { type: 'success', text: `Pact successfully republished for ${which} with no content changes.` }
        : pact.outcome === 'merged'
          ? { type: 'success', text: `Pact content merged with existing content for ${which}.` }
          : {
              type: 'warning',
              text:
                `Pact with changed content published over existing content for ${which}. This is not ` +
                'recommended in normal circumstances and may indicate that you have not configured your Pact ' +
                'pipeline correctly. For more information see https://docs.pact.io/go/versioning',
            };
  return [first, { type: 'debug', text: `  View the published pact at ${pact.url}` }];
}

/**
 * The next steps the Pact Broker suggests after a pact is published, while the pair has no
 * verification (or the pact no webhook) yet.
 *
 * @example
 * nextStepNotices('orders', { verified: false, hooked: true });
 */
export function nextStepNotices(
  provider: string,
  state: { readonly verified: boolean; readonly hooked: boolean },
): PublishNotice[] {
  const steps: PublishNotice[] = [];
  if (!state.verified)
    steps.push({
      type: 'prompt',
      text: `    * Add Pact verification tests to the ${provider} build. See https://docs.pact.io/go/provider_verification`,
    });
  if (!state.hooked)
    steps.push({
      type: 'prompt',
      text: `    * Configure separate ${provider} pact verification build and webhook to trigger it when the pact content changes. See https://docs.pact.io/go/webhooks`,
    });
  return steps.length === 0 ? [] : [{ type: 'prompt', text: '  Next steps:' }, ...steps];
}

/**
 * The deprecated `logs` form of notices, which the official Pact CLI still reads: it refuses an
 * entry without `deprecationWarning`.
 *
 * @example
 * noticeLogs([{ type: 'info', text: 'hi' }]); // [{ level: 'info', message: 'hi', deprecationWarning: 'Replaced by notices' }]
 */
export function noticeLogs(notices: readonly PublishNotice[]) {
  return notices.map((notice) => ({
    level: notice.type,
    message: notice.text,
    deprecationWarning: 'Replaced by notices',
  }));
}
