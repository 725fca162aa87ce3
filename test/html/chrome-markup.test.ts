import fc from 'fast-check';
import { setVocabularyRules } from '../../src/clean/vocabulary-switch.js';
import { chromeClassWord } from '../../src/html/chrome-markup.js';
import { loadArticleExtractor, type ArticleExtractor } from '../../src/html/extract-article.js';

let extract: ArticleExtractor;
beforeAll(async () => {
  extract = await loadArticleExtractor();
});
afterEach(() => setVocabularyRules(true));

const HEADLINE = 'เทศบาลเปิดตลาดนัดชุมชนริมคลอง หนุนสินค้าเกษตรปลอดภัย';
const P1 = 'เทศบาลเมืองแห่งหนึ่งเปิดตลาดนัดชุมชนริมคลองทุกวันเสาร์ เพื่อให้เกษตรกรในพื้นที่นำผักและผลไม้ปลอดสารพิษมาจำหน่ายโดยตรงแก่ผู้บริโภค';
const P2 = 'นายกเทศมนตรีกล่าวว่า ตลาดแห่งนี้ไม่เก็บค่าเช่าแผงในสามเดือนแรก และจะมีเจ้าหน้าที่สุ่มตรวจสารตกค้างในผักทุกสัปดาห์ก่อนเปิดตลาด';
const P3 = 'ผู้ค้าที่สนใจสามารถลงทะเบียนได้ที่สำนักงานเทศบาลในวันและเวลาราชการ โดยต้องแสดงหลักฐานการเป็นเกษตรกรในอำเภอเดียวกัน';
/** Words no vocabulary rule knows: only structure can tell what they are. */
const OTHER_TITLES = ['ชาวนาภาคกลางเร่งเก็บเกี่ยวข้าวก่อนน้ำหลาก', 'สหกรณ์ออมทรัพย์ครูปรับดอกเบี้ยเงินฝากขึ้น', 'โรงเรียนบ้านหนองบัวคว้ารางวัลห้องสมุดดีเด่น'];

function page(inside: string, articleClass = 'story'): string {
  return `<html><head><title>${HEADLINE}</title></head><body><article class="${articleClass}"><h1>${HEADLINE}</h1>${inside}</article></body></html>`;
}

function kept(html: string): string[] {
  return extract(html).text.split('\n');
}

function removedBy(html: string): Record<string, string> {
  const { report } = extract(html, { report: true });
  return Object.fromEntries(report!.lines.filter((l) => l.removedBy && l.removedBy !== 'outside the article').map((l) => [l.text, l.removedBy!]));
}

const links = (titles: string[]): string => `<ul>${titles.map((t, i) => `<li><a href="/n/${i}">${t}</a></li>`).join('')}</ul>`;

describe('chromeClassWord', () => {
  it.each([
    ['share-bar', 'share'],
    ['post-follow', 'follow'],
    ['content-details__follow', 'follow'],
    ['ud-ads__label', 'ads'],
    ['read-more-box', 'readmore'],
    ['NewsDetail_meta__k3Hs0', 'meta'],
    ['GalleryMore', 'gallery'],
    ['cookie-law-info-bar', 'cookie'],
    ['m29-video__title', 'video'],
    ['sharedaddy', 'sharedaddy'],
    ['jp-relatedposts', 'relatedposts'],
    ['addtoany_share_save_container', 'share'],
    ['a2a_kit', 'a2a'],
    ['td-post-source-tags', 'tags'],
    ['most-read', 'mostread'],
    ['related-news', 'related'],
    ['author-box', 'author'],
    ['social-embed-twitter', 'embed'],
    ['wp-block-embed', 'embed'],
    ['share-facebook', 'share'],
  ])('%s is a box of chrome (%s)', (name, word) => {
    expect(chromeClassWord(name)).toBe(word);
  });

  it.each([
    'entry-content',
    'td-post-content',
    'tag-coffee',
    'category-business',
    'share-price-table',
    'post-1234',
    'article-body',
    'news-info',
    'top-news',
    'entry-content-wrap',
  ])('%s is not', (name) => {
    expect(chromeClassWord(name)).toBeNull();
  });
});

describe('chrome by structure, with the vocabulary rules off', () => {
  beforeEach(() => setVocabularyRules(false));

  it('removes the lines of a box its class names as chrome, however the box is worded', () => {
    const html = page(
      `<p>${P1}</p><div class="post-follow"><span>ร่วมเป็นเพื่อนกับกองบรรณาธิการได้ทุกวัน</span></div><p>${P2}</p><div class="ads ads-inarticle">พื้นที่พิเศษ</div><p>${P3}</p>`,
    );
    expect(removedBy(html)).toEqual({ [HEADLINE]: 'headline', ร่วมเป็นเพื่อนกับกองบรรณาธิการได้ทุกวัน: 'box:follow', พื้นที่พิเศษ: 'box:ads' });
    expect(kept(html)).toEqual([P1, P2, P3]);
  });

  it("removes a caption in a credit's or a clip's box, not one in a gallery's", () => {
    const html = page(
      `<figure class="article-cover"><img src="c.jpg"><figcaption class="cover-credit">ภาพประกอบโดย กองภาพ</figcaption></figure><p>${P1}</p>` +
        `<div class="EntryGallery"><figure><img src="a.jpg"><figcaption>ผู้ค้านำผักปลอดสารมาวางจำหน่าย</figcaption></figure></div><p>${P2}</p>` +
        `<div class="clip"><p class="video-caption">ตลาดนัดริมคลองวันแรก</p></div><p>${P3}</p>`,
    );
    expect(kept(html)).toEqual([P1, 'ผู้ค้านำผักปลอดสารมาวางจำหน่าย', P2, P3]);
  });

  it('removes a short line the article prints twice, and a nav or a button wherever it stands', () => {
    const html = page(`<p>ส่งต่อให้เพื่อน</p><p>${P1}</p><p>${P2}</p><nav><p>ย้อนกลับ</p></nav><p>ส่งต่อให้เพื่อน</p><p>${P3}</p>`);
    expect(kept(html)).toEqual([P1, P2, P3]);
  });

  it('removes a cookie banner by its box, though it is as long as a paragraph', () => {
    const banner = `${P1.slice(0, 60)} กรุณากดยืนยันเพื่อใช้งานต่อไปตามที่ท่านเลือกไว้ในหน้าตั้งค่าทั้งหมดของระบบ ${P2.slice(0, 40)}`;
    const html = page(`<p>${P1}</p><p>${P2}</p><div id="cookie-law-info-bar"><span>${banner}</span></div>`);
    expect(kept(html)).toEqual([P1, P2]);
  });

  it('removes a consent banner under generated class names by its role, and a form, whatever they say', () => {
    setVocabularyRules(false);
    const banner = `${P2.slice(0, 70)} ท่านสามารถเลือกตั้งค่าได้ตามต้องการในหน้าการตั้งค่าของระบบทุกเมื่อที่ต้องการเปลี่ยน ${P1.slice(0, 50)}`;
    for (const box of [
      `<div class="css-1x2y3z" role="dialog"><p>${banner}</p><button class="css-9a8b7c">ตกลง</button></div>`,
      `<div class="sc-abc123" aria-modal="true"><p>${banner}</p></div>`,
    ])
      expect(kept(page(`<p>${P1}</p><p>${P2}</p>${box}<p>${P3}</p>`))).toEqual([P1, P2, P3]);
    const form = '<form class="x7f2k"><p>รับข่าวสารก่อนใครทุกเช้าวันจันทร์</p><input type="email"></form>';
    expect(kept(page(`<p>${P1}</p>${form}<p>${P2}</p><p>${P3}</p>`))).toEqual([P1, P2, P3]);
  });

  it('removes a box its component attribute names (`data-testid`, `data-e2e`), and a consent banner inside an embedded post by its own box', () => {
    setVocabularyRules(false);
    const consent = `${P2.slice(0, 70)} โปรดยืนยันก่อนโหลดเนื้อหาจากภายนอกทุกครั้งตามนโยบายของเว็บไซต์ต้นทางที่ท่านสามารถอ่านได้`;
    const html = page(
      `<section class="bbc-1x2y3z" data-testid="byline"><span>ผู้เขียน, สมชาย ใจดี</span></section><p>${P1}</p><p>${P2}</p>` +
        `<div class="k9" data-e2e="social-embed-twitter"><a href="#end-1">ข้ามเนื้อหา, 1</a><div id="consent-1"><p>${consent}</p><button>ยอมรับ</button></div><p id="end-1">สิ้นสุดเนื้อหา, 1</p></div><p>${P3}</p>`,
    );
    expect(kept(html)).toEqual([P1, P2, P3]);
  });

  it('removes a box its label names as chrome (`aria-label`), as a class would', () => {
    setVocabularyRules(false);
    const html = page(`<p>${P1}</p><p>${P2}</p><div class="x1" aria-label="Related articles"><p>${OTHER_TITLES[0]}</p></div><p>${P3}</p>`);
    expect(kept(html)).toEqual([P1, P2, P3]);
  });

  it("removes the credit beside a picture's caption in its figure; the caption and a quotation's figure stay", () => {
    setVocabularyRules(false);
    const html = page(
      `<p>${P1}</p><figure class="f1"><div><img src="a.jpg"><p class="p9">แหล่งที่มา, สำนักภาพตัวอย่าง</p></div><figcaption>ผู้ค้านำผักปลอดสารมาวางจำหน่าย</figcaption></figure>` +
        `<p>${P2}</p><figure><blockquote><p>ตลาดนี้คือรายได้หลักของครอบครัวเรา</p></blockquote><figcaption>ผู้ค้ารายหนึ่ง</figcaption></figure>` +
        `<figure><img src="b.jpg"><p>แผงผักริมคลองยามเช้า</p></figure><p>${P3}</p>`,
    );
    expect(kept(html)).toEqual([P1, 'ผู้ค้านำผักปลอดสารมาวางจำหน่าย', P2, 'ตลาดนี้คือรายได้หลักของครอบครัวเรา', 'ผู้ค้ารายหนึ่ง', 'แผงผักริมคลองยามเช้า', P3]);
  });

  it('removes the heading of a list of links and the list, and a labelled link between paragraphs', () => {
    const html = page(
      `<p>${P1}</p><p><a href="/x">ดูเพิ่ม : ${OTHER_TITLES[2]}</a></p><p>${P2}</p><p>${P3}</p><p><strong>มุมสาระน่ารู้</strong></p>${links(OTHER_TITLES)}`,
    );
    expect(removedBy(html)).toMatchObject({ มุมสาระน่ารู้: 'list-heading', [`ดูเพิ่ม : ${OTHER_TITLES[2]}`]: 'labelled-link' });
    expect(kept(html)).toEqual([P1, P2, P3]);
  });

  it('removes a line that links away after the last paragraph, and what follows a list there outside the paragraphs', () => {
    const html = page(
      `<div class="body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><p>พบกันได้ที่ <a href="https://example.com">ช่องทางออนไลน์ของเรา</a></p>${links(OTHER_TITLES)}<div><p>ฝ่ายข่าวภูมิภาค</p></div>`,
    );
    expect(kept(html)).toEqual([P1, P2, P3]);
  });

  it("removes a call to donate by its box, though it is as long as a paragraph, and the reporter's box", () => {
    const appeal = `ร่วมเป็นส่วนหนึ่งของสื่อท้องถิ่นที่ทำงานอย่างอิสระ ${P3.slice(0, 50)} โอนผ่านบัญชีธนาคารของมูลนิธิได้ทุกวัน`;
    const html = page(
      `<div class="entry"><p>${P1}</p><p>${P2}</p><p class="news-reporter">ทีมข่าวภูมิภาค</p><div class="support-donate-box"><h4>ร่วมสนับสนุนเรา</h4><p>${appeal}</p></div></div>`,
    );
    expect(removedBy(html)).toMatchObject({ ทีมข่าวภูมิภาค: 'box:reporter', ร่วมสนับสนุนเรา: 'box:donate', [appeal]: 'box:donate' });
    expect(kept(html)).toEqual([P1, P2]);
  });

  it("removes what follows a line of links after the last paragraph, outside the paragraphs' box", () => {
    const html = page(
      `<div class="detail"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><p><a href="/print/1">พิมพ์</a> <a href="/send/1">ส่งให้เพื่อน</a></p><div><p>ความเห็นเป็นของผู้อ่านเอง</p></div>`,
    );
    expect(kept(html)).toEqual([P1, P2, P3]);
  });

  it('keeps the article: short paragraphs, a closing credit among the paragraphs, a list of items, captions in a gallery, a subheading', () => {
    const html = page(
      `<p>${P1}</p><h2>ขั้นตอนการลงทะเบียน</h2><p>${P2}</p><ul><li>สำเนาบัตรประชาชน</li><li>สำเนาทะเบียนบ้าน</li></ul>` +
        `<div class="EntryGallery"><figure><img src="a.jpg"><figcaption>ผู้ค้านำผักปลอดสารมาวางจำหน่าย</figcaption></figure></div>` +
        `<p>${P3}</p><p>ตลาดเปิดแล้ว</p><p><strong>รู้ไว้ก่อนไป</strong></p>${links(OTHER_TITLES)}<p>ขอบคุณข้อมูลจาก เทศบาลเมือง</p>`,
      'story post-1 tag-social tag-share',
    );
    const text = kept(html);
    for (const line of [
      P1,
      'ขั้นตอนการลงทะเบียน',
      P2,
      'สำเนาบัตรประชาชน',
      'สำเนาทะเบียนบ้าน',
      'ผู้ค้านำผักปลอดสารมาวางจำหน่าย',
      P3,
      'ตลาดเปิดแล้ว',
      'ขอบคุณข้อมูลจาก เทศบาลเมือง',
    ])
      expect(text).toContain(line);
    for (const title of OTHER_TITLES) expect(text).not.toContain(title);
  });

  it('never removes a paragraph of prose, whatever roles, labels, forms and figures stand around it', () => {
    const box = fc.constantFrom(
      '<div class="css-1a2b3c" role="dialog"><p>ตกลงตามนี้</p><button>ปิด</button></div>',
      '<div role="navigation"><a href="/a">หน้าถัดไป</a></div>',
      '<div aria-modal="true"><p>โปรดเลือกภาษา</p></div>',
      '<div aria-label="Share"><a href="/s">ส่งให้เพื่อน</a></div>',
      '<form><label>อีเมลของคุณ</label><input></form>',
      '<figure><img src="a.jpg"><span>© สำนักภาพตัวอย่าง</span><figcaption>แผงผักริมคลอง</figcaption></figure>',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(P1, P2, P3), fc.option(box, { nil: undefined })), { minLength: 1, maxLength: 6 }), (pieces) => {
        const inside = pieces.map(([p, b]) => `<p>${p}</p>${b ?? ''}`).join('');
        expect(kept(page(inside)).filter((l) => [P1, P2, P3].includes(l))).toEqual(pieces.map(([p]) => p));
      }),
      { numRuns: 60 },
    );
  });

  it('never removes a paragraph of prose, whatever boxes of chrome stand around it', () => {
    const word = fc.constantFrom(
      'share',
      'follow',
      'related',
      'ads',
      'meta',
      'source',
      'video',
      'tags',
      'comment',
      'sidebar',
      'donate',
      'newsletter',
      'reporter',
    );
    const part = fc.constantFrom('', '-box', '__label', '-bar', '-title', 'Wrap');
    const box = fc.record({
      prefix: fc.constantFrom('', 'news-', 'bi-', 'td-'),
      word,
      part,
      text: fc.constantFrom('ร่วมเป็นเพื่อนกับเรา', 'พื้นที่พิเศษ', 'แสดงทั้งหมด', 'ส่งต่อ'),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(P1, P2, P3), fc.option(box, { nil: undefined })), { minLength: 1, maxLength: 6 }), (pieces) => {
        const inside = pieces.map(([p, b]) => `<p>${p}</p>${b ? `<div class="${b.prefix}${b.word}${b.part}">${b.text}</div>` : ''}`).join('');
        expect(kept(page(inside)).filter((l) => [P1, P2, P3].includes(l))).toEqual(pieces.map(([p]) => p));
      }),
      { numRuns: 60 },
    );
  });
});
