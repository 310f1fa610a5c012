/** The port a service's `main.ts` listens on: `--port N`, else `PORT`, else a default. */

/**
 * Reads `--port N` (or `--port=N`) from the arguments, else `PORT` from the environment.
 *
 * @example
 * portFrom(['--port', '4001'], {}, 4000); // 4001
 */
export function portFrom(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  fallback: number,
): number {
  const text = optionFrom(args, 'port') ?? env.PORT;
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: "${text}"`);
  return port;
}

/**
 * The value of `--name V` or `--name=V` in the arguments.
 *
 * @example
 * optionFrom(['--payment-url', 'http://127.0.0.1:4001'], 'payment-url'); // 'http://127.0.0.1:4001'
 */
export function optionFrom(args: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (const [index, arg] of args.entries()) {
    if (arg === flag) return args[index + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}
