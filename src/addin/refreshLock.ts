/**
 * One refresh at a time. The pane and the ribbon run in one page (the manifest's shared runtime,
 * one per workbook), so a refresh asked for while another is writing the same summary sheets is
 * refused with one line saying which one is running, instead of the two writing over each other.
 */
import { SAY } from '../report/messages';

/** Where a refresh was asked for. */
export type RefreshBy = 'pane' | 'ribbon';

let running: RefreshBy | null = null;

/** Thrown when a refresh is asked for while another runs. */
export class RefreshBusy extends Error {
  readonly kind = 'busy' as const;
  constructor(readonly by: RefreshBy) {
    super(SAY.busy(by));
    this.name = 'RefreshBusy';
  }
}

/** Runs `work` unless a refresh is already running (then throws RefreshBusy). */
export async function oneRefreshAtATime<T>(by: RefreshBy, work: () => Promise<T>): Promise<T> {
  if (running) throw new RefreshBusy(running);
  running = by;
  try {
    return await work();
  } finally {
    running = null;
  }
}
