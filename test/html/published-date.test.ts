import { loadArticleExtractor, type ArticleExtractor } from '../../src/html/extract-article.js';
import { readTimestamp } from '../../src/html/timestamp.js';

let extract: ArticleExtractor;
beforeAll(async () => {
  extract = await loadArticleExtractor();
});

const HEADLINE = 'ผู้ว่าฯ สั่งเร่งซ่อมถนนหลังน้ำลด';
const PARAGRAPH = 'ผู้ว่าราชการจังหวัดสั่งการให้หน่วยงานที่เกี่ยวข้องเร่งสำรวจความเสียหายของถนนและสะพานหลังระดับน้ำลดลง เพื่อซ่อมแซมให้ประชาชนสัญจรได้ตามปกติโดยเร็ว';

function page(head: string, body: string): string {
  return `<html><head><title>${HEADLINE}</title>${head}</head><body>${body}</body></html>`;
}

describe('readTimestamp', () => {
  it.each([
    ['2019-01-21T13:49:00+07:00', { date: '2019-01-21', at: '2019-01-21T13:49:00+07:00' }],
    // an offset the page names is its own time zone, kept (Thai WordPress sites write +00:00 on Thai clock times)
    ['2019-02-15T19:08:17+00:00', { date: '2019-02-15', at: '2019-02-15T19:08:17+00:00' }],
    // an instant in UTC is shown in Thai time
    ['2019-02-15T19:08:17.000Z', { date: '2019-02-16', at: '2019-02-16T02:08:17+07:00' }],
    // no zone: Thai time
    ['2021-03-05 14:30', { date: '2021-03-05', at: '2021-03-05T14:30:00+07:00' }],
    ['2019/02/15 19:08:17', { date: '2019-02-15', at: '2019-02-15T19:08:17+07:00' }],
    ['Wed, 15 Feb 2023 10:30:00 +0700', { date: '2023-02-15', at: '2023-02-15T10:30:00+07:00' }],
    ['2562-01-21', { date: '2019-01-21' }],
    // midnight on the dot is a date without a time
    ['2009-04-15T00:00:00+07:00', { date: '2009-04-15' }],
    ['21 ม.ค. 2562 13:13 น.', { date: '2019-01-21', at: '2019-01-21T13:13:00+07:00' }],
  ])('%s', (value, expected) => {
    expect(readTimestamp(value)).toEqual(expected);
  });

  it.each([['2019-13-01'], ['yesterday'], ['31 กุมภาพันธ์ 2562']])('refuses %s', (value) => {
    expect(readTimestamp(value)).toBeNull();
  });
});

describe('the publication date of a page', () => {
  it('comes from JSON-LD first, then the meta tags, then <time datetime>', () => {
    const jsonLd =
      '<script type="application/ld+json">[{"@type":"WebSite","name":"ข่าวดี"},{"@type":"NewsArticle","datePublished":"2024-07-09T08:30:00+07:00"}]</script>';
    const meta = '<meta property="article:published_time" content="2024-07-08T08:30:00+07:00">';
    const body = `<h1>${HEADLINE}</h1><time datetime="2024-07-07">7 ก.ค.</time><p>${PARAGRAPH}</p>`;
    expect(extract(page(jsonLd + meta, body), { report: true })).toMatchObject({
      published: '2024-07-09',
      publishedAt: '2024-07-09T08:30:00+07:00',
      report: { sources: { published: 'json-ld datePublished' } },
    });
    expect(extract(page(meta, body)).published).toBe('2024-07-08');
    expect(extract(page('', body)).published).toBe('2024-07-07');
  });

  it('is the <time> placed with the headline, not the masthead date or the sidebar', () => {
    const body =
      `<header><div class="today"><time datetime="2025-05-12">12 พ.ค. 2568</time></div><nav><a href="/">หน้าแรก</a></nav></header>` +
      `<main><article><h1>${HEADLINE}</h1><div class="meta"><time datetime="2023-11-19T02:00:00+07:00">19 พ.ย. 2566</time></div><p>${PARAGRAPH}</p></article>` +
      `<aside><ul><li><a href="/x"><time datetime="2025-05-11">11 พ.ค.</time> ข่าวอื่น</a></li></ul></aside></main>`;
    expect(extract(page('', body))).toMatchObject({ published: '2023-11-19', publishedAt: '2023-11-19T02:00:00+07:00' });
  });

  it('is read from a byline in the article: `Submitted on Mon, 2019-01-21 13:49`', () => {
    const body = `<h1>${HEADLINE}</h1><article><span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span><div><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div></article>`;
    const article = extract(page('', body), { report: true });
    expect(article).toMatchObject({ published: '2019-01-21', publishedAt: '2019-01-21T13:49:00+07:00' });
    expect(article.text).not.toContain('Submitted');
  });

  it('is read from a date line outside the article, placed with the headline: `วันพฤหัสบดีที่ 5 ธันวาคม 2567 - 10:30 น.`', () => {
    const body = `<div class="top-bar">วันจันทร์ที่ 12 พฤษภาคม 2568</div><div class="header"><h1>${HEADLINE}</h1><span class="td-post-date">วันพฤหัสบดีที่ 5 ธันวาคม 2567 - 10:30 น.</span></div><div class="content"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`;
    expect(extract(page('', body))).toMatchObject({ published: '2024-12-05', publishedAt: '2024-12-05T10:30:00+07:00' });
  });

  it('is absent when the page gives none (a body dateline is content, not the publication date)', () => {
    const body = `<h1>${HEADLINE}</h1><p>21 ม.ค.2561 เวลาประมาณ 12.00 น. ${PARAGRAPH}</p>`;
    expect(extract(page('', body)).published).toBeUndefined();
  });
});

describe('the author and the address', () => {
  it('come from JSON-LD (an author given by @id in the graph), meta tags, or a byline line', () => {
    const graph =
      '<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#p1","name":"สมชาย ใจดี"},{"@type":"NewsArticle","author":{"@id":"#p1"},"url":"https://news.example/a/1"}]}</script>';
    expect(extract(page(graph, `<p>${PARAGRAPH}</p>`))).toMatchObject({ author: 'สมชาย ใจดี', url: 'https://news.example/a/1' });
    expect(extract(page('<meta name="author" content="ทีมข่าวภูมิภาค">', `<p>${PARAGRAPH}</p>`)).author).toBe('ทีมข่าวภูมิภาค');
    const byline = extract(page('', `<h1>${HEADLINE}</h1><p>โดย ทีมข่าวการเมือง</p><p>${PARAGRAPH}</p>`));
    expect([byline.author, byline.text]).toEqual(['ทีมข่าวการเมือง', PARAGRAPH]);
  });
});
