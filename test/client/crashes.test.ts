// The client's crash policy (client/src/crashes.ts): a crashed server is restarted until it has
// crashed 5 times within 3 minutes; then it stays stopped and the message names the output channel.
// The real-editor suite (test/vscode) kills the real server and watches the real client do this.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CrashPolicy, onConnectionError } from '../../client/src/crashes';

const MINUTE = 60_000;

/** A policy on a clock the test moves. */
function policyAt(times: number[]): { policy: CrashPolicy; decisions: () => boolean[] } {
  let i = 0;
  const policy = new CrashPolicy(5, 3 * MINUTE, () => times[i++]);
  return { policy, decisions: () => times.map(() => policy.onCrash().restart) };
}

test('restarts after each of the first four crashes in the window; the fifth is not restarted', () => {
  const { decisions } = policyAt([0, 1000, 2000, 3000, 4000]);
  assert.deepEqual(decisions(), [true, true, true, true, false]);
});

test('crashes older than the window are forgotten', () => {
  // Five crashes, but never five within 3 minutes of each other.
  const { decisions } = policyAt([0, MINUTE, 2 * MINUTE, 3 * MINUTE, 3 * MINUTE + 1000, 4 * MINUTE, 5 * MINUTE]);
  assert.deepEqual(decisions(), [true, true, true, true, true, true, true]);
});

test('a crash exactly one window after another no longer counts it', () => {
  const { policy } = policyAt([0, 3 * MINUTE]);
  assert.equal(policy.onCrash().recentCrashes, 1);
  assert.equal(policy.onCrash().recentCrashes, 1);
});

test('the count goes on past the limit while crashes keep coming', () => {
  const { policy } = policyAt([0, 1, 2, 3, 4, 5]);
  const counts = [0, 1, 2, 3, 4, 5].map(() => policy.onCrash());
  assert.deepEqual(counts.map((d) => d.recentCrashes), [1, 2, 3, 4, 5, 6]);
  assert.equal(counts[5].restart, false);
});

test('the messages say what happens and name the output channel', () => {
  const policy = new CrashPolicy(5, 3 * MINUTE, () => 0);
  const restart = policy.message({ restart: true, recentCrashes: 1 }, 'Inspection Reports');
  assert.match(restart, /^The Inspection Reports server stopped unexpectedly \(1 of 4 restarts allowed in 3 minutes\); restarting it\.$/);
  const stop = policy.message({ restart: false, recentCrashes: 5 }, 'Inspection Reports');
  assert.match(stop, /crashed 5 times in the last 3 minutes and will not be restarted/);
  assert.match(stop, /"Inspection Reports" output channel/);
  assert.match(stop, /Reload the window/);
});

test('a failed send to a server that is gone never stops the client: its close decides', () => {
  const gone = Object.assign(new Error('Channel closed'), { code: 'ERR_IPC_CHANNEL_CLOSED' });
  // vscode-jsonrpc's IPC writer counts each failed send twice: 2, 4, 6…
  assert.deepEqual([2, 4, 6, undefined].map((count) => onConnectionError(gone, count)), ['continue', 'continue', 'continue', 'continue']);
  assert.equal(onConnectionError(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }), 9), 'continue');
});

test('other connection errors: a few in a row are survived, a connection that keeps failing is shut down', () => {
  const broken = new Error('Header must provide a Content-Length property.');
  assert.deepEqual([1, 2, 3, 4, undefined].map((count) => onConnectionError(broken, count)), ['continue', 'continue', 'continue', 'shutdown', 'shutdown']);
});
