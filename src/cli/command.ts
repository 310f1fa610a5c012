/** What every command module under `commands/` exports. */
export interface CommandModule {
  /** The full usage `seam <command> --help` prints: synopsis, then one option per line. */
  readonly usage?: string;
  /** Runs the command; resolves to the exit code (0 ok, 1 check failed, 2 usage or config error). */
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** Where a command writes: results to `out`, diagnostics to `err`. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** One entry of the command table: its words, a summary for `--help`, and a lazy loader. */
export interface CommandEntry {
  readonly words: readonly string[];
  readonly usage: string;
  readonly summary: string;
  readonly load: () => Promise<CommandModule>;
}
