import fc from 'fast-check';
import { decodeCharacterReferences } from '../../src/html/character-references.js';
import type { Element, Text } from '../../src/html/dom.js';
import { parseFragment, parseHtml } from '../../src/html/parse-html.js';
import { serializeNode } from '../../src/html/serialize.js';
import { expectLinearTime } from '../linear-time.js';

function body(html: string): string {
  return parseHtml(html).document.body!.innerHTML;
}

describe('parseHtml', () => {
  it('makes the html, head and body a page leaves out, and puts head elements in the head', () => {
    const { document } = parseHtml('<title>ข่าว &amp; บันเทิง</title><meta name="a" content="1"><p>เนื้อหา');
    expect(document.documentElement!.localName).toBe('html');
    expect(document.head!.innerHTML).toBe('<title>ข่าว &amp; บันเทิง</title><meta name="a" content="1">');
    expect(document.title).toBe('ข่าว & บันเทิง');
    expect(document.body!.innerHTML).toBe('<p>เนื้อหา</p>');
  });

  it('closes paragraphs, list items, cells and headings where the standard says they end', () => {
    expect(body('<p>หนึ่ง<p>สอง<div>สาม</div>')).toBe('<p>หนึ่ง</p><p>สอง</p><div>สาม</div>');
    expect(body('<ul><li>ก<li>ข<ul><li>ค</ul></ul>')).toBe('<ul><li>ก</li><li>ข<ul><li>ค</li></ul></li></ul>');
    expect(body('<dl><dt>ก<dd>ข<dt>ค</dl>')).toBe('<dl><dt>ก</dt><dd>ข</dd><dt>ค</dt></dl>');
    expect(body('<table><tr><td>1<td>2<tr><td>3</table>')).toBe('<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>');
    expect(body('<h1>หัวข้อ<h2>รอง</h2>')).toBe('<h1>หัวข้อ</h1><h2>รอง</h2>');
    // a <div> in a table cell does not close the paragraph outside the table
    expect(body('<p>ก<table><tr><td><div>ข</div></td></tr></table>')).toBe('<p>ก</p><table><tr><td><div>ข</div></td></tr></table>');
  });

  it('keeps script, style and title text as it is and never runs it', () => {
    const { document } = parseHtml('<script>if (a < b && c > d) document.write("<p>x</p>")</script><style>p>a{}</style><p>ข่าว</p>');
    expect(document.head!.firstElementChild!.textContent).toBe('if (a < b && c > d) document.write("<p>x</p>")');
    expect(document.getElementsByTagName('p').map((p) => p.textContent)).toEqual(['ข่าว']);
    expect(parseHtml('<script>never closed <p>x').document.getElementsByTagName('p')).toEqual([]);
  });

  it('reads attributes quoted, unquoted and bare, decoded, the first of a repeated name', () => {
    const { document } = parseHtml('<a href=/a?x=1&amp;y=2 title=\'ก "ข"\' hidden data-x="1" data-x="2">ลิงก์</a>');
    const a = document.getElementsByTagName('a')[0];
    expect(a.attributes.map((attr) => [attr.name, attr.value])).toEqual([
      ['href', '/a?x=1&y=2'],
      ['title', 'ก "ข"'],
      ['hidden', ''],
      ['data-x', '1'],
    ]);
  });

  it('drops comments, doctypes and processing instructions; a stray < is text', () => {
    expect(body('<!DOCTYPE html><!-- ความเห็น --><?xml x?><p>1 < 2</p>')).toBe('<p>1 &lt; 2</p>');
    expect(body('<p>ก</p><!-- ไม่ปิด')).toBe('<p>ก</p>');
  });

  it('ignores end tags with nothing to close, and closes what a misnested end tag passes', () => {
    expect(body('<div>ก</span></p></div>ข')).toBe('<div>ก<p></p></div>ข'.replace('<p></p>', ''));
    expect(body('<div><b>ตัวหนา</div>ต่อ')).toBe('<div><b>ตัวหนา</b></div>ต่อ');
  });

  it('closes <x/> only in SVG and MathML, where it means an empty element', () => {
    expect(body('<svg><path d="M0"/><circle/></svg><div/>ข้อความ')).toBe('<svg><path d="M0"></path><circle></circle></svg><div>ข้อความ</div>');
  });

  it('counts elements, depth and text, for choosing how to read the page', () => {
    expect(parseHtml('<div><div><p>ข่าว</p></div></div>').statistics).toEqual({ elements: 5, depth: 5, textLength: 4 });
  });

  it('parses fragments into an element (innerHTML), never closing the element itself', () => {
    const { document } = parseHtml('<div id="x"></div>');
    const div = document.getElementsByTagName('div')[0];
    div.innerHTML = '<p>ก</div><p>ข';
    expect(div.innerHTML).toBe('<p>ก</p><p>ข</p>');
    parseFragment('ค', div);
    expect(div.textContent).toBe('กขค');
  });

  it('normalises line ends as browsers do', () => {
    expect(parseHtml('<p>ก\r\nข\rค</p>').document.body!.textContent).toBe('ก\nข\nค');
  });
});

describe('decodeCharacterReferences', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['&#3585;&#x0E02;', 'กข'],
    ['&nbsp;&hellip;&mdash;&ldquo;x&rdquo;', '\u00a0…—“x”'],
    ['&nbspข &amp', '\u00a0ข &'],
    ['&#150;&#0;', '–\uFFFD'],
    ['&notaname; &copy2', '&notaname; ©2'],
    ['&eacute;&Omega;&yuml;', 'éΩÿ'],
  ])('%s', (text, decoded) => {
    expect(decodeCharacterReferences(text)).toBe(decoded);
  });
});

describe('the DOM', () => {
  it('moves, replaces and removes children in constant time each, keeping every link right', () => {
    const { document } = parseHtml('<div id="a"><p>1</p><p>2</p><p>3</p></div><div id="b"></div>');
    const [a, b] = document.getElementsByTagName('div');
    const [p1, p2, p3] = a.children;
    b.appendChild(p2);
    expect([a.innerHTML, b.innerHTML]).toEqual(['<p>1</p><p>3</p>', '<p>2</p>']);
    expect([p1.nextSibling, p3.previousSibling, p2.parentNode]).toEqual([p3, p1, b]);
    const span = document.createElement('span');
    a.replaceChild(span, p1);
    expect(a.innerHTML).toBe('<span></span><p>3</p>');
    a.insertBefore(document.createTextNode('ก'), p3);
    expect(a.childNodes.map((n) => n.nodeName)).toEqual(['SPAN', '#text', 'P']);
    expect(a.children.map((n) => n.tagName)).toEqual(['SPAN', 'P']);
    p3.remove();
    expect([a.lastChild, a.lastElementChild, a.firstElementChild]).toEqual([a.childNodes[1], span, span]);
  });

  it('gives text content, descendants by tag, attributes and styles', () => {
    const { document } = parseHtml('<div class="x" style="display: none"><p>ก<b>ข</b></p><p>ค</p></div>');
    const div = document.getElementsByTagName('div')[0];
    expect(div.textContent).toBe('กขค');
    expect(div.getElementsByTagName('P').length).toBe(2);
    expect(div.getElementsByTagName('*').map((e) => e.localName)).toEqual(['p', 'b', 'p']);
    expect([div.className, div.style.display, div.style.visibility]).toEqual(['x', 'none', '']);
    div.className = 'y';
    div.removeAttribute('style');
    expect(serializeNode(div)).toBe('<div class="y"><p>ก<b>ข</b></p><p>ค</p></div>');
    expect(div.cloneNode(true).outerHTML).toBe(div.outerHTML);
  });

  it('keeps text content while asked to, and forgets it when anything under it changes', () => {
    const { document } = parseHtml('<div><p>ก</p><p>ข</p></div>');
    const div = document.getElementsByTagName('div')[0];
    document.cachesText = true;
    expect(div.textContent).toBe('กข');
    (div.firstElementChild!.firstChild as Text).data = 'ค';
    expect(div.textContent).toBe('คข');
    div.lastElementChild!.remove();
    expect(div.textContent).toBe('ค');
    div.appendChild(document.createElement('p')).textContent = 'ง';
    expect(div.textContent).toBe('คง');
  });

  it('walks any depth without recursion', () => {
    const depth = 100_000;
    const { document, statistics } = parseHtml('<div>'.repeat(depth) + 'ลึก' + '</div>'.repeat(depth));
    expect(statistics.depth).toBe(depth + 2);
    expect(document.body!.textContent).toBe('ลึก');
    expect(document.body!.innerHTML.length).toBe(depth * 11 + 3);
    expect((document.body!.cloneNode(true) as Element).getElementsByTagName('div').length).toBe(depth);
  });
});

test('property: any mix of markup and text parses, and serialising and parsing again gives the same tree', () => {
  const piece = fc.constantFrom(
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<li>',
    '<ul>',
    '</ul>',
    '<td>',
    '<table>',
    '<b>',
    '</b>',
    '<a href="x">',
    '</a>',
    '<br>',
    '<',
    '>',
    '&amp;',
    'ข่าว',
    ' ',
    '\n',
    '"',
    "'",
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 50 }), (pieces) => {
      const once = parseHtml(pieces.join('')).document.body!.innerHTML;
      const twice = parseHtml(once).document.body!.innerHTML;
      expect(twice).toBe(once);
    }),
    { numRuns: 300 },
  );
});

describe('time linear in the page, for every shape of markup', () => {
  // Shapes that build many nodes are measured at 2,000 against 20,000; the cheap ones larger,
  // so that their timings stand clear of the clock's noise.
  const shapes: [string, (n: number) => string, number][] = [
    ['flat paragraphs', (n) => '<p>ย่อหน้า</p>'.repeat(n), 2_000],
    ['deep nesting', (n) => '<div>'.repeat(n) + 'ข้อความ' + '</div>'.repeat(n), 2_000],
    ['unclosed inline elements', (n) => '<b>ก'.repeat(n), 2_000],
    ['nested lists', (n) => '<ul><li>ก'.repeat(n), 2_000],
    ['stray end tags', (n) => '<div>ก'.repeat(10) + '</span>'.repeat(n), 20_000],
    ['attributes', (n) => `<div ${'a="1" '.repeat(n)}>ก</div>`, 20_000],
    ['an unclosed comment', (n) => `<!--${'ก'.repeat(n * 10)}`, 20_000],
    ['an unclosed script', (n) => `<script>${'<p>'.repeat(n)}`, 20_000],
  ];
  it.each(shapes)('%s', async (_name, make, small) => {
    await expectLinearTime((html: string) => parseHtml(html), make, { small, large: small * 10, maxRatio: 15 });
  });
});
