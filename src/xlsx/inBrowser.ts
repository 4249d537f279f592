/**
 * The file adapter's face for the pane, where there is no Node: a workbook read from the bytes a
 * user picked, by the same readers as the CLI's face (index.ts), unpacked by the browser. Loaded
 * only when asked for (a dynamic import, its own chunk of the pane's bundle).
 */
export { RagPlanFileError } from './fileError';
export { readWorkbookBytes, type BytesWorkbook } from './readBytes';
