// Judging what was read: states on the as-of date, consistency findings, and readPlans, the whole reading of a grid.
export { readPlans, readSheet } from './readPlans';
export type { SheetReading } from './readPlans';
export { COMPLETE_SHARE_NOTE, completePercent } from './state';
