// History: snapshots kept in the workbook, and what changed between them.
export { changeCount, changesBetween } from './changes';
export type { ChangedAction, Changes, ChangesEnd, DueMove, RagMove } from './changes';
export type { AreaDirection, TravelDirection } from './direction';
export { KEEP_RECENT, MAX_ROWS, thin } from './keep';
export { matchActions } from './match';
export { changesBetweenPlans, refreshHistory } from './refreshHistory';
export type { HistoryView } from './refreshHistory';
export { TEXT_LIMITS, snapAction, takeSnapshot } from './snapshot';
export type { SnapAction, Snapshot } from './snapshot';
export { normaliseText, similarity } from './text';
export type { TrendPoint } from './trend';
