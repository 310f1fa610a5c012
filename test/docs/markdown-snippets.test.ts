import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractSnippets, isSeamCommand, isServeCommand, shellCommands } from './markdown-snippets.ts';

describe('extractSnippets', () => {
  it('finds each fenced block with its language, opening line and code', () => {
    const page = '# Title\n\n```ts\nconst a = 1;\n```\n\ntext\n```sh\nseam --help\n```\n```\nplain\n```\n';
    assert.deepEqual(extractSnippets(page), [
      { language: 'ts', line: 3, code: 'const a = 1;\n' },
      { language: 'sh', line: 8, code: 'seam --help\n' },
      { language: '', line: 11, code: 'plain\n' },
    ]);
  });

  it('takes the reason of a not-run comment right above the block, blank lines between allowed', () => {
    const page = '<!-- not-run: serves until stopped -->\n\n```sh\nseam broker serve\n```\n';
    assert.equal(extractSnippets(page)[0]?.notRun, 'serves until stopped');
    assert.equal(extractSnippets('<!-- a comment -->\n```sh\nseam\n```\n')[0]?.notRun, undefined);
  });

  it('keeps an indented block (in a list) without its indentation', () => {
    assert.equal(extractSnippets('- item\n\n  ```ts\n  const a = 1;\n  ```\n')[0]?.code, 'const a = 1;\n');
  });
});

describe('shellCommands', () => {
  it('joins continued lines, drops comments, and reads the exit status a comment states', () => {
    const code =
      '# publish\nseam publish pacts \\\n  --consumer-app-version 1\nseam example shop --break x  # exit 1\n';
    assert.deepEqual(shellCommands(code), [
      { text: 'seam publish pacts --consumer-app-version 1', exitCode: 0 },
      { text: 'seam example shop --break x  # exit 1', exitCode: 1 },
    ]);
  });

  it('tells seam commands from others', () => {
    assert.equal(isSeamCommand('npx seam pact check x'), true);
    assert.equal(isSeamCommand('seam --help'), true);
    assert.equal(isSeamCommand('npm test'), false);
    assert.equal(isSeamCommand('seamless'), false);
  });

  it('tells commands that serve until stopped from those that end', () => {
    assert.equal(isServeCommand('seam broker serve --data ./broker-data  # Ctrl-C to stop'), true);
    assert.equal(isServeCommand('npx seam broker serve'), true);
    assert.equal(isServeCommand('seam broker serve-x'), false);
    assert.equal(isServeCommand('seam publish pacts/ --consumer-app-version 1'), false);
  });
});
