// What the client does when its language server dies: restart it, but not forever. A server that
// keeps crashing (say, on every keystroke in one report) is left stopped and the user is told
// where its log is. No vscode import, so test/client checks the policy with node:test.

/**
 * Codes of a failed send to a server whose process is gone or going. The connection's close
 * follows, and the crash policy decides then; stopping the client here would skip that decision.
 */
const CHANNEL_GONE = new Set(['ERR_IPC_CHANNEL_CLOSED', 'EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * Whether the client goes on after a connection error (`count`: errors in a row, as the language
 * client counts them) or shuts the server down. Sends to a dead server go on: each failed send
 * counts twice in vscode-jsonrpc's IPC writer, so two requests made between the kill and the
 * close would otherwise stop the client for good instead of restarting the server.
 */
export function onConnectionError(error: unknown, count: number | undefined): 'continue' | 'shutdown' {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && CHANNEL_GONE.has(code)) return 'continue';
  // Broken messages now and then are survivable; a connection that keeps failing is shut down
  // (what vscode-languageclient does by default).
  return count !== undefined && count <= 3 ? 'continue' : 'shutdown';
}

export interface CrashDecision {
  restart: boolean;
  /** Crashes within the window, this one included. */
  recentCrashes: number;
}

/**
 * Remembers when the server crashed recently and decides, at each new crash, whether to restart
 * it: yes, unless this crash makes `maxCrashes` within `windowMs`.
 */
export class CrashPolicy {
  private crashTimes: number[] = [];

  constructor(
    readonly maxCrashes = 5,
    readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  onCrash(): CrashDecision {
    const now = this.now();
    this.crashTimes = [...this.crashTimes.filter((time) => now - time < this.windowMs), now];
    return { restart: this.crashTimes.length < this.maxCrashes, recentCrashes: this.crashTimes.length };
  }

  /**
   * The line for the output channel (after a restart), or the error message shown to the user
   * (no restart): it names the output channel, named like the server.
   */
  message(decision: CrashDecision, serverName: string): string {
    const window = `${Math.round(this.windowMs / 60_000)} minutes`;
    if (decision.restart) {
      return `The ${serverName} server stopped unexpectedly (${decision.recentCrashes} of ${this.maxCrashes - 1} restarts allowed in ${window}); restarting it.`;
    }
    return (
      `The ${serverName} server crashed ${decision.recentCrashes} times in the last ${window} and will not be restarted. ` +
      `Its log is in the "${serverName}" output channel (command "${serverName}: Show Output"). Reload the window to start it again.`
    );
  }
}
