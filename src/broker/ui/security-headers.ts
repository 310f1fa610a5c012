/**
 * The headers every web UI response carries: a Content-Security-Policy that allows only the UI's
 * own stylesheet, images and forms (no scripts, no framing), no MIME sniffing, and no referrer to
 * other sites.
 */

/**
 * The Content-Security-Policy of the web UI. The UI has no scripts and no inline styles; badges are
 * images from the broker itself; forms submit to it.
 *
 * @example
 * response.headers.get('content-security-policy') === uiContentSecurityPolicy;
 */
export const uiContentSecurityPolicy =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const headers: Readonly<Record<string, string>> = {
  'content-security-policy': uiContentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  // For browsers that predate frame-ancestors.
  'x-frame-options': 'DENY',
};

/**
 * The response with the UI's security headers set.
 *
 * @example
 * return withSecurityHeaders(pageResponse({ title: 'Matrix', section: 'matrix', body }));
 */
export function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
