/**
 * A manager's edits to the seed-shaped plan of tests/cli/historyPlans.ts between two meetings,
 * done through Office.js: two actions re-rated, one completed, one date moved (typed into their
 * cells), then a title row inserted above the table, the care leavers action deleted and the
 * rows sorted by area then action. The fake host has no Range.insert or sort, so those last three
 * clear the sheet and write back the cells they leave.
 *
 * Self-contained (only the global Excel), so a browser test can pass it to page.evaluate and a
 * jest test can call it against the fake host installed in node.
 */
export async function editPlanAsAManager(args: {
  sheet: string;
  insertedTitle: string;
  deletedAction: string;
}): Promise<void> {
  await Excel.run(async (context) => {
    const plan = context.workbook.worksheets.getItem(args.sheet);
    // The first version's actions are on rows 4 to 11 (a title, a blank row, the header).
    plan.getRange('F7').values = [['Red']]; // tenancy arrears, Amber to Red
    plan.getRange('F10').values = [['Amber']]; // in-year savings, Red to Amber
    plan.getRange('E6').values = [['Complete']]; // the EDI programme
    plan.getRange('E9').values = [['December 2024']]; // AYSE posts, from September 2024
    await context.sync();

    const used = plan.getUsedRangeOrNullObject(true);
    used.load('values');
    await context.sync();
    const [title, blank, header, ...actions] = used.values;
    const kept = actions.filter((r) => r[2] !== args.deletedAction);
    kept.sort(
      (a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[2]).localeCompare(String(b[2]))
    );
    const inserted = [args.insertedTitle, ...Array(title.length - 1).fill('')];
    const rows = [title, inserted, blank, header, ...kept];
    plan.getRange('A1:F20').clear('Contents');
    plan.getRange(`A1:F${rows.length}`).values = rows;
    await context.sync();
  });
}
