import { segment, createSegmenter } from '../src/segmenter/index.js';
const t0 = performance.now();
const s = createSegmenter();
console.log('load ms', (performance.now() - t0).toFixed(1));
for (const t of ['ผิวประชับ ราคา 6,500.50 บาท 10% ปี 2562 ๒๕๖๒ เวลา 10.30 น. วันที่ 20/06/2562', 'U.S. E-Commerce iPhone15 ขายดีมากกกกก 😂😂 👨‍👩‍👧 🇹🇭 ฯลฯ กรุงเทพฯ ดีๆ\u200bครับ\u00a0ok', 'นายกรัฐมนตรีประกาศว่าความรักของประชาชนสำคัญที่สุด', 'พ.ศ. 2562 คสช. ผกก.สน. เม.ย.', 'https://www.example.com/a?b=1). ok']) {
  console.log(s.segment(t).map((x) => x.text + (x.kind === 'thai' ? '' : '/' + x.kind)).join('|'));
}
