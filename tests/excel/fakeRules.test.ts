/**
 * The fake host's own rules, each as Microsoft documents Excel (or Office.js) behaves, so that a
 * test passing on the fake means something for Excel: round trips and what a refused response
 * delivers, requirement sets both ways, undo grouping and the APIs that clear the undo list,
 * custom XML parts, sheet renames, and the ribbon's function commands.
 */
import { installFakeExcel, type FakeExcelHost, type HostOptions } from '../e2e/host/fakeExcel';
import type { WorkbookJson } from '../e2e/host/model';

const BOOK: WorkbookJson = {
  sheets: [
    {
      name: 'Plan',
      cells: [
        ['Action', 'RAG'],
        ['Build homes', 'Red'],
      ],
    },
    { name: 'Board pack', cells: [['Board pack']] },
  ],
};

function host(options: HostOptions = {}, json: WorkbookJson = BOOK): FakeExcelHost {
  return installFakeExcel(JSON.parse(JSON.stringify(json)), options);
}

const NS = 'urn:example:rag-plan:choices';

describe('round trips', () => {
  it('a sync with nothing queued makes no round trip; Excel.run sends what its batch left queued', async () => {
    const h = host();
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem('Board pack').getRange('B2').values = [['noted']];
    });
    // Office.js skips the empty sync and flushes the queued write when the batch resolves.
    expect(h.syncCount).toBe(1);
    expect(h.snapshot().sheets[1].values[1]).toEqual([null, 'noted']);
  });

  it('a refused response delivers none of its loads', async () => {
    const long = 'x'.repeat(1000);
    const cells = Array.from({ length: 6000 }, () => [long]);
    host({}, { sheets: [{ name: 'Long', cells }] });
    const outcome = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Long');
      sheet.load('name');
      const range = sheet.getRange('A1:A6000').load('values');
      try {
        await context.sync();
      } catch (error) {
        // 6,000 cells of 1,000 characters: about 6 MB, past the 5 MB a response may carry.
        expect((error as { code: string }).code).toBe('ResponsePayloadSizeLimitExceeded');
      }
      return [() => sheet.name, () => range.values].map((read) => {
        try {
          read();
          return 'delivered';
        } catch (error) {
          return (error as { code: string }).code;
        }
      });
    });
    expect(outcome).toEqual(['PropertyNotLoaded', 'PropertyNotLoaded']);
  });
});

describe('requirement sets', () => {
  it('answers isSetSupported for the sets the host has, and ApiNotFound for an API it lacks', async () => {
    const h = host({ apiVersion: '1.8' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(Office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(true);
    const err = await Excel.run(async (context) => {
      const props = context.workbook.worksheets
        .getItem('Plan')
        .getRange('A1:B2')
        .getCellProperties({ format: { fill: { color: true } } });
      await context.sync();
      return props.value;
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'ApiNotFound' });
    expect(h.isSetSupported('ExcelApi', '1.13')).toBe(false);
  });

  it('a host without SharedRuntime 1.1 says so', () => {
    host({ sharedRuntime: false });
    expect(Office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(false);
  });
});

describe('undo', () => {
  const write = (options: Excel.RunOptions, value: string) =>
    Excel.run(options, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Board pack');
      sheet.getRange('A2').values = [[value]];
      await context.sync();
      sheet.getRange('A3').values = [[value]];
      await context.sync();
    });

  it('one entry per sync, or one for the whole run with mergeUndoGroup on ExcelApi 1.20', async () => {
    let h = host();
    await write({}, 'a');
    expect(h.undoSteps).toBe(2);
    await write({ mergeUndoGroup: true }, 'b');
    expect(h.undoSteps).toBe(3);
    // A host before 1.20 does not know the option: each sync stays its own entry.
    h = host({ apiVersion: '1.19' });
    await write({ mergeUndoGroup: true }, 'c');
    expect(h.undoSteps).toBe(2);
  });

  it("setting a sheet's visibility clears the undo list on Windows and Mac, and fails a group there", async () => {
    const hide = (options: Excel.RunOptions) =>
      Excel.run(options, async (context) => {
        context.workbook.worksheets.getItem('Board pack').visibility = 'Hidden';
        await context.sync();
      });
    let h = host({ platform: 'PC' });
    await write({}, 'a');
    await hide({});
    expect([h.undoSteps, h.undoCleared]).toEqual([0, 1]);
    h = host({ platform: 'Mac' });
    await expect(hide({ mergeUndoGroup: true })).rejects.toMatchObject({
      code: 'UndoNotSupported',
    });
    expect(h.model.sheets[1].visibility).toBeUndefined();
    // Excel on the web can undo it.
    h = host({ platform: 'OfficeOnline' });
    await hide({ mergeUndoGroup: true });
    expect([h.undoSteps, h.undoCleared, h.model.sheets[1].visibility]).toEqual([1, 0, 'Hidden']);
  });

  it('keeps one sheet visible: hiding the last visible one fails', async () => {
    host({}, { sheets: [{ name: 'Only', cells: [['x']] }] });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Only').visibility = 'VeryHidden';
        await context.sync();
      })
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('custom XML parts (ExcelApi 1.5)', () => {
  const xml = (picks: string) => `<choices xmlns="${NS}"><pick>${picks}</pick></choices>`;

  it('adds a part, finds it by namespace and id, reads, replaces and deletes its XML', async () => {
    const h = host();
    const id = await Excel.run(async (context) => {
      const part = context.workbook.customXmlParts.add(xml('A'));
      part.load('id');
      await context.sync();
      return part.id;
    });
    expect(id).toMatch(/^\{[0-9A-F-]{36}\}$/);
    const found = await Excel.run(async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace(NS);
      const count = scoped.getCount();
      const only = scoped.getOnlyItemOrNullObject();
      const text = only.getXml();
      const other = context.workbook.customXmlParts.getByNamespace('urn:other').getCount();
      await context.sync();
      only.setXml(xml('B'));
      await context.sync();
      return { count: count.value, text: text.value, other: other.value };
    });
    expect(found).toEqual({ count: 1, text: xml('A'), other: 0 });
    expect(h.snapshot().customXmlParts).toEqual([{ id, xml: xml('B') }]);
    await Excel.run(async (context) => {
      context.workbook.customXmlParts.getItem(id).delete();
      await context.sync();
    });
    expect(h.snapshot().customXmlParts).toEqual([]);
  });

  it('refuses XML that is not well formed, and is not there before ExcelApi 1.5', async () => {
    host();
    const add = (text: string) =>
      Excel.run(async (context) => {
        context.workbook.customXmlParts.add(text);
        await context.sync();
      });
    await expect(add('<choices xmlns="urn:x"><pick>')).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    host({ apiVersion: '1.4' });
    await expect(add(xml('A'))).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('a workbook keeps its parts: those it was opened with come with ids', async () => {
    const h = host({}, { ...BOOK, customXmlParts: [xml('C')] });
    const ns = await Excel.run(async (context) => {
      const items = context.workbook.customXmlParts.load('items/id,items/namespaceUri');
      await context.sync();
      return items.items.map((p) => p.namespaceUri);
    });
    expect(ns).toEqual([NS]);
    expect(h.snapshot().customXmlParts[0].id).toMatch(/^\{/);
  });
});

it("renaming a sheet takes the names and formulas that point at it along, as Excel's references do", async () => {
  const h = host(
    {},
    {
      ...BOOK,
      names: [{ name: 'Marker', formula: "='Board pack'!$A$1" }],
      sheets: [
        ...BOOK.sheets,
        { name: 'Notes', cells: [['x']], formulas: { A1: "='Board pack'!A1" } },
      ],
    }
  );
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Board pack').name = 'Board';
    await context.sync();
  });
  expect(h.model.names).toEqual([{ name: 'Marker', formula: '=Board!$A$1' }]);
  expect(h.snapshot().sheets[2].formulas).toEqual([{ address: 'A1', formula: '=Board!A1' }]);
});

describe('the ribbon', () => {
  it('runs the function a button is associated with, and loses a press made before the page associated one', async () => {
    const h = host();
    expect(await h.pressRibbonButton('refreshSummaries')).toBe(false);
    expect(h.ribbon.lost).toEqual(['refreshSummaries']);
    let ran = 0;
    Office.actions.associate('refreshSummaries', (event: { completed(): void }) => {
      ran += 1;
      event.completed();
    });
    expect(await h.pressRibbonButton('refreshSummaries')).toBe(true);
    expect(ran).toBe(1);
  });
});
