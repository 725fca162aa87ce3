import { splitHeadedShortForm } from '../../src/parentheticals/headed-short-form.js';
import { thaiShortFormPairs } from './annotate.js';

describe('Thai short forms after the head noun of their body', () => {
  it('splits the head noun from the short form, the longest head noun first', () => {
    expect(splitHeadedShortForm('สำนักงาน คปภ.')).toEqual({ head: 'สำนักงาน', shortForm: 'คปภ.' });
    expect(splitHeadedShortForm('กรม สบส.')).toEqual({ head: 'กรม', shortForm: 'สบส.' });
    expect(splitHeadedShortForm('คณะกรรมการ ป.ป.ช.')).toEqual({ head: 'คณะกรรมการ', shortForm: 'ป.ป.ช.' });
    expect(splitHeadedShortForm('สำนักงานใหญ่')).toBeNull();
    expect(splitHeadedShortForm('กกต.')).toBeNull();
  });

  it('pairs with the full name that opens with the same head noun', () => {
    expect(thaiShortFormPairs('ผู้เสียหายร้องเรียนสำนักงานคณะกรรมการกำกับและส่งเสริมการประกอบธุรกิจประกันภัย (สำนักงาน คปภ.) แล้ว')).toEqual([
      {
        paren: '(สำนักงาน คปภ.)',
        pattern: 'TH-ACR',
        thai: 'สำนักงานคณะกรรมการกำกับและส่งเสริมการประกอบธุรกิจประกันภัย',
        acronym: 'สำนักงาน คปภ.',
      },
    ]);
    expect(thaiShortFormPairs('เจ้าหน้าที่กรมสนับสนุนบริการสุขภาพ (กรม สบส.) ตรวจคลินิกเถื่อน')).toEqual([
      { paren: '(กรม สบส.)', pattern: 'TH-ACR', thai: 'กรมสนับสนุนบริการสุขภาพ', acronym: 'กรม สบส.' },
    ]);
  });

  it('pairs with nothing when the name before it lacks the head noun', () => {
    expect(thaiShortFormPairs('คณะกรรมการการเลือกตั้ง (สำนักงาน กกต.) แจ้งว่าจะเลื่อนวันลงคะแนน')).toEqual([]);
  });
});
