// The add-in's workflow, shared by the task pane and the ribbon command: reading the plans through
// the Office.js adapter, checking them, and the one refresh pipeline; and the ribbon's outcome.
export {
  activePlan,
  BaselineNotFound,
  checkPlan,
  defaultSettings,
  findPlans,
  listSnapshots,
  nameSnapshot,
  NoPlanFound,
  optionsFrom,
  planForSheet,
  RefreshCancelled,
  refreshSince,
  refreshSummaries,
  rereadPlans,
  ribbonLine,
  undoProblem,
  withOverride,
  type ExcelPort,
  type FlagOutcome,
  type FoundPlan,
  type PlanSource,
  type RefreshOutcome,
  type RefreshPhase,
  type RefreshOptions,
  type RefreshProgress,
  type StoredSettings,
  type UndoOutcome,
  type WriteOptions,
  type WriteProgress,
  type WriteResult,
} from './workflow';
export { RefreshBusy, type RefreshBy } from './refreshLock';
export { keyOfPointed, pointedOf, withPointedRange, withoutPointed } from './choices';
export {
  listenForRibbonOutcomes,
  rememberRibbonOutcome,
  takeRibbonOutcome,
  type RibbonOutcome,
} from './ribbonOutcome';
export {
  startNewPlan,
  type NewPlanOutcome,
  type NewPlanPort,
  type NewPlanRequest,
} from './newPlan';
export {
  rememberedRollup,
  rollUpFiles,
  type PickedFile,
  type RolledUpWorkbook,
  type RollupOutcome,
  type RollupPort,
} from './rollup';
