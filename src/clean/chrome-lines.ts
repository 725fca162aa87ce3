/**
 * Lines that are site chrome by what they say, in Thai and English, whatever the site: the
 * heading of a related-articles block, a follow-us or share line, an advertising label, a media
 * player's controls, a photo-gallery counter, a view counter, a tag-list label, a "read also"
 * link line, a reading time, a "last updated" line, the page's reading tools (listen, letter
 * size), a copyright, cookie or print line. Each rule matches a whole short line, so prose
 * that merely mentions these words is never touched. Both the HTML reader and `clean` use them.
 */
import { readBylineDate, UPDATE_LABEL } from './byline-date.js';
import { vocabularyRulesOn } from './vocabulary-switch.js';

/** Why a line is chrome; the names show in `thai-extract inspect`. */
export type ChromeRule =
  | 'related-heading'
  | 'tags-heading'
  | 'read-also'
  | 'follow'
  | 'share'
  | 'advertising'
  | 'player'
  | 'gallery'
  | 'counter'
  | 'copyright'
  | 'cookie'
  | 'print'
  | 'donation'
  | 'skip-link'
  | 'comment-form'
  | 'section-label'
  | 'embed'
  | 'updated'
  | 'credit'
  | 'reader-tools';

/** Lines longer than this are prose whatever words they use, but for a cookie banner. */
const MAX_CHROME_LINE = 160;
const MAX_COOKIE_BANNER = 600;
/** A cookie banner opens by saying so: `เว็บไซต์นี้มีการใช้งานคุกกี้ …`, `เราใช้คุกกี้ …`, `This website uses cookies …`. */
const COOKIE_BANNER = /^(?:เว็บไซต์(?:นี้|ของเรา)?|เรา|(?:this|our) (?:web)?site|we)\S{0,20}\s?.{0,30}?(?:คุกกี้|cookies?)/i;

/** Headings that open a block of links to other articles. */
const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      '(?:อ่าน)?(?:ข่าว|เรื่อง|บทความ|เนื้อหา|คลิป)(?:ที่)?เกี่ยวข้อง',
      'ที่เกี่ยวข้อง',
      '(?:ข่าว|เรื่อง|บทความ|คลิป)(?:อื่นๆ|อื่น ๆ|อื่น)?(?:ที่)?(?:คุณ)?(?:อาจ)?(?:แนะนำ|น่าสนใจ|สนใจ|ยอดนิยม|ล่าสุด|เด่น(?:ประจำวัน)?|อื่นๆ|อื่น ๆ|อื่น)',
      '(?:ข่าว|บทความ|เรื่อง)(?:ก่อนหน้า(?:นี้)?|ถัดไป)',
      // `ข่าวอื่นๆ ในหมวดนี้`, `บทความในหมวดเดียวกัน`
      '(?:ข่าว|เรื่อง|บทความ)(?:อื่นๆ|อื่น ๆ|อื่น)?\\s*ใน(?:หมวด(?:หมู่)?|หัวข้อ)(?:นี้|เดียวกัน)',
      'อ่าน(?:ข่าว|เรื่อง|บทความ)?(?:อื่นๆ|อื่น ๆ|อื่น)',
      'อ่าน(?:ข่าว|เรื่อง|บทความ)?เพิ่มเติม',
      // `อ่านประกอบ:` (read alongside), the investigative sites' list of their earlier stories
      'อ่านประกอบ',
      'อ่านต่อ',
      'คุณอาจ(?:สนใจ|ชอบ)',
      'แนะนำสำหรับคุณ',
      'อัลบั้มภาพ',
      'related(?: articles?| posts?| news| stories| content| links)?',
      'you (?:may|might) also like',
      'recommended(?: for you| articles?| stories)?',
      'more (?:stories|news|from \\S+(?: \\S+)?)',
      'top (?:stories|news)',
      "editor'?s picks?",
      'must read',
      "don'?t miss",
      'previous (?:article|post|story)',
      'next (?:article|post|story)',
      'read (?:more|also|next)',
      'see also',
      'latest(?: news| stories| posts)?',
      'most (?:read|popular|viewed)',
      'popular(?: news| posts)?',
      'trending(?: now)?',
    ].join('|') +
    ')\\s*[:：]?$',
  'i',
);

/** Labels that open a list of tags or categories. */
const TAGS_HEADING =
  /^(?:tags?|แท็ก|แท็กที่เกี่ยวข้อง|ป้ายกำกับ|คำค้น|คำค้นหา|คีย์เวิร์ด|keywords?|หมวดหมู่|หมวด|categor(?:y|ies)|topics?|หัวข้อ|(?:คำ|ประเด็น|หัวข้อ)ที่เกี่ยวข้อง)\s*[:：]?$/i;
/** A tag list on one line: `Tags: การเมือง, เลือกตั้ง`, `แท็ก : ...`. */
const TAGS_INLINE = /^(?:tags?|แท็ก|ป้ายกำกับ|คำค้น|คำค้นหา|keywords?)\s*[:：]\s*\S/i;

/** `อ่านข่าว : <headline>`, `อ่านต่อ: ...`, `Read more: ...`, `คลิกอ่าน ...`: a link to another article. */
const READ_ALSO = new RegExp(
  '^(?:' +
    [
      'อ่าน(?:ข่าว|เรื่อง|บทความ)?(?:เพิ่มเติม|ที่เกี่ยวข้อง|ต่อ|ต้นฉบับ(?:ได้)?(?:ที่)?)?',
      '(?:ข่าว|เรื่อง|บทความ)ที่เกี่ยวข้อง',
      'คลิกอ่าน(?:ข่าว|ต่อ|เพิ่มเติม)?',
      'ดู(?:ข่าว|คลิป|ภาพ)?(?:เพิ่มเติม|ทั้งหมด)',
      'ชมคลิป',
      'ดูคลิป',
      // a video's title over its player: `คลิปข่าว : ...`, `LIVE : ...`
      'คลิป(?:ข่าว)?',
      'วิดีโอ',
      'video',
      'live',
      'read (?:more|also|next)',
      'related',
      'see also',
      'watch',
    ].join('|') +
    ')\\s*(?:[:：>»]|-{1,2}|–|—)\\s*\\S',
  'i',
);

/** A link to the rest of the article or to a clip, alone on its line: `คลิกอ่านต่อ`, `อ่านต่อหน้า 2`, `ดูคลิป`. */
const READ_ON =
  /^(?:คลิก)?(?:อ่าน(?:ข่าว|เรื่อง|บทความ)?ต่อ(?:หน้า\s*\d{1,2}|ที่นี่|คลิก)?|คลิกอ่าน(?:ข่าว|เพิ่มเติม|ทั้งหมด)?|(?:คลิก)?(?:ดู|ชม)(?:คลิป|วิดีโอ)(?:ข่าว)?(?:ที่นี่)?|continue reading|read the full (?:story|article))\s*[!.>»…]*$/i;

/** Social networks and channels, in Thai and English spellings. */
const NETWORK =
  '(?:เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ก|เฟสบุ๊ค|เฟสบุค|facebook|fb|ทวิตเตอร์|twitter|ไลน์|line|ไอจี|ig|instagram|อินสตาแกรม|youtube|ยูทูบ|ยูทูป|tiktok|ติ๊กต็อก|ติ๊กต๊อก|telegram|blockdit|threads|google news|กูเกิล(?:นิวส์|นิวส)|line today|ไลน์ทูเดย์)(?:\\s*(?:page|เพจ|official|account|channel|ช่อง|ไอดี|id|oa))?';
const FOLLOW_PATTERNS: RegExp[] = [
  // `ติดตามประชาไทอัพเดท ได้ที่:`, `ติดตามข่าวด่วน ... คลิกที่นี่!!`, `กดติดตาม “ทีวีพูล”`, `Follow us on ...`
  new RegExp(`^(?:กด|ฝาก|ร่วม)?ติดตาม.{0,80}(?:ได้ที่|ได้ทาง|ช่องทาง|คลิก|https?:|@|${NETWORK})`, 'i'),
  /^(?:กด|ฝาก)ติดตาม/,
  // a short call before it: `ไม่พลาดทุกข่าวสำคัญ กดติดตามเราได้ทุกช่องทาง`
  new RegExp(`^.{1,40}\\s(?:กด|ฝาก)ติดตาม.{0,40}(?:ได้ที่|ได้ทาง|ช่องทาง|คลิก|${NETWORK})`, 'i'),
  /^follow (?:us|@|on)\b/i,
  // `เฟซบุ๊ก https://fb.me/...`, `LINE ไอดี = @prachatai`, `Twitter: @prachatai`, `YouTube: Prachatai`
  new RegExp(`^${NETWORK}\\s*(?:[:=：]\\s*.{1,60}|\\s(?:https?:\\/\\/\\S+|@\\S+|[\\w.-]+\\.(?:com|me|co|net|th|tv|ly|gl)\\S*|\\S+))$`, 'i'),
  new RegExp(`^(?:${NETWORK}\\s*)+$`, 'i'),
  /^(?:เพิ่มเพื่อน|add friends?|subscribe(?: now)?|สมัคร(?:รับ)?(?:สมาชิก|ข่าวสาร|จดหมายข่าว)|newsletter|กด(?:ไลก์|ไลค์|like|กระดิ่ง|subscribe)|ดาวน์โหลดแอป.*|download (?:our|the) app.*)\s*[!]*$/i,
  // `ส่งข่าวได้ที่ LINE @...`, `ส่งข่าวสาร ข้อมูล ร้องเรียน ได้ที่ ...`: a newsroom's own address for tips
  new RegExp(
    `^ส่ง(?:ข่าว(?:สาร)?|ข้อมูลข่าว).{0,40}(?:ได้ที่|ได้ทาง|[:：])\\s*(?:${NETWORK}|อีเมล|e-?mail|โทร\\.?)?\\s*[:：=]?\\s*(?:@[\\w.]+|https?:\\/\\/\\S+|[\\w.+-]+@[\\w.-]+|0\\d[\\d -]{7,11})$`,
    'i',
  ),
  // a short line that sends the reader somewhere else: `ติดตามข่าวด่วน ทันเหตุการณ์ คลิกที่นี่!!`
  /^.{0,80}คลิก(?:ที่นี่|เลย|ตรงนี้|ที่ลิงก์|ลิงก์)\s*[!.]*$/,
  // a newsletter's call: `สมัครรับจดหมายข่าวจาก ... ทุกสัปดาห์`, `Subscribe to our newsletter`,
  // `รับสรุปข่าว ... ส่งตรงถึงอีเมลทุกเช้า`
  /^(?:สมัคร(?:รับ)?(?:จดหมายข่าว|นิวส์เลตเตอร์|newsletter)|(?:subscribe|sign up)(?: (?:to|for))?(?: (?:our|the))? newsletter|newsletter sign-? ?up).{0,80}$/i,
  /^.{0,80}ส่งตรงถึง(?:อีเมล|กล่อง(?:จดหมาย|อีเมล)|inbox)(?:ของคุณ|ของท่าน)?(?:ทุก\S{0,10})?\s*[!.]*$/i,
];
const SHARE = new RegExp(
  // `แชร์ข่าวนี้ให้เพื่อน`, `Share on Facebook`, `แชร์ทาง LINE`
  `^(?:แชร์|share|แบ่งปัน)(?:(?:ข่าว|บทความ|เรื่อง|โพสต์)(?:นี้)?(?:ให้เพื่อน)?|this(?: article| story| post)?|ไปยัง.*|\\s*(?:on|via|to|ทาง|ผ่าน)\\s*${NETWORK}|\\s+${NETWORK})?\\s*[:：]?$|` +
    // `คัดลอกลิงก์`, `Copy URL`, and sending the article on: `ส่งต่อทาง LINE`, `ส่งไลน์`
    `^(?:tweet|คัดลอก\\s*(?:ลิงก์|ลิ้งค์|ลิงค์|url)|copy (?:link|url|the link)|copied|ลิงก์ถูกคัดลอกแล้ว|ส่งต่อ|ส่ง(?:ต่อ)?(?:ทาง|ผ่าน)?\\s*${NETWORK}|like this\\s*:?|like loading\\.*)$|^(?:share|แชร์)\\s*[:：]?(?:\\s*${NETWORK})+$`,
  'i',
);

/** An advertising label, alone or between dashes (`- Advertisement -`), and the call to advertise. */
const ADVERTISING =
  /^[-–—\s]*(?:advertisement|advertisment|advertising|advertorial|sponsored(?: content| by .+)?|ads?|banner|โฆษณา|สนับสนุนเนื้อหา|เนื้อหา(?:ได้รับการ)?สนับสนุน(?:โดย.{1,40})?|pr news|ข่าวประชาสัมพันธ์|บทความประชาสัมพันธ์|พื้นที่โฆษณา|(?:ติดต่อ)?ลงโฆษณา.{0,40}|ติดต่อโฆษณา.{0,40}|advertise with us|สนับสนุนโดย.{0,40}|scroll (?:down )?to continue(?: with content| reading)?|เลื่อนลงเพื่ออ่านต่อ|content continues below)[-–—\s]*$/i;

/** What video.js, JW Player and other players print: control labels, clocks, settings dialogs. */
const PLAYER = new RegExp(
  '^(?:' +
    [
      'video player is loading\\.?',
      'this is a modal window\\.?',
      'beginning of dialog window\\..*',
      'end of dialog window\\.?',
      'escape will cancel and close the window\\.?',
      'close modal dialog',
      'current time\\s*-?\\d{0,2}:?\\d{0,2}(?::\\d{2})?',
      'duration(?: time)?\\s*-?\\d{0,2}:?\\d{0,2}(?::\\d{2})?',
      'remaining time\\s*-?\\s*\\d{0,2}:?\\d{0,2}(?::\\d{2})?',
      'time elapsed.*',
      '(?:loaded|progress)\\s*:?\\s*\\d{1,3}(?:\\.\\d+)?\\s*%',
      'stream type\\s*(?:live)?',
      'seek to live.*',
      'live',
      'play(?: video)?',
      'pause',
      'replay',
      'mute',
      'unmute',
      '(?:non-|exit )?full ?screen',
      'picture-in-picture',
      'playback rate',
      '\\d(?:\\.\\d{1,2})?x',
      'chapters',
      'descriptions?(?: off)?(?:, selected)?',
      '(?:captions?|subtitles?)(?: settings| off| on)?(?:, (?:selected|opens .*))?',
      'audio track',
      'text edge style',
      'font (?:size|family)',
      'reset restore all settings.*',
      'no compatible source was found for this media\\.?',
      'the media could not be loaded.*',
      'your browser does not support (?:the )?(?:video|audio).*',
      'เบราว์เซอร์ของคุณไม่รองรับ.*',
      'กำลังโหลด(?:วิดีโอ|คลิป)?\\.*',
      'เล่น(?:วิดีโอ|คลิป)?',
      'หยุด(?:ชั่วคราว)?',
      'เต็มจอ',
      'ปิดเสียง',
      // a clock on its own, as players print them: `0:23`, `/ 5:56`, `-5:56`, `0:00 / 5:56`
      '-?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*\\/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?',
      '\\/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?',
    ].join('|') +
    ')$',
  'i',
);

const GALLERY =
  /^(?:\(?\s*(?:ภาพ(?:ที่)?|รูป(?:ที่)?|photo|image|slide)?\s*\d{1,3}\s*(?:\/|จาก|of)\s*\d{1,3}\s*\)?|ดู(?:ภาพ|รูป)(?:ทั้งหมด|เพิ่มเติม)?|ภาพทั้งหมด|(?:view|see) (?:all )?(?:photos|images|gallery)|\+\s*\d{1,3}\s*(?:ภาพ|รูป|photos)?|(?:คลิก|เลื่อน|แตะ)เพื่อดู(?:ภาพ|รูป).*|(?:ภาพ|รูป)ถัดไป|(?:ภาพ|รูป)ก่อนหน้า|next|prev(?:ious)?|\(?(?:ภาพ|รูป)ประกอบ(?:ข่าว)?\)?|(?:ภาพ|รูป)(?:ประกอบ)?(?:จาก)?(?:อินเทอร์เน็ต|แฟ้ม|แฟ้มข่าว)|file photo)$/i;

const COUNTER =
  /^(?:(?:เข้าชม|ผู้เข้าชม|จำนวนผู้เข้าชม|ยอดเข้าชม|ผู้ชม|ยอด(?:ผู้)?ชม|อ่าน|ยอดอ่าน|ดู|ยอดวิว|views?|แชร์|shares?|ถูกใจ|likes?|ความคิดเห็น|comments?)\s*[:：]?\s*\(?[\d,.]+\s*[kmKM]?\)?\s*(?:ครั้ง|คน|views?|วิว)?|[\d,.]+\s*[kmKM]?\s*(?:views?|shares?|วิว|ครั้ง|แชร์|ความคิดเห็น|comments?|likes?|ถูกใจ|reads?))$/i;

/**
 * `ขอบคุณภาพ`, `ขอบคุณรูปภาพ`: thanks for the picture, a credit's label; and thanks for the
 * information and the pictures together (`ขอบคุณข้อมูลและภาพถ่าย: …`), which credits the pictures
 * too (4 lines of the 26,610 government articles, all credits). Not thanks for the information
 * alone (`ขอบคุณข้อมูลจาก …`), which some sites write as the article's own last line.
 */
const THANKS_FOR_PICTURE = 'ขอบคุณ(?:ข้อมูล\\s*(?:และ|[/,&])\\s*)?(?:ภาพ|รูป)(?:ภาพ|ถ่าย)?';

/**
 * Who took or owns a picture, or where the story came from, on a line of its own: `ภาพ : เพจ …`,
 * `ภาพจาก Facebook …`, `ภาพประกอบการนำเสนอข่าวจาก Freepik`, `เครดิตภาพ: …`, `Photo: …`, `ที่มา – …`.
 * Not `ขอบคุณข้อมูลจาก …`, which some sites write as the article's own last line.
 */
const CREDIT_SOURCE = `(?:[A-Za-z]|${NETWORK}|เพจ|เว็บไซต์|สำนักข่าว|แฟ้ม|อินเทอร์เน็ต|คลังภาพ|ทีมข่าว|ผู้สื่อข่าว)`;
const CREDIT = new RegExp(
  '^(?:' +
    // `ภาพ : เพจ …`, `Photo: …`, `ที่มา – …`: a label and a colon or a dash; `ขอบคุณภาพจาก : IG …`,
    // `ภาพจาก : …`: the Thai label with its `จาก` or `โดย` before the colon
    `(?:(?:(?:ภาพ|รูป)(?:ภาพ)?(?:ประกอบ)?(?:ข่าว)?|เครดิต(?:ภาพ|รูป)?|${THANKS_FOR_PICTURE}|ที่มา(?:ภาพ|ของภาพ)?)(?:\\s*(?:จาก|โดย))?|photos?(?: credits?| by)?|credits?|cr\\.)\\s*[:：–—-]` +
    // `ภาพจาก Facebook …`, `ภาพประกอบการนำเสนอข่าวจาก Freepik`: from a source, not `ภาพจากกล้องวงจรปิด…`, a sentence
    `|(?:(?:ภาพ|รูป)(?:ภาพ)?(?:ประกอบ)?(?:การนำเสนอ)?(?:ข่าว)?|เครดิต(?:ภาพ|รูป)?|${THANKS_FOR_PICTURE})\\s*(?:จาก|โดย)\\s*(?=${CREDIT_SOURCE})` +
    // `ภาพโดย : นายสมชาย …`, `Photo by …`, `เครดิตภาพ เพจ …`, `ขอบคุณภาพ สกศ.`: the label alone, then a space
    // (`ภาพโดยรวมของ…`, the overall picture, runs on without one)
    `|(?:(?:ภาพ|รูป)(?:ถ่าย)?(?:ประกอบ)?โดย|เครดิต(?:ภาพ|รูป)|${THANKS_FOR_PICTURE}|photo(?:graph)?s?\\s+(?:by|courtesy(?:\\s+of)?)|images?\\s+(?:by|courtesy(?:\\s+of)?))(?:\\s*[:：]|\\s)` +
    ')\\s*\\S.{0,80}$',
  'i',
);

/** The label a picture's credit opens with, inside a caption. */
const PICTURE_CREDIT_LABEL = `(?:(?:ภาพ|รูป)(?:ภาพ)?(?:ประกอบ)?|เครดิต(?:ภาพ|รูป)?|${THANKS_FOR_PICTURE}|photos?|images?|pictures?|credits?|cr\\.?)`;
/**
 * A picture's credit at the end of its caption: `ป้ายหาเสียงริมถนน (ภาพ : มติชน)`, `… (Photo: AFP)`,
 * `… (ภาพจาก เพจ …)`, `… | ภาพ: Reuters`, `… – Photo by …`. Not `(ที่มา: …)`, which names where a
 * chart's numbers come from.
 */
const CAPTION_CREDIT = new RegExp(
  `\\s*(?:[(\\[]\\s*${PICTURE_CREDIT_LABEL}\\s*(?:[:：]|โดย|จาก|by|courtesy of)\\s*[^()\\[\\]]{1,60}[)\\]]` +
    `|\\s(?:[|/–—-]\\s*)?${PICTURE_CREDIT_LABEL}\\s*(?:[:：]|\\sby\\s|โดย\\s*)\\s*[^:：()]{1,60})\\s*$`,
  'i',
);

/**
 * A caption without the picture's credit at its end: the caption says what the picture shows and
 * is the article's; the credit (who took it, whose page it is from) is the page's. The caption
 * unchanged when it ends with none, or is all credit (a line of its own: `CREDIT`).
 */
export function captionWithoutCredit(caption: string): string {
  if (!vocabularyRulesOn()) return caption;
  const credit = CAPTION_CREDIT.exec(caption);
  if (!credit || credit.index === 0) return caption;
  return caption.slice(0, credit.index).trimEnd();
}

/**
 * When the page says it posted the article, counted back from now: `2 ชั่วโมงที่แล้ว`, `15 นาทีที่แล้ว`,
 * `3 hours ago`. Not `3 ปีที่ผ่านมา`, which opens a sentence or heads a part of a feature.
 */
const POSTED_AGO = /^\d{1,2}\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์)\s*ที่แล้ว$|^\d{1,2}\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i;

/** The time an article takes to read: `อ่าน 2 นาที`, `ใช้เวลาอ่าน 3 นาที`, `4 min read`. */
const READING_TIME = /^(?:(?:ใช้)?(?:เวลา)?อ่าน(?:ประมาณ|ราว)?\s*\d{1,2}\s*นาที|\d{1,2}\s*(?:min(?:ute)?s?|นาที)\s*(?:read|ในการอ่าน))$/i;

const COPYRIGHT = /^(?:©|\(c\)|copyright\b|สงวนลิขสิทธิ์|all rights reserved)|all rights reserved\.?$|สงวนลิขสิทธิ์.{0,60}$/i;
const COOKIE =
  /(?:คุกกี้|cookies?).{0,120}(?:เว็บไซต์|website|site|ยอมรับ|accept|นโยบาย|policy|ตั้งค่า|settings|ประสบการณ์|experience)|(?:เว็บไซต์|website|we use|เราใช้).{0,60}(?:คุกกี้|cookies?)|^(?:ยอมรับ(?:ทั้งหมด)?|ปฏิเสธ(?:ทั้งหมด)?|accept(?: all)?(?: cookies)?|reject(?: all)?|ตั้งค่า(?:คุกกี้)?|cookie settings|นโยบาย(?:ความเป็นส่วนตัว|คุกกี้)|privacy policy|terms of (?:use|service)|ข้อกำหนด(?:และเงื่อนไข)?(?:การใช้งาน)?)$/i;
const PRINT =
  /^(?:printer-friendly version|print(?: this)?(?: article| page| story)?|พิมพ์(?:หน้านี้|ข่าว(?:นี้)?|บทความ)?|ส่งอีเมล(?:ข่าว)?|e-?mail(?: this)?(?: article| story)?|(?:ดาวน์โหลด|download)\s*pdf|pdf|บันทึก(?:ข่าว|บทความ)?|bookmark|save)$/i;
/** The page's reading tools: listen to the article, the size of its letters. */
const READER_TOOLS =
  /^(?:ฟัง(?:ข่าว|บทความ)(?:นี้)?|listen(?: to (?:this|the) (?:article|story))?|(?:ขยาย|ย่อ|ปรับ)?ขนาดตัวอักษร|(?:ขยาย|ย่อ)ตัวอักษร|font size|text size|a[-+]?\s*a[-+]|aa)$/i;
const DONATION = /^(?:(?:ร่วม)?บริจาค(?:เงิน)?|(?:โอนเงิน|บริจาค|สนับสนุน).{0,80}(?:พร้อมเพย์|promptpay|paypal).*|donate(?: now)?|support us)$/i;
/**
 * What an embedded social post prints around itself: Instagram's `View this post on Instagram`
 * and `A post shared by ...`, a tweet's `— Name (@handle) January 21, 2019` and `pic.twitter.com/...`,
 * Facebook's `โพสต์โดย ...`; the consent box a page puts around third-party content
 * (`อนุญาตให้แสดงเนื้อหาจาก X?`, `คำเตือน: เนื้อหาจากบุคคลที่สาม…`, `สิ้นสุดเนื้อหาจาก X, 1`) and an
 * image's source label (`ที่มาของภาพ, Getty Images`).
 */
const EMBED =
  /^(?:(?:allow|อนุญาตให้แสดง)(?:เนื้อหาจาก| .{1,20} content| content from).{0,30}\?|(?:คำเตือน|warning)\s*[:：]\s*(?:เนื้อหาจากบุคคลที่สาม|third[- ]party content).{0,60}|(?:สิ้นสุดเนื้อหาจาก .{1,30}|end of .{1,30}(?:post|content|video))(?:,\s*\d+)?|(?:ที่มาของภาพ|image source),\s*.{1,60}|view this (?:post|profile) on instagram|ดูโพสต์นี้(?:บน|ใน) instagram|(?:♫\s*)?(?:original sound|เสียงต้นฉบับ)\s*[-–]\s*\S.{0,60}|a post shared by .{1,80}|โพสต์ที่แชร์โดย .{1,80}|[—–-] .{1,60} \(@\w{1,30}\) .{0,40}\d{4}|pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+|โพสต์โดย .{1,60})$/i;

/** `ข่าวในหมวด ประเด็นเด็ด 7 สี`, `หมวด: การเมือง`, a TV clip's `รายการ: เรื่องเล่าเช้านี้`: the section or programme a page is filed under. */
const SECTION_LABEL = /^(?:ข่าวในหมวด|หมวด(?:หมู่)?(?:ข่าว)?\s*[:：]|รายการ\s*[:：]|section\s*[:：]|category\s*[:：])\s*\S.{0,40}$/i;
/** What a comment form prints: `Please enter your comment!`, `Log in or register to post comments`, `You must be logged in to post a comment`. */
const COMMENT_FORM =
  /^(?:please enter your (?:comment|name|e-?mail)(?: address)?(?: here)?|(?:log ?in|sign in)(?: or register)? to (?:post|leave|add) (?:a )?comments?|or register to post comments|you must be logged in to (?:post|leave) a comment\.?|กรุณา(?:ใส่|กรอก)(?:ความคิดเห็น|ชื่อ|อีเมล)(?:ของคุณ|ของท่าน)?|(?:กรุณา)?เข้าสู่ระบบ(?:ก่อน)?เพื่อ(?:แสดง|เขียน)ความคิดเห็น)\s*[!.]*$/i;
const SKIP_LINK =
  /^(?:skip to (?:main )?content|ข้ามไป(?:ยัง)?เนื้อหา(?:หลัก)?|article information|ข้อมูลเกี่ยวกับบทความ|back to top|กลับ(?:สู่|ไป)?(?:ด้าน|ข้าง)บน|scroll to top|กลับ(?:สู่|ไป(?:ยัง)?)?หน้า(?:แรก|หลัก)|back to home(?:page)?)$/i;

const RULES: [ChromeRule, RegExp | RegExp[]][] = [
  ['related-heading', RELATED_HEADING],
  ['tags-heading', [TAGS_HEADING, TAGS_INLINE]],
  ['read-also', [READ_ALSO, READ_ON]],
  ['follow', FOLLOW_PATTERNS],
  ['share', SHARE],
  ['advertising', ADVERTISING],
  ['player', PLAYER],
  ['gallery', GALLERY],
  ['counter', [COUNTER, READING_TIME, POSTED_AGO]],
  ['copyright', COPYRIGHT],
  ['cookie', COOKIE],
  ['print', PRINT],
  ['reader-tools', READER_TOOLS],
  ['donation', DONATION],
  ['skip-link', SKIP_LINK],
  ['comment-form', COMMENT_FORM],
  ['section-label', SECTION_LABEL],
  ['embed', EMBED],
  ['credit', CREDIT],
];

/**
 * `อัปเดตล่าสุด 4 มี.ค. 2568 11:02 น.`, `Updated: June 20, 2019`: when the page last changed the
 * article. The byline reader leaves such lines alone (the date is not the publication's), so
 * they are chrome only when what follows the label reads as a byline's date.
 */
const UPDATED_LABEL = new RegExp(`^${UPDATE_LABEL}(?:\\s*(?:เมื่อ|on|at))?\\s*[:：]?\\s*`, 'i');

/** What a cookie banner asks of the reader, which a story about biscuits (`เราใช้คุกกี้เนยสด…`) does not. */
const COOKIE_CONSENT = /ประสบการณ์|นโยบาย|ยอมรับ|ยินยอม|ตั้งค่า|ความเป็นส่วนตัว|experience|policy|accept|consent|privacy|settings/i;

/** A copyright notice opens with its sign or word, and may say at a paragraph's length what may not be copied. */
const COPYRIGHT_NOTICE = /^(?:©|\(c\)\s|copyright\b|สงวนลิขสิทธิ์)/i;
const MAX_COPYRIGHT_NOTICE = 400;

/**
 * Whether a line, however long, is a copyright notice: `สงวนลิขสิทธิ์ © บริษัท … ห้ามนำข้อความข่าวไป
 * เผยแพร่ซ้ำโดยไม่ได้รับอนุญาต` has a paragraph's letters and is none (no line of the 26,610
 * government articles opens so).
 */
export function isCopyrightNotice(text: string): boolean {
  return vocabularyRulesOn() && text.length <= MAX_COPYRIGHT_NOTICE && COPYRIGHT_NOTICE.test(text);
}

/** Whether a line, however long, is a cookie banner: it has a paragraph's letters and is none. */
export function isCookieBanner(text: string): boolean {
  return vocabularyRulesOn() && text.length <= MAX_COOKIE_BANNER && COOKIE_BANNER.test(text) && COOKIE_CONSENT.test(text);
}

/** The rule a line breaks, or null when it may be prose. */
export function chromeRule(line: string): ChromeRule | null {
  const text = line.replace(/[\s\u00A0\u200B]+/g, ' ').trim();
  if (!text || !vocabularyRulesOn()) return null;
  // a cookie banner says much, on one line with its buttons
  if (text.length > MAX_CHROME_LINE) return isCookieBanner(text) ? 'cookie' : isCopyrightNotice(text) ? 'copyright' : null;
  for (const [rule, patterns] of RULES) {
    for (const pattern of Array.isArray(patterns) ? patterns : [patterns]) if (pattern.test(text)) return rule;
  }
  const updated = UPDATED_LABEL.exec(text);
  if (updated && updated[0].length < text.length && readBylineDate(text.slice(updated[0].length))) return 'updated';
  return null;
}

/**
 * Author lines: `โดย ทีมข่าวการเมือง`, `By Somchai J.`, `เรื่อง: ...`, `ผู้เขียน: ...`, `เผยแพร่: โดย: MGR
 * Online`, and who put the story together (`เรียบเรียง: ...`, `เรียบเรียงโดย ...`); `ข่าว : ...`,
 * `ผู้นำเสนอ : ...` (who put the release out), `Text: ...` and the roles joined (`ข่าวและภาพ : ...`,
 * `ภาพ/ข่าว : ...`, `เรื่อง/ภาพ : ...`, 121 lines of the 26,610 government articles, nearly all
 * their last, all credits) only with their colon (`ข่าว ...` opens sentences).
 */
const CREDITED_ROLE = '(?:ข่าว|ภาพ|เรื่อง|ถ่ายภาพ|เรียบเรียง)';
const AUTHOR_LINE = new RegExp(
  '^(?:(?:เผยแพร่|published)\\s*[:：]?\\s*)?(?:โดย|by|written by|เรื่อง(?:และภาพ)?|ผู้เขียน|ผู้สื่อข่าว|รายงานโดย|author|reporter|(?:ผู้|แปลและ)?เรียบเรียง(?:โดย)?|' +
    `(?:ข่าว|${CREDITED_ROLE}(?:\\s*(?:และ|[/,&])\\s*${CREDITED_ROLE})+|ผู้นำเสนอ(?:ข่าว)?|text|words|story)(?=\\s*[:：]))\\s*(?:[:：]\\s*|\\s)(\\S.{0,58})$`,
  'i',
);

/** The name an author line gives, or null when the line is not one. */
export function authorOf(line: string): string | null {
  const text = line.replace(/[\s\u00A0\u200B]+/g, ' ').trim();
  if (text.length > 80) return null;
  return AUTHOR_LINE.exec(text)?.[1].trim() ?? null;
}

/** Headings after which a run of link lines is a list of other articles or tags. */
export function opensLinkList(rule: string | null): boolean {
  return rule === 'related-heading' || rule === 'tags-heading' || rule === 'follow';
}
