import fc from 'fast-check';
import { loadArticleExtractor, type ArticleExtractor } from '../../src/html/extract-article.js';

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
    expect(article.text).toBe(
      'ฝนตกหนักทั่วภาคเหนือ\n' +
        'กรมอุตุนิยมวิทยาประกาศเตือนให้ประชาชนในภาคเหนือระวังอันตรายจากฝนตกหนักถึงหนักมาก ตั้งแต่วันนี้ถึงสิ้นสัปดาห์ และอาจเกิดน้ำท่วมฉับพลันในพื้นที่ลาดเชิงเขา\n' +
        'ผู้ว่าราชการจังหวัดเชียงใหม่สั่งการให้ทุกอำเภอเตรียมพร้อมรับมือ',
    );
    expect(article.title).toBe('ฝนตกหนัก | ข่าวเว็บ'); // the <h1> is not part of it
    expect(extract(page('', '<h1>ฝนตกหนัก</h1><p>เนื้อข่าว</p>')).title).toBe('ฝนตกหนัก'); // the site name goes
  });

  test('title from og:title, url from the canonical link, published from article:published_time', () => {
    const article = extract(
      page(
        '<meta property="og:title" content="ฝนตกหนักทั่วภาคเหนือ"><link rel="canonical" href="https://news.example/a/1">' +
          '<meta property="article:published_time" content="2024-07-09T08:30:00+07:00">',
      ),
    );
    expect([article.title, article.url, article.published]).toEqual(['ฝนตกหนักทั่วภาคเหนือ', 'https://news.example/a/1', '2024-07-09T08:30:00+07:00']);
  });

  test('published from JSON-LD (inside @graph), then from <time datetime>', () => {
    const jsonLd = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-12-31"}]}</script>';
    expect(extract(page(jsonLd)).published).toBe('2023-12-31');
    expect(extract(page('<script type="application/ld+json">{broken</script>', `<time datetime="2022-01-05T10:00">5 ม.ค.</time>${BODY}`)).published).toBe(
      '2022-01-05T10:00',
    );
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
