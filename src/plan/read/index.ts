// The field readers: pure, total functions from a cell value to a reading.
export * from './rag';
export * from './fillColour';
export * from './timescale';
export * from './money';
export * from './leads';
export * from './stage';
export * from './moneyUnit';
export * from './tint';
export * from './ragWords';
export * from './ragKey';
export * from './direction';
export * from './iconMeaning';
