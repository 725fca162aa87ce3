import fc from 'fast-check';
import { loadArticleExtractor, type ArticleExtractor } from '../../src/html/extract-article.js';
import { expectLinearTime } from '../linear-time.js';

let extract: ArticleExtractor;
beforeAll(async () => {
  extract = await loadArticleExtractor();
});

const BODY = `<nav><a href="/">หน้าแรก</a> <a href="/news">ข่าว</a></nav>
<article><h1>ฝนตกหนักทั่วภาคเหนือ</h1>
<p>กรมอุตุนิยมวิทยาประกาศเตือนให้ประชาชนในภาคเหนือระวังอันตรายจากฝนตกหนักถึงหนักมาก ตั้งแต่วันนี้ถึงสิ้นสัปดาห์ และอาจเกิดน้ำท่วมฉับพลันในพื้นที่ลาดเชิงเขา</p>
<p>ผู้ว่าราชการจังหวัดเชียงใหม่สั่งการให้<b>ทุกอำเภอ</b>เตรียมพร้อมรับมือ</p></article>
<footer>สงวนลิขสิทธิ์ ห้ามคัดลอก</footer>`;

function page(head: string, body = BODY): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>ฝนตกหนัก | ข่าวเว็บ</title>${head}</head><body>${body}</body></html>`;
}

describe('extractArticle', () => {
  test('keeps the article, one line per block, drops navigation, footer and scripts', () => {
    const article = extract(page('<script>document.title = "ถูกรัน"</script>', `<script>window.x = "สคริปต์"</script>${BODY}`));
    // the headline is meta.title, not a line of the text
    expect(article.text).toBe(
      'กรมอุตุนิยมวิทยาประกาศเตือนให้ประชาชนในภาคเหนือระวังอันตรายจากฝนตกหนักถึงหนักมาก ตั้งแต่วันนี้ถึงสิ้นสัปดาห์ และอาจเกิดน้ำท่วมฉับพลันในพื้นที่ลาดเชิงเขา\n' +
        'ผู้ว่าราชการจังหวัดเชียงใหม่สั่งการให้ทุกอำเภอเตรียมพร้อมรับมือ',
    );
    expect(article.title).toBe('ฝนตกหนักทั่วภาคเหนือ'); // the <h1>, which the <title> begins, without the site name
    expect(extract(page('', '<h1>ฝนตกหนัก</h1><p>เนื้อข่าว</p>')).title).toBe('ฝนตกหนัก'); // the site name goes
  });

  test('title from og:title, url from the canonical link, published from article:published_time', () => {
    const article = extract(
      page(
        '<meta property="og:title" content="ฝนตกหนักทั่วภาคเหนือ"><link rel="canonical" href="https://news.example/a/1">' +
          '<meta property="article:published_time" content="2024-07-09T08:30:00+07:00">',
      ),
    );
    expect([article.title, article.url, article.published, article.publishedAt]).toEqual([
      'ฝนตกหนักทั่วภาคเหนือ',
      'https://news.example/a/1',
      '2024-07-09',
      '2024-07-09T08:30:00+07:00',
    ]);
  });

  test('published from JSON-LD (inside @graph), then from <time datetime>', () => {
    const jsonLd = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-12-31"}]}</script>';
    expect(extract(page(jsonLd)).published).toBe('2023-12-31');
    const fromTime = extract(page('<script type="application/ld+json">{broken</script>', `<time datetime="2022-01-05T10:00">5 ม.ค.</time>${BODY}`));
    expect([fromTime.published, fromTime.publishedAt]).toEqual(['2022-01-05', '2022-01-05T10:00:00+07:00']); // no zone: Thai time
  });

  test("a +00:00 time is the page's clock, unless the date line a reader sees gives its day in Thai time", () => {
    const at = (value: string, dateLine: string) => {
      const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${value}"}</script>`;
      const { published, publishedAt } = extract(page(jsonLd, `<h1>ฝนตกหนักทั่วภาคเหนือ</h1><div>${dateLine}</div>${BODY}`));
      return [published, publishedAt];
    };
    // WordPress's Thai clock time
    expect(at('2024-06-04T23:15:00+00:00', '4 มิถุนายน 2567')).toEqual(['2024-06-04', '2024-06-04T23:15:00+00:00']);
    // an instant in UTC: 06:15 on the 5th in Bangkok, as the page says
    expect(at('2024-06-04T23:15:00+00:00', '5 มิถุนายน 2567')).toEqual(['2024-06-05', '2024-06-05T06:15:00+07:00']);
  });

  test('a fragment without <html> or <body> still gives its text', () => {
    expect(extract('<p>ข่าวสั้น</p><p>บรรทัดที่สอง</p>').text).toBe('ข่าวสั้น\nบรรทัดที่สอง');
  });

  test('a page with no text gives empty text, and unclosed tags still give their text', () => {
    expect(extract('<html><body><script>x()</script></body></html>').text).toBe('');
    expect(extract('<div><p>ไม่ปิด<b>แท็ก<i>เลย').text).toBe('ไม่ปิดแท็กเลย');
  });

  test('deeply nested markup does not overflow the stack', () => {
    const html = '<div>'.repeat(5000) + 'ลึกมาก' + '</div>'.repeat(5000);
    expect(extract(html).text).toBe('ลึกมาก');
  });
});

test('property: any mix of markup, Thai, Latin, digits, emoji and control characters extracts without throwing', () => {
  const piece = fc.constantFrom(
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<br>',
    '<script>',
    '</script>',
    '<h1>',
    '<',
    '>',
    '&amp;',
    '&#3585;',
    'ข่าว',
    'news',
    '2567',
    '😀',
    ' ',
    '\n',
    '\u0000',
    '\u200b',
    '"',
    '<meta charset="tis-620">',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const article = extract(pieces.join(''));
      expect(typeof article.text).toBe('string');
      expect(article.text).toBe(article.text.trim());
    }),
    { numRuns: 150 },
  );
});

describe('time linear in the page', () => {
  const paragraph = 'กรมอุตุนิยมวิทยาประกาศเตือนให้ประชาชนระวังอันตรายจากฝนตกหนัก ตั้งแต่วันนี้ถึงสิ้นสัปดาห์';
  const shapes: [string, (n: number) => string][] = [
    ['flat paragraphs', (n) => `<html><body>${`<p>${paragraph}</p>`.repeat(n)}</body></html>`],
    ['paragraphs each in a block of its own', (n) => `<html><body>${`<div class="post"><div><p>${paragraph}</p></div></div>`.repeat(n)}</body></html>`],
    ['one paragraph of many inline elements', (n) => `<p>${'<b>ข่าว</b> <a href="/x">ลิงก์</a> '.repeat(n)}</p>`],
    ['a list of links', (n) => `<ul>${'<li><a href="/x">ข่าวอื่นที่น่าสนใจ</a></li>'.repeat(n)}</ul><p>${paragraph}</p>`],
    ['deep nesting', (n) => `${'<div>'.repeat(n)}${paragraph}${'</div>'.repeat(n)}`],
  ];
  it.each(shapes)('%s: 20,000 at most 15 times 2,000', async (_name, make) => {
    await expectLinearTime((html: string) => extract(html), make, { small: 2_000, large: 20_000, maxRatio: 15 });
  });
});

describe('a page whose article is in its data', () => {
  const P1 = 'นายกรัฐมนตรีสั่งการให้ทุกหน่วยงานเร่งสำรวจความเสียหายจากพายุ และเตรียมแผนฟื้นฟูเยียวยาผู้ประสบภัยโดยเร็ว';
  const P2 = 'โฆษกรัฐบาลแจ้งว่า นายกรัฐมนตรีจะเดินทางไปดูการแจกถุงยังชีพแก่ชาวบ้านที่น้ำท่วมบ้านในวันพรุ่งนี้';
  it('reads a flat JSON-LD articleBody (paragraphs kept by their double spaces, leaked script cut) when the markup has none', async () => {
    const jsonLd = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'นายกฯ สั่งเร่งสำรวจความเสียหาย',
      articleBody: `${P1}  ${P2}!if(!document.getElementById('id1')) { var s = 1; }`,
    });
    const html = `<html><head><script type="application/ld+json">${jsonLd}</script></head><body><div id="__next"><nav><a href="/">หน้าแรก</a></nav></div></body></html>`;
    const article = extract(html, { report: true });
    expect(article.text).toBe(`${P1}\n${P2}`);
    expect(article.report!.body).toBe('json-ld articleBody');
  });

  it('reads the HTML content of a data script (Next.js) when the markup has none', async () => {
    const data = JSON.stringify({ props: { pageProps: { items: { title: 'x', content: `<p>${P1}</p><p>${P2}</p>` } } } });
    const html = `<html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${data}</script></body></html>`;
    expect(extract(html).text).toBe(`${P1}\n${P2}`);
  });

  it('keeps the markup when it holds the article: a summary in articleBody does not replace it', async () => {
    const jsonLd = JSON.stringify({ '@type': 'NewsArticle', articleBody: P1.slice(0, 40) });
    const html = `<html><head><script type="application/ld+json">${jsonLd}</script></head><body><article><p>${P1}</p><p>${P2}</p></article></body></html>`;
    expect(extract(html).text).toBe(`${P1}\n${P2}`);
  });
});
