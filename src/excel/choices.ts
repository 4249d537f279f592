/**
 * The user's choices kept in the workbook as a custom XML part of our namespace
 * (workbook.customXmlParts, ExcelApi 1.5): a saved .xlsx carries it as customXml/itemN.xml, where
 * the command line reads it (src/xlsx/readChoices.ts). Where a host lacks custom XML parts the same
 * XML text is kept in the document settings instead. docs/choices.md says why.
 */
import { noChoices, type Choices } from '../plan';
import {
  CHOICES_NAMESPACE,
  parseChoices,
  serialiseChoices,
  type ChoicesReading,
} from '../report/choicesStore';
import { runExcel } from './run';
import { readStored, writeStored } from './stored';

/** Where custom XML parts cannot be used: the part's text under this settings key. */
export const CHOICES_SETTINGS_KEY = 'RagPlan.choices';

export function hasCustomXmlParts(): boolean {
  try {
    return (
      typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.5')
    );
  } catch {
    return false;
  }
}

/** Our parts as they are: each one's id and XML text. */
async function ourParts(): Promise<{ id: string; xml: string }[]> {
  return runExcel(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(CHOICES_NAMESPACE);
    parts.load('items/id');
    await context.sync();
    const texts = parts.items.map((p) => ({ id: p.id, xml: p.getXml() }));
    await context.sync();
    return texts.map((t) => ({ id: t.id, xml: t.xml.value }));
  });
}

/** Of several readings, the one read in full (the last saved), else the first; a damaged one named. */
function best(readings: ChoicesReading[]): ChoicesReading | null {
  if (readings.length === 0) return null;
  const whole = readings.filter((r) => !r.problem);
  const chosen = whole[whole.length - 1] ?? readings[0];
  return {
    ...chosen,
    problem: readings.find((r) => r.problem)?.problem ?? null,
  };
}

/** The choices the workbook keeps; null when it keeps none (a new or an older workbook). */
export async function loadChoices(): Promise<ChoicesReading | null> {
  if (hasCustomXmlParts()) return best((await ourParts()).map((p) => parseChoices(p.xml)));
  const text = await readStored(CHOICES_SETTINGS_KEY);
  return typeof text === 'string' ? best([parseChoices(text)]) : null;
}

/**
 * Keeps the choices: our parts that read in full are replaced by one new part; a damaged part is
 * left as it was (nothing the user chose is lost), and no part is kept when there is nothing chosen.
 */
export async function saveChoices(choices: Choices): Promise<void> {
  const xml = serialiseChoices(choices);
  if (!hasCustomXmlParts()) {
    await writeStored(CHOICES_SETTINGS_KEY, xml);
    return;
  }
  const whole = (await ourParts()).filter((p) => !parseChoices(p.xml).problem);
  // Saved as they are already (the dates changed, not the choices): the part is left alone.
  if (whole.length === 1 && whole[0].xml === xml) return;
  if (whole.length === 0 && noChoices(choices)) return;
  const replaced = whole.map((p) => p.id);
  await runExcel(async (context) => {
    const parts = context.workbook.customXmlParts;
    for (const id of replaced) parts.getItem(id).delete();
    if (!noChoices(choices)) parts.add(xml);
    await context.sync();
  });
}
