/** Substituting `${pactbroker.*}` parameters into a webhook's URL, headers and body. */
import type { SentWebhookRequest, WebhookRequestTemplate } from '../store/webhook-records.ts';

const placeholder = /\$\{(pactbroker\.[A-Za-z]+)\}/g;

/**
 * `text` with each known `${name}` replaced by `encode(value)`; unknown names are left as written.
 *
 * @example
 * renderTemplate('Pact ${pactbroker.consumerName}', { 'pactbroker.consumerName': 'web' }); // 'Pact web'
 */
export function renderTemplate(
  text: string,
  parameters: Readonly<Record<string, string>>,
  encode: (value: string) => string = (value) => value,
): string {
  return text.replace(placeholder, (whole, name: string) => {
    const value = parameters[name];
    return value === undefined ? whole : encode(value);
  });
}

/**
 * `url` with every `${pactbroker.*}` parameter replaced by the sample value `x`, so that a URL
 * template can be parsed (`new URL`) before any event fills it in.
 *
 * @example
 * new URL(withSampleParameters('https://ci/${pactbroker.consumerName}')).host; // 'ci'
 */
export function withSampleParameters(url: string): string {
  return url.replace(placeholder, 'x');
}

/**
 * The request to send: parameters substituted in the URL (URL-encoded), the header values (line
 * breaks removed) and the body (in every string of a JSON body; a JSON body is sent as JSON text
 * with `content-type: application/json` unless a content type is set). Basic auth credentials
 * become an `authorization` header.
 *
 * @example
 * const sent = renderRequest(webhook.request, templateParameters(facts, links));
 */
export function renderRequest(
  template: WebhookRequestTemplate,
  parameters: Readonly<Record<string, string>>,
): SentWebhookRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(template.headers))
    headers[name] = renderTemplate(value, parameters).replace(/[\r\n]+/g, ' ');
  let body: string | undefined;
  if (typeof template.body === 'string') body = renderTemplate(template.body, parameters);
  else if (template.body !== undefined && template.body !== null) {
    body = JSON.stringify(renderJson(template.body, parameters));
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
  }
  if (template.username !== undefined)
    headers.authorization = `Basic ${Buffer.from(`${template.username}:${template.password ?? ''}`).toString('base64')}`;
  return {
    method: template.method.toUpperCase(),
    url: renderTemplate(template.url, parameters, encodeURIComponent),
    headers,
    body,
  };
}

function renderJson(value: unknown, parameters: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') return renderTemplate(value, parameters);
  if (Array.isArray(value)) return value.map((item) => renderJson(item, parameters));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        renderTemplate(key, parameters),
        renderJson(item, parameters),
      ]),
    );
  return value;
}
