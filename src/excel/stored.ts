/**
 * Values kept in the workbook by key: Office.context.document.settings (saved with saveAsync)
 * where the host has it, else the workbook's own settings collection (ExcelApi 1.4); stored as
 * JSON text, read back as null when unreadable.
 */
import { problem } from './problem';
import { runExcel } from './run';
import { hasDocumentSettings } from './support';

/** Reads one stored value (parsed JSON), or null when there is none or it is unreadable. */
export async function readStored(key: string): Promise<unknown> {
  let text: unknown;
  if (hasDocumentSettings()) {
    text = Office.context.document.settings.get(key);
  } else {
    text = await runExcel(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load('value');
      await context.sync();
      return item.isNullObject ? null : item.value;
    });
  }
  if (typeof text !== 'string') return text ?? null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Stores one value (as JSON text) and saves it with the document. */
export async function writeStored(key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  if (hasDocumentSettings()) {
    const settings = Office.context.document.settings;
    settings.set(key, text);
    await new Promise<void>((resolve, reject) => {
      settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
        else
          reject(
            problem(
              'other',
              `the settings could not be saved: ${result.error?.message ?? 'unknown error'}`
            )
          );
      });
    });
    return;
  }
  await runExcel(async (context) => {
    context.workbook.settings.add(key, text);
    await context.sync();
  });
}

/** The document settings as saved now: the copy Office.js gave when the add-in loaded may be old. */
export async function refreshDocumentSettings(): Promise<void> {
  if (!hasDocumentSettings()) return;
  const settings = Office.context.document.settings;
  if (typeof settings.refreshAsync !== 'function') return;
  await new Promise<void>((resolve) => {
    // A failed refresh leaves the copy we have, which is still a valid set of settings.
    settings.refreshAsync(() => resolve());
  });
}
