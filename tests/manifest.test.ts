/**
 * The add-in manifest as Office reads it, checked offline against Microsoft's manifest reference:
 * well formed, a real GUID, https URLs on the add-in's own origin and no AppDomain repeating it,
 * icons that exist at the sizes the reference asks for (read from the PNG headers), every resid
 * resolved, and the ribbon's function name the one the commands file registers. Then the manifest
 * a production build writes: pointed at ADDIN_URL, and no build without one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MINIMUM_EXCEL_API } from '../src/excel/support';

// Plain JavaScript, shared with webpack.config.js.
const { addinBase, builtManifest, DEV_URL, PLACEHOLDER_URL } = require('../scripts/addinUrl') as {
  addinBase(o: { production: boolean; addinUrl?: string }): string;
  builtManifest(xml: string, base: string): string;
  DEV_URL: string;
  PLACEHOLDER_URL: string;
};

const root = join(__dirname, '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const ORIGIN = 'https://localhost:3000';

interface XmlNode {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** Parses into a plain tree (tag, attributes, text, children in order). */
function parse(source: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    trimValues: true,
  });
  const raw = parser.parse(source) as Record<string, unknown>[];
  const build = (entry: Record<string, unknown>): XmlNode | null => {
    const tag = Object.keys(entry).find((k) => k !== ':@');
    if (!tag || tag === '?xml' || tag === '#text') return null;
    const kids = (entry[tag] as Record<string, unknown>[]) ?? [];
    const text = kids
      .filter((k) => '#text' in k)
      .map((k) => String(k['#text']))
      .join('');
    return {
      tag,
      attrs: (entry[':@'] as Record<string, string>) ?? {},
      text,
      children: kids.map(build).filter((n): n is XmlNode => n !== null),
    };
  };
  const top = raw.map(build).filter((n): n is XmlNode => n !== null);
  return top[0];
}

function* walk(node: XmlNode, path: string[] = []): Generator<{ node: XmlNode; path: string[] }> {
  yield { node, path };
  for (const c of node.children) yield* walk(c, [...path, node.tag]);
}

const all = (tag: string) => [...walk(doc)].filter((w) => w.node.tag === tag).map((w) => w.node);
const one = (tag: string) => {
  const found = all(tag);
  expect(found).toHaveLength(1);
  return found[0];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The assets/ file a manifest URL points at. */
function assetFile(url: string): string {
  return join(root, new URL(url).pathname.replace(/^\//, ''));
}

const doc = parse(xml);

describe('manifest.xml', () => {
  test('is well-formed XML and a task pane add-in for Excel', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.tag).toBe('OfficeApp');
    expect(doc.attrs['xsi:type']).toBe('TaskPaneApp');
    const hosts = doc.children.find((c) => c.tag === 'Hosts');
    expect(hosts?.children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(
      all('Host')
        .filter((h) => h.attrs['xsi:type'])
        .map((h) => h.attrs['xsi:type'])
    ).toEqual(['Workbook']);
    expect(one('Permissions').text).toBe('ReadWriteDocument');
    expect(one('DisplayName').attrs.DefaultValue).toBe('RAG Plan');
  });

  test('has a GUID id and a four-part version', () => {
    expect(one('Id').text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
    );
    expect(one('Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test('every URL is https on the add-in origin', () => {
    const urls: string[] = [];
    for (const { node } of walk(doc)) {
      for (const v of [node.text, ...Object.values(node.attrs)])
        if (
          /^\w+:\/\//.test(v) &&
          !v.includes('schemas.microsoft.com') &&
          !v.includes('www.w3.org')
        )
          urls.push(v);
    }
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect(new URL(u).protocol).toBe('https:');
      expect(new URL(u).origin).toBe(ORIGIN);
    }
  });

  test("lists no AppDomain: Office trusts the SourceLocation's own domain, and the add-in loads nothing from another", () => {
    // The reference: listing the SourceLocation's domain has no effect and may mislead.
    expect(all('AppDomains')).toEqual([]);
    expect(all('AppDomain')).toEqual([]);
  });

  test("the add-in's icon is 32 x 32 px and its high-resolution icon 64 x 64 px, as a task pane add-in's must be", () => {
    expect(pngSize(assetFile(one('IconUrl').attrs.DefaultValue))).toEqual({
      width: 32,
      height: 32,
    });
    expect(pngSize(assetFile(one('HighResolutionIconUrl').attrs.DefaultValue))).toEqual({
      width: 64,
      height: 64,
    });
  });

  test('every ribbon <Icon> has the three sizes the reference requires (16, 32, 80)', () => {
    const icons = all('Icon');
    expect(icons.length).toBe(3);
    for (const icon of icons)
      expect(icon.children.map((c) => c.attrs.size).sort()).toEqual(['16', '32', '80']);
  });

  test('every ribbon icon exists at the size the manifest gives it (16, 32, 80)', () => {
    const images = new Map(
      all('bt:Image')
        .filter((i) => i.attrs.id)
        .map((i) => [i.attrs.id, i.attrs.DefaultValue])
    );
    const uses = all('bt:Image').filter((i) => i.attrs.resid);
    expect(uses.length).toBeGreaterThanOrEqual(9);
    expect(new Set(uses.map((u) => u.attrs.size))).toEqual(new Set(['16', '32', '80']));
    for (const use of uses) {
      const url = images.get(use.attrs.resid);
      expect(url).toBeDefined();
      const file = assetFile(url as string);
      expect(existsSync(file)).toBe(true);
      const size = Number(use.attrs.size);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test('the support page it names exists and has one h1 (axe: page-has-heading-one)', () => {
    expect(new URL(one('SupportUrl').attrs.DefaultValue).pathname).toBe('/support.html');
    const page = readFileSync(join(root, 'src', 'taskpane', 'support.html'), 'utf8');
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  test('declares the ExcelApi minimum the adapter is written for (src/excel/support.ts)', () => {
    const sets = all('Set').filter((s) => s.attrs.Name === 'ExcelApi');
    expect(sets).toHaveLength(1);
    expect(sets[0].attrs.MinVersion).toBe(MINIMUM_EXCEL_API);
    // Hyperlinks, freeze panes and tab colours in the summary sheets need at least 1.7.
    const [major, minor] = sets[0].attrs.MinVersion.split('.').map(Number);
    expect(major === 1 && minor >= 7).toBe(true);
  });

  test('every resid resolves to a resource of the right kind, within Office length limits', () => {
    const ids = (group: string) =>
      new Map(
        all(group)
          .flatMap((g) => g.children)
          .map((c) => [c.attrs.id, c.attrs.DefaultValue] as const)
      );
    const images = ids('bt:Images');
    const urls = ids('bt:Urls');
    const short = ids('bt:ShortStrings');
    const long = ids('bt:LongStrings');
    const kindOf = (tag: string, path: string[]) => {
      if (tag === 'bt:Image') return images;
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl', 'Runtime'].includes(tag)) return urls;
      if (tag === 'Description' && (path.includes('Supertip') || path.includes('GetStarted')))
        return long;
      return short; // Label, Title
    };
    const refs = [...walk(doc)].filter((w) => w.node.attrs.resid);
    expect(refs.length).toBeGreaterThan(15);
    for (const { node, path } of refs) {
      const table = kindOf(node.tag, path);
      expect([node.tag, node.attrs.resid, table.has(node.attrs.resid)]).toEqual([
        node.tag,
        node.attrs.resid,
        true,
      ]);
    }
    for (const v of short.values()) expect(v.length).toBeLessThanOrEqual(125);
    for (const v of long.values()) expect(v.length).toBeLessThanOrEqual(250);
  });

  test('puts "Open RAG Plan" and "Refresh summaries" in a RAG Plan group on the Home tab', () => {
    const tab = one('OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    const short = new Map(
      one('bt:ShortStrings').children.map((c) => [c.attrs.id, c.attrs.DefaultValue])
    );
    const group = tab.children.find((c) => c.tag === 'Group') as XmlNode;
    expect(short.get(group.children.find((c) => c.tag === 'Label')?.attrs.resid ?? '')).toBe(
      'RAG Plan'
    );
    const controls = group.children.filter((c) => c.tag === 'Control');
    const summary = controls.map((c) => ({
      label: short.get(c.children.find((k) => k.tag === 'Label')?.attrs.resid ?? ''),
      action: c.children.find((k) => k.tag === 'Action')?.attrs['xsi:type'],
    }));
    expect(summary).toEqual([
      { label: 'Open RAG Plan', action: 'ShowTaskpane' },
      { label: 'Refresh summaries', action: 'ExecuteFunction' },
    ]);
    const ids = [...walk(doc)].map((w) => w.node.attrs.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("the ribbon's FunctionName is the name src/commands registers with Office.actions.associate", () => {
    const source = readFileSync(join(root, 'src/commands/commands.ts'), 'utf8');
    const call = /Office\.actions\.associate\(\s*([A-Za-z_$][\w$]*|'[^']+'|"[^"]+")/.exec(source);
    expect(call).not.toBeNull();
    let name = (call as RegExpExecArray)[1];
    if (!/^['"]/.test(name)) {
      const constant = new RegExp(`const ${name}\\s*=\\s*['"]([^'"]+)['"]`).exec(source);
      expect(constant).not.toBeNull();
      name = (constant as RegExpExecArray)[1];
    } else {
      name = name.slice(1, -1);
    }
    expect(all('FunctionName').map((f) => f.text)).toEqual([name]);
  });

  test('declares a shared runtime: the ribbon command runs in the task pane page, which stays alive', () => {
    const sets = all('Set').filter((x) => x.attrs.Name === 'SharedRuntime');
    expect(sets.map((x) => x.attrs.MinVersion)).toEqual(['1.1']);
    const runtime = one('Runtime');
    expect(runtime.attrs.lifetime).toBe('long');
    const urls = new Map(one('bt:Urls').children.map((c) => [c.attrs.id, c.attrs.DefaultValue]));
    const pane = all('SourceLocation').find((n) => n.attrs.resid)?.attrs.resid;
    // The pane, the runtime and the function file are one page, so the command can reach the pane.
    expect(runtime.attrs.resid).toBe(pane);
    expect(one('FunctionFile').attrs.resid).toBe(pane);
    expect(urls.get(runtime.attrs.resid)).toBe(`${ORIGIN}/taskpane.html`);
    // Runtimes sits in the Host, before the form factor, as the schema orders it.
    const host = all('Host').find((h) => h.attrs['xsi:type'] === 'Workbook') as XmlNode;
    expect(host.children.map((c) => c.tag).slice(0, 2)).toEqual(['Runtimes', 'DesktopFormFactor']);
  });
});

describe('the manifest a production build writes', () => {
  test('points every URL at ADDIN_URL, and nothing at the dev server', () => {
    const base = addinBase({ production: true, addinUrl: 'https://plans.example.gov.uk/rag-plan' });
    expect(base).toBe('https://plans.example.gov.uk/rag-plan/');
    const built = builtManifest(xml, base);
    expect(built).not.toContain('localhost');
    const urls = [...built.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith(base)).toBe(true);
    expect(built).toContain('https://plans.example.gov.uk/rag-plan/taskpane.html');
  });

  test('takes the placeholder only when asked for it, and refuses a URL that is not https', () => {
    expect(addinBase({ production: false })).toBe(DEV_URL);
    expect(addinBase({ production: true, addinUrl: 'placeholder' })).toBe(PLACEHOLDER_URL);
    expect(() => addinBase({ production: true })).toThrow(/ADDIN_URL/);
    expect(() => addinBase({ production: true, addinUrl: 'http://plans.example' })).toThrow(
      /https/
    );
  });

  test('npm run build without ADDIN_URL stops with one line, before building anything', () => {
    const env = { ...process.env };
    delete env.ADDIN_URL;
    const webpack = join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    const run = spawnSync(process.execPath, [webpack, '--mode', 'production'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^npm run build needs ADDIN_URL=https:.*ADDIN_URL=placeholder/),
    ]);
    expect(run.stdout.trim()).toBe('');
  });
});
