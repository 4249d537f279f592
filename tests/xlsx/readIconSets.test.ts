import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

/** One sheet "Plan" written by hand: its cells and what follows them (conditional formats, ext). */
async function oneSheet(rows: string, after: string): Promise<Buffer> {
  const zip = new JSZip();
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${ns}/worksheet" Target="sheet1.xml"/></Relationships>`
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}"><sheets><sheet name="Plan" sheetId="1" r:id="s1"/></sheets></workbook>`
  );
  zip.file(
    'xl/sheet1.xml',
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData>${rows}</sheetData>${after}</worksheet>`
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const num = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

// D2:D6 hold 0.1, 0.4, 0.5, 0.8, 1; E2:E6 hold 1 to 5.
const CELLS =
  row(1, text('D1', 'Done') + text('E1', 'Score')) +
  [0.1, 0.4, 0.5, 0.8, 1]
    .map((v, i) => row(i + 2, num(`D${i + 2}`, v) + num(`E${i + 2}`, i + 1)))
    .join('');

/** 3 Symbols over the whole of column D, value hidden, beside a colour rule and a data bar. */
const MAIN =
  '<conditionalFormatting sqref="D1:D1048576">' +
  '<cfRule type="cellIs" dxfId="0" priority="3" operator="lessThan"><formula>0.5</formula></cfRule>' +
  '<cfRule type="iconSet" priority="1"><iconSet iconSet="3Symbols" showValue="0">' +
  '<cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/>' +
  '</iconSet></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="E2:E6"><cfRule type="dataBar" priority="4"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>';

/** Excel 2010's extension: reversed custom icons (traffic lights in a triangles set) on E2:E6. */
const EXT =
  '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings><x14:conditionalFormatting>' +
  '<x14:cfRule type="iconSet" priority="2" id="{00000000-0000-0000-0000-000000000001}"><x14:iconSet iconSet="3Triangles" custom="1" reverse="1">' +
  '<x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="num" gte="0"><xm:f>2</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>4</xm:f></x14:cfvo>' +
  '<x14:cfIcon iconSet="3TrafficLights1" iconId="0"/><x14:cfIcon iconSet="3TrafficLights1" iconId="1"/><x14:cfIcon iconSet="3TrafficLights1" iconId="2"/>' +
  '</x14:iconSet></x14:cfRule><xm:sqref>E2:E6</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';

describe('icon sets read from a file', () => {
  it('works out the icon of each cell of a 2007 rule over a whole column', async () => {
    const [grid] = await readWorkbook(await oneSheet(CELLS, MAIN));
    // Numbers 0.1 to 1: cuts at 0.1 + 0.9 * 0.33 = 0.397 and 0.1 + 0.9 * 0.67 = 0.703; D1 is text.
    const d = Array.from(grid.icons ?? [], (r) => r?.[3] ?? null);
    expect(d).toEqual([
      null,
      { set: '3Symbols', index: 0, iconOnly: true },
      { set: '3Symbols', index: 1, iconOnly: true },
      { set: '3Symbols', index: 1, iconOnly: true },
      { set: '3Symbols', index: 2, iconOnly: true },
      { set: '3Symbols', index: 2, iconOnly: true },
    ]);
  });

  it("reads Excel 2010's custom icons, reversed, with a threshold strictly above", async () => {
    const [grid] = await readWorkbook(await oneSheet(CELLS, MAIN + EXT));
    // 1, 2 do not pass "> 2": first position; 3 passes it; 4, 5 reach 4. Reversed: 2, 2, 1, 0, 0.
    const e = (grid.icons ?? []).slice(1).map((r) => (r?.[4] ? [r[4].set, r[4].index] : null));
    expect(e).toEqual([
      ['3TrafficLights1', 2],
      ['3TrafficLights1', 2],
      ['3TrafficLights1', 1],
      ['3TrafficLights1', 0],
      ['3TrafficLights1', 0],
    ]);
  });

  it('leaves a sheet without icon sets without icons', async () => {
    const [grid] = await readWorkbook(await oneSheet(CELLS, ''));
    expect(grid.icons).toBeUndefined();
  });

  it('reads the plan the lights rate', async () => {
    const plan =
      row(
        1,
        text('A1', 'Action') + text('B1', 'Lead') + text('C1', 'Target date') + text('D1', 'Status')
      ) +
      ['Open the hub', 'Review fees', 'Merge teams']
        .map((a, i) =>
          row(
            i + 2,
            text(`A${i + 2}`, a) +
              text(`B${i + 2}`, 'Head of Service') +
              text(`C${i + 2}`, 'March 2030') +
              num(`D${i + 2}`, [1, 2, 3][i])
          )
        )
        .join('');
    const rule =
      '<conditionalFormatting sqref="D2:D4"><cfRule type="iconSet" priority="1"><iconSet iconSet="3TrafficLights2">' +
      '<cfvo type="num" val="1"/><cfvo type="num" val="2"/><cfvo type="num" val="3"/></iconSet></cfRule></conditionalFormatting>';
    const { readPlans } = await import('../../src/plan/judge/readPlans');
    const [grid] = await readWorkbook(await oneSheet(plan, rule));
    const [found] = readPlans(grid, { asOf: '2024-06-01' });
    expect(found.actions.map((a) => [a.rag, a.ragFrom])).toEqual([
      ['red', 'icon'],
      ['amber', 'icon'],
      ['green', 'icon'],
    ]);
    expect(found.findings.filter((f) => f.code === 'unreadable-rag')).toEqual([]);
  });
});
