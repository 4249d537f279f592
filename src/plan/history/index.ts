// History: snapshots kept in the workbook, and what changed between them. Pure, like the rest of plan/.
export * from './changes';
export * from './direction';
export * from './keep';
export * from './match';
export * from './periodic';
export * from './refreshHistory';
export * from './snapshot';
export * from './text';
export * from './trend';
