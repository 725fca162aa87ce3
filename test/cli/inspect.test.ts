import path from 'node:path';
import { runCli } from './run-cli.js';

const fixture = (name: string, file: string): string => path.join(process.cwd(), 'fixtures', name, file);

describe('thai-extract inspect', () => {
  it('shows the metadata with its sources and every line with its fate, for a page', async () => {
    const { status, stdout } = await runCli(['inspect', fixture('prachatai-2019-justice-fund', 'input.html')]);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toContain('  title          “กองทุนยุติธรรม” อนุมัติเงินประกันตัว-ค่าทนายความ ช่วยผู้มีรายได้น้อยสู้คดี   (h1)');
    expect(lines).toContain('  published      2019-01-21   (byline in the article)');
    expect(lines).toContain('  reader         Readability: used');
    expect(lines).toContain('  - [byline] Submitted on Mon, 2019-01-21 13:49');
    expect(lines).toContain('  - [follow] LINE ไอดี = @prachatai');
    expect(lines).toContain('  - [outside the article] 26 lines: Skip to main content … ประชาไท / ข่าว');
    expect(lines.filter((l) => l.startsWith('  + '))).toHaveLength(4);
  });

  it('with --all lists each line Readability left out; with --json gives the same as data', async () => {
    const all = await runCli(['inspect', '--all', fixture('prachatai-2019-justice-fund', 'input.html')]);
    expect(all.stdout).toContain('  - [outside the article] Skip to main content\n');
    const { stdout } = await runCli(['inspect', '--json', fixture('khaosod-2018-flood-safety', 'input.html')]);
    const inspection = JSON.parse(stdout) as {
      meta: Record<string, string>;
      sources: Record<string, string>;
      lines: { text: string; kept: boolean; rule?: string }[];
    };
    expect(inspection.meta.siteName).toBe('ข่าวสด');
    expect(inspection.sources.published).toBe('date line beside the headline');
    expect(inspection.lines.find((l) => l.text === 'ADVERTISMENT')).toEqual({ text: 'ADVERTISMENT', kept: false, rule: 'advertising' });
    expect(inspection.lines.find((l) => l.text.startsWith('Video Player'))).toEqual({ text: 'Video Player is loading.', kept: false, rule: 'player' });
  });

  it('reads a text with the clean stage: its lines with the role and rule of what it removed', async () => {
    const { stdout } = await runCli(['inspect', fixture('scraped-text-breadcrumb-headline', 'input.txt')]);
    expect(stdout).toContain('  - [clean: title] หน้าแรกข่าว> การเมือง> ');
    expect(stdout).toContain('  - [clean: navigation, player] Video Player is loading.\n');
    expect(stdout).toContain('  - [clean: navigation, related-heading] อ่านข่าวที่เกี่ยวข้อง\n');
  });

  it('reads standard input as HTML, and says what is wrong with its arguments', async () => {
    const html =
      '<html><head><title>ฝนตกหนัก | ข่าวดี</title></head><body><h1>ฝนตกหนัก</h1><p>กรมอุตุนิยมวิทยาประกาศเตือนให้ประชาชนระวังอันตรายจากฝนตกหนักถึงหนักมากในหลายพื้นที่</p></body></html>';
    const { status, stdout } = await runCli(['inspect', '-'], html);
    expect(status).toBe(0);
    expect(stdout).toContain('  title          ฝนตกหนัก   (h1)');
    expect(await runCli(['inspect'])).toMatchObject({ status: 2, stderr: expect.stringContaining('give exactly one page') });
    expect(await runCli(['inspect', 'no-such-page.html'])).toMatchObject({ status: 2, stderr: expect.stringContaining('no such file') });
  });
});
