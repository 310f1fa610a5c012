/**
 * MockServerURL {example, regex}: the example URL with the part the regex matches replaced by the
 * mock server's URL followed by the regex's first group (consumer mode only), as the Rust core does:
 * example `http://localhost:8080/orders/1`, regex `.*(/orders/\d+)$` → `<mock server URL>/orders/1`.
 */
import { errorMessage } from '../../core/index.ts';
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { toJavaScriptRegex } from './java-regex.ts';
import { invalidParameter, stringParameter } from './parameters.ts';

function compile(generator: Generator, regex: string): RegExp {
  try {
    const { source, flags } = toJavaScriptRegex(regex);
    return new RegExp(source, flags);
  } catch (cause) {
    const reason = errorMessage(cause);
    throw invalidParameter(generator, 'regex', `'${regex}' cannot be used: ${reason}`, cause);
  }
}

/** Produces a MockServerURL value. */
export function produceMockServerUrl(generator: Generator, context: GeneratorContext): Produced {
  const example = stringParameter(generator, 'example') ?? '';
  const regex = stringParameter(generator, 'regex') ?? '';
  const compiled = compile(generator, regex);
  if (context.mockServerUrl === undefined) {
    return { skipped: 'MockServerURL generator: the context has no mockServerUrl' };
  }
  const match = compiled.exec(example);
  if (match === null) return { value: example };
  const path = match[1];
  if (path === undefined)
    throw invalidParameter(generator, 'regex', `'${regex}' needs a group capturing the path`);
  const base = path.startsWith('/') ? context.mockServerUrl.replace(/\/+$/, '') : context.mockServerUrl;
  return {
    value: example.slice(0, match.index) + base + path + example.slice(match.index + match[0].length),
  };
}
