/**
 * The fenced code blocks of a Markdown page, with what the docs-snippet test needs to run them:
 * language, line of the opening fence, text, and the reason when a `<!-- not-run: reason -->`
 * comment stands right above the fence.
 */

/**
 * One fenced block of a Markdown file.
 *
 * @example
 * const snippet: Snippet = { language: 'sh', line: 12, code: 'seam broker serve\n', notRun: 'serves until stopped' };
 */
export interface Snippet {
  /** The info string's first word: `ts`, `sh`, `json`... (empty for a bare fence). */
  readonly language: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
  /** Set when `<!-- not-run: reason -->` precedes the block (blank lines between allowed). */
  readonly notRun?: string;
}

/**
 * The fenced blocks of `markdown`, in order.
 *
 * @example
 * extractSnippets('```ts\nconsole.log(1);\n```\n'); // [{ language: 'ts', line: 1, code: 'console.log(1);\n' }]
 */
export function extractSnippets(markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[index] ?? '');
    if (open === null) continue;
    const fence = open[2] ?? '```';
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !(lines[end] ?? '').trimStart().startsWith(fence))
      body.push(lines[end++] ?? '');
    const notRun = notRunReason(lines, index);
    snippets.push({
      language: (open[3] ?? '').toLowerCase(),
      line: index + 1,
      code: `${body.map((text) => text.slice(open[1]?.length ?? 0)).join('\n')}\n`,
      ...(notRun === undefined ? {} : { notRun }),
    });
    index = end;
  }
  return snippets;
}

function notRunReason(lines: readonly string[], fenceIndex: number): string | undefined {
  let above = fenceIndex - 1;
  while (above >= 0 && (lines[above] ?? '').trim() === '') above--;
  return /^\s*<!--\s*not-run:\s*(.*?)\s*-->\s*$/.exec(lines[above] ?? '')?.[1];
}

/**
 * A command of a shell snippet (continuation lines joined) and the exit status its comment states.
 *
 * @example
 * const command: ShellCommand = { text: 'seam example shop --break changed-type  # exit 1', exitCode: 1 };
 */
export interface ShellCommand {
  readonly text: string;
  /** `# ... exit N` at the end of the command; 0 when the comment does not say. */
  readonly exitCode: number;
}

/**
 * The commands of a shell snippet: lines joined where they end in `\`, blank and comment lines
 * dropped.
 *
 * @example
 * shellCommands('seam pact check a.json  # exit 1\n'); // [{ text: 'seam pact check a.json  # exit 1', exitCode: 1 }]
 */
export function shellCommands(code: string): ShellCommand[] {
  const joined = code.replace(/\s*\\\n\s*/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((text) => ({ text, exitCode: Number(/#.*\bexit (\d+)\b/.exec(text)?.[1] ?? 0) }));
}

/**
 * Whether a shell command runs seam: `seam ...` or `npx seam ...`.
 *
 * @example
 * isSeamCommand('npx seam pact check examples/pacts'); // true
 * isSeamCommand('npm test'); // false
 */
export function isSeamCommand(text: string): boolean {
  return /^(npx )?seam(\s|$)/.test(text);
}

/**
 * Whether a shell command serves until stopped: `seam broker serve ...` (or `npx seam ...`).
 *
 * @example
 * isServeCommand('seam broker serve --data ./broker-data'); // true
 * isServeCommand('seam broker --help'); // false
 */
export function isServeCommand(text: string): boolean {
  return /^(npx )?seam\s+broker\s+serve(\s|$)/.test(text);
}
