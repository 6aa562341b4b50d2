import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Every downloadable PDF must be accessible: tagged (a structure tree), in Japanese, titled, with
// bookmarks. Read straight from the bytes, because CI has no PDF tools, only Node and Chromium.

const ROOT = join(import.meta.dirname, '..', '..');
const PDF_DIR = join(ROOT, 'public', 'materials');
const SOURCES = join(ROOT, 'content', 'materials');

/** The body of every object `n 0 obj … endobj`, including objects packed in compressed object streams (PDF 1.5+). */
function pdfObjects(bytes: Buffer): Map<number, string> {
  const text = bytes.toString('latin1'); // one character per byte, so offsets and binary streams survive
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) objects.set(Number(m[1]), m[2]);
  for (const body of [...objects.values()].filter((b) => /\/Type\s*\/ObjStm\b/.test(b))) {
    const data = streamData(body);
    const first = Number(/\/First (\d+)/.exec(body)![1]);
    const header = data.slice(0, first).trim().split(/\s+/).map(Number); // pairs: object number, offset
    for (let i = 0; i < header.length; i += 2) {
      objects.set(header[i], data.slice(first + header[i + 1], i + 3 < header.length ? first + header[i + 3] : data.length));
    }
  }
  return objects;
}

/** A stream's content, inflated when it is /FlateDecode. */
function streamData(body: string): string {
  const raw = Buffer.from(/stream\r?\n([\s\S]*?)\r?\n?endstream/.exec(body)![1], 'latin1');
  return (/\/FlateDecode/.test(body) ? inflateSync(raw) : raw).toString('latin1');
}

/** A PDF text string, `(literal)` or `<hex>`, decoded; UTF-16BE when it starts with the byte-order mark. */
function pdfString(raw: string): string {
  let bytes: Buffer;
  if (raw.startsWith('<')) {
    bytes = Buffer.from(raw.slice(1, raw.indexOf('>')).replace(/\s/g, ''), 'hex');
  } else {
    const out: number[] = [];
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    for (let i = 1, depth = 1; i < raw.length; i++) {
      const c = raw[i];
      if (c === '\\') {
        const next = raw[++i];
        const octal = /^[0-7]{1,3}/.exec(raw.slice(i))?.[0];
        if (octal) (out.push(parseInt(octal, 8)), (i += octal.length - 1));
        else if (next in escapes) out.push(escapes[next]);
        else if (next !== '\n') out.push(next.charCodeAt(0));
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) break;
      out.push(c.charCodeAt(0));
    }
    bytes = Buffer.from(out);
  }
  return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1]);
const stringValue = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s*([(<][\\s\\S]*)`).exec(dict);
  return m && !m[1].startsWith('<<') ? pdfString(m[1]) : undefined;
};

/** The catalog, the title (document information, else XMP dc:title) and the first bookmark of a PDF. */
function readPdf(bytes: Buffer) {
  const objects = pdfObjects(bytes);
  const text = bytes.toString('latin1');
  // The trailer (or the cross-reference stream) names the catalog and the document information; the last one wins.
  const last = (key: string) => [...text.matchAll(new RegExp(`/${key}\\s+(\\d+) 0 R`, 'g'))].map((m) => Number(m[1])).at(-1);
  const catalog = objects.get(last('Root')!) ?? '';
  const info = objects.get(last('Info') ?? -1) ?? '';
  const xmp = objects.get(ref(catalog, 'Metadata'));
  const xmpTitle = xmp && /<dc:title>[\s\S]*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(streamData(xmp))?.[1];
  const outlines = objects.get(ref(catalog, 'Outlines')) ?? '';
  const firstBookmark = objects.get(ref(outlines, 'First'));
  return {
    catalog,
    title: stringValue(info, 'Title') ?? (xmpTitle ? Buffer.from(xmpTitle, 'latin1').toString('utf8') : undefined),
    firstBookmark: firstBookmark && stringValue(firstBookmark, 'Title'),
    fonts: [...text.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]),
  };
}

const pdfs = readdirSync(PDF_DIR).filter((f) => f.endsWith('.pdf'));
const htmlOf = (pdf: string) => {
  const path = join(SOURCES, pdf.replace(/\.pdf$/, '.html'));
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};
const element = (html: string | undefined, tag: string) => html && new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(html)?.[1].trim();

describe('the PDF reader of this test', () => {
  it('decodes literal, escaped and UTF-16 hex strings', () => {
    expect(pdfString('(ja)')).toBe('ja');
    expect(pdfString('(a\\(b\\) \\\\ \\101)')).toBe('a(b) \\ A');
    expect(pdfString('<FEFF30B930C830EC30B9>')).toBe('ストレス');
  });

  it('finds objects inside a compressed object stream', () => {
    const [catalog, info] = ['<</Type /Catalog /Lang (ja)>>', '<</Title (x)>>'];
    const header = `1 0 2 ${catalog.length + 1} `;
    const packed = deflateSync(Buffer.from(`${header}${catalog} ${info}`, 'latin1'));
    const pdf = readPdf(
      Buffer.concat([
        Buffer.from(`5 0 obj\n<</Type /ObjStm /N 2 /First ${header.length} /Filter /FlateDecode>>\nstream\n`),
        packed,
        Buffer.from('\nendstream\nendobj\ntrailer <</Root 1 0 R /Info 2 0 R>>'),
      ]),
    );
    expect(pdf.catalog).toContain('/Lang (ja)');
    expect(pdf.title).toBe('x');
  });
});

describe('the downloadable PDFs are accessible', () => {
  it('has the six materials', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of pdfs) {
    describe(file, () => {
      const pdf = readPdf(readFileSync(join(PDF_DIR, file)));
      const html = htmlOf(file);

      it('is tagged: a structure tree, marked as such', () => {
        expect(pdf.catalog).toMatch(/\/StructTreeRoot\s+\d+ 0 R/);
        expect(pdf.catalog).toMatch(/\/MarkInfo\s*<<[^>]*\/Marked\s+true/);
      });

      it('says it is in Japanese', () => {
        expect(stringValue(pdf.catalog, 'Lang')).toBe('ja');
      });

      it('has the title of its HTML source', () => {
        expect(pdf.title).toBeTruthy();
        if (html) expect(pdf.title).toBe(element(html, 'title'));
      });

      it('has bookmarks, the first one the main heading', () => {
        expect(pdf.catalog).toMatch(/\/Outlines\s+\d+ 0 R/);
        expect(pdf.firstBookmark).toBeTruthy();
        if (html) expect(pdf.firstBookmark).toBe(element(html, 'h1'));
      });

      it('embeds a Japanese font, so the text is not empty boxes', () => {
        expect(pdf.fonts.some((f) => /^[A-Z]{6}\+(IPAexGothic|IPAGothic|NotoSansCJK|NotoSansJP|SourceHanSans)/.test(f))).toBe(true);
      });
    });
  }
});

