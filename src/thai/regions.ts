/**
 * What follows `ภาค` in the name of one of Thailand's regions (`ภาคเหนือ`, `ภาคตะวันออกเฉียงเหนือ`,
 * `ภาคอีสาน`), of a region of the world (`ภาคเอเชียตะวันออกเฉียงใต้`, `ภาคพื้นยุโรป`) or of a
 * numbered region of a state body (`ภาค 4`, `ภาคที่ 2`): the compass words, `อีสาน`, the continents
 * and `พื้น`. After `ภาค`, any other word names a sector of the economy or of society (`ภาคเอกชน`,
 * `ภาคอุตสาหกรรม`, `ภาคประชาสังคม`, `ภาคการเกษตร`), a part of a course (`ภาคปฏิบัติ`) or a
 * university's department (`ภาควิชา…`).
 */
export const REGION_WORDS: readonly string[] = ['เหนือ', 'ใต้', 'กลาง', 'ตะวันออก', 'ตะวันตก', 'ตะวัน', 'อีสาน', 'เอเชีย', 'ยุโรป', 'แอฟริกา', 'อเมริกา', 'แปซิฟิก', 'พื้น'];
