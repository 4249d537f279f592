/**
 * Settings kept in the workbook (stored.ts): the dates and the RAG key under one settings key,
 * read back defensively (a damaged value falls back to defaults); the user's choices of plans and
 * columns in their own custom XML part (choices.ts), which the command line reads too. Older
 * workbooks kept the choices in the settings: they are read from there until the first save
 * moves them.
 */
import { defaultOptions, type BlueMeaning, type ColumnOverrides } from '../plan';
import { loadChoices, saveChoices } from './choices';
import { readStored, refreshDocumentSettings, writeStored } from './stored';
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

/**
 * Settings as saved now. The document settings object is a copy taken when the add-in loaded, so
 * it is refreshed first: the ribbon's function file may have been loaded long before the pane
 * last saved.
 */
export async function loadSettings(): Promise<StoredSettings> {
  await refreshDocumentSettings();
  const settings = normaliseSettings(await readStored(SETTINGS_KEY));
  const kept = await loadChoices();
  if (!kept) return settings; // an older workbook: its overrides and picks are in the settings
  return {
    ...settings,
    overrides: kept.choices.columns,
    picked: kept.choices.picked,
    pointed: kept.choices.pointed,
    ...(kept.problem ? { choicesProblem: kept.problem } : {}),
  };
}

/** Saves the settings, and the choices in their own part (moving them out of an older workbook's settings). */
export async function saveSettings(settings: StoredSettings): Promise<void> {
  const clean = normaliseSettings(settings);
  await saveChoices({
    pointed: settings.pointed ?? [],
    columns: clean.overrides,
    picked: clean.picked ?? null,
  });
  await writeStored(SETTINGS_KEY, { ...clean, overrides: {}, picked: null });
}
