// History: snapshots kept in the workbook, and what changed between them.
export {
  cleanName,
  findBaseline,
  MAX_NAME,
  nameProblem,
  sinceFrom,
  sinceWords,
  snapshotInfos,
} from './baseline';
export type { Since, SnapshotInfo } from './baseline';
export { changeCount, changesBetween } from './changes';
export type { ChangedAction, Changes, ChangesEnd, DueMove, RagMove } from './changes';
export { workbookDirections } from './direction';
export type { AreaDirection, TravelDirection, WorkbookDirection } from './direction';
export { KEEP_RECENT, MAX_ROWS, thin } from './keep';
export { matchActions } from './match';
export { changesBetweenPlans, changesSinceSnapshot, refreshHistory } from './refreshHistory';
export type { HistoryChoice, HistoryView } from './refreshHistory';
export { TEXT_LIMITS, bySnapshotOrder, snapAction, takeSnapshot } from './snapshot';
export type { SnapAction, Snapshot } from './snapshot';
export { fingerprint, fnv1a, normaliseText, similarity } from './text';
export type { TrendPoint } from './trend';
