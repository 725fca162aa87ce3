import { readFileSync } from 'node:fs';
import { createPipeline } from '../../src/create-pipeline.js';

// The seed article (fixtures/seed-asean-us): a Thai government news story with five glosses.
const text = readFileSync(new URL('../../fixtures/seed-asean-us/input.txt', import.meta.url), 'utf8');

describe('the parentheticals stage on the seed article', () => {
  it('pairs each gloss with its Thai term, English and acronym, at the right code points', async () => {
    const pipeline = createPipeline({ name: 'p', stages: ['decode', 'segment', 'parentheticals'] });
    const doc = await pipeline.process({ id: 'seed', text });
    const points = Array.from(doc.text);
    for (const p of doc.parentheticals!) {
      for (const span of [p, p.thai, p.english, p.acronym]) if (span) expect(points.slice(span.start, span.end).join('')).toBe(span.text);
    }
    const byEnglish = (english: string) => doc.parentheticals!.find((p) => p.english?.text === english);
    expect(byEnglish('Greening Micro, Small and Medium Enterprises')).toMatchObject({
      pattern: 'EN:ACR',
      thai: { text: 'วิสาหกิจขนาดกลาง ขนาดย่อม และรายย่อยสีเขียว' },
      acronym: { text: 'MSMEs' },
    });
    // The verb เกิด (ให้|เกิด|ประสิทธิภาพ…) before the term is left out.
    expect(byEnglish('Partnership for Regional Optimization within the Political-Security and Socio-Cultural Communities')).toMatchObject({
      pattern: 'EN:ACR',
      thai: { text: 'ประสิทธิภาพระดับภูมิภาคในด้านการเมืองความมั่นคงและสังคมวัฒนธรรม' },
      acronym: { text: 'PROSPECT' },
    });
    const committee = byEnglish('ASEAN-US Joint Cooperation Committee')!;
    expect(committee.thai?.text).toBe('คณะกรรมการความร่วมมืออาเซียน–สหรัฐอเมริกา');
    expect(committee.acronym).toBeUndefined();
    expect(points.slice(committee.start, committee.end).join('')).toBe('(ASEAN-US Joint Cooperation Committee)');
    // The Thai paraphrases one English word at length; only the English is certain here.
    expect(byEnglish('E-Commerce')).toMatchObject({ pattern: 'EN', text: '(E-Commerce)' });
    expect(byEnglish('E-Commerce')!.acronym).toBeUndefined();
    expect(byEnglish('the 4th Industrial Revolution')).toMatchObject({ thai: { text: 'การปฏิวัติอุตสาหกรรม ครั้งที่ 4' } });
  });
});
