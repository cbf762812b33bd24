// Reading a workspace someone else controls (README, "Untrusted folders"): config files and
// glossaries are read only when they are regular files, under a size cap enforced while reading
// (1 MB for a config, 10 MB for a glossary), and a glossary only from inside the config's folder,
// links resolved. A refused file is named, with the reason, and the run goes on. The CLI and the
// language server alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { symlinkSync, openSync, closeSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { MISSING_TWO } from '../drafts';
import { runCli, tempFolders } from './support';
import { startServer, fileUri, messageOf } from '../protocol/client';
import { readBounded, readUpTo } from '../../server/src/fs/bounded-read';

const folders = tempFolders('ir-sec-read-');
const folder = folders.next;

const REPORT = `${MISSING_TWO}\nThe ZQX met.\n`;
/** A run that would hang (a FIFO) or grow without bound (/dev/zero) is stopped: a failure, not a hang. */
const HANG_GUARD = { timeout: 30_000, killSignal: 'SIGKILL' as const };

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

test('7: a config that is a link to /dev/zero is refused, named, and the defaults are used (CLI)', () => {
  const dir = folder({ 'draft.md': REPORT });
  symlinkSync('/dev/zero', join(dir, '.inspection-reports.yaml'));
  const run = runCli(['check', 'draft.md'], dir, HANG_GUARD);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /\.inspection-reports\.yaml:1:1: config error: The config file .*\.inspection-reports\.yaml is not a regular file \(a device\), so it is not read; the defaults are used\./);
  assert.match(run.stdout, /required-section/, 'the draft was still checked, with the defaults');
});

test('7: a config that is a named pipe is refused, not waited on (CLI)', () => {
  const dir = folder({ 'draft.md': REPORT });
  mkfifo(join(dir, '.inspection-reports.yaml'));
  const run = runCli(['check', 'draft.md'], dir, HANG_GUARD);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /config error: The config file .* is not a regular file \(a named pipe\)/);
});

test('7: glossaries that are a named pipe or a link to /dev/zero are refused, each named (CLI)', () => {
  const dir = folder({ 'draft.md': REPORT, '.inspection-reports.yaml': 'glossaries: [pipe.tsv, zero.yaml]\n' });
  mkfifo(join(dir, 'pipe.tsv'));
  symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
  const run = runCli(['check', 'draft.md'], dir, HANG_GUARD);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /Glossary "pipe\.tsv" \(.*pipe\.tsv\) is not a regular file \(a named pipe\), so it is not read\./);
  assert.match(run.stderr, /Glossary "zero\.yaml" \(.*zero\.yaml\) is not a regular file \(a device\), so it is not read\./);
});

test('7: a config that is a folder is refused, named (CLI)', () => {
  const dir = folder({ 'draft.md': REPORT, '.inspection-reports.yaml/inside.txt': 'x' });
  const run = runCli(['check', 'draft.md'], dir, HANG_GUARD);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /The config file .* is not a regular file \(a folder\), so it is not read/);
});

test('7: a config over 1 MB and a glossary over 10 MB are refused with their size cap', () => {
  const big = folder({ 'draft.md': REPORT, '.inspection-reports.yaml': `# ${'x'.repeat(1024 * 1024)}\n` });
  const run = runCli(['check', 'draft.md'], big);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /The config file .* is larger than 1 MB, so it is not read/);
  const dir = folder({ 'draft.md': REPORT, '.inspection-reports.yaml': 'glossaries: [huge.tsv]\n' });
  // A sparse file: 11 MB without using the disk.
  const fd = openSync(join(dir, 'huge.tsv'), 'w');
  ftruncateSync(fd, 11 * 1024 * 1024);
  closeSync(fd);
  const glossary = runCli(['check', 'draft.md'], dir);
  assert.equal(glossary.status, 2);
  assert.match(glossary.stderr, /Glossary "huge\.tsv" .* is larger than 10 MB, so it is not read/);
});

test('7: the cap holds while reading, whatever size the file claims', () => {
  // A character device claims size 0 and never ends; a regular file is read to the cap only.
  assert.match(String((readBounded('/dev/zero', { maxBytes: 10 }) as { refused: string }).refused), /not a regular file/);
  const dir = folder({ 'a.txt': 'x'.repeat(100) });
  assert.deepEqual(readBounded(join(dir, 'a.txt'), { maxBytes: 99 }), { refused: 'is larger than 99 bytes, so it is not read', kind: 'too-large' });
  assert.equal((readBounded(join(dir, 'a.txt'), { maxBytes: 100 }) as { bytes: Buffer }).bytes.length, 100);
});

test('7: read into one buffer of the size the file claims, the bytes and the cap are the same when the claim is wrong', () => {
  // The file grows or shrinks between fstat and the read: `expected` is then too small or too large.
  const dir = folder({ 'a.txt': 'abcdefghij'.repeat(10) });
  const fd = openSync(join(dir, 'a.txt'), 'r');
  try {
    const whole = 'abcdefghij'.repeat(10);
    for (const expected of [0, 1, 50, 99, 100, 101, 1000]) {
      assert.equal(readUpTo(fd, 1000, 0, expected)?.toString(), whole, `claimed ${expected}`);
      assert.equal(readUpTo(fd, 100, 0, expected)?.toString(), whole, `claimed ${expected}, cap 100`);
      assert.equal(readUpTo(fd, 99, 0, expected), undefined, `claimed ${expected}, cap 99`);
      assert.equal(readUpTo(fd, 50, 0, expected), undefined, `claimed ${expected}, cap 50`);
    }
  } finally {
    closeSync(fd);
  }
});

test('8: a glossary reached through a link to outside the config folder is not read; nothing of it shows', () => {
  const outside = folder({ 'secret.tsv': 'acronym\texpansion\nZQX\tSecret Outside Thing\n' });
  const dir = folder({ 'draft.md': REPORT, '.inspection-reports.yaml': 'glossaries: [terms.tsv]\n' });
  symlinkSync(join(outside, 'secret.tsv'), join(dir, 'terms.tsv'));
  const run = runCli(['check', 'draft.md', '--format', 'json'], dir);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Glossary "terms\.tsv" \(.*terms\.tsv\) is outside .* \(it is a link to .*secret\.tsv\), so it is not read\./);
  assert.doesNotMatch(run.stdout, /Secret Outside/);
  const table = runCli(['acronyms', 'draft.md'], dir);
  assert.doesNotMatch(table.stdout, /Secret Outside/, 'the acronym table shows the outside glossary');
});

test('8: a glossary linked from inside the config folder to inside it is read', () => {
  const dir = folder({ 'draft.md': REPORT, '.inspection-reports.yaml': 'glossaries: [terms.tsv]\n', 'shared/real.tsv': 'acronym\texpansion\nZQX\tZone Quality Exchange\n' });
  symlinkSync(join(dir, 'shared', 'real.tsv'), join(dir, 'terms.tsv'));
  const run = runCli(['check', 'draft.md'], dir);
  assert.doesNotMatch(run.stderr, /config error/);
  assert.match(run.stdout, /Zone Quality Exchange/);
});

test('7, 8: the language server refuses a /dev/zero config and an outside glossary, says so on the config, and keeps answering', async () => {
  const outside = folder({ 'secret.tsv': 'acronym\texpansion\nZQX\tSecret Outside Thing\n' });
  const zero = folder({ 'draft.md': REPORT });
  symlinkSync('/dev/zero', join(zero, '.inspection-reports.yaml'));
  const linked = folder({ 'draft.md': REPORT, '.inspection-reports.yaml': 'glossaries: [terms.tsv, pipe.tsv]\n' });
  symlinkSync(join(outside, 'secret.tsv'), join(linked, 'terms.tsv'));
  mkfifo(join(linked, 'pipe.tsv'));
  const elsewhere = folder({ 'config.yaml': 'rules:\n  required-section: off\n' });
  const outsideConfig = folder({ 'draft.md': REPORT });
  symlinkSync(join(elsewhere, 'config.yaml'), join(outsideConfig, '.inspection-reports.yaml'));
  const client = await startServer({ folders: [zero, linked, outsideConfig] });
  try {
    await client.open(fileUri(join(zero, 'draft.md')), REPORT);
    const zeroConfig = await client.waitForDiagnostics(fileUri(join(zero, '.inspection-reports.yaml')), (ds) => ds.length > 0);
    assert.match(messageOf(zeroConfig[0]), /is not a regular file \(a device\), so it is not read/);
    await client.open(fileUri(join(linked, 'draft.md')), REPORT);
    const config = await client.waitForDiagnostics(fileUri(join(linked, '.inspection-reports.yaml')), (ds) => ds.length >= 2);
    const messages = config.map(messageOf).join('\n');
    assert.match(messages, /Glossary "terms\.tsv" .* is outside .*so it is not read/);
    assert.match(messages, /Glossary "pipe\.tsv" .* is not a regular file \(a named pipe\)/);
    const draft = await client.waitForDiagnostics(fileUri(join(linked, 'draft.md')), (ds) => ds.length > 0);
    assert.doesNotMatch(draft.map(messageOf).join('\n'), /Secret Outside/);
    // A config whose real path is outside the workspace folder is not read in the editor.
    await client.open(fileUri(join(outsideConfig, 'draft.md')), REPORT);
    const refused = await client.waitForDiagnostics(fileUri(join(outsideConfig, '.inspection-reports.yaml')), (ds) => ds.length > 0);
    assert.match(messageOf(refused[0]), /is outside .* \(it is a link to .*config\.yaml\), so it is not read; the defaults are used/);
    const outsideDraft = await client.waitForDiagnostics(fileUri(join(outsideConfig, 'draft.md')), (ds) => ds.length > 0);
    assert.ok(outsideDraft.some((d) => d.code === 'required-section'), 'the outside config (required-section: off) was applied');
  } finally {
    await client.shutdown();
  }
});
