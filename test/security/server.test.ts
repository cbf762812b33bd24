// The language server against a hostile workspace or client: command arguments are validated
// before they reach the document (14), requests after `shutdown` are refused as the protocol
// says, and `reports:` globs too complex to match are refused on the config (9).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { HoverRequest, ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { startServer, fileUri, messageOf, makeTempDir, rmTemp, type TestClient } from '../protocol/client';
import { MISSING_TWO } from '../drafts';

let root: string;
before(() => (root = makeTempDir('ir-sec-server-')));
after(() => rmTemp(root));

async function withServer(run: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await startServer({ folders: [root] });
  try {
    await run(client);
  } finally {
    await client.shutdown();
  }
}

test('14: executeCommand applyDisable with a rule id that is not a rule is refused; no edit is asked for', () =>
  withServer(async (client) => {
    const uri = fileUri(join(root, 'cmd.md'));
    await client.open(uri, MISSING_TWO);
    await client.waitForDiagnostics(uri, (ds) => ds.length > 0);
    const commands = client.initializeResult!.capabilities.executeCommandProvider!.commands;
    for (const ruleId of ['required-section --> <script>x</script> <!--', 'no-such-rule', '']) {
      await assert.rejects(client.executeCommand(commands[0], [uri, ruleId, 4, 'reason']), (error: ResponseError<unknown>) => {
        assert.equal(error.code, ErrorCodes.InvalidParams);
        assert.match(error.message, /not a rule/);
        return true;
      });
    }
    await assert.rejects(client.executeCommand(commands[0], [uri, 'required-section', -3, 'reason']), /line/);
    assert.deepEqual(client.applyEditRequests, [], 'an edit was asked for');
  }));

test('after shutdown, requests are answered with InvalidRequest', async () => {
  const client = await startServer({ folders: [root] });
  const uri = fileUri(join(root, 'late.md'));
  try {
    await client.open(uri, MISSING_TWO);
    await client.waitForDiagnostics(uri, (ds) => ds.length > 0);
    await client.request(client.connection.sendRequest('shutdown'), 'shutdown');
    await assert.rejects(client.request(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), 'hover'), (error: ResponseError<unknown>) => {
      assert.equal(error.code, ErrorCodes.InvalidRequest);
      return true;
    });
    await assert.rejects(client.executeCommand('inspection-reports.applyDisable', [uri, 'required-section', 4]), (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidRequest);
  } finally {
    await client.shutdown();
  }
});

test('9: a `reports:` glob too complex to match is refused on its config line, and the draft is still checked', () =>
  withServer(async (client) => {
    writeFileSync(join(root, '.inspection-reports.yaml'), `reports:\n  - "drafts/*.md"\n  - "${'*a'.repeat(20)}*b.md"\n`);
    const uri = fileUri(join(root, `${'a'.repeat(200)}.md`));
    await client.open(uri, MISSING_TWO);
    const config = await client.waitForDiagnostics(fileUri(join(root, '.inspection-reports.yaml')), (ds) => ds.length > 0);
    assert.equal(config.length, 1);
    assert.equal(config[0].range.start.line, 2);
    assert.match(messageOf(config[0]), /too complex to match safely \(it has 21 wildcards \(\*\) in one part of the path/);
    await client.waitForDiagnostics(uri, (ds) => ds.some((d) => d.code === 'required-section'));
  }));

test('16: a document over 5,000,000 characters is checked for its structure only, and a notice says so (the status bar shows it)', () =>
  withServer(async (client) => {
    const uri = fileUri(join(root, 'huge.md'));
    const text = `${MISSING_TWO}\n${'The XYZ said that most plans were good.\n\n'.repeat(130_000)}`;
    assert.ok(text.length > 5_000_000);
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, (ds) => ds.some((d) => d.code === 'structure-only'), 300_000);
    assert.match(messageOf(diagnostics.find((d) => d.code === 'structure-only')!), /larger than 5,000,000 characters, so only its structure is checked/);
    assert.ok(diagnostics.some((d) => d.code === 'required-section'), 'the structure is still checked');
    assert.ok(!diagnostics.some((d) => d.code === 'undefined-acronym' || d.code === 'unsupported-claim'), 'prose rules ran');
  }));

test('15: the time budget stops a rule while it runs; the server publishes what it has, answers requests, and later checks finish the work', async () => {
  // The rule and the log line of slow-rule-server.ts.
  const SLOW_RULE = 'test-slow-rule';
  const WORK_LOG = `${SLOW_RULE}: worked on a block\n`;
  const client = await startServer({ folders: [root], nodeArgs: ['--import', 'tsx', join(import.meta.dirname, 'slow-rule-server.ts'), '--stdio'] });
  const worked = () => client.stderr.split(WORK_LOG).length - 1;
  const slowBlocks = 100;
  try {
    // 100 blocks at 40 ms each: 4 s of work for the slow rule, over the server's 1.5 s budget.
    const uri = fileUri(join(root, 'slow.md'));
    await client.open(uri, `${MISSING_TWO}\n${Array.from({ length: slowBlocks }, (_, i) => `Paragraph ${i + 1} is slow to check.\n`).join('\n')}`);
    const first = await client.waitForVersion(uri, () => true, 60_000);
    const notice = first.find((d) => d.code === 'analysis-budget');
    assert.ok(notice, `no notice: the slow rule ran to the end (${worked()} of ${slowBlocks} blocks)`);
    assert.match(messageOf(notice), new RegExp(`cut short: ${SLOW_RULE} was stopped while it ran\\.`));
    assert.ok(worked() < slowBlocks, `published before the slow rule would have finished (${worked()} of ${slowBlocks} blocks)`);
    assert.ok(!first.some((d) => d.code === SLOW_RULE), 'the stopped rule\'s partial findings are not published');
    assert.ok(first.some((d) => d.code === 'required-section'), 'the rules before it are published');
    // The server answers at once, and each later check carries on from the blocks already done.
    assert.ok((await client.documentSymbols(uri))?.length, 'documentSymbol is answered');
    let latest = first;
    for (let edit = 0; edit < 40 && latest.some((d) => d.code === 'analysis-budget'); edit++) {
      await client.change(uri, [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } }, text: 'x' }]);
      latest = await client.waitForVersion(uri, () => true, 60_000);
    }
    assert.ok(!latest.some((d) => d.code === 'analysis-budget'), 'a later check finished');
    assert.equal(latest.filter((d) => d.code === SLOW_RULE).length, slowBlocks, 'every slow block is found once');
    assert.equal(worked(), slowBlocks, 'no block was worked on twice: the cut checks kept what they finished');
  } finally {
    await client.shutdown();
  }
});
