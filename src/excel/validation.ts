/**
 * A ValidationSpec as Office.js sets it (ExcelApi 1.8): a drop-down of the values given or of a
 * range's cells, or a date on or after a day; the input message and the error alert as the spec
 * says. The caller checks the requirement set.
 */
import { absoluteRef } from '../plan';
import type { ValidationSpec } from '../report/sheetSpec';

const ALERT_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

function ruleOf(v: ValidationSpec): Excel.DataValidationRule {
  if (v.kind === 'source')
    return { list: { inCellDropDown: true, source: `=${absoluteRef(v.source)}` } };
  if (v.kind === 'date')
    return { date: { formula1: v.onOrAfter, operator: 'GreaterThanOrEqualTo' } };
  return { list: { inCellDropDown: true, source: v.list.join(',') } };
}

/** The characters a validation sends (for the request budget). */
export function validationBytes(v: ValidationSpec): number {
  return JSON.stringify([ruleOf(v), v.prompt ?? null, v.alert ?? null]).length;
}

export function applyValidation(range: Excel.Range, v: ValidationSpec): void {
  const dv = range.dataValidation;
  dv.rule = ruleOf(v);
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  if (v.alert)
    dv.errorAlert = {
      showAlert: true,
      style: ALERT_STYLE[v.alert.style],
      title: v.alert.title,
      message: v.alert.message,
    };
}
