/**
 * ExcelProblem: every failure the adapter lets out, with a kind the UI can act on; its message is
 * only the detail (titles and advice live once, in report/messages.ts). Office.js errors carry a string `code` (OfficeExtension.Error); we map by code
 * and fall back on the message for hosts that report protection as a generic error.
 */

import { PROBLEMS, type ProblemKind } from '../report/messages';

export type ExcelProblemKind = Exclude<ProblemKind, 'no-plan' | 'busy' | 'no-undo' | 'not-loaded'>;

export class ExcelProblem extends Error {
  readonly kind: ExcelProblemKind;
  /** The Office.js error code, when there was one. */
  readonly code: string | null;

  constructor(kind: ExcelProblemKind, message: string, code: string | null = null) {
    super(message);
    this.name = 'ExcelProblem';
    this.kind = kind;
    this.code = code;
  }
}

const CODE_KINDS: Record<string, ExcelProblemKind> = {
  InvalidOperationInCellEditMode: 'cell-edit',
  AccessDenied: 'protected',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  PayloadTooLarge: 'too-large',
  RangeExceedsLimit: 'too-large',
  OperationCellsExceedLimit: 'too-large',
  ApiNotFound: 'unsupported',
  ApiNotAvailable: 'unsupported',
  NotImplemented: 'unsupported',
  UnsupportedFeature: 'unsupported',
  UnsupportedOperation: 'unsupported',
  RequestAborted: 'cancelled',
};

/** The kind for an Office.js error code and message. */
export function kindOf(code: string | null, message: string): ExcelProblemKind {
  if (code && CODE_KINDS[code]) return CODE_KINDS[code];
  if (/protect/i.test(message)) return 'protected';
  if (/cell edit mode/i.test(message)) return 'cell-edit';
  if (/payload size|too large/i.test(message)) return 'too-large';
  return 'other';
}

/** The problem for a kind; without a detail its message is the kind's title. */
export function problem(
  kind: ExcelProblemKind,
  detail?: string,
  code: string | null = null
): ExcelProblem {
  return new ExcelProblem(kind, detail ?? PROBLEMS[kind].title, code);
}

/** Converts anything thrown inside Excel.run into an ExcelProblem (an ExcelProblem passes through). */
export function toExcelProblem(error: unknown): ExcelProblem {
  if (error instanceof ExcelProblem) return error;
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const kind = kindOf(code, message);
  if (kind === 'other') {
    const words = message
      ? `Excel said: ${message}`
      : 'Excel reported a problem it did not describe.';
    return new ExcelProblem('other', words, code);
  }
  return problem(kind, undefined, code);
}

function codeOf(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}
