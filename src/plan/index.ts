// The engine's public face: everything adapters, the report builder and the UI may use.
export * from './types';
export * from './grid';
export * from './summaryTypes';
export * from './address';
export * from './cellText';
export * from './dates';
export * from './options';
export * from './readPlans';
export * from './summarise';
export * from './state';
export { shorten, sortFindings } from './findings';
export { matchHeader, normaliseHeader } from './headers';
export * from './read/index';
export * from './iconSetRule';
export * from './finance/index';
