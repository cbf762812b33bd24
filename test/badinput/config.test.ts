// Bad workspace configs and glossaries, one test per input: parsing completes, never throws,
// and says what is wrong with a line and column (the editor and the CLI show these); the rest
// of the config keeps working. Inputs that could hang or exhaust memory run in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConfigError, ConfigHost } from '../../server/src/engine/config';
import { parseConfig } from '../../server/src/engine/configure';
import { knowledgeFor } from '../../server/src/engine/knowledge';
import { lint } from '../../server/src/engine/lint';
import { configs } from './cases';
import { runCase, assertCompleted, BOUND_MS } from './harness';

const YAML = '/workspace/.inspection-reports.yaml';
const JSONC = '/workspace/.inspection-reports.jsonc';
const noFiles: ConfigHost = { readFile: () => undefined };

function errorsOf(text: string, path = YAML, host: ConfigHost = noFiles): ConfigError[] {
  const config = parseConfig(text, path);
  return [...config.errors, ...knowledgeFor(config, host).errors];
}

function expectError(errors: ConfigError[], pattern: RegExp, line?: number): void {
  const listed = errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n  ');
  const found = errors.find((e) => pattern.test(e.message));
  assert.ok(found, `expected an error matching ${pattern}; got:\n  ${listed || '(none)'}`);
  if (line !== undefined) assert.equal(found.line, line, `error "${found.message}" is on line ${found.line}, expected ${line}`);
}

test('config: YAML syntax error is reported with its line, and the defaults apply', () => {
  const config = parseConfig('rules:\n  empty-section: [warning\n', YAML);
  expectError(config.errors, /YAML syntax error/, 2);
  assert.equal(config.rules.get('empty-section')?.severity, 'warning', 'defaults apply after a syntax error');
});

test('config: JSON syntax error is reported with its line', () => {
  expectError(errorsOf('{ "rules": { "empty-section": "warning", }\n  "template": }', JSONC), /JSON syntax error/, 2);
});

test('config: wrong types name the setting and the type, in plain English', () => {
  const errors = errorsOf('rules: 5\nreports: "x.md"\ntemplate: 3\n');
  expectError(errors, /`reports` must be a list/, 2);
  expectError(errors, /`template` must be a string/, 3);
  expectError(errors, /`rules` must be an object/, 1);
});

test('config: an invalid severity says which values are allowed; other rules keep their settings', () => {
  const config = parseConfig('rules:\n  empty-section: loud\n  section-order: { severity: never }\n  duplicate-section: error\n', YAML);
  expectError(config.errors, /`rules\.empty-section` must be one of `error`, `warning`, `info`, `off`/, 2);
  expectError(config.errors, /`rules\.section-order\.severity` must be one of/, 3);
  assert.equal(config.rules.get('duplicate-section')?.severity, 'error');
});

test('config: unknown rule ids are reported (case matters) and ignored', () => {
  const config = parseConfig('rules:\n  no-such-rule: error\n  Empty-Section: off\n', YAML);
  expectError(config.errors, /Unknown rule `no-such-rule`/, 2);
  expectError(config.errors, /Unknown rule `Empty-Section`/, 3);
  assert.doesNotThrow(() => lint({ text: '# T\n', config, assumeReport: true }));
});

test('config: an unknown default template is reported with the closest known one (or all of them); the generic template is used', () => {
  const config = parseConfig('template: ciw-regulated-servce\n', YAML);
  expectError(config.errors, /Unknown template "ciw-regulated-servce".*Did you mean "ciw-regulated-service"\?/, 1);
  expectError(parseConfig('template: zzzzzzzz\n', YAML).errors, /Unknown template "zzzzzzzz".*Known: .*ciw-regulated-service/, 1);
  const outcome = lint({ text: '# T\n', config, assumeReport: true });
  assert.equal(outcome.template?.template.id, 'generic');
});

test('config: a workspace template extending an unknown template is reported', () => {
  expectError(errorsOf('templates:\n  - id: x\n    extends: nope\n'), /extends unknown template "nope"/);
});

test('config: a list, a scalar or binary junk instead of a mapping is reported', () => {
  for (const text of ['- just\n- a list\n', 'just a string\n', '\0\0\u0001binary\u00ff']) expectError(errorsOf(text), /must be a mapping/);
  expectError(errorsOf('[1, 2]', JSONC), /must be a mapping/);
});

test('config: duplicate keys are reported', () => {
  expectError(errorsOf('rules:\n  empty-section: warning\nrules:\n  empty-section: error\n'), /unique/i, 3);
});

test('config: an empty YAML config, or one of only comments, is the default config', () => {
  for (const text of ['', '# nothing\n', '\n\n']) assert.deepEqual(errorsOf(text), []);
});

test('config: glossaries that do not exist are reported on the config, with the line of `glossaries`', () => {
  const errors = errorsOf('template: generic\nglossaries: [missing.yaml, sub/also-missing.tsv]\n');
  expectError(errors, /Glossary "missing\.yaml" cannot be read/, 2);
  expectError(errors, /Glossary "sub\/also-missing\.tsv" cannot be read/, 2);
});

test('config: glossaries outside the config folder are refused, not read', () => {
  const read: string[] = [];
  const host = { readFile: (p: string) => (read.push(p), 'CIW: Care Inspectorate Wales\n') };
  const errors = errorsOf('glossaries: [../outside.yaml, /etc/passwd]\n', YAML, host);
  expectError(errors, /"\.\.\/outside\.yaml" is outside the folder/);
  expectError(errors, /"\/etc\/passwd" is outside the folder/);
  assert.deepEqual(read, [], 'no file outside the config folder is read');
});

test('config: a malformed glossary file is reported with its own line', () => {
  const host = { readFile: (p: string) => (p.endsWith('g.yaml') ? 'CIW: Care Inspectorate Wales\n  bad: [\n' : undefined) };
  const errors = errorsOf('glossaries: [g.yaml]\n', YAML, host);
  assert.ok(errors.length > 0, 'a malformed glossary gives an error');
  assert.doesNotThrow(() => lint({ text: '# T\n\nThe CIW.\n', config: parseConfig('glossaries: [g.yaml]\n', YAML), host, assumeReport: true }));
});

test('config: a binary glossary file is reported, not crashed on', () => {
  const junk = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
  for (const name of ['g.yaml', 'g.tsv']) {
    const host = { readFile: (p: string) => (p.endsWith(name) ? junk : undefined) };
    const config = parseConfig(`glossaries: [${name}]\n`, YAML);
    assert.doesNotThrow(() => knowledgeFor(config, host), `${name} of binary junk`);
    assert.doesNotThrow(() => lint({ text: '# T\n\nThe CIW.\n', config, host, assumeReport: true }));
  }
});

for (const name of Object.keys(configs)) {
  test(`config: ${name}`, { timeout: BOUND_MS + 60_000 }, (t) => {
    const result = assertCompleted(t, name, runCase(['config', name]));
    if (/laughs|nested/.test(name)) {
      assert.ok(result.errors?.length, `${name}: expected a config error, got none`);
      t.diagnostic(`${name}: ${result.errors![0]}`);
    }
  });
}

for (const format of ['yaml', 'tsv'] as const) {
  test(`glossary of 100,000 entries (${format}): loads within the bound and its acronyms are known`, { timeout: BOUND_MS + 60_000 }, (t) => {
    const result = assertCompleted(t, `100,000-entry ${format} glossary (load, then lint)`, runCase(['glossary', '100000', format]));
    assert.deepEqual(result.errors, [], 'the glossary has no errors');
    // A1X is a glossary entry: its finding offers the glossary's expansion; ZZQ is unknown.
    assert.ok(result.messages.some((m) => /"A1X".*Agency number 1 Example/.test(m)), `the glossary's expansion of A1X is not used:\n  ${result.messages.join('\n  ')}`);
  });
}

test('config: strings that look like evil regular expressions are literal text, matched in linear time', () => {
  const evil = ['(a+)+$', '(a|aa)+$', '([a-zA-Z]+)*$', '(.*a){20}'];
  const list = evil.map((e) => JSON.stringify(e)).join(', ');
  const config = parseConfig(
    [
      'template: generic',
      `acronyms: { allow: [${list}], ignore: [${list}] }`,
      'rules:',
      `  unsupported-claim: { evidencePhrases: [${list}], extraJudgementWords: [${list}], ignoreWords: [${list}] }`,
      `  empty-evidence: { placeholders: [${list}] }`,
    ].join('\n'),
    YAML,
  );
  assert.deepEqual(config.errors, []);
  // The classic inputs that make those patterns backtrack exponentially, in prose, a heading and a footnote.
  const attack = `${'a'.repeat(5000)}!`;
  const text = `# Title\n\n## ${attack}\n\nMost children were safe ${attack}.[^1] They said (a+)+$ was good.\n\n[^1]: ${attack}\n`;
  const started = performance.now();
  const outcome = lint({ text, config, assumeReport: true });
  const ms = performance.now() - started;
  assert.ok(ms < 2000, `lint took ${ms.toFixed(0)} ms`);
  assert.ok(outcome.findings.length > 0, 'the draft is still checked');
});
