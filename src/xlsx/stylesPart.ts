/**
 * The workbook's styles part, opened for appending our looks (parts/writeStyles.ts), and saved back
 * only when something was added. A workbook with no styles part (some generators write none) gets
 * ours as its styles part.
 */
import { partText, workbookPartOf } from './package';
import type { PackageWriter } from './packageWriter';
import { EMPTY_STYLES, StylesWriter } from './parts/writeStyles';
import { relativeTarget, relsPathOf } from './xml/xml';

const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

export interface OpenStyles {
  styles: StylesWriter;
  part: string;
}

export function openStyles(writer: PackageWriter): OpenStyles {
  const pkg = writer.pkg;
  const part = workbookPartOf(pkg, 'styles');
  if (part) return { styles: new StylesWriter(partText(pkg, part) ?? EMPTY_STYLES), part };
  const made = writer.freeName((n) => `xl/styles${n === 1 ? '' : n}.xml`);
  const relsPart = relsPathOf(pkg.workbookPart);
  const rels = writer.text(relsPart) ?? '';
  writer.put(
    relsPart,
    rels.replace(
      /<\/(\w+:)?Relationships>\s*$/,
      (close) =>
        `<Relationship Id="rIdRagPlanStyles" Type="${REL_STYLES}" Target="${relativeTarget(pkg.workbookPart, made)}"/>${close}`
    )
  );
  return { styles: new StylesWriter(EMPTY_STYLES), part: made };
}

/** Puts the styles part back when our looks changed it; otherwise its stored bytes stay. */
export function saveStyles(writer: PackageWriter, open: OpenStyles): void {
  const xml = open.styles.xml();
  if (xml !== writer.text(open.part)) writer.put(open.part, xml, CT_STYLES);
}
