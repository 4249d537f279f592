// The engine's public face: everything adapters, the report builder and the UI may use.
export * from './types';
export * from './grid';
export * from './summaryTypes';
export * from './address';
export * from './cellText';
export * from './dates';
