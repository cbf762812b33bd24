// `inspection-reports check`: exit codes, and the text, JSON and SARIF forms of the findings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cli, json, makeTempDir, rmTemp, findingLines, TEXT_LINE, MISSING_TWO, CLEAN, WARNINGS_ONLY, REPO_ROOT, CLI_JS } from './run';

let dir: string;

before(() => {
  dir = makeTempDir();
  writeFileSync(join(dir, 'missing.md'), MISSING_TWO);
  writeFileSync(join(dir, 'clean.md'), CLEAN);
  writeFileSync(join(dir, 'warnings.md'), WARNINGS_ONLY);
  writeFileSync(join(dir, 'suppressed.md'), `${MISSING_TWO}\n<!-- inspection-reports-disable-file required-section -- sections written after the visit -->\n`);
  // The unknown template sits mid-line after multi-byte text (UTF-16 columns).
  writeFileSync(join(dir, 'welsh.md'), '---\n{title: "Tŷ Hafan ŵ “drafft” 😀", template: ciw-regulated-servce}\n---\n\n# Tŷ Hafan\n');
  writeFileSync(join(dir, '.inspection-reports.yaml'), '# no settings\n');
});

after(() => rmTemp(dir));

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonReport {
  filePath: string;
  findings: JsonFinding[];
  suppressed: (JsonFinding & { reason: string | null })[];
}

// Both belong after the last section present, "Findings" (line 15), where the findings sit.
const MISSING_MESSAGES = [
  'Missing required section "Areas for development" (template ciw-local-authority-children): it belongs after "Findings".',
  'Missing required section "Next steps" (template ciw-local-authority-children): it belongs after "Findings".',
];
const FINDINGS_LINE = 15;
const FINDINGS_COLUMN = 4;
const FINDINGS_END = FINDINGS_COLUMN + 'Findings'.length;

test('check examples/: exit 1, findings as path:line:col: severity: message [rule]', () => {
  const result = cli(['check', 'examples/']);
  assert.equal(result.status, 1, result.stderr);
  const lines = findingLines(result.stdout);
  assert.ok(lines.length > 0);
  for (const line of lines) assert.match(line, TEXT_LINE);
  assert.ok(lines.every((l) => l.startsWith('examples/')), 'paths as given, relative to the cwd');
  assert.ok(lines.some((l) => l.startsWith('examples/missing-sections.md:') && l.endsWith('[required-section]')));
  assert.match(result.stdout, /\n\n\d+ errors?, \d+ warnings?, \d+ info in \d+ files?\.\n$/);
});

test('a clean file exits 0 and says so', () => {
  for (const args of [['check', 'examples/clean-ciw-children.md'], ['check', join(dir, 'clean.md')]]) {
    const result = cli(args);
    assert.equal(result.status, 0, `${args.join(' ')}: ${result.stdout}${result.stderr}`);
    assert.deepEqual(findingLines(result.stdout), []);
    assert.match(result.stdout, /^No findings\. 0 errors, 0 warnings, 0 info in 1 file\.\n$/m);
  }
});

test('text: the draft missing two sections gives exactly two lines, where they belong', () => {
  const result = cli(['check', 'missing.md'], dir);
  assert.equal(result.status, 1);
  assert.deepEqual(findingLines(result.stdout), MISSING_MESSAGES.map((m) => `missing.md:${FINDINGS_LINE}:${FINDINGS_COLUMN}: error: ${m} [required-section]`));
});

test('--format json: exactly [{filePath, findings:[{ruleId, severity, message, line, column, endLine, endColumn}], suppressed}], 1-based', () => {
  const result = cli(['check', 'missing.md', 'clean.md', 'suppressed.md', '--format', 'json'], dir);
  assert.equal(result.status, 1);
  assert.equal(result.stderr, '');
  const reports = json<JsonReport[]>(result);
  assert.ok(Array.isArray(reports));
  assert.deepEqual(reports.map((r) => r.filePath), ['missing.md', 'clean.md', 'suppressed.md']);
  for (const report of reports) {
    assert.deepEqual(Object.keys(report).sort(), ['filePath', 'findings', 'suppressed']);
    for (const f of [...report.findings, ...report.suppressed]) {
      const keys = Object.keys(f).sort();
      const expectedKeys = ['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity'];
      assert.deepEqual(keys, report.suppressed.includes(f as never) ? [...expectedKeys, 'reason'].sort() : expectedKeys);
      for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(f[k]) && f[k] >= 1, `${k} is 1-based: ${f[k]}`);
      assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column));
      assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
    }
  }
  assert.deepEqual(reports[0].findings, MISSING_MESSAGES.map((message) => ({ ruleId: 'required-section', severity: 'error', message, line: FINDINGS_LINE, column: FINDINGS_COLUMN, endLine: FINDINGS_LINE, endColumn: FINDINGS_END })));
  assert.deepEqual(reports[0].suppressed, []);
  assert.deepEqual(reports[1].findings, []);
  // Suppressed findings keep their place and carry the reason given in the comment.
  assert.deepEqual(reports[2].findings, []);
  assert.deepEqual(reports[2].suppressed.map((s) => [s.ruleId, s.line, s.reason]), [
    ['required-section', FINDINGS_LINE, 'sections written after the visit'],
    ['required-section', FINDINGS_LINE, 'sections written after the visit'],
  ]);
});

test('text: suppressed findings are counted with their reasons', () => {
  const result = cli(['check', 'suppressed.md'], dir);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /; 2 suppressed\.\n/);
  assert.match(result.stdout, /Suppressed findings, with the reasons given:\n  2 × required-section: sections written after the visit\n/);
});

interface SarifLog {
  $schema?: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; informationUri?: string; rules: { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
    columnKind?: string;
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number } } }[];
      suppressions?: { kind: string; justification?: string }[];
    }[];
  }[];
}

const SARIF_LEVELS = ['none', 'note', 'warning', 'error'];

/** Structural checks from the SARIF 2.1.0 specification (the parts this tool produces). */
function assertValidSarif(log: SarifLog): void {
  assert.equal(log.version, '2.1.0');
  if (log.$schema) assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  const [run] = log.runs;
  const driver = run.tool.driver;
  assert.equal(driver.name, 'inspection-reports');
  assert.ok(Array.isArray(driver.rules) && driver.rules.length > 0);
  const ids = driver.rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const rule of driver.rules) {
    assert.match(rule.id, /^[a-z0-9-]+$/);
    assert.ok(rule.shortDescription.text.length > 0);
    assert.ok(rule.helpUri.endsWith(`/docs/rules/${rule.id}.md`), rule.helpUri);
    assert.doesNotThrow(() => new URL(rule.helpUri));
    assert.ok(SARIF_LEVELS.includes(rule.defaultConfiguration.level), rule.defaultConfiguration.level);
  }
  if (run.columnKind !== undefined) assert.ok(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind));
  for (const [name, base] of Object.entries(run.originalUriBaseIds ?? {})) {
    assert.ok(name.length > 0);
    assert.ok(new URL(base.uri).protocol === 'file:' && base.uri.endsWith('/'), `base uri ends with a slash: ${base.uri}`);
  }
  assert.ok(Array.isArray(run.results));
  for (const result of run.results) {
    assert.ok(ids.includes(result.ruleId), result.ruleId);
    if (result.ruleIndex !== undefined) assert.equal(driver.rules[result.ruleIndex].id, result.ruleId, 'ruleIndex points at the rule');
    assert.ok(SARIF_LEVELS.includes(result.level));
    assert.ok(result.message.text.length > 0);
    assert.ok(result.locations.length >= 1);
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.ok(artifactLocation.uri.length > 0);
    if (artifactLocation.uriBaseId) {
      assert.ok(run.originalUriBaseIds?.[artifactLocation.uriBaseId], `uriBaseId ${artifactLocation.uriBaseId} is defined`);
      // With a base id the uri is a relative reference that resolves under the base.
      assert.doesNotMatch(artifactLocation.uri, /^[a-z][a-z0-9+.-]*:/i);
    }
    assert.ok(Number.isInteger(region.startLine) && region.startLine >= 1);
    if (region.startColumn !== undefined) assert.ok(region.startColumn >= 1);
    if (region.endLine !== undefined) assert.ok(region.endLine >= region.startLine);
    for (const s of result.suppressions ?? []) assert.ok(['inSource', 'external'].includes(s.kind));
  }
}

test('--format sarif: a structurally valid SARIF 2.1.0 log', () => {
  const result = cli(['check', 'missing.md', 'clean.md', 'suppressed.md', 'welsh.md', '--format', 'sarif'], dir);
  assert.equal(result.status, 1);
  const log = json<SarifLog>(result);
  assertValidSarif(log);
  const [run] = log.runs;
  assert.equal(run.columnKind, 'utf16CodeUnits');
  // The driver lists every rule that `inspection-reports rules` lists.
  const listed = cli(['rules']).stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
  assert.deepEqual(run.tool.driver.rules.map((r) => r.id), listed);
  assert.equal(run.originalUriBaseIds?.['%SRCROOT%'].uri, `${pathToFileURL(dir).href}/`);

  const missing = run.results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'missing.md');
  assert.deepEqual(
    missing.map((r) => [r.ruleId, r.level, r.message.text, r.locations[0].physicalLocation.region]),
    MISSING_MESSAGES.map((m) => ['required-section', 'error', m, { startLine: FINDINGS_LINE, startColumn: FINDINGS_COLUMN, endLine: FINDINGS_LINE, endColumn: FINDINGS_END }]),
  );
  const suppressed = run.results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'suppressed.md');
  assert.equal(suppressed.length, 2);
  for (const r of suppressed) assert.deepEqual(r.suppressions, [{ kind: 'inSource', justification: 'sections written after the visit' }]);
  // UTF-16 columns: after "{title: "Tŷ Hafan ŵ “drafft” 😀", template: " (44 code units).
  const welsh = run.results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'welsh.md');
  assert.equal(welsh?.ruleId, 'unknown-template');
  assert.deepEqual(welsh.locations[0].physicalLocation.region, { startLine: 2, startColumn: 45, endLine: 2, endColumn: 65 });
});

test('--format sarif: file names with spaces are percent-encoded URI references', () => {
  writeFileSync(join(dir, 'my draft #1.md'), MISSING_TWO);
  try {
    const log = json<SarifLog>(cli(['check', 'my draft #1.md', '--format', 'sarif'], dir));
    assertValidSarif(log);
    const uris = new Set(log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris], ['my%20draft%20%231.md']);
    assert.equal(new URL([...uris][0], log.runs[0].originalUriBaseIds!['%SRCROOT%'].uri).href, pathToFileURL(join(dir, 'my draft #1.md')).href);
  } finally {
    rmTemp(join(dir, 'my draft #1.md'));
  }
});

test('the same draft gives the same two findings in text, JSON and SARIF', () => {
  const text = findingLines(cli(['check', 'missing.md'], dir).stdout).map((l) => {
    const g = l.match(TEXT_LINE)!.groups!;
    return [g.rule, g.severity, g.message, Number(g.line), Number(g.column)];
  });
  const fromJson = json<JsonReport[]>(cli(['check', 'missing.md', '-f', 'json'], dir))[0].findings.map((f) => [f.ruleId, f.severity, f.message, f.line, f.column]);
  const fromSarif = json<SarifLog>(cli(['check', 'missing.md', '-f', 'sarif'], dir)).runs[0].results.map((r) => [
    r.ruleId,
    r.level,
    r.message.text,
    r.locations[0].physicalLocation.region.startLine,
    r.locations[0].physicalLocation.region.startColumn,
  ]);
  assert.equal(text.length, 2);
  assert.deepEqual(fromJson, text);
  assert.deepEqual(fromSarif, text); // error -> error, so the levels agree too
});

test('text and JSON columns are UTF-16 code units, like SARIF', () => {
  const text = findingLines(cli(['check', 'welsh.md'], dir).stdout);
  assert.match(text[0], /^welsh\.md:2:45: error: Unknown template "ciw-regulated-servce"/);
  const [report] = json<JsonReport[]>(cli(['check', 'welsh.md', '--format', 'json'], dir));
  assert.deepEqual([report.findings[0].line, report.findings[0].column, report.findings[0].endColumn], [2, 45, 65]);
});

test('--max-warnings: warnings alone exit 0, but 1 when there are more than allowed', () => {
  const plain = cli(['check', 'warnings.md'], dir);
  assert.equal(plain.status, 0, plain.stdout);
  assert.match(plain.stdout, /0 errors, 1 warning, 0 info in 1 file\./);
  assert.equal(cli(['check', 'warnings.md', '--max-warnings', '0'], dir).status, 1);
  assert.equal(cli(['check', 'warnings.md', '--max-warnings', '1'], dir).status, 0);
  assert.equal(cli(['check', 'warnings.md', '--max-warnings=0', '--format', 'json'], dir).status, 1);
});

test('--quiet reports errors only', () => {
  const quiet = cli(['check', 'warnings.md', 'missing.md', '--quiet'], dir);
  assert.equal(quiet.status, 1);
  const lines = findingLines(quiet.stdout);
  assert.equal(lines.length, 2);
  assert.ok(lines.every((l) => l.includes(': error: ')));
});

test('usage errors exit 2 with a message on stderr', () => {
  const cases: [string[], RegExp][] = [
    [['check', '--bogus', 'missing.md'], /Unknown option "--bogus"\.\nUsage: inspection-reports check/],
    [['check', '--format', 'xml', 'missing.md'], /Unknown format "xml"/],
    [['check', 'no-such-file.md'], /no such file or directory: no-such-file\.md/],
    [['check', '--max-warnings', 'x', 'missing.md'], /--max-warnings takes a whole number/],
    [['check', '--max-warnings=-1', 'missing.md'], /--max-warnings takes a whole number/],
    [['check', '--max-warnings', '1.5', 'missing.md'], /--max-warnings takes a whole number/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['check', 'nothing/*.md'], /no files match nothing\/\*\.md/],
  ];
  for (const [args, message] of cases) {
    const result = cli(args, dir);
    assert.equal(result.status, 2, `${args.join(' ')} -> ${result.status}\n${result.stderr}`);
    assert.match(result.stderr, message, args.join(' '));
  }
});

test('a missing path among good ones still exits 2, after checking the good ones', () => {
  const result = cli(['check', 'clean.md', 'missing.md', 'gone.md'], dir);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /no such file or directory: gone\.md/);
  assert.equal(findingLines(result.stdout).length, 2);
});

test('config errors: exit 2, `file:line:col: config error:` on stderr, findings still printed', () => {
  const folder = makeTempDir('ir-cli-config-');
  try {
    writeFileSync(join(folder, '.inspection-reports.yaml'), 'rules:\n  required-section: loud\n  no-such-rule: error\n');
    writeFileSync(join(folder, 'draft.md'), MISSING_TWO);
    const result = cli(['check', 'draft.md'], folder);
    assert.equal(result.status, 2, result.stdout + result.stderr);
    const config = join(folder, '.inspection-reports.yaml');
    const errors = result.stderr.trim().split('\n');
    assert.deepEqual(errors.map((l) => l.replace(/: config error: .*/, '')).sort(), [`${config}:2:21`, `${config}:3:3`]);
    assert.ok(errors.every((l) => l.includes(': config error: ')));
    // The draft is still checked, with the defaults for the broken settings.
    assert.deepEqual(findingLines(result.stdout), MISSING_MESSAGES.map((m) => `draft.md:${FINDINGS_LINE}:${FINDINGS_COLUMN}: error: ${m} [required-section]`));

    // A YAML syntax error too; and JSON output stays parseable (errors go to stderr).
    writeFileSync(join(folder, '.inspection-reports.yaml'), 'rules:\n  empty-section: "off"\n\trequired-section: warning\n');
    const syntax = cli(['check', 'draft.md', '--format', 'json'], folder);
    assert.equal(syntax.status, 2);
    assert.match(syntax.stderr, new RegExp(`^${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:1: config error: YAML syntax error`, 'm'));
    assert.equal(json<JsonReport[]>(syntax)[0].findings.length, 2);
  } finally {
    rmTemp(folder);
  }
});

test('--config FILE: used instead of the nearest config; errors in it exit 2; an unreadable one exits 2', () => {
  const folder = makeTempDir('ir-cli-config-');
  try {
    writeFileSync(join(folder, 'draft.md'), MISSING_TWO);
    writeFileSync(join(folder, 'quiet.yaml'), 'rules:\n  required-section: "off"\n');
    writeFileSync(join(folder, 'broken.yaml'), 'rules:\n  nope: error\n');
    const quiet = cli(['check', 'draft.md', '--config', 'quiet.yaml'], folder);
    assert.equal(quiet.status, 0, quiet.stdout + quiet.stderr);
    assert.deepEqual(findingLines(quiet.stdout), []);
    const broken = cli(['check', 'draft.md', '-c', 'broken.yaml'], folder);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /broken\.yaml:2:3: config error: Unknown rule `nope`/);
    const missing = cli(['check', 'draft.md', '--config', 'absent.yaml'], folder);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /absent\.yaml/);
  } finally {
    rmTemp(folder);
  }
});

test('a reader that closes the output early (| head) ends the run quietly with 141', async () => {
  // Enough findings that the output outgrows the pipe's buffer before the reader stops.
  // (At most 1,000 findings are listed per file, so several files.)
  const many = Array.from({ length: 8 }, (_, i) => join(dir, `many-${i}.md`));
  for (const file of many) writeFileSync(file, `${MISSING_TWO}\n${'TODO: add the figures.\n\n'.repeat(1200)}\n`);
  const child = spawn(process.execPath, [CLI_JS, 'check', ...many, '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const timer = setTimeout(() => child.kill(), 20_000);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  assert.equal(stderr, '');
  assert.equal(code, 141);
});

test('rules and templates subcommands list the ids; --help and --version exit 0', () => {
  const rules = cli(['rules']);
  assert.equal(rules.status, 0);
  const ruleIds = rules.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
  for (const id of ['front-matter', 'unknown-template', 'required-section', 'section-order', 'empty-section', 'duplicate-section']) assert.ok(ruleIds.includes(id), id);
  for (const line of rules.stdout.trim().split('\n')) assert.match(line, /^[a-z0-9-]+\s+(error|warning|info|hint|off)\s+\S/);

  const templates = cli(['templates']);
  assert.equal(templates.status, 0);
  const templateIds = templates.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
  for (const id of ['ciw-local-authority-children', 'ciw-regulated-service', 'generic']) assert.ok(templateIds.includes(id), id);

  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: inspection-reports check/);
  const version = cli(['--version']);
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
});

test('the news draft: JSON gives undefined-acronym at the first CSSIW with the long-form pointer; acronyms prints the table', () => {
  const result = cli(['check', 'examples/news-acronyms.md', '--format', 'json'], REPO_ROOT);
  const findings = (JSON.parse(result.stdout) as { findings: { ruleId: string; message: string; line: number; column: number }[] }[])[0].findings;
  const cssiw = findings.find((f) => f.ruleId === 'undefined-acronym' && f.message.includes('CSSIW'))!;
  assert.equal(cssiw.line, 11);
  assert.equal(cssiw.column, 69);
  assert.match(cssiw.message, /The long form "Care and Social Services Inspectorate Wales" is written out at line 11 without "\(CSSIW\)"/);
  const table = cli(['acronyms', 'examples/news-acronyms.md'], REPO_ROOT);
  assert.equal(table.status, 0);
  assert.match(table.stdout, /^CSSIW +Care and Social Services Inspectorate Wales +glossary only +1 +line 11 +undefined$/m);
  const rows = JSON.parse(cli(['acronyms', 'examples/news-acronyms.md', '--format', 'json'], REPO_ROOT).stdout) as { acronym: string; state: string }[];
  assert.deepEqual(rows.map((r) => [r.acronym, r.state]), [['CSSIW', 'undefined'], ['CIW', 'unused'], ['NHS', 'allowed'], ['WLGA', 'undefined']]);
});

test('the publication gate: a clean draft with a placeholder, a disagreeing grade or a named child fails (exit 1), each rule named in JSON', () => {
  const folder = makeTempDir('ir-cli-gate-');
  try {
    // The other rules are off, so that the exit code is the gate rules' alone.
    const base = '---\ntemplate: ofsted-ilacs\n---\n\n<!-- inspection-reports-disable-file required-section section-order empty-section unsupported-claim weasel-attribution undefined-acronym -->\n\n# Inspection of Anytown local authority children’s services\n\n| Judgement | Grade |\n| --- | --- |\n| The experiences and progress of children in care | Good |\n\n## The experiences and progress of children in care: good\n\n';
    writeFileSync(join(folder, 'placeholder.md'), `${base}Visits were timely in XX of the 14 cases we reviewed.\n`);
    writeFileSync(join(folder, 'grade.md'), base.replace('in care: good', 'in care: inadequate'));
    writeFileSync(join(folder, 'person.md'), `${base}Jack, aged 14, told inspectors that he feels safe.\n`);
    writeFileSync(join(folder, 'quantity.md'), `${base}Most children (3 of 14) had a recent visit.\n`);
    const gate = ['placeholder', 'grade-consistency', 'identifiable-person', 'quantity-consistency'];
    for (const [file, rule, status] of [['placeholder.md', 'placeholder', 1], ['grade.md', 'grade-consistency', 1], ['person.md', 'identifiable-person', 1], ['quantity.md', 'quantity-consistency', 0]] as const) {
      const result = cli(['check', file, '--format', 'json'], folder);
      const [report] = json<JsonReport[]>(result);
      assert.deepEqual(report.findings.filter((f) => gate.includes(f.ruleId)).map((f) => f.ruleId), [rule], file);
      // Errors fail the gate; the quantity rule warns.
      assert.equal(result.status, status, `${file}: ${result.stdout}`);
    }
  } finally {
    rmTemp(folder);
  }
});

test('what is a report: as in the editor, a file naming no template and matched by no `reports` glob is skipped and counted', () => {
  const folder = makeTempDir('ir-cli-reports-');
  try {
    writeFileSync(join(folder, 'notes.md'), '# Meeting notes\n\nWe discussed the CIW visit.\n');
    writeFileSync(join(folder, 'draft.md'), MISSING_TWO);
    const result = cli(['check', '.'], folder);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(findingLines(result.stdout).every((l) => l.startsWith('draft.md:')));
    assert.match(result.stdout, /in 1 file\.\n1 file skipped as not a report \(no template in the front matter/);
    // Nothing but non-reports: nothing checked, exit 0 (the project's own README is not a report).
    const alone = cli(['check', 'notes.md'], folder);
    assert.equal(alone.status, 0, alone.stdout);
    assert.match(alone.stdout, /in 0 files\.\n1 file skipped as not a report/);
    // A `reports` glob makes it a report, checked against the config's default template, and the summary says so.
    writeFileSync(join(folder, '.inspection-reports.yaml'), 'reports: ["notes.md"]\n');
    const globbed = cli(['check', 'notes.md'], folder);
    assert.equal(globbed.status, 1, globbed.stdout);
    assert.match(globbed.stdout, /Missing required section "Summary" \(template generic\)/);
    assert.match(globbed.stdout, /^1 file checked against the default template "generic"/m);
  } finally {
    rmTemp(folder);
  }
});

test('--template ID checks files as reports of that template anyway; an unknown ID exits 2', () => {
  const folder = makeTempDir('ir-cli-template-');
  try {
    writeFileSync(join(folder, 'notes.md'), '# Meeting notes\n\nWe discussed the visit.\n');
    const result = cli(['check', 'notes.md', '--template', 'cqc'], folder);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /Missing required section "Safe" \(template cqc\)/);
    assert.doesNotMatch(result.stdout, /skipped as not/);
    const unknown = cli(['check', 'notes.md', '--template', 'nope'], folder);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /--template nope: no such template \(known: .*generic/);
  } finally {
    rmTemp(folder);
  }
});
