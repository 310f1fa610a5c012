/** Test support: a CommandIo that keeps what a CLI command prints. */

/**
 * An `io` for `main(args, io)` and what it received on each stream.
 *
 * @example
 * const { io, text, errors } = capturedIo();
 * assert.equal(await main(['--help'], io), 0);
 */
export function capturedIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    text: () => out.join(''),
    errors: () => err.join(''),
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) },
  };
}
