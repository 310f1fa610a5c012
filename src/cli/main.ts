/**
 * seam's command line. The table below names every command and how to load it; nothing else is
 * imported until a command is chosen, so `seam --help` loads no capability code.
 */
import type { CommandEntry, CommandIo } from './command.ts';

/** The broker options every broker client command takes (each also read from `PACT_BROKER_*`). */
const brokerFlags = '--broker-url URL [--broker-token T | --broker-username U --broker-password P]';

/**
 * Every command: its words, usage line, summary and loader.
 *
 * @example
 * commandTable.map((entry) => entry.words.join(' ')); // ['example', 'pact check', 'verify', ...]
 */
export const commandTable: readonly CommandEntry[] = [
  {
    words: ['example'],
    usage: 'seam example shop [--break MODE] [--out DIR] [--days N] [--fresh] [--json]',
    summary:
      'Run the contract flow on the bundled example shop: consumer tests, broker, verification, can-i-deploy, figures, matrix, report. Exit 0 all contracts hold, 1 one breaks.',
    load: () => import('./commands/example.ts'),
  },
  {
    words: ['pact', 'check'],
    usage: 'seam pact check <file|dir...> [--spec V] [--json]',
    summary:
      'Validate pact files (V1–V4); folders: every *.json inside. Exit 0 all valid, 1 any invalid, 2 usage error or a path that does not exist.',
    load: () => import('./commands/pact-check.ts'),
  },
  {
    words: ['verify'],
    usage:
      'seam verify --provider-base-url URL [pact files or dirs...] [--pact-url URL...] [--broker-url URL --provider NAME] [options]',
    summary:
      'Verify a running provider against pacts (state handlers via --provider-states-setup-url). Exit 0 all non-pending ok, 1 any failure, 2 usage error.',
    load: () => import('./commands/verify.ts'),
  },
  {
    words: ['publish'],
    usage: `seam publish <pact files or dirs...> --consumer-app-version V [--branch B] ${brokerFlags}`,
    summary:
      "Publish pact files to a Pact Broker (seam's or the Pact Foundation's). Exit 0 published, 1 broker refused or unreachable, 2 usage error.",
    load: () => import('./commands/publish.ts'),
  },
  {
    words: ['broker', 'serve'],
    usage:
      'seam broker serve [--port N] [--host H] [--data DIR | --database-url URL] [--read-token T] [--write-token T] [--basic-auth U:P] [--basic-auth-read-only U:P] [--public-read] [--webhook-allow-host H...] [--webhook-allow-private-networks]',
    summary:
      'Run the Pact-Broker-compatible contract broker (default port 9292, data in .seam/broker) until Ctrl-C.',
    load: () => import('./commands/broker-serve.ts'),
  },
  {
    words: ['can-i-deploy'],
    usage: `seam can-i-deploy --pacticipant P --version V (--to-environment E | --to TAG) [--ignore NAME...] [--json] ${brokerFlags}`,
    summary:
      'Ask the broker whether a version can be deployed alongside what is in the environment. Exit 0 yes, 1 no (reasons printed), 2 usage error.',
    load: () => import('./commands/can-i-deploy.ts'),
  },
  {
    words: ['matrix'],
    usage: `seam matrix [--pacticipant P] [--format yaml|json|table] ${brokerFlags}`,
    summary:
      'Print the compatibility matrix (consumer versions × the provider versions that verified them, with the failures that block). Exit 0 nothing broken, 1 a failure.',
    load: () => import('./commands/matrix.ts'),
  },
  {
    words: ['record-deployment'],
    usage: `seam record-deployment --pacticipant P --version V --environment E [--application-instance I] ${brokerFlags}`,
    summary: 'Record a deployment of a version to an environment on the broker. Exit 0 recorded, 1 refused.',
    load: () => import('./commands/record-deployment.ts'),
  },
  {
    words: ['record-release'],
    usage: `seam record-release --pacticipant P --version V --environment E ${brokerFlags}`,
    summary: 'Record a release of a version to an environment on the broker. Exit 0 recorded, 1 refused.',
    load: () => import('./commands/record-release.ts'),
  },
  {
    words: ['record-undeployment'],
    usage: `seam record-undeployment --pacticipant P --version V --environment E [--application-instance I] ${brokerFlags}`,
    summary:
      'Record that a version is no longer deployed to an environment. Exit 0 recorded, 1 refused (not deployed there).',
    load: () => import('./commands/record-undeployment.ts'),
  },
  {
    words: ['record-support-ended'],
    usage: `seam record-support-ended --pacticipant P --version V --environment E ${brokerFlags}`,
    summary:
      'Record that a released version is no longer supported in an environment. Exit 0 recorded, 1 refused.',
    load: () => import('./commands/record-support-ended.ts'),
  },
  {
    words: ['create-environment'],
    usage: `seam create-environment --name N [--display-name D] [--production] ${brokerFlags}`,
    summary: 'Create an environment on the broker and print its uuid. Exit 0 created, 1 refused.',
    load: () => import('./commands/create-environment.ts'),
  },
];

const standardIo: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the seam CLI with `args` (without the program name) and resolves to the exit code. */
export async function main(args: readonly string[], io: CommandIo = standardIo): Promise<number> {
  const [first] = args;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(helpText());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${await readVersion()}\n`);
    return 0;
  }
  const entry = findCommand(args);
  if (entry === undefined) return unknownCommand(args, io);
  const rest = args.slice(entry.words.length);
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.usage ?? `Usage: ${entry.usage}\n`}\n${entry.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // A SeamError a command did not handle is still one line, never a stack trace. (Checked by
    // name: importing src/core here would load capability code for `seam --help`.)
    if (!(error instanceof Error && error.name === 'SeamError')) throw error;
    io.err(`seam ${entry.words.join(' ')}: ${error.message}\n`);
    return (error as Error & { code?: string }).code === 'internal' ? 1 : 2;
  }
}

/** `seam pact` or `seam broker` (a group) lists its commands; anything else is unknown. */
function unknownCommand(args: readonly string[], io: CommandIo): number {
  const [group, next] = args;
  if (group?.startsWith('-')) {
    io.err(`Unknown option ${group}: seam --help lists the commands and options.\n`);
    return 2;
  }
  const members = commandTable.filter((entry) => entry.words.length > 1 && entry.words[0] === group);
  if (members.length > 0 && (next === undefined || next === '--help' || next === '-h')) {
    const list = members.map((entry) => `  ${entry.usage}\n      ${entry.summary}\n`).join('');
    if (next !== undefined) io.out(`Usage:\n${list}`);
    else io.err(`seam ${group} needs a command:\n${list}`);
    return next === undefined ? 2 : 0;
  }
  io.err(`Unknown command: seam ${args.filter((a) => !a.startsWith('-')).join(' ')}\n\n${helpText()}`);
  return 2;
}

function findCommand(args: readonly string[]): CommandEntry | undefined {
  return commandTable.find((entry) => entry.words.every((word, index) => args[index] === word));
}

function helpText(): string {
  const lines = commandTable.map((entry) => `  ${entry.usage}\n      ${entry.summary}`);
  return `seam — integration testing for distributed systems\n\nUsage:\n${lines.join('\n')}\n\nOptions:\n  --help     show help for seam or a command\n  --version  print the version\n\nExit codes: 0 ok, 1 check or verification failed, 2 usage error, unreadable input or configuration error.\n`;
}

async function readVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
