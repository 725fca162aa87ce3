// Scores the built package's cleaning on folders of saved news pages, each with the checks.json of
// the fixtures (headline, publication date, every paragraph of the article, strings of the page's
// chrome): how many headlines and dates are right, how many paragraphs are kept whole, how many
// chrome strings leak into the text. For page sets kept out of the fixtures to estimate how the
// cleaner does on layouts it was not built on.
//
//   node scripts/eval-pages.mjs DIR [DIR ...] [--verbose]    (after npm run build)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { addToTally, checkPage, newTally } from './lib/page-checks.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length) {
  console.error('usage: node scripts/eval-pages.mjs DIR [DIR ...] [--verbose]');
  process.exit(2);
}

const { createPipeline } = await import(pathToFileURL(path.resolve('dist/esm/index.js')).href);
const pipeline = createPipeline('default');

for (const dir of dirs) {
  const pages = readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'checks.json')) && existsSync(path.join(dir, name, 'input.html')))
    .sort();
  const total = newTally();
  for (const name of pages) {
    const checks = JSON.parse(readFileSync(path.join(dir, name, 'checks.json'), 'utf8'));
    const html = readFileSync(path.join(dir, name, 'input.html'), 'utf8');
    const doc = await pipeline.process({ id: name, html });
    const result = checkPage(doc, checks);
    const { titleRight, dateRight, lost, leaked } = result;
    addToTally(total, checks, result);
    console.log(
      `${name}: headline ${titleRight ? 'right' : 'wrong'}, date ${dateRight ? 'right' : 'wrong'}, paragraphs ${checks.body.length - lost.length}/${checks.body.length}, chrome leaked ${leaked.length}/${checks.chrome.length}`,
    );
    if (verbose) {
      if (!titleRight) console.log(`  headline: ${JSON.stringify(doc.meta.title)} (checks: ${JSON.stringify(checks.title)})`);
      if (!dateRight) console.log(`  date: ${doc.meta.published} (checks: ${checks.published})`);
      for (const p of lost) console.log(`  lost: ${p.slice(0, 100)}`);
      for (const c of leaked) console.log(`  leaked: ${c}`);
    }
  }
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(
    `${dir}: ${total.pages} pages; headlines ${total.title}/${total.pages}, dates ${total.date}/${total.pages}, paragraphs kept ${pct(total.kept, total.paragraphs)} % (${total.kept}/${total.paragraphs}), chrome leaked ${pct(total.leaked, total.chrome)} % (${total.leaked}/${total.chrome})\n`,
  );
}
