import { DateFinder } from '../dates/date-finder.js';
import { defineStage } from '../core/stage.js';

export const datesStage = defineStage({
  name: 'dates',
  version: '16',
  description:
    'Thai and English date and time expressions (chrono-node with a Thai locale): Buddhist-era years converted, ' +
    'relative expressions resolved against meta.published.',
  requires: ['text'],
  // Relative dates (เมื่อวานนี้) resolve against the published date, which clean may lift from a byline.
  uses: ['meta:published'],
  provides: ['dates'],
  options: {
    joinDateAndTime: {
      type: 'boolean',
      default: false,
      description: 'join a date and the time after it into one datetime (`วันที่ 5 ธ.ค. 2563 เวลา 19.19 น.`); by default they are two spans',
    },
  },
  create(options) {
    const finder = new DateFinder({ joinDateAndTime: options.joinDateAndTime as boolean });
    return {
      run(doc) {
        const { dates, warnings } = finder.find(doc.text, { published: doc.meta.published, index: doc.index });
        doc.layers.dates = dates;
        for (const warning of warnings) {
          const span = warning.start === undefined ? undefined : { start: warning.start, end: warning.end! };
          doc.warn('dates', warning.code, warning.message, span);
        }
      },
    };
  },
});
