import { hashFeature } from '../../src/entities/feature-hash.js';
import { segment, type SegmentOptions } from '../../src/segmenter/index.js';

// Written for this purpose: names, titles, abbreviations, numbers and Latin, where segmenters differ.
const PROBE = [
  'นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ เดินทางไปกรุงเทพฯ เมื่อวันที่ 3 ม.ค. 2566 เวลา 10.30 น.',
  'พล.อ.ประยุทธ์ ประชุมร่วมกับกระทรวงการต่างประเทศและบริษัท ไทยรุ่งเรือง จำกัด (มหาชน) ที่ทำเนียบรัฐบาล',
  'ราคาน้ำมันขึ้น 2.50 บาทต่อลิตร หรือร้อยละ 5 ตามรายงานของ ASEAN-US Joint Committee ณ ประเทศอินโดนีเซีย',
  'ผศ.ดร.วิไลวรรณ จากมหาวิทยาลัยขอนแก่นโทร.043-202-660 www.example.ac.th',
].join('\n');

/**
 * A short hash of how the word segmenter cuts a fixed text. The model records the one its
 * training data went through: when the segmenter changes, the model should be retrained.
 */
export function segmenterFingerprint(engine: SegmentOptions['engine'] = 'default'): string {
  const cuts = segment(PROBE, { engine })
    .map((t) => t.end)
    .join(',');
  return `${engine}:${hashFeature(cuts).toString(16).padStart(8, '0')}`;
}
