// Speed of segment() against Intl.Segmenter('th') on the same texts in the same process, and
// the time to load the default segmenter.
//   node scripts/run-ts.mjs scripts/bench-segment.ts [--seconds S]
// The texts are generated here from sentences written for this benchmark (news-like Thai with
// numbers, dates, English names and a few emoji); when ../shared/corpora/segmentation exists,
// its texts are measured as well.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createSegmenter, type Segmenter } from '../src/segmenter/index.js';
import { createDictionarySplitter, readWordCounts } from '../src/segmenter/dictionary-engine.js';

const secondsArg = process.argv.indexOf('--seconds');
const minSeconds = secondsArg >= 0 ? Number(process.argv[secondsArg + 1]) : 1;

let t0 = performance.now();
const segmenter = createSegmenter();
const loadMs = performance.now() - t0;
t0 = performance.now();
createDictionarySplitter({ counts: readWordCounts() }); // the same build, bypassing the disk cache
const buildMs = performance.now() - t0;

const SENTENCES = [
  'รัฐบาลเตรียมมาตรการช่วยชาวนาที่ขาดน้ำทำนาปรังในภาคอีสานตอนบน',
  'เมื่อวันที่ 20/06/2562 เวลา 10.30 น. ที่ทำเนียบรัฐบาล นายกรัฐมนตรีได้เป็นประธานการประชุม',
  'ราคาน้ำมันดีเซลปรับขึ้นอีก 0.50 บาทต่อลิตร มีผลตั้งแต่วันพรุ่งนี้เป็นต้นไป',
  'บริษัท Siam Digital จำกัด (มหาชน) รายงานกำไรสุทธิ 6,500.50 ล้านบาท เพิ่มขึ้น 10% จากปีก่อน',
  'ผู้สื่อข่าวรายงานว่าฝนตกหนักต่อเนื่องทำให้น้ำท่วมหลายพื้นที่ในจังหวัดเชียงใหม่',
  'นักท่องเที่ยวชาวต่างชาติเดินทางเข้าประเทศไทยในปี ๒๕๖๒ มากกว่าสามสิบล้านคน',
  'กระทรวงสาธารณสุขแนะนำให้ประชาชนล้างมือบ่อยๆ และสวมหน้ากากอนามัยเมื่ออยู่ในที่สาธารณะ',
  'ทีมชาติไทยเอาชนะคู่แข่งไปได้ 2-1 ท่ามกลางเสียงเชียร์ของแฟนบอลกว่าสองหมื่นคน 🎉',
  'โครงการรถไฟฟ้าสายใหม่จะเปิดให้บริการในเดือนธันวาคม พ.ศ. 2565 ตามแผนที่วางไว้',
  'ผู้ว่าราชการจังหวัดเชียงรายสั่งให้ทุกอำเภอเร่งดับไฟป่าและลดฝุ่นละอองขนาดเล็ก PM2.5',
  'ร้านกาแฟเล็กๆ ริมแม่น้ำแห่งนี้ได้รับความนิยมจากวัยรุ่นที่ชอบถ่ายรูปลง Instagram',
  'ตลาดหลักทรัพย์ปิดที่ระดับ 1,650.25 จุด ลดลง 12.40 จุด มูลค่าการซื้อขายรวม 45,000 ล้านบาท',
  'อาจารย์มหาวิทยาลัยเสนอแนวทางพัฒนาการศึกษาเพื่อเตรียมความพร้อมสำหรับเศรษฐกิจดิจิทัล',
  'สำนักงานตำรวจแห่งชาติเปิดเผยสถิติอุบัติเหตุช่วงเทศกาลสงกรานต์ที่ผ่านมา',
  'ชาวบ้านในหมู่บ้านร่วมกันปลูกต้นไม้กว่าหนึ่งพันต้นเพื่อฟื้นฟูป่าชุมชน',
];

function benchTexts(): string[] {
  // a fixed pseudo-random mix: paragraphs of three to eight sentences
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  for (let p = 0; p < 400; p++) {
    const count = 3 + Math.floor(next() * 6);
    const parts: string[] = [];
    for (let s = 0; s < count; s++) parts.push(SENTENCES[Math.floor(next() * SENTENCES.length)]);
    texts.push(parts.join(' '));
  }
  return texts;
}

function corpusTexts(): string[] {
  const dir = path.resolve('../shared/corpora/segmentation');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.label'))
    .flatMap((f) =>
      readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/\|/g, '')),
    );
}

const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];

/** Code points per second of both, alternating pass by pass (as the reference scorer does). */
function race(texts: string[], seg: Segmenter): { ours: number; icu: number } {
  const icuSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const icu = (t: string) => Array.from(icuSegmenter.segment(t), (s) => s.segment);
  const chars = texts.reduce((n, t) => n + [...t].length, 0);
  let sink = 0;
  const pass = (fn: (t: string) => unknown[]) => {
    const s = performance.now();
    for (const t of texts) sink += fn(t).length;
    return (performance.now() - s) / 1000;
  };
  const ours: number[] = [];
  const theirs: number[] = [];
  pass(seg.segment);
  pass(icu);
  for (let run = 0; run < 5; run++) {
    let a = 0,
      b = 0,
      na = 0,
      nb = 0;
    while (a < minSeconds || b < minSeconds) {
      a += pass(seg.segment);
      na++;
      b += pass(icu);
      nb++;
    }
    ours.push((na * chars) / a);
    theirs.push((nb * chars) / b);
  }
  if (sink < 0) console.log(sink);
  return { ours: median(ours), icu: median(theirs) };
}

const fmt = (x: number) => `${(x / 1e6).toFixed(2)}M chars/s`;
console.log(`load: createSegmenter() ${loadMs.toFixed(1)} ms (disk-cached trie when present); building without the cache ${buildMs.toFixed(1)} ms`);
for (const [name, texts] of [
  ['generated news-like text', benchTexts()],
  ['development corpora', corpusTexts()],
] as const) {
  if (!texts.length) continue;
  const r = race(texts, segmenter);
  console.log(`${name}: segment() ${fmt(r.ours)}  Intl.Segmenter ${fmt(r.icu)}  ratio ${(r.ours / r.icu).toFixed(2)}`);
}
