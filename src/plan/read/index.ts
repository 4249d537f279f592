// Field readers: pure, total functions from one cell to a reading (RAG, timescale, lead, money, stage, colours, icons).
export { RAG_FILL, ragFromFill } from './fillColour';
export { directionOfIcon, iconLabel, ragOfIcon } from './iconMeaning';
export { iconCount, iconGrid, isIconSetName } from './iconSetRule';
export type { IconSetRule, IconThreshold, ThresholdType } from './iconSetRule';
export { isThemeWord, readLeads } from './leads';
export { moneyUnitFromHeader, readAmount, readMoney, savingsInText } from './money';
export type { Amount } from './money';
export { describeUnit, unitFromHeader } from './moneyUnit';
export { isPlaceholder } from './placeholder';
export { isRagDot, isRagText, ragOfRatingWords, readRag, stageInRagText } from './rag';
export { readSheetKey, workbookKey } from './ragKey';
export { ragLabel } from './ragWords';
export { STOPPED_STAGES, isStageText, readStage } from './stage';
export { readTimescale } from './timescale';
export { applyTint } from './tint';
