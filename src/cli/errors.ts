export { RagPlanFileError } from '../xlsx';

/** A command line that cannot be acted on: one line saying what to type instead. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
