// What the client does when its language server dies: restart it, but not forever. A server that
// keeps crashing (say, on every keystroke in one report) is left stopped and the user is told
// where its log is. No vscode import, so test/client checks the policy with node:test.

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
