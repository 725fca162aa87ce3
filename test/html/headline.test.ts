import { loadArticleExtractor, type ArticleExtractor } from '../../src/html/extract-article.js';
import { agree, isSiteName, withoutBreadcrumb, withoutSiteName } from '../../src/clean/titles.js';
import { printedHeadline } from '../../src/html/headline.js';

let extract: ArticleExtractor;
beforeAll(async () => {
  extract = await loadArticleExtractor();
});

const HEADLINE = 'ลูกสาวช็อก พ่อขับรถชนต้นไม้ข้างทางดับสลด';
const PARAGRAPH = 'เจ้าหน้าที่กู้ภัยได้รับแจ้งเหตุรถยนต์เสียหลักชนต้นไม้ริมถนนสายหลักในช่วงเช้ามืด จึงรีบเดินทางไปตรวจสอบที่เกิดเหตุพร้อมเจ้าหน้าที่ตำรวจ';

function page(head: string, body: string): string {
  return `<html><head>${head}</head><body>${body}</body></html>`;
}

describe('the site name in titles', () => {
  it.each([
    ['ประชาไท Prachatai.com', ['ประชาไท'], true],
    ['ข่าวสด', ['ข่าวสด'], true],
    ['Khaosod Online', ['khaosod'], true],
    ['เมียไม่เชื่อเป็นสุรชัย', ['ประชาไท'], false],
    ['ไทยรัฐออนไลน์', ['ไทยรัฐ'], true],
  ])('%s is a site name given %j: %s', (segment, names, expected) => {
    expect(isSiteName(segment, names)).toBe(expected);
  });

  it('goes from either end when the page names the site, and after a bar when nothing does', () => {
    expect(withoutSiteName(`${HEADLINE}  - ข่าวสด`.replace(/\s+/g, ' '), ['ข่าวสด'])).toBe(HEADLINE);
    expect(withoutSiteName(`ข่าวสด | ${HEADLINE}`, ['ข่าวสด'])).toBe(HEADLINE);
    expect(withoutSiteName(`${HEADLINE} | หน้าข่าว`, [], true)).toBe(HEADLINE);
    // a dash inside a headline is the headline's own
    expect(withoutSiteName('ตร.เร่งหาเบาะแส - เมียไม่เชื่อเป็นสุรชัย', ['ประชาไท'], true)).toBe('ตร.เร่งหาเบาะแส - เมียไม่เชื่อเป็นสุรชัย');
  });

  it('removes a trail of sections before the headline', () => {
    expect(withoutBreadcrumb('หน้าแรกข่าว> การเมือง> ผอ.รพ.ตำรวจยันผลตรวจชัดเจน')).toBe('ผอ.รพ.ตำรวจยันผลตรวจชัดเจน');
    expect(withoutBreadcrumb('อุณหภูมิ > 40 องศา')).toBe('อุณหภูมิ > 40 องศา');
  });

  it('compares titles cut short, spaced or punctuated differently', () => {
    expect(agree('ฝนตกหนัก', 'ฝนตกหนักทั่วภาคเหนือ')).toBe(true);
    expect(agree('“นายกฯ” ลั่น ไม่ยุบสภา', 'นายกฯ ลั่นไม่ยุบสภา')).toBe(true);
    expect(agree('ฝน', 'ฝนตกหนักทั่วภาคเหนือและภาคอีสาน')).toBe(false);
  });
});

describe('the headline of a page', () => {
  it('is the <h1> the metadata agrees with, without the site name the <title> carries', () => {
    const html = page(`<title>${HEADLINE}  - ข่าวสด</title><meta property="og:site_name" content="ข่าวสด">`, `<h1>${HEADLINE}</h1><p>${PARAGRAPH}</p>`);
    expect(extract(html, { report: true })).toMatchObject({ title: HEADLINE, siteName: 'ข่าวสด', report: { sources: { title: 'h1' } } });
  });

  it('is not the logo, even when the logo is the first <h1>', () => {
    const html = page(
      `<title>${HEADLINE} | ประชาไท Prachatai.com</title><meta name="twitter:title" content="${HEADLINE}">`,
      `<h1 id="website-logo"><a href="/">ประชาไท</a></h1><h1 class="title">${HEADLINE}</h1><p>${PARAGRAPH}</p>`,
    );
    expect(extract(html).title).toBe(HEADLINE);
  });

  it('learns the site name from two titles that differ by it, and strips a breadcrumb', () => {
    const html = page(`<title>หน้าแรกข่าว> การเมือง> ${HEADLINE} - เว็บข่าวดี</title><meta property="og:title" content="${HEADLINE}">`, `<p>${PARAGRAPH}</p>`);
    expect(extract(html)).toMatchObject({ title: HEADLINE, siteName: 'เว็บข่าวดี' });
  });

  it('prefers JSON-LD and og:title over a <title> and an <h1> that say something else', () => {
    const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${HEADLINE}","publisher":{"@type":"Organization","name":"ข่าวเช้า"}}</script>`;
    const html = page(`<title>ข่าวเช้า - ข่าวล่าสุดวันนี้</title>${jsonLd}`, `<h1>ข่าวการเมือง</h1><p>${PARAGRAPH}</p>`);
    expect(extract(html, { report: true })).toMatchObject({ title: HEADLINE, siteName: 'ข่าวเช้า', report: { sources: { title: 'json-ld headline' } } });
  });

  it('is the <h1> when the page has no metadata title', () => {
    expect(extract(`<h1>${HEADLINE}</h1><p>${PARAGRAPH}</p>`).title).toBe(HEADLINE);
  });
});

describe('a <title> alone', () => {
  it('loses a one-word site name after a dash, but keeps a clause of the headline', () => {
    expect(extract(`<html><head><title>${HEADLINE}  - ข่าวสด</title></head><body><p>x</p></body></html>`).title).toBe(HEADLINE);
    const clause = 'ตร.เร่งหาเบาะแสคดีฆ่ายัดเสาถ่วงน้ำโขง - เมียไม่เชื่อเป็นสุรชัย แซ่ด่าน';
    expect(extract(`<html><head><title>${clause}</title></head><body><p>x</p></body></html>`).title).toBe(clause);
  });
});

describe('a <title> with the site name before the headline and no <h1>', () => {
  it('gives way to the headline the page prints above the article', () => {
    const html = page(
      `<title>ข่าวดีออนไลน์ :: ${HEADLINE}</title>`,
      `<table><tr><td><font size="5"><b>${HEADLINE}</b></font></td></tr><tr><td>${PARAGRAPH}<br><br>${PARAGRAPH}</td></tr></table>`,
    );
    expect(extract(html, { report: true })).toMatchObject({ title: HEADLINE, report: { sources: { title: 'title, as the page prints it' } } });
  });

  it.each([
    [`ข่าวดีออนไลน์ :: ${HEADLINE}`, HEADLINE, HEADLINE],
    [`${HEADLINE} || ข่าวดีออนไลน์`, HEADLINE, HEADLINE],
    [`ข่าวดี | ภูมิภาค | ${HEADLINE}`, HEADLINE, HEADLINE],
    // a dash also parts a headline's own clauses; a long rest is no site's name
    ['ตร.เร่งหาเบาะแสคดีฆ่ายัดเสาถ่วงน้ำโขง - เมียไม่เชื่อเป็นสุรชัย แซ่ด่าน', 'ตร.เร่งหาเบาะแสคดีฆ่ายัดเสาถ่วงน้ำโขง', undefined],
    [`${HEADLINE} :: ${'เจ้าหน้าที่กู้ภัยเร่งเข้าช่วยเหลือผู้บาดเจ็บที่ติดอยู่ในซากรถ'}`, HEADLINE, undefined],
    [HEADLINE, HEADLINE, undefined],
    [`ข่าวดีออนไลน์ :: ${HEADLINE}`, 'ข่าวดีออนไลน์', undefined],
  ])('%s printed as %s: %s', (title, printed, expected) => {
    expect(printedHeadline(title, printed)).toBe(expected);
  });
});
