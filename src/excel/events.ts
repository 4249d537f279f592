/**
 * The pane follows the user: when another sheet is activated it shows that sheet's plan. Where the
 * host cannot report sheet switches (ExcelApi before 1.7 events), nothing is registered and the
 * pane's "Look again" still works.
 */
import { runExcel } from './run';

/** Calls `handler` with the sheet's name whenever the user activates a sheet; resolves to a function that stops it. */
export async function onSheetActivated(
  handler: (sheet: string) => void
): Promise<() => Promise<void>> {
  try {
    const registration = await runExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.onActivated.add(async (event) => {
        const name = await runExcel(async (ctx) => {
          const sheet = ctx.workbook.worksheets.getItem(event.worksheetId);
          sheet.load('name');
          await ctx.sync();
          return sheet.name;
        });
        handler(name);
      });
      await context.sync();
      return added;
    });
    return async () => {
      await runExcel(async (context) => {
        // An event handler is removed in the context it was added in.
        registration.remove();
        await (registration.context as Excel.RequestContext).sync();
        void context;
      });
    };
  } catch {
    return async () => undefined;
  }
}
