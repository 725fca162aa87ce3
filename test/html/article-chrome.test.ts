import { captionWithoutCredit, chromeRule } from '../../src/clean/chrome-lines.js';
import { findArticleChrome } from '../../src/html/article-chrome.js';
import { blockLines } from '../../src/html/block-lines.js';
import { loadArticleExtractor, type ArticleExtractor } from '../../src/html/extract-article.js';
import { parseHtml } from '../../src/html/parse-html.js';

let extract: ArticleExtractor;
beforeAll(async () => {
  extract = await loadArticleExtractor();
});

const HEADLINE = 'กรมชลประทานเร่งระบายน้ำ รับมือฝนตกหนัก';
const P1 = 'กรมชลประทานสั่งการให้โครงการชลประทานทุกแห่งเร่งพร่องน้ำในอ่างเก็บน้ำขนาดใหญ่ เพื่อรองรับปริมาณฝนที่คาดว่าจะตกหนักต่อเนื่องในสัปดาห์หน้า';
const P2 = 'อธิบดีกรมชลประทานกล่าวว่า ได้ติดตั้งเครื่องสูบน้ำเพิ่มเติมในพื้นที่เสี่ยงน้ำท่วมซ้ำซาก และให้เจ้าหน้าที่เฝ้าระวังตลอดยี่สิบสี่ชั่วโมง';
const P3 = 'ประชาชนที่ได้รับผลกระทบสามารถแจ้งเหตุผ่านสายด่วนของกรมได้ตลอดเวลา โดยเจ้าหน้าที่จะประสานหน่วยงานในพื้นที่เข้าช่วยเหลือทันที';

function article(inside: string): string {
  return `<html><head><title>${HEADLINE}</title></head><body><nav><a href="/">หน้าแรก</a></nav><article><h1>${HEADLINE}</h1>${inside}</article><footer>© 2024 ข่าวดี</footer></body></html>`;
}

function removed(html: string): Record<string, string> {
  const { report } = extract(html, { report: true });
  return Object.fromEntries(report!.lines.filter((l) => l.removedBy && l.removedBy !== 'outside the article').map((l) => [l.text, l.removedBy!]));
}

describe('chromeRule', () => {
  it.each([
    ['เรื่องที่เกี่ยวข้อง', 'related-heading'],
    ['อ่านข่าวที่เกี่ยวข้อง', 'related-heading'],
    ['Related Articles', 'related-heading'],
    ['แท็ก', 'tags-heading'],
    ['Tags: การเมือง, เลือกตั้ง', 'tags-heading'],
    ['อ่านข่าว : เตือนทั่วไทยฝนตกหนักบางแห่ง', 'read-also'],
    ['ติดตามประชาไทอัพเดท ได้ที่:', 'follow'],
    ['เฟซบุ๊ก https://fb.me/example', 'follow'],
    ['LINE ไอดี = @example', 'follow'],
    ['Twitter: @example', 'follow'],
    ['ติดตามข่าวด่วน ทันเหตุการณ์ คลิกที่นี่!!', 'follow'],
    ['กดติดตาม “ทีวีพูล”', 'follow'],
    ['แชร์ข่าว', 'share'],
    ['ADVERTISMENT', 'advertising'],
    ['Advertisement', 'advertising'],
    ['Video Player is loading.', 'player'],
    ['Current Time 0:00', 'player'],
    ['Duration 5:56', 'player'],
    ['Remaining Time -5:56', 'player'],
    ['0:23', 'player'],
    ['ภาพที่ 1 จาก 12', 'gallery'],
    ['1 / 12', 'gallery'],
    ['เข้าชม 17 ครั้ง', 'counter'],
    ['Printer-friendly version', 'print'],
    ['เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีในการใช้งาน', 'cookie'],
    ['ข่าวในหมวด ประเด็นเด็ด 7 สี', 'section-label'],
    ['อ่านข่าวเพิ่มเติม', 'related-heading'],
    ['คลิปข่าว : ตำรวจสกัดรถขนของเถื่อนกลางดึก', 'read-also'],
    ['LIVE : ประชุมสภาพิจารณางบประมาณ', 'read-also'],
    ['ไม่พลาดทุกข่าวสำคัญ กดติดตามเราได้ทุกช่องทาง', 'follow'],
    ['อนุญาตให้แสดงเนื้อหาจาก X?', 'embed'],
    ['คำเตือน: เนื้อหาจากบุคคลที่สามอาจมีโฆษณา', 'embed'],
    ['สิ้นสุดเนื้อหาจาก X, 1', 'embed'],
    ['ที่มาของภาพ, Getty Images', 'embed'],
    ['ข้อมูลเกี่ยวกับบทความ', 'skip-link'],
    ['กลับหน้าแรก', 'skip-link'],
    ['ข่าวอื่นๆ ในหมวดนี้', 'related-heading'],
    ['คลิกอ่านต่อ', 'read-also'],
    ['อ่านต่อหน้า 2', 'read-also'],
    ['ชมคลิป', 'read-also'],
    ['Google News', 'follow'],
    ['ส่งข่าวได้ที่ LINE @example', 'follow'],
    ['ส่งข่าวสาร ร้องเรียน ได้ที่ อีเมล news@example.com', 'follow'],
    ['Like this:', 'share'],
    ['สนับสนุนเนื้อหา', 'advertising'],
    ['ข่าวประชาสัมพันธ์', 'advertising'],
    ['ภาพประกอบข่าว', 'gallery'],
    ['(ภาพประกอบ)', 'gallery'],
    ['อ่าน 3 นาที', 'counter'],
    ['5 min read', 'counter'],
    ['ฟังข่าว', 'reader-tools'],
    ['ขนาดตัวอักษร', 'reader-tools'],
    ['อัปเดตล่าสุด 4 มี.ค. 2568 11:02 น.', 'updated'],
    ['ภาพ : เพจ สโมสรฟุตบอลตัวอย่าง', 'credit'],
    ['ภาพจาก Facebook ร้านกาแฟตัวอย่าง', 'credit'],
    ['ภาพประกอบการนำเสนอข่าวจาก Freepik', 'credit'],
    ['ที่มา – บริษัท ตัวอย่าง จำกัด', 'credit'],
    ['Photo: Reuters', 'credit'],
    ['อ่านประกอบ:', 'related-heading'],
    ['รายการ: ข่าวเช้าวันใหม่', 'section-label'],
    [`เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อมอบประสบการณ์ที่ดีในการเยี่ยมชมเว็บไซต์ ${'เมื่อท่านใช้งานเว็บไซต์ต่อ ถือว่าท่านยินยอมให้มีการใช้คุกกี้ตามนโยบายคุกกี้ของเรา '.repeat(2)}ยอมรับ`, 'cookie'],
    ['Updated: June 20, 2019', 'updated'],
    ['แก้ไขล่าสุด 02 ธ.ค. 2568 | 12:05 น.', 'updated'],
  ])('%s is %s', (line, rule) => {
    expect(chromeRule(line)).toBe(rule);
  });

  it.each([
    [P1],
    ['ติดตามสถานการณ์น้ำอย่างใกล้ชิด'],
    ['เวลา 10.30 น. ที่ประชุมเริ่มขึ้น'],
    ['ทีมชาติไทยเอาไงดี?'],
    ['วิธีป้องกันตัวเอง'],
    ['ผู้ว่าฯ เยี่ยมผู้ประสบภัย'],
    ['คลิปดังกล่าวถูกแชร์ต่อกันอย่างกว้างขวาง'],
    ['ประชาชนกดติดตามเพจของจังหวัดเพิ่มขึ้นกว่าเท่าตัวในช่วงน้ำท่วม'],
    ['End of the season'],
    ['แก้ไขปัญหาน้ำท่วม 3 จังหวัด'],
    ['อัปเดตสถานการณ์ฝุ่น PM2.5 วันนี้'],
    ['ส่งข่าวดีถึงเกษตรกรทั่วประเทศ'],
    ['ส่งข่าวให้ครอบครัวทางไลน์ว่าปลอดภัยดี'],
    ['ภาพจากกล้องวงจรปิดเผยให้เห็นคนร้ายสองคน'],
    ['ที่มาจากการประชุมครั้งนี้'],
    ['ขอบคุณข้อมูลจาก อินสตาแกรม ตัวอย่าง'],
    ['ขอบคุณข้อมูลจาก : กรมตัวอย่าง'],
    [`บริษัทแจ้งว่าสงวนลิขสิทธิ์ในเครื่องหมายการค้าทั้งหมด ${'และจะดำเนินคดีกับผู้ที่นำชื่อไปใช้โดยไม่ได้รับอนุญาตทุกราย '.repeat(3)}`],
    [`เราใช้คุกกี้เนยสดที่อบใหม่ทุกเช้า ${'ลูกค้าประจำบอกว่ารสชาติหอมมันกว่าร้านอื่นในย่านเดียวกัน '.repeat(3)}`],
    ['ฟังข่าวแล้วตกใจ'],
    ['ภาพประกอบสวยงามมาก'],
    ['ภาพโดยรวมของเศรษฐกิจไทยยังทรงตัว'],
    ['ขอบคุณภาพยนตร์เรื่องนี้ที่ทำให้คนหันมาสนใจ'],
    ['อ่านต่อไปจะเข้าใจ'],
    // prose with the words of the calls above
    ['แชร์ข่าวนี้ต่อกันในกลุ่มไลน์ของหมู่บ้าน'],
    ['ส่งต่อให้โรงพยาบาลจังหวัดรักษาต่อ'],
    ['ส่งต่อการให้ที่งดงามแก่ผู้ป่วย'],
    ['บริษัทยังลงโฆษณาในเว็บไซต์ของตนโดยใช้ตราสัญลักษณ์ของหน่วยงานรัฐ'],
    ['สมาชิกสมัครรับสิทธิ์ได้ที่สำนักงานเขต'],
    ['ผลตรวจจะส่งตรงถึงโรงพยาบาลภายในสามวัน'],
    ['เสียงต้นฉบับของเพลงนี้บันทึกไว้เมื่อสี่สิบปีก่อน'],
    ['กรุณาติดต่อสำนักงานเขตในวันและเวลาราชการ'],
    ['3 ปีที่ผ่านมา'],
    ['2 ชั่วโมงที่แล้วมีฝนตกหนักในเขตบางนา'],
    ['ผู้ชมกว่า 3,000 คนร่วมชมคอนเสิร์ต'],
  ])('%s is not chrome', (line) => {
    expect(chromeRule(line)).toBeNull();
  });
});

describe('chrome that Readability keeps inside the article', () => {
  it('a related-articles heading and its links; links trailing the article (tags)', () => {
    const html = article(
      `<p>${P1}</p><p>${P2}</p><p><strong>เรื่องที่เกี่ยวข้อง</strong><br><a href="/1">ฝนถล่มเชียงใหม่ น้ำป่าไหลหลาก</a><br><a href="/2">เตือนภัยดินโคลนถล่ม 5 จังหวัด</a></p>` +
        `<div class="tags"><a href="/t/1">น้ำท่วม</a> <a href="/t/2">กรมชลประทาน</a></div>`,
    );
    const { text } = extract(html);
    expect(text).toBe(`${P1}\n${P2}`);
    expect(removed(html)).toMatchObject({
      เรื่องที่เกี่ยวข้อง: 'related-heading',
      'ฝนถล่มเชียงใหม่ น้ำป่าไหลหลาก': 'link-list',
      'เตือนภัยดินโคลนถล่ม 5 จังหวัด': 'link-list',
    });
  });

  it("a line of hashtags is the page's tags; a hashtag inside prose stays", () => {
    const html = article(`<p>${P1}</p><p>${P2} #น้ำท่วม</p><p><a href="/t/1">#น้ำท่วม</a> <a href="/t/2">#กรมชลประทาน</a></p><p>#ฝนตกหนัก</p>`);
    expect(extract(html).text).toBe(`${P1}\n${P2} #น้ำท่วม`);
    expect(removed(html)).toEqual({ [HEADLINE]: 'headline', '#น้ำท่วม #กรมชลประทาน': 'hashtags', '#ฝนตกหนัก': 'hashtags' });
    // as many Thai letters as a paragraph, and still tags
    const long = '#ท้องถิ่นไทย #งบประมาณแผ่นดิน #กรมส่งเสริมการปกครองท้องถิ่น #ข่าวท้องถิ่นทั่วประเทศ';
    expect(extract(article(`<p>${P1}</p><p>${P2}</p><p>${long}</p>`)).text).toBe(`${P1}\n${P2}`);
  });

  it('follow, share, print, advertising and "read also" lines, wherever they stand', () => {
    const html = article(
      `<p>${P1}</p><div class="ad-label">ADVERTISMENT</div><p>${P2}</p><p>อ่านข่าว : <a href="/x">เตือนภัยดินโคลนถล่ม 5 จังหวัด</a></p><p>${P3}</p>` +
        `<div>ติดตามข่าวด่วน ทันเหตุการณ์ คลิกที่นี่!!</div><div>ติดตามข่าวดีอัพเดท ได้ที่:<br>เฟซบุ๊ก https://fb.me/example<br>LINE ไอดี = @example</div><a href="/print">Printer-friendly version</a>`,
    );
    expect(extract(html).text).toBe(`${P1}\n${P2}\n${P3}`);
  });

  it('a video player, by its markup and by its words, so that its clock never becomes a time of day', () => {
    const player =
      '<div class="video-js vjs-default-skin"><video src="a.mp4"></video><div class="vjs-loading-spinner"><span class="vjs-control-text">Video Player is loading.</span></div>' +
      '<div class="vjs-control-bar"><div class="vjs-current-time"><span class="vjs-control-text">Current Time </span>0:23</div><div class="vjs-duration"><span>Duration </span>5:56</div></div></div>';
    const bare =
      '<div>Video Player is loading.</div><div>Current Time</div><div>0:23</div><div>/</div><div>Duration</div><div>5:56</div><div>Remaining Time -5:56</div>';
    expect(extract(article(`<p>${P1}</p>${player}<p>${P2}</p>`)).text).toBe(`${P1}\n${P2}`);
    expect(extract(article(`<p>${P1}</p>${bare}<p>${P2}</p>`)).text).toBe(`${P1}\n${P2}`);
  });

  it("an embedded video's box, with the other clip's title and its play button", () => {
    const box =
      '<div class="embed-video"><div class="embed-video__placeholder" data-youtube-id="x"><span class="embed-video__title">ไฮไลต์ฟุตบอลนัดเมื่อคืน ทีมเยือนชนะ 3-1</span>' +
      '<button aria-label="เล่นวิดีโอ">▶</button></div></div>';
    expect(extract(article(`<p>${P1}</p>${box}<p>${P2}</p>`)).text).toBe(`${P1}\n${P2}`);
  });

  it("an embedded social post, by the network's embed code: its account, words, hashtags and sound", () => {
    const tiktok =
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@khun.yai/video/712345" data-video-id="712345"><section>' +
      '<a href="https://www.tiktok.com/@khun.yai">@khun.yai</a> ยายสอนหลานทำขนมครกสูตรโบราณ ใครเคยกินแบบนี้บ้าง บอกหน่อยนะว่าอร่อยแค่ไหน <a href="/tag/ขนมครก">#ขนมครก</a> ' +
      '<a href="#">♫ original sound - khun.yai</a></section></blockquote>';
    const tweet =
      '<blockquote class="twitter-tweet"><p lang="th">ขอบคุณทุกกำลังใจที่ส่งมาให้ทีมงานตลอดทั้งคืน พรุ่งนี้เราจะลงพื้นที่ช่วยชาวบ้านอีกครั้งแต่เช้า ' +
      '<a href="https://t.co/x">pic.x.com/x</a></p>— ทีมกู้ภัย (@rescue_team) <a href="https://x.com/rescue_team/status/1">March 3, 2024</a></blockquote>';
    const facebook =
      '<div class="fb-post" data-href="https://www.facebook.com/page/posts/1"><blockquote cite="https://www.facebook.com/page/posts/1" class="fb-xfbml-parse-ignore">' +
      '<p>ประกาศปิดถนนชั่วคราวบริเวณหน้าตลาดเทศบาล ตั้งแต่เวลาหกโมงเช้าถึงเที่ยงวัน เพื่อซ่อมท่อประปาที่แตก ขออภัยในความไม่สะดวก</p></blockquote></div>';
    // an embed code's attribute, without the network's class
    const cited = `<blockquote data-instgrm-permalink="https://www.instagram.com/p/Cx1/"><p>วันนี้ได้กลับบ้านเกิดครั้งแรกในรอบสิบปี ดีใจที่ได้เจอทุกคนอีกครั้ง</p></blockquote>`;
    for (const embed of [tiktok, tweet, facebook, cited])
      expect(extract(article(`<p>${P1}</p><p>${P2}</p>${embed}<p>${P3}</p>`)).text).toBe(`${P1}\n${P2}\n${P3}`);
    expect(removed(article(`<p>${P1}</p><p>${P2}</p>${tiktok}<p>${P3}</p>`))).toMatchObject({
      '@khun.yai ยายสอนหลานทำขนมครกสูตรโบราณ ใครเคยกินแบบนี้บ้าง บอกหน่อยนะว่าอร่อยแค่ไหน #ขนมครก ♫ original sound - khun.yai': 'embed',
    });
  });

  it("a quotation of the story's own stays: a blockquote that cites no post, a pull quote", () => {
    const quote = 'ถ้าเด็ก ๆ ยังอยากฟังเพลงของเรา ยายก็ยังอยากร้องต่อไปจนกว่าจะร้องไม่ไหว เพราะเพลงคือชีวิตของยายทั้งชีวิต';
    for (const block of [
      `<blockquote><p>${quote}</p></blockquote>`,
      `<blockquote cite="https://www.example.org/speech"><p>${quote}</p></blockquote>`,
      // the site's own quotation of a post the story reports
      `<blockquote cite="https://www.facebook.com/khunyai/posts/1"><p>${quote}</p></blockquote>`,
      `<blockquote class="wp-block-quote is-style-large"><p>${quote}</p></blockquote>`,
    ])
      expect(extract(article(`<p>${P1}</p>${block}<p>${P2}</p>`)).text).toBe(`${P1}\n${quote}\n${P2}`);
  });

  it('a caption that repeats the body goes; one that says something else stays', () => {
    const html = article(
      `<figure><img src="a.jpg"><figcaption>อธิบดีกรมชลประทานกล่าวว่า ได้ติดตั้งเครื่องสูบน้ำเพิ่มเติม</figcaption></figure><p>${P1}</p><p>${P2}</p>` +
        '<figure><img src="b.jpg"><figcaption>เครื่องสูบน้ำขนาดใหญ่ที่ประตูระบายน้ำบางโฉมศรี</figcaption></figure>' +
        `<p>${P3}</p><div class="gallery-count">1 / 12</div>`,
    );
    expect(extract(html).text).toBe(`${P1}\n${P2}\nเครื่องสูบน้ำขนาดใหญ่ที่ประตูระบายน้ำบางโฉมศรี\n${P3}`);
  });

  it('keeps a short subheading and a closing sign-off', () => {
    const html = article(`<p>${P1}</p><h2>มาตรการระยะยาว</h2><p>${P2}</p><p>${P3}</p><p>ทีมข่าวภูมิภาค รายงาน</p>`);
    expect(extract(html).text).toBe(`${P1}\nมาตรการระยะยาว\n${P2}\n${P3}\nทีมข่าวภูมิภาค รายงาน`);
  });

  it('text hidden from readers is never text', () => {
    const html = article(`<p>${P1}</p><a href="/x" style="display:block; text-indent:-5000px">ThisAble.me</a><p hidden>ซ่อนไว้</p><p>${P2}</p>`);
    expect(extract(html).text).toBe(`${P1}\n${P2}`);
  });
});

describe('more chrome vocabulary of real pages', () => {
  it.each([
    ['ข่าวที่น่าสนใจ', 'related-heading'],
    ['ข่าวอื่นที่น่าสนใจ', 'related-heading'],
    ['บทความก่อนหน้านี้', 'related-heading'],
    ['Top Stories', 'related-heading'],
    ['คำที่เกี่ยวข้อง', 'tags-heading'],
    ['อ่านข่าวต้นฉบับได้ที่ : https://example.com/a', 'read-also'],
    ['Comments (3)', 'counter'],
    ['View this post on Instagram', 'embed'],
    ['A post shared by ข่าวดี (@khaodee)', 'embed'],
    ['— สมชาย ใจดี (@somchai) January 21, 2019', 'embed'],
    ['pic.twitter.com/AbC123xyz', 'embed'],
    ['ดูโพสต์นี้ใน Instagram', 'embed'],
    ['♫ original sound - khun.yai', 'embed'],
    ['เสียงต้นฉบับ - ร้านป้าแดง', 'embed'],
    ['แชร์ข่าวนี้', 'share'],
    ['แชร์บทความนี้', 'share'],
    ['แชร์ข่าวนี้ให้เพื่อน', 'share'],
    ['Share on Facebook', 'share'],
    ['แชร์ทาง LINE', 'share'],
    ['ส่งต่อทาง LINE', 'share'],
    ['ส่งไลน์', 'share'],
    ['Copy URL', 'share'],
    ['คัดลอก URL', 'share'],
    ['- Advertisement -', 'advertising'],
    ['— โฆษณา —', 'advertising'],
    ['Advertise with us', 'advertising'],
    ['ติดต่อลงโฆษณา', 'advertising'],
    ['สมัครรับจดหมายข่าวจากข่าวดีทุกสัปดาห์', 'follow'],
    ['Subscribe to our newsletter', 'follow'],
    ['Subscribe Newsletter', 'follow'],
    ['รับสรุปข่าวเศรษฐกิจและการลงทุน ส่งตรงถึงอีเมลทุกเช้า', 'follow'],
    ['ผู้ชม 1,204 ครั้ง', 'counter'],
    ['ยอดเข้าชม 862', 'counter'],
    ['2 ชั่วโมงที่แล้ว', 'counter'],
    ['15 นาทีที่แล้ว', 'counter'],
    ['3 hours ago', 'counter'],
    ['Please enter your comment!', 'comment-form'],
    ['Log in or register to post comments', 'comment-form'],
    ['You must be logged in to post a comment.', 'comment-form'],
    ['กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น', 'comment-form'],
    ['ภาพโดย : นายสมชาย ใจดี', 'credit'],
    ['ภาพโดย นายสมชาย ใจดี, นางสาวสมศรี ดีใจ', 'credit'],
    ['Photo by Somchai Jaidee', 'credit'],
    ['Photo by กลุ่มประชาสัมพันธ์ สำนักงานตัวอย่าง', 'credit'],
    ['Photograph courtesy of the ministry', 'credit'],
    ['เครดิตภาพ เพจ ตลาดริมคลอง', 'credit'],
    ['ขอบคุณภาพ สำนักงานเขต', 'credit'],
    // the label with its `จาก` before the colon, and thanks for the pictures with the information
    ['ขอบคุณภาพจาก : IG example.page', 'credit'],
    ['ภาพจาก : สำนักข่าวตัวอย่าง', 'credit'],
    ['ขอบคุณข้อมูลและภาพ : กรมตัวอย่าง', 'credit'],
    ['ขอบคุณข้อมูลและภาพถ่าย: กรมตัวอย่าง', 'credit'],
    // a copyright notice as long as a paragraph
    [`สงวนลิขสิทธิ์ © บริษัท ข่าวดี จำกัด ${'ห้ามนำข้อความข่าว ภาพ และเนื้อหาส่วนหนึ่งส่วนใดไปเผยแพร่ซ้ำโดยไม่ได้รับอนุญาตเป็นลายลักษณ์อักษร '.repeat(2)}`, 'copyright'],
  ])('%s is %s', (line, rule) => {
    expect(chromeRule(line)).toBe(rule);
  });

  it('JSON-LD written with character references gives the headline as read', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"ฝนตกหนัก &#8211; น้ำท่วมขัง","datePublished":"2024-07-09"}</script></head><body><p>${P1}</p></body></html>`;
    expect(extract(html).title).toBe('ฝนตกหนัก – น้ำท่วมขัง');
  });
});

describe("a picture's credit and a link to the site's own page", () => {
  it.each([
    ['ป้ายหาเสียงของผู้สมัครริมถนนสายหลัก (ภาพ : สำนักข่าวตัวอย่าง)', 'ป้ายหาเสียงของผู้สมัครริมถนนสายหลัก'],
    ['ผู้ประท้วงรวมตัวหน้าทำเนียบรัฐบาล (Photo: AFP)', 'ผู้ประท้วงรวมตัวหน้าทำเนียบรัฐบาล'],
    ['ของกลางที่ตรวจยึดได้ [ภาพจาก เพจ สถานีตำรวจตัวอย่าง]', 'ของกลางที่ตรวจยึดได้'],
    ['ชาวบ้านช่วยกันกรอกกระสอบทราย | ภาพ: ทีมข่าวภูมิภาค', 'ชาวบ้านช่วยกันกรอกกระสอบทราย'],
    ['ทีมงานถ่ายภาพร่วมกันหลังการแข่งขัน – Photo by Somchai J.', 'ทีมงานถ่ายภาพร่วมกันหลังการแข่งขัน'],
    ['บรรยากาศตลาดนัดริมคลอง เครดิตภาพ: เพจตลาด', 'บรรยากาศตลาดนัดริมคลอง'],
  ])('%s loses its credit', (caption, shown) => {
    expect(captionWithoutCredit(caption)).toBe(shown);
  });

  it.each([
    ['ยอดส่งออกรายเดือนของไทย (ที่มา: กระทรวงพาณิชย์)'],
    ['ภาพ: สำนักข่าวตัวอย่าง'],
    ['นักท่องเที่ยวถ่ายภาพริมทะเลยามเย็น'],
    ['ภาพโดยรวมของงานเทศกาลปีนี้'],
    ['ภาพถ่ายดาวเทียมแสดงพื้นที่น้ำท่วม (ภาพถ่ายเมื่อวันที่ 3 ตุลาคม)'],
  ])('%s stays whole', (caption) => {
    expect(captionWithoutCredit(caption)).toBe(caption);
  });

  it("a caption stays without its picture's credit; a paragraph ending with one is prose and stays whole", () => {
    const paragraph = `${P3} (ภาพ: กรมชลประทาน)`;
    const html = article(
      `<p>${P1}</p><figure><img src="a.jpg"><figcaption>เจ้าหน้าที่ติดตั้งเครื่องสูบน้ำริมคลอง (ภาพ : สำนักงานจังหวัด)</figcaption></figure><p>${P2}</p><p>${paragraph}</p>`,
    );
    expect(extract(html).text).toBe(`${P1}\nเจ้าหน้าที่ติดตั้งเครื่องสูบน้ำริมคลอง\n${P2}\n${paragraph}`);
    // the inspector shows the caption kept and its credit removed
    const { report } = extract(html, { report: true });
    expect(report!.lines).toContainEqual({ text: 'เจ้าหน้าที่ติดตั้งเครื่องสูบน้ำริมคลอง' });
    expect(report!.lines).toContainEqual({ text: '(ภาพ : สำนักงานจังหวัด)', removedBy: 'caption-credit' });
  });

  it('a link to another page of the site on its own line among the paragraphs goes, whatever its label; a link out to a source stays', () => {
    const other = 'กรมอุตุฯ เตือนฝนตกหนักถึงหนักมาก 20 จังหวัด';
    const html = article(
      `<p>${P1}</p><p><strong>อ่านเพิ่มเติม</strong> <a href="/news/4412">${other}</a></p><p>${P2}</p>` +
        `<p><a href="https://www.example.go.th/forms/flood.pdf">แบบคำร้องขอรับความช่วยเหลือ</a></p><p>${P3}</p>` +
        `<p><a href="/files/prakat-2567.pdf">ประกาศกรมฉบับเต็ม</a></p><p>${P2}</p>` +
        `<p><a href="https://khaodee.example/news/4410">${other} ฉบับที่สอง</a></p><p>${P1}</p>`,
    ).replace('</head>', '<link rel="canonical" href="https://www.khaodee.example/news/4413"></head>');
    expect(removed(html)).toMatchObject({ [`อ่านเพิ่มเติม ${other}`]: 'site-link', [`${other} ฉบับที่สอง`]: 'site-link' });
    expect(extract(html).text).toBe(`${P1}\n${P2}\nแบบคำร้องขอรับความช่วยเหลือ\n${P3}\nประกาศกรมฉบับเต็ม\n${P2}\n${P1}`);
  });
});

describe('a date alone between paragraphs', () => {
  it('stays: it is the article’s own, not its byline', () => {
    const html = article(`<p>21 ม.ค. 2562</p><p>${P1}</p><h3>5 กุมภาพันธ์ 2562</h3><p>${P2}</p>`);
    const page = extract(html);
    expect(page.text).toBe(`${P1}\n5 กุมภาพันธ์ 2562\n${P2}`);
    expect(page.published).toBe('2019-01-21');
  });

  it('goes when it is the publication day the metadata gives, under a standfirst long enough for prose; a timeline’s dates stay', () => {
    const standfirst = 'จากคลิปสั้นไม่ถึงหนึ่งนาทีของหลานสาว สู่การกลับขึ้นเวทีใหญ่ครั้งแรกในรอบยี่สิบปีของหมอลำรุ่นใหญ่';
    const page = (inside: string) => article(inside).replace('</head>', '<meta property="article:published_time" content="2022-09-01T15:30:00+07:00"></head>');
    // the page's date line under the standfirst
    expect(extract(page(`<p>${standfirst}</p><div class="date">01 ก.ย. 2565</div><p>${P1}</p><p>${P2}</p>`)).text).toBe(`${standfirst}\n${P1}\n${P2}`);
    // another day there is the article's own; the publication day further down, a timeline's last step
    expect(extract(page(`<p>${standfirst}</p><h3>28 ส.ค. 2565</h3><p>${P1}</p><p>${P2}</p>`)).text).toBe(`${standfirst}\n28 ส.ค. 2565\n${P1}\n${P2}`);
    expect(extract(page(`<p>${standfirst}</p><p>${P1}</p><h3>1 กันยายน 2565</h3><p>${P2}</p>`)).text).toBe(`${standfirst}\n${P1}\n1 กันยายน 2565\n${P2}`);
  });

  it('goes with a reading time, a counter or a section after its time: the page’s date line, under a standfirst long enough for prose', () => {
    const standfirst = 'จากคลิปสั้นไม่ถึงหนึ่งนาทีของหลานสาว สู่การกลับขึ้นเวทีใหญ่ครั้งแรกในรอบยี่สิบปีของหมอลำรุ่นใหญ่';
    for (const meta of [
      '<span>01 ก.ย. 2565</span> <span>อ่าน 5 นาที</span>',
      '<span>14 พฤษภาคม 2568 เวลา 18:32 น.</span> <span>ข่าวหุ้น</span> <span>ผู้เข้าชม 862 คน</span>',
    ]) {
      const page = extract(article(`<p class="excerpt">${standfirst}</p><div class="meta">${meta}</div><p>${P1}</p><p>${P2}</p>`));
      expect(page.text).toBe(`${standfirst}\n${P1}\n${P2}`);
    }
  });
});

describe('after the article', () => {
  it('a copyright notice as long as a paragraph goes, and the signature above it is the author line', () => {
    const notice = 'สงวนลิขสิทธิ์ © บริษัท ข่าวดี จำกัด ห้ามนำข้อความข่าวไปเผยแพร่ซ้ำหรือดัดแปลงโดยไม่ได้รับอนุญาตเป็นลายลักษณ์อักษรจากบริษัท';
    const html = article(
      `<div class="news-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p><div class="news-editor">โดย สมชาย ใจดี อีเมล: news@khaodee.example</div></div><div class="note">${notice}</div>`,
    );
    expect(extract(html)).toMatchObject({ text: `${P1}\n${P2}\n${P3}`, author: 'สมชาย ใจดี อีเมล: news@khaodee.example' });
  });

  it("a heading of other articles whose list the reader took out begins the page's tail: what follows outside the paragraphs' box goes", () => {
    // the lines as a reader leaves them of a page laid out in a table: the heading kept, its links taken out
    const { document } = parseHtml(
      `<table><tr><td class="detail"><font>${P1}<br><br>${P2}<br><br>${P3}</font></td></tr><tr><td class="boxhead">ข่าวอื่นๆ ในหมวดเดียวกัน</td></tr>` +
        `<tr><td><font size="2">ความคิดเห็นเป็นของผู้อ่าน ไม่เกี่ยวข้องกับกองบรรณาธิการ</font></td></tr></table>`,
    );
    const { verdicts } = findArticleChrome(blockLines(document.body!), { siteNames: [] });
    expect(verdicts.map((v) => [v.line.text, v.removedBy])).toEqual([
      [P1, undefined],
      [P2, undefined],
      [P3, undefined],
      ['ข่าวอื่นๆ ในหมวดเดียวกัน', 'related-heading'],
      ['ความคิดเห็นเป็นของผู้อ่าน ไม่เกี่ยวข้องกับกองบรรณาธิการ', 'after-article'],
    ]);
  });

  it("a closing line in the paragraphs' own box stays, after a list of other articles among them", () => {
    const html = article(
      `<div class="detail"><p>${P1}</p><p>${P2}</p><p><strong>อ่านข่าวที่เกี่ยวข้อง</strong></p><ul><li><a href="/n/1">กรมอุตุฯ เตือนฝนตกหนักถึงหนักมาก 20 จังหวัด</a></li><li><a href="/n/2">ชลประทานเร่งพร่องน้ำเขื่อนใหญ่</a></li></ul><p>ขอบคุณข้อมูลจาก กรมชลประทาน</p></div>`,
    );
    expect(extract(html).text).toBe(`${P1}\n${P2}\nขอบคุณข้อมูลจาก กรมชลประทาน`);
  });

  it('a credit of the pictures goes wherever it is labelled so; thanks for the information alone stays', () => {
    const html = article(`<p>${P1}</p><p>${P2}</p><p><em>ขอบคุณภาพจาก : IG example.page</em></p><p>ขอบคุณข้อมูลจาก : กรมชลประทาน</p>`);
    expect(extract(html).text).toBe(`${P1}\n${P2}\nขอบคุณข้อมูลจาก : กรมชลประทาน`);
  });
});
