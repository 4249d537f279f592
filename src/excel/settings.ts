/**
 * Settings kept in the workbook: Office.context.document.settings (saved with saveAsync) where the
 * host has it, else the workbook's own settings collection (ExcelApi 1.4). Values are stored as
 * JSON text under one key each, and read back defensively: a damaged value falls back to defaults.
 */
import { defaultOptions, type BlueMeaning, type ColumnOverrides } from '../plan';
import { problem } from './problem';
import { runExcel } from './run';
import { hasDocumentSettings } from './support';
import type { StoredSettings } from './types';

export const SETTINGS_KEY = 'RagPlan.settings';

const BLUE: readonly BlueMeaning[] = ['complete', 'carried-over', 'not-started'];

/** Settings from whatever was stored, each field checked; anything unusable takes its default. */
export function normaliseSettings(raw: unknown): StoredSettings {
  const d = defaultOptions();
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const asOf = typeof o.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.asOf) ? o.asOf : null;
  const days =
    typeof o.dueSoonDays === 'number' &&
    Number.isInteger(o.dueSoonDays) &&
    o.dueSoonDays >= 0 &&
    o.dueSoonDays <= 366
      ? o.dueSoonDays
      : d.dueSoonDays;
  const blue = BLUE.includes(o.blueMeans as BlueMeaning)
    ? (o.blueMeans as BlueMeaning)
    : d.blueMeans;
  const overrides: Record<string, ColumnOverrides> = {};
  if (typeof o.overrides === 'object' && o.overrides !== null) {
    for (const [key, value] of Object.entries(o.overrides as Record<string, unknown>)) {
      if (typeof value !== 'object' || value === null) continue;
      const clean: Record<string, string | null> = {};
      for (const [field, col] of Object.entries(value as Record<string, unknown>)) {
        if (col === null || (typeof col === 'string' && /^[A-Za-z]{1,3}$/.test(col)))
          clean[field] = col === null ? null : col.toUpperCase();
      }
      overrides[key] = clean as ColumnOverrides;
    }
  }
  const picked = Array.isArray(o.picked)
    ? o.picked.filter((k): k is string => typeof k === 'string' && k.length > 0)
    : null;
  const rollupSources = Array.isArray(o.rollupSources)
    ? o.rollupSources.filter((k): k is string => typeof k === 'string' && k.length > 0)
    : null;
  return {
    asOf,
    dueSoonDays: days,
    blueMeans: blue,
    overrides,
    picked: picked && picked.length > 0 ? picked : null,
    ...(rollupSources && rollupSources.length > 0 ? { rollupSources } : {}),
  };
}

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

/**
 * Settings as saved now. The document settings object is a copy taken when the add-in loaded, so
 * it is refreshed first: the ribbon's function file may have been loaded long before the pane
 * last saved.
 */
export async function loadSettings(): Promise<StoredSettings> {
  await refreshDocumentSettings();
  return normaliseSettings(await readStored(SETTINGS_KEY));
}

async function refreshDocumentSettings(): Promise<void> {
  if (!hasDocumentSettings()) return;
  const settings = Office.context.document.settings;
  if (typeof settings.refreshAsync !== 'function') return;
  await new Promise<void>((resolve) => {
    // A failed refresh leaves the copy we have, which is still a valid set of settings.
    settings.refreshAsync(() => resolve());
  });
}

export async function saveSettings(settings: StoredSettings): Promise<void> {
  await writeStored(SETTINGS_KEY, normaliseSettings(settings));
}
