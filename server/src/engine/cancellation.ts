// Cooperative cancellation of a lint, as TypeScript's checker and the language server protocol
// do it: the caller hands lint() a token; the engine's per-block loops call `checkpoint()`, which
// throws `OperationCanceled` once the token is cancelled, and lint() drops the interrupted rule's
// partial findings and skips the rules after it.
//
// Checkpoints sit only where per-block work is about to be done and stored (a block's derived
// data, a scanner's items for a block): every cache entry is assigned after its work completes,
// so a throw at a checkpoint leaves each cache holding whole results or nothing, and the next
// lint carries on from what was finished. A lint without a token pays one comparison per
// checkpoint.
//
// The token is held here for the duration of one rule's check (as TypeScript's checker holds
// its token for one getDiagnostics call) rather than passed down: the checkpoints are in the
// model's and the scanners' caches, which rules reach through the model.

/** The LSP's CancellationToken shape (a vscode-jsonrpc token satisfies it). */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Thrown at a checkpoint once the current token is cancelled; lint() catches it. */
export class OperationCanceled extends Error {
  constructor() {
    super('The check was cancelled');
    this.name = 'OperationCanceled';
  }
}

/** Checkpoints between two reads of the token (a deadline token reads the clock). */
const STRIDE = 4;

let current: CancellationToken | undefined;
let countdown = STRIDE;

/** Throws OperationCanceled when the running check's token is cancelled (read every few calls). */
export function checkpoint(): void {
  if (current === undefined || --countdown > 0) return;
  countdown = STRIDE;
  if (current.isCancellationRequested) throw new OperationCanceled();
}

/** Runs `work` with `token` as the one checkpoints read (none: checkpoints do nothing). */
export function withCancellation<T>(token: CancellationToken | undefined, work: () => T): T {
  const outer = current;
  current = token;
  countdown = STRIDE;
  try {
    return work();
  } finally {
    current = outer;
  }
}

/** A token cancelled once `performance.now()` passes `deadline`. */
export function deadlineToken(deadline: number): CancellationToken {
  return {
    get isCancellationRequested() {
      return performance.now() > deadline;
    },
  };
}
