/**
 * Custom XML parts written into a saved workbook as Excel saves workbook.customXmlParts: the XML
 * as given in customXml/itemN.xml, its properties (an item id and the namespace as schema
 * reference) in customXml/itemPropsN.xml, related from the workbook part, with the properties'
 * content type (the layout of the Excel-written files in tests/fixtures/real-excel).
 */
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/** The root element's namespace, as Excel names the part's schema. */
function namespaceOf(xml: string): string {
  return /<[\w:.-]+\s[^>]*?xmlns(?::[\w.-]+)?="([^"]*)"/.exec(xml)?.[1] ?? '';
}

/** The bytes of the workbook with these parts added (numbered after any it has). */
export async function withCustomXmlParts(data: Buffer, parts: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const taken = Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/i.test(n)).length;
  let rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  let types = await zip.file('[Content_Types].xml')!.async('string');
  if (!/Extension="xml"/i.test(types))
    types = types.replace(
      /(<Types[^>]*>)/,
      '$1<Default Extension="xml" ContentType="application/xml"/>'
    );
  parts.forEach((xml, i) => {
    const n = taken + i + 1;
    zip.file(`customXml/item${n}.xml`, xml);
    const ns = namespaceOf(xml);
    const refs = ns
      ? `<ds:schemaRefs><ds:schemaRef ds:uri="${ns}"/></ds:schemaRefs>`
      : '<ds:schemaRefs/>';
    zip.file(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<ds:datastoreItem ds:itemID="{${randomUUID().toUpperCase()}}" xmlns:ds="${REL.replace('relationships', 'customXml')}">${refs}</ds:datastoreItem>`
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`
    );
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdCustomXml${n}" Type="${REL}/customXml" Target="../customXml/item${n}.xml"/></Relationships>`
    );
    types = types.replace(
      '</Types>',
      `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`
    );
  });
  zip.file('xl/_rels/workbook.xml.rels', rels);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
