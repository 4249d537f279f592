/**
 * Request budgeting. Excel on the web rejects a request or response over 5 MB, and one
 * context.sync() is one request (everything queued since the last sync) and one response. The
 * adapter estimates the bytes each queued command carries and syncs before the total would pass
 * a budget kept well under the limit, so small work is one sync and big work a few.
 */

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one sync may carry by our estimate: 80% of the limit, for protocol overhead and misjudgement. */
export const REQUEST_BUDGET_BYTES = Math.floor(REQUEST_LIMIT_BYTES * 0.8);
/** Rough size of one queued command with no data (object path, method name, ids). */
export const COMMAND_OVERHEAD_BYTES = 120;

/** JSON size of a value, as Office.js would serialise it (characters ~ bytes for the estimate). */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

export class RequestBudget {
  private used = 0;
  /** The after-sync hook is owed: it runs when the next command is reserved, so nothing is left queued after the last sync. */
  private hookOwed = false;
  /** Syncs this budget made. */
  syncs = 0;
  /** Estimated bytes of each sync this budget made, in order. */
  readonly sizes: number[] = [];

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    private readonly limit: number = REQUEST_BUDGET_BYTES,
    /** Runs before the first command of each batch after the first (e.g. to suspend screen updating again). */
    private readonly afterSync: () => void = () => undefined
  ) {}

  /** Bytes queued and not yet synced. */
  get pending(): number {
    return this.used;
  }

  /** Call before queueing a command of about `bytes`: syncs first when it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    if (this.hookOwed) {
      this.hookOwed = false;
      this.afterSync();
    }
    this.used += bytes;
  }

  /** Syncs whatever is queued. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    const size = this.used;
    this.used = 0;
    await this.context.sync();
    this.syncs += 1;
    this.sizes.push(size);
    this.hookOwed = true;
  }
}
