/**
 * The values the docs' shell snippets find in the variables a reader's CI would set (`"$GIT_SHA"`,
 * `"$CI_TOKEN"`, `"$DEV_PASSWORD"`).
 */

/**
 * Sample values for the variables docs snippets use.
 *
 * @example
 * spawn('bash', ['-c', 'seam can-i-deploy --version "$GIT_SHA" ...'], { env: { ...process.env, ...sampleVariables } });
 */
export const sampleVariables = {
  GIT_SHA: '5e1d2c3',
  CI_TOKEN: 'sample-ci-token',
  DEV_PASSWORD: 'sample-dev-password',
} as const;
