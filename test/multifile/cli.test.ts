// The CLI checks a report kept in several files as one: through its manifest or any of its files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, json, makeTempDir, rmTemp } from '../cli/run';
import { parseManifest } from '../../server/src/engine/manifest';

interface JsonFile { filePath: string; findings: { ruleId: string; message: string; line: number; column: number }[] }

function report(dir: string) {
  writeFileSync(join(dir, 'review.report.yaml'), 'name: National review\nfiles:\n  - 01-summary.md\n  - 02-findings.md\n  - 03-evidence.md\n');
  writeFileSync(join(dir, '01-summary.md'), '---\ntemplate: generic\n---\n\n# National review\n\n## Summary\n\nCare Inspectorate Wales (CIW) reviewed 14 cases.[^1]\n');
  writeFileSync(join(dir, '02-findings.md'), '## Findings\n\nCIW found plans reviewed on time in 12 of the 14 cases.[^1] The IRO met each child.\n');
  writeFileSync(join(dir, '03-evidence.md'), '## Evidence\n\n[^1]: Case file audit, March 2025.\n');
}

test('multi-file CLI: any file of a manifest checks the whole report, each finding under its own file', () => {
  const dir = makeTempDir();
  try {
    report(dir);
    for (const target of ['02-findings.md', 'review.report.yaml', '.']) {
      const result = cli(['check', target, '--format', 'json'], dir);
      const files = json<JsonFile[]>(result);
      assert.deepEqual(files.map((f) => f.filePath).sort(), ['01-summary.md', '02-findings.md', '03-evidence.md'], `${target}: ${result.stderr}`);
      const all = files.flatMap((f) => f.findings.map((x) => ({ file: f.filePath, ...x })));
      assert.ok(!all.some((f) => f.ruleId === 'undefined-footnote'), 'the footnote is defined in 03-evidence.md');
      assert.ok(!all.some((f) => f.ruleId === 'undefined-acronym' && f.message.startsWith('"CIW"')), 'CIW is defined in 01-summary.md');
      const iro = all.find((f) => f.ruleId === 'undefined-acronym');
      assert.deepEqual(iro && [iro.file, iro.line, iro.column], ['02-findings.md', 3, 65]);
    }
  } finally {
    rmTemp(dir);
  }
});

test('multi-file CLI: --fix writes each chapter its own fixes', () => {
  const dir = makeTempDir();
  try {
    report(dir);
    writeFileSync(join(dir, '02-findings.md'), '## Findings\n\nThe C.I.W. team found plans reviewed on time in 12 of the 14 cases.[^1]\n');
    const result = cli(['check', 'review.report.yaml', '--fix'], dir);
    assert.match(readFileSync(join(dir, '02-findings.md'), 'utf8'), /The CIW team found/, result.stdout + result.stderr);
    assert.equal(readFileSync(join(dir, '03-evidence.md'), 'utf8'), '## Evidence\n\n[^1]: Case file audit, March 2025.\n');
  } finally {
    rmTemp(dir);
  }
});

test('multi-file CLI: a bad manifest is reported with its line, and its files are checked alone', () => {
  const dir = makeTempDir();
  try {
    report(dir);
    writeFileSync(join(dir, 'review.report.yaml'), 'files:\n  - 01-summary.md\n  - ../outside.md\n');
    const result = cli(['check', '.', '--format', 'json'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /review\.report\.yaml:3:5: files: "\.\.\/outside\.md" must stay inside the manifest's folder/);
  } finally {
    rmTemp(dir);
  }
});

test('manifest: files in order; unknown keys, absolute paths, duplicates and non-Markdown files refused with their lines', () => {
  assert.deepEqual(parseManifest('name: R\nfiles: [a.md, sub/b.md]\n'), { name: 'R', files: ['a.md', 'sub/b.md'], problems: [] });
  const bad = parseManifest('files:\n  - /etc/passwd.md\n  - a.md\n  - a.md\n  - notes.txt\ncolour: red\n');
  assert.deepEqual(bad.files, ['a.md']);
  assert.deepEqual(bad.problems.map((p) => `${p.line}: ${p.message}`), [
    '2: files: "/etc/passwd.md" must be a path relative to the manifest\'s folder, with /.',
    '4: files: "a.md" is listed twice.',
    '5: files: "notes.txt" is not a Markdown file (.md).',
    '6: Unknown key "colour": a report manifest has `name` and `files`.',
  ]);
  assert.deepEqual(parseManifest('- a.md\n').problems.map((p) => p.message), ['A report manifest is a mapping with a `files:` list.']);
  assert.match(parseManifest('files: [a.md\n').problems[0].message, /./);
});

test('bilingual CLI: report.md and report.cy.md are compared; each finding is in its own version', () => {
  const dir = makeTempDir();
  try {
    const pairs = join(import.meta.dirname, 'pairs');
    writeFileSync(join(dir, 'overview.md'), readFileSync(join(pairs, 'national-overview.md'), 'utf8').replace('---\n', '---\ntemplate: generic\n'));
    // The Welsh version gives another year in its background section.
    writeFileSync(join(dir, 'overview.cy.md'), readFileSync(join(pairs, 'national-overview.cy.md'), 'utf8').replace('---\n', '---\ntemplate: generic\n').replace('(Cymru) 2014', '(Cymru) 2016'));
    const files = json<JsonFile[]>(cli(['check', '.', '--format', 'json'], dir));
    const parity = files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'translation-parity').map((x) => `${f.filePath}:${x.line}: ${x.message}`));
    assert.deepEqual(parity, [
      'overview.cy.md:13: "2016" in "Cefndir" is not in the same place in the English version ("Background"): a figure changed or left out in one version.',
      'overview.md:12: "2014" in "Background" is not in the same place in the Welsh version ("Cefndir"): a figure changed or left out in one version.',
    ]);
  } finally {
    rmTemp(dir);
  }
});
