/**
 * The choices kept in the workbook through the fake host, as Office.js documents
 * workbook.customXmlParts and getSelectedRange: saved as one part of our namespace, read back,
 * an older workbook's overrides (in the settings) read until the first save moves them, a damaged
 * part named and left as it was, and a host without custom XML parts keeping them in the settings.
 */
import { FakeExcelHost, installFakeExcel } from '../e2e/host/fakeExcel';
import type { WorkbookJson } from '../e2e/host/model';
import { loadSettings, readSelectedRange, saveSettings } from '../../src/excel';
import { CHOICES_SETTINGS_KEY } from '../../src/excel/choices';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { selectedFrom } from '../../src/excel/selection';
import { CHOICES_NAMESPACE } from '../../src/report/choicesStore';

const BOOK: WorkbookJson = {
  sheets: [{ name: 'Risk register', cells: [['No.', 'Item', 'Person', 'Date', 'Overall']] }],
};
const book = (extra: Partial<WorkbookJson> = {}): WorkbookJson => ({
  ...JSON.parse(JSON.stringify(BOOK)),
  ...extra,
});

const CHOSEN = {
  asOf: '2025-05-01',
  dueSoonDays: 30,
  blueMeans: 'complete' as const,
  overrides: { 'Risk register!1': { rag: 'E', lead: null } },
  picked: ['Risk register!1'],
  pointed: [{ sheet: 'Risk register', top: 1, left: 1, bottom: 40, right: 5, headerRow: 1 }],
};

describe('choices in a custom XML part', () => {
  it('are saved as one part of our namespace, the settings keeping only the dates and key', async () => {
    const h = installFakeExcel(book());
    await saveSettings(CHOSEN);
    const id = h.snapshot().customXmlParts[0].id;
    await saveSettings({ ...CHOSEN, dueSoonDays: 14 }); // the same choices: the part is left alone
    expect(h.snapshot().customXmlParts[0].id).toBe(id);
    await saveSettings({ ...CHOSEN, picked: null });
    await saveSettings(CHOSEN); // other choices: the part is replaced, not added to
    const parts = h.snapshot().customXmlParts;
    expect(parts).toHaveLength(1);
    expect(parts[0].id).not.toBe(id);
    expect(parts[0].xml).toContain(`<choices xmlns="${CHOICES_NAMESPACE}">`);
    expect(parts[0].xml).toContain('<plan sheet="Risk register" range="A1:E40" header="1"/>');
    expect(parts[0].xml).toContain('<column field="lead" use="no"/>');
    expect(JSON.parse(String(h.snapshot().settings[SETTINGS_KEY]))).toMatchObject({
      overrides: {},
      picked: null,
    });
    expect(await loadSettings()).toEqual(CHOSEN);
  });

  it("reads an older workbook's overrides from the settings, and the first save moves them", async () => {
    const old = JSON.stringify({
      asOf: null,
      dueSoonDays: 30,
      blueMeans: 'complete',
      overrides: { Table1: { timescale: 'F' } },
      picked: ['Table1'],
    });
    const h = installFakeExcel(book({ settings: { [SETTINGS_KEY]: old } }));
    const loaded = await loadSettings();
    expect(loaded.overrides).toEqual({ Table1: { timescale: 'F' } });
    expect(loaded.picked).toEqual(['Table1']);
    await saveSettings(loaded);
    expect(h.snapshot().customXmlParts[0].xml).toContain(
      '<columns plan="Table1">\n    <column field="timescale" col="F"/>'
    );
    expect(JSON.parse(String(h.snapshot().settings[SETTINGS_KEY])).overrides).toEqual({});
    expect((await loadSettings()).overrides).toEqual({ Table1: { timescale: 'F' } });
  });

  it('names a damaged part in one line, reads the rest, and leaves the part as it was', async () => {
    const damaged = `<choices xmlns="${CHOICES_NAMESPACE}"><columns plan="P!1"><column field="rag" col="C"/><column field="boss" col="D"/></columns></choices>`;
    const h = installFakeExcel(book({ customXmlParts: [damaged] }));
    const loaded = await loadSettings();
    expect(loaded.overrides).toEqual({ 'P!1': { rag: 'C' } });
    expect(loaded.choicesProblem).toBe(
      'The choices kept in this workbook could not all be read (no field called "boss"); the rest are used, and the part is left as it was.'
    );
    await saveSettings(loaded);
    const parts = h.snapshot().customXmlParts.map((p) => p.xml);
    expect(parts[0]).toBe(damaged);
    expect(parts).toHaveLength(2);
    // The part saved in full is the one read from now on; the damaged one is still named.
    expect((await loadSettings()).overrides).toEqual({ 'P!1': { rag: 'C' } });
  });

  it('leaves parts of other namespaces alone', async () => {
    const other = '<labels xmlns="urn:example:labels"><label id="general"/></labels>';
    const h = installFakeExcel(book({ customXmlParts: [other] }));
    await saveSettings(CHOSEN);
    await saveSettings({ ...CHOSEN, overrides: {}, picked: null, pointed: [] });
    expect(h.snapshot().customXmlParts.map((p) => p.xml)).toEqual([other]);
  });

  it('are kept in the settings on a host without custom XML parts (ExcelApi 1.4)', async () => {
    const h = new FakeExcelHost(book(), { apiVersion: '1.4' }).install();
    await saveSettings(CHOSEN);
    expect(h.snapshot().customXmlParts).toEqual([]);
    expect(String(h.snapshot().settings[CHOICES_SETTINGS_KEY])).toContain(CHOICES_NAMESPACE);
    expect(await loadSettings()).toEqual(CHOSEN);
  });
});

describe('the selected range', () => {
  it('is read with its sheet, as the user selected it', async () => {
    const h = installFakeExcel(book());
    h.selectRange("'Risk register'!B2:D9");
    expect(await readSelectedRange()).toEqual({
      sheet: 'Risk register',
      top: 2,
      left: 2,
      bottom: 9,
      right: 4,
    });
  });

  it('is A1 of the active sheet when nothing was selected', async () => {
    installFakeExcel(book());
    expect(await readSelectedRange()).toEqual({
      sheet: 'Risk register',
      top: 1,
      left: 1,
      bottom: 1,
      right: 1,
    });
  });

  it('reads the addresses Excel gives for whole columns and rows, and refuses others', () => {
    expect(selectedFrom("'It''s'!B:D")).toEqual({
      sheet: "It's",
      top: 1,
      left: 2,
      bottom: 1_048_576,
      right: 4,
    });
    expect(selectedFrom('Plan!$3:$5')).toEqual({
      sheet: 'Plan',
      top: 3,
      left: 1,
      bottom: 5,
      right: 16_384,
    });
    expect(selectedFrom('Plan!A1:B2,D4')).toBeNull();
    expect(selectedFrom('A1:B2')).toBeNull();
  });
});
