import { ENTITY_LABELS } from '../entities/labels.js';
import { viewerScript } from './page-script.js';
import type { ViewDocument } from './view-data.js';

/** A colour a label, light enough to read Thai on. */
const COLOURS: Record<string, string> = {
  PERSON: '#ffd6a5',
  ORGANIZATION: '#a0c4ff',
  LOCATION: '#caffbf',
  FACILITY: '#bdb2ff',
  DATE: '#fdffb6',
  TIME: '#ffe5a0',
  MONEY: '#9bf6ff',
  PERCENT: '#b5ead7',
  LAW: '#ffc6ff',
  LEN: '#e2ece9',
  URL: '#d0f4de',
  PHONE: '#f1c0e8',
  EMAIL: '#cfbaf0',
  ZIP: '#dde5b6',
  AGO: '#fbc4ab',
  T: '#e9edc9',
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON inside `<script>`: `<` escaped, so that no text can close the element or open a comment. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 15px/1.5 system-ui, "Noto Sans Thai", "Sarabun", "Loma", sans-serif; color: #1d1d1f; background: #fafafa; }
body { display: grid; grid-template-columns: 300px 1fr; grid-template-rows: auto 1fr; height: 100vh; }
header { grid-column: 1 / 3; display: flex; gap: 1em; align-items: center; padding: .5em 1em; background: #263238; color: #fff; }
header h1 { font-size: 1em; margin: 0; font-weight: 600; }
header .keys { margin-left: auto; font-size: .8em; opacity: .75; }
aside { display: flex; flex-direction: column; border-right: 1px solid #ddd; min-height: 0; background: #fff; }
aside input { margin: .6em; padding: .4em .6em; font: inherit; border: 1px solid #bbb; border-radius: 4px; }
#count { padding: 0 .8em .4em; font-size: .8em; color: #666; }
#list { flex: 1; overflow-y: auto; position: relative; }
#spacer { position: relative; }
.row { position: absolute; left: 0; right: 0; height: 46px; padding: 4px 10px; border-bottom: 1px solid #eee; cursor: pointer; overflow: hidden; }
.row:hover { background: #f0f4f8; } .row.current { background: #dbe9f7; }
.row-title { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: .9em; }
.row-meta { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: .75em; color: #777; }
main { overflow-y: auto; padding: 1em 2em 3em; min-height: 0; }
#doc-title { margin: .2em 0; font-size: 1.3em; }
#doc-meta { display: flex; flex-wrap: wrap; gap: 1em; font-size: .8em; color: #666; margin-bottom: .6em; }
#legend { display: flex; flex-wrap: wrap; gap: .3em .8em; margin: .5em 0; font-size: .8em; }
.legend-item { display: inline-flex; align-items: center; gap: .3em; cursor: pointer; }
.swatch { display: inline-block; width: 1em; height: 1em; border-radius: 3px; border: 1px solid #0002; }
#toggles { display: flex; flex-wrap: wrap; gap: .8em; font-size: .8em; margin-bottom: .8em; }
#text { white-space: pre-wrap; line-height: 2.1; font-size: 1.05em; background: #fff; padding: 1em 1.2em; border: 1px solid #e3e3e3; border-radius: 6px; overflow-wrap: anywhere; }
.ent { border-radius: 3px; padding: 1px 0; }
.ent[data-id] { box-shadow: inset 0 -2px 0 #0004; }
.show-dates .date { border-bottom: 2px solid #d32f2f; }
.show-parentheticals .paren { outline: 1px dotted #7b1fa2; outline-offset: 1px; }
.show-parentheticals .paren.linked { background: #e1bee7; outline: 2px solid #7b1fa2; }
.tb, .sb { display: none; }
.show-tokens .tb { display: inline; border-left: 1px solid #90a4ae; margin: 0 0 0 -1px; }
.show-sentences .sb { display: inline; border-left: 3px solid #1565c0; margin-right: 2px; }
[data-change="appeared"] { outline: 2px solid #2e7d32; }
.vanished { color: #b71c1c; font-size: .85em; }
table { border-collapse: collapse; margin-top: .5em; font-size: .85em; }
th, td { border: 1px solid #e0e0e0; padding: 2px 8px; text-align: left; }
tr.appeared td { background: #e8f5e9; }
h2 { font-size: 1em; margin: 1.5em 0 .2em; }
pre { font-size: .8em; background: #fff; border: 1px solid #eee; padding: .6em; overflow-x: auto; }
`;

function labelCss(): string {
  return ENTITY_LABELS.map(
    (label) =>
      `[data-label="${label}"] { background: ${COLOURS[label]}; } .hide-${label} [data-label="${label}"] { background: transparent; box-shadow: none; }`,
  ).join('\n');
}

/**
 * The whole report: one HTML file with its style, script and documents inside, which opens from
 * `file://` with no network.
 */
export function renderReport(title: string, docs: ViewDocument[], options: { diff?: boolean } = {}): string {
  const data = { title, labels: ENTITY_LABELS, docs, diff: options.diff === true };
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${CSS}${labelCss()}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><span class="keys">j / k or ↑ / ↓: next / previous document · /: search</span></header>
<aside>
<input id="search" type="search" placeholder="Search id, title, text" aria-label="Search documents">
<div id="count"></div>
<div id="list" role="listbox" tabindex="0"><div id="spacer"></div></div>
</aside>
<main>
<h2 id="doc-title"></h2>
<div id="doc-meta"></div>
<div id="legend"></div>
<div id="toggles">
<label><input type="checkbox" id="toggle-dates"> dates</label>
<label><input type="checkbox" id="toggle-parentheticals"> parentheticals</label>
<label><input type="checkbox" id="toggle-tokens"> token boundaries</label>
<label><input type="checkbox" id="toggle-sentences"> sentence boundaries</label>
</div>
<div id="text"></div>
<div id="changes"></div>
<h2 id="entities-title">Entities</h2>
<table id="entities"></table>
</main>
<script type="application/json" id="data">${scriptJson(data)}</script>
<script>(${String(viewerScript)})();</script>
</body>
</html>
`;
}
