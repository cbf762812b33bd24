// The language server checks a report kept in several files as one, and a report with its
// other-language version: an edit in one file updates the diagnostics of the others.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, fileUri, makeTempDir, rmTemp, type TestClient } from '../protocol/client';
import { CounterpartRequest } from '../../server/src/protocol';

const clients: TestClient[] = [];
const dirs: string[] = [];
after(async () => {
  for (const c of clients) await c.shutdown();
  for (const d of dirs) rmTemp(d);
});

async function start(dir: string): Promise<TestClient> {
  const client = await startServer({ folders: [dir] });
  clients.push(client);
  return client;
}

const codes = (d: readonly { code?: unknown; message: unknown }[]) => d.map((x) => `${String(x.code)}: ${x.message}`);

test('server: chapters of a manifest share definitions; an edit in chapter 1 updates chapter 2', async () => {
  const dir = makeTempDir('ir-multifile-');
  dirs.push(dir);
  writeFileSync(join(dir, 'review.report.yaml'), 'files: [01-summary.md, 02-findings.md]\n');
  const one = '---\ntemplate: generic\n---\n\n# Review\n\n## Summary\n\nThe Independent Reviewing Officer (IRO) met 14 children.\n';
  const two = '## Findings\n\nThe IRO chaired every review.\n';
  writeFileSync(join(dir, '01-summary.md'), one);
  writeFileSync(join(dir, '02-findings.md'), two);
  const client = await start(dir);
  const uri1 = fileUri(join(dir, '01-summary.md'));
  const uri2 = fileUri(join(dir, '02-findings.md'));
  await client.open(uri1, one);
  await client.open(uri2, two);
  const before = await client.waitForDiagnostics(uri2, (_d, p) => p.version === 1);
  assert.ok(!codes(before).some((c) => c.startsWith('undefined-acronym')), `IRO is defined in chapter 1: ${codes(before)}`);
  // Chapter 1 no longer mentions the IRO: chapter 2's IRO is now the first use, undefined.
  const at = one.indexOf('The Independent');
  const lines = one.slice(0, at).split('\n').length - 1;
  await client.change(uri1, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 'The Independent Reviewing Officer (IRO)'.length } }, text: 'Inspectors' }]);
  const afterEdit = await client.waitForDiagnostics(uri2, (d) => codes(d).some((c) => c.startsWith('undefined-acronym')));
  assert.ok(codes(afterEdit).some((c) => /IRO/.test(c)));
});

test('server: a Welsh version beside the English one is compared; an edit in one updates the other', async () => {
  const dir = makeTempDir('ir-bilingual-');
  dirs.push(dir);
  const pairs = join(import.meta.dirname, 'pairs');
  const en = readFileSync(join(pairs, 'national-overview.md'), 'utf8').replace('---\n', '---\ntemplate: generic\n');
  const cy = readFileSync(join(pairs, 'national-overview.cy.md'), 'utf8').replace('---\n', '---\ntemplate: generic\n');
  writeFileSync(join(dir, 'overview.md'), en);
  writeFileSync(join(dir, 'overview.cy.md'), cy);
  const client = await start(dir);
  const enUri = fileUri(join(dir, 'overview.md'));
  const cyUri = fileUri(join(dir, 'overview.cy.md'));
  await client.open(enUri, en);
  await client.open(cyUri, cy);
  const clean = await client.waitForDiagnostics(enUri, (_d, p) => p.version === 1);
  // "Open the other version beside" lands on the corresponding section.
  const enLines = en.split('\n');
  const cyLines = cy.split('\n');
  const counterpart = await client.connection.sendRequest(CounterpartRequest, { uri: enUri, line: enLines.indexOf('## Some of our key findings') + 2 });
  assert.deepEqual(counterpart, { uri: cyUri, line: cyLines.indexOf('## Rhai o’n canfyddiadau allweddol') });
  assert.deepEqual(codes(clean).filter((c) => c.startsWith('translation-parity')), []);
  // The Welsh version's year changes (unsaved): the English version is told.
  const line = cy.split('\n').findIndex((l) => l.includes('(Cymru) 2014'));
  const col = cy.split('\n')[line].indexOf('2014');
  await client.change(cyUri, [{ range: { start: { line, character: col }, end: { line, character: col + 4 } }, text: '2016' }]);
  const stale = await client.waitForDiagnostics(enUri, (d) => codes(d).some((c) => c.startsWith('translation-parity')));
  const finding = stale.find((d) => d.code === 'translation-parity')!;
  assert.match(String(finding.message), /"2014" in "Background" is not in the same place in the Welsh version/);
  assert.equal(finding.relatedInformation?.[0]?.location.uri, cyUri);
});
