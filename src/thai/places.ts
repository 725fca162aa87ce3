/**
 * Places Thai news names bare, with no head word (`จังหวัด`, `ประเทศ`) before them, that are no
 * province, district or country (those the gazetteer holds): resort towns news writes as places
 * of their own, and the territories and regions of foreign news's conflicts. Written by hand from
 * public knowledge of geography (no corpus). The entity model, which has seen few or none of
 * them, leaves them untagged (`เที่ยวพัทยา`, `ในฉนวนกาซา`).
 */
export const BARE_PLACE_NAMES: readonly string[] = [
  // Thai resort towns and beaches, which are no district's name
  'พัทยา',
  'หัวหิน',
  'ป่าตอง',
  // territories and regions of foreign news
  'ฉนวนกาซา',
  'เวสต์แบงก์',
  'ไครเมีย',
  'ดอนบาส',
  'แคชเมียร์',
  'ซินเจียง',
  'ทิเบต',
  'บาหลี',
  'มาเก๊า',
];
