/**
 * A Word document or a PowerPoint presentation is the same kind of zip package as a workbook; each
 * is refused in one line that says what it is (issue 18, item 8: a Word file was answered "the
 * workbook has no sheets").
 */
import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx';

/** A package as Word or PowerPoint writes it: its main part, typed in [Content_Types].xml. */
async function officeFile(mainPart: string, contentType: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${mainPart}" ContentType="${contentType}"/></Types>`
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`
  );
  zip.file(mainPart, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><root/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

test.each([
  [
    'word/document.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    'a Word document',
  ],
  [
    'ppt/presentation.xml',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    'a PowerPoint presentation',
  ],
])('%s (%s): refused as %s', async (part, type, what) => {
  await expect(readWorkbook(await officeFile(part, type))).rejects.toThrow(
    `it is ${what}, not an Excel workbook; RAG Plan reads Excel workbooks (.xlsx or .xlsm)`
  );
});
