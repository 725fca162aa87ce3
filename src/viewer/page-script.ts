/// <reference lib="dom" />
/**
 * The viewer's script. It runs in the browser, embedded in the page as this function's source
 * (`String(viewerScript)`), so it must not use anything outside its own body. Text goes into the
 * page as text nodes and attributes only, never as HTML, so nothing in a document can inject markup.
 */
export function viewerScript(): void {
  type Ent = [number, number, string, string | null, string, string | null, number, number, string | null];
  type DateSpan = [number, number, string, string | null, string | null, number, number, string | null];
  interface Doc {
    id: string;
    title: string | null;
    published: string | null;
    url: string | null;
    text: string;
    ents: Ent[];
    dates: DateSpan[];
    parens: [number, string, number, number, string][];
    tokens: number[] | null;
    sents: number[] | null;
    vanished?: { layer: string; start: number; end: number; text: string; what: string }[];
    diff?: string[];
  }
  interface Data {
    title: string;
    labels: string[];
    docs: Doc[];
    diff: boolean;
  }
  /** A span to render: its layer, where it is, and what its element carries. */
  interface Mark {
    start: number;
    end: number;
    layer: string;
    rank: number;
    attrs: Record<string, string>;
    title: string;
    cls: string;
  }

  const ROW = 46; // px, one row of the document list
  const LAZY_CHARS = 20000; // longer texts are rendered a block at a time, as they scroll into view
  const data = JSON.parse(document.getElementById('data')?.textContent ?? '{}') as Data;
  const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  const el = (tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const list = $('list');
  const spacer = $('spacer');
  const search = $<HTMLInputElement>('search');
  const textView = $('text');
  let shown: number[] = data.docs.map((_, i) => i);
  let current = -1;
  let lowered: string[] | null = null;

  // The document list: only the rows on screen exist.
  function renderList(): void {
    spacer.style.height = `${shown.length * ROW}px`;
    const first = Math.max(0, Math.floor(list.scrollTop / ROW) - 5);
    const last = Math.min(shown.length, Math.ceil((list.scrollTop + list.clientHeight) / ROW) + 5);
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const doc = data.docs[shown[i]];
      const row = el('div', { class: `row${shown[i] === current ? ' current' : ''}`, 'data-index': String(shown[i]), role: 'option' });
      row.style.top = `${i * ROW}px`;
      row.append(
        el('div', { class: 'row-title' }, doc.title ?? doc.id),
        el('div', { class: 'row-meta' }, `${doc.id} · ${doc.ents.length} entities${doc.diff ? ` · ${doc.diff.length ? 'changed' : 'same'}` : ''}`),
      );
      rows.push(row);
    }
    spacer.replaceChildren(...rows);
    $('count').textContent = `${shown.length} of ${data.docs.length} documents`;
  }

  function applySearch(): void {
    const query = search.value.trim().toLowerCase();
    lowered ??= data.docs.map((d) => `${d.id}\n${d.title ?? ''}\n${d.text}`.toLowerCase());
    const all = lowered;
    shown = data.docs.map((_, i) => i).filter((i) => !query || all[i].includes(query));
    list.scrollTop = 0;
    renderList();
  }

  function marksOf(doc: Doc): Mark[] {
    const marks: Mark[] = [];
    for (const [start, end, type, value, years, cs, ce, change] of doc.dates) {
      marks.push({
        start,
        end,
        layer: 'dates',
        rank: 0,
        attrs: { 'data-layer': 'dates', 'data-type': type, 'data-value': value ?? '', ...(change ? { 'data-change': 'appeared' } : {}) },
        title: `${type}: ${years ? `${years} · ` : ''}${value ?? 'unresolved'} [${cs},${ce})`,
        cls: 'date',
      });
    }
    doc.ents.forEach(([start, end, label, id, source, value, cs, ce, change]) => {
      marks.push({
        start,
        end,
        layer: 'entities',
        rank: 1,
        attrs: { 'data-layer': 'entities', 'data-label': label, ...(id ? { 'data-id': id } : {}), ...(change ? { 'data-change': 'appeared' } : {}) },
        title: [label, id, value, `source ${source}`, `[${cs},${ce})`].filter(Boolean).join(' · '),
        cls: 'ent',
      });
    });
    for (const [pair, part, start, end, pattern] of doc.parens) {
      marks.push({
        start,
        end,
        layer: 'parentheticals',
        rank: 2,
        attrs: { 'data-layer': 'parentheticals', 'data-pair': String(pair), 'data-part': part },
        title: `${part} (${pattern})`,
        cls: 'paren',
      });
    }
    return marks;
  }

  /**
   * The text of [from, to) with its marks as nested elements: between two boundaries the open
   * elements are the marks covering the text, outermost first. A mark that crosses another is
   * closed and reopened: its first piece carries `data-layer`, the rest only its look, so each
   * mark is one `[data-layer]` element.
   */
  function renderRange(doc: Doc, marks: Mark[], from: number, to: number): DocumentFragment {
    const inside = marks.filter((m) => m.start < to && m.end > from).sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    const cuts = new Set<number>([from, to]);
    for (const m of inside) {
      cuts.add(Math.max(from, m.start));
      cuts.add(Math.min(to, m.end));
    }
    const tokenStarts = new Set(doc.tokens ?? []);
    const sentenceStarts = new Set(doc.sents ?? []);
    for (const t of doc.tokens ?? []) if (t > from && t < to) cuts.add(t);
    for (const s of doc.sents ?? []) if (s >= from && s < to) cuts.add(s);
    const points = [...cuts].sort((a, b) => a - b);
    const root = document.createDocumentFragment();
    const stack: { mark: Mark; node: Node }[] = [];
    const opened = new Set<Mark>();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const want = inside.filter((m) => m.start <= a && m.end >= b);
      let keep = 0;
      while (keep < stack.length && keep < want.length && stack[keep].mark === want[keep]) keep++;
      stack.length = keep;
      for (const mark of want.slice(keep)) {
        const first = !opened.has(mark);
        opened.add(mark);
        const node = el(
          'span',
          first
            ? { ...mark.attrs, class: mark.cls }
            : { class: `${mark.cls} cont`, ...Object.fromEntries(Object.entries(mark.attrs).filter(([k]) => k !== 'data-layer')) },
        );
        node.title = mark.title;
        (stack.length ? stack[stack.length - 1].node : root).appendChild(node);
        stack.push({ mark, node });
      }
      const parent = stack.length ? stack[stack.length - 1].node : root;
      if (sentenceStarts.has(a)) parent.appendChild(el('span', { class: 'sb', 'aria-hidden': 'true' }));
      else if (tokenStarts.has(a) && a > 0) parent.appendChild(el('span', { class: 'tb', 'aria-hidden': 'true' }));
      parent.appendChild(document.createTextNode(doc.text.slice(a, b)));
    }
    return root;
  }

  /** Blocks of about LAZY_CHARS, cut after a line break where there is one. */
  function blocks(text: string): [number, number][] {
    const out: [number, number][] = [];
    let at = 0;
    while (at < text.length) {
      let end = Math.min(text.length, at + LAZY_CHARS);
      const br = text.lastIndexOf('\n', end);
      if (end < text.length && br > at) end = br + 1;
      out.push([at, end]);
      at = end;
    }
    return out;
  }

  let observer: IntersectionObserver | null = null;
  function renderText(doc: Doc): void {
    observer?.disconnect();
    const marks = marksOf(doc);
    textView.replaceChildren();
    if (doc.text.length <= LAZY_CHARS) {
      textView.append(renderRange(doc, marks, 0, doc.text.length));
      return;
    }
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const block = entry.target as HTMLElement;
          if (!entry.isIntersecting || block.dataset.rendered) continue;
          block.dataset.rendered = '1';
          block.style.minHeight = '';
          block.append(renderRange(doc, marks, Number(block.dataset.from), Number(block.dataset.to)));
        }
      },
      { root: textView.parentElement, rootMargin: '800px' },
    );
    for (const [from, to] of blocks(doc.text)) {
      const block = el('div', { class: 'block', 'data-from': String(from), 'data-to': String(to) });
      block.style.minHeight = `${Math.ceil((to - from) / 60) * 1.9}em`;
      textView.append(block);
      observer.observe(block);
    }
  }

  function cell(row: HTMLElement, text: string): void {
    row.append(el('td', {}, text));
  }

  function renderTables(doc: Doc): void {
    const table = $('entities');
    const body = el('tbody');
    for (const [start, end, label, id, source, value, cs, ce, change] of doc.ents) {
      const row = el('tr', change ? { class: 'appeared' } : {});
      for (const text of [doc.text.slice(start, end), label, id ?? '', value ?? '', source, `${cs}–${ce}`]) cell(row, text);
      body.append(row);
    }
    table.replaceChildren(el('thead'), body);
    table.firstElementChild?.append(headRow(['text', 'label', 'id', 'value', 'source', 'offsets']));
    $('entities-title').textContent = `Entities (${doc.ents.length})`;
    const changes = $('changes');
    changes.replaceChildren();
    if (!doc.diff) return;
    changes.append(el('h3', {}, doc.diff.length ? 'What changed' : 'No change'));
    if (doc.diff.length) changes.append(el('pre', {}, doc.diff.join('\n')));
    for (const v of doc.vanished ?? [])
      changes.append(el('div', { class: 'vanished', 'data-vanished': v.layer }, `− ${v.layer} [${v.start},${v.end}) ${v.text} ${v.what}`));
  }

  function headRow(names: string[]): HTMLElement {
    const row = el('tr');
    for (const name of names) row.append(el('th', {}, name));
    return row;
  }

  function open(index: number): void {
    if (index < 0 || index >= data.docs.length) return;
    current = index;
    const doc = data.docs[index];
    $('doc-title').textContent = doc.title ?? doc.id;
    const meta = $('doc-meta');
    meta.replaceChildren(el('span', {}, doc.id), ...(doc.published ? [el('span', {}, doc.published)] : []));
    if (doc.url) meta.append(el('a', { href: doc.url, rel: 'noreferrer noopener' }, doc.url));
    meta.append(el('span', {}, `${doc.ents.length} entities · ${doc.dates.length} dates · ${new Set(doc.parens.map((p) => p[0])).size} parentheticals`));
    renderText(doc);
    renderTables(doc);
    textView.parentElement?.scrollTo(0, 0);
    const pos = shown.indexOf(index);
    if (pos >= 0 && (pos * ROW < list.scrollTop || (pos + 1) * ROW > list.scrollTop + list.clientHeight)) list.scrollTop = pos * ROW - list.clientHeight / 2;
    renderList();
    history.replaceState(null, '', `#${encodeURIComponent(doc.id)}`);
  }

  function step(by: number): void {
    const pos = shown.indexOf(current);
    const next = shown[Math.min(shown.length - 1, Math.max(0, pos + by))];
    if (next !== undefined) open(next);
  }

  // The legend: a colour and a toggle a label; toggles for the other layers.
  const legend = $('legend');
  for (const label of data.labels) {
    const box = el('input', { type: 'checkbox', 'data-toggle-label': label }) as HTMLInputElement;
    box.checked = true;
    box.addEventListener('change', () => textView.classList.toggle(`hide-${label}`, !box.checked));
    const item = el('label', { class: 'legend-item' });
    item.append(box, el('span', { class: 'swatch', 'data-label': label }), document.createTextNode(label));
    legend.append(item);
  }
  for (const [name, on] of [
    ['dates', true],
    ['parentheticals', true],
    ['tokens', false],
    ['sentences', false],
  ] as const) {
    const box = $<HTMLInputElement>(`toggle-${name}`);
    box.checked = on;
    textView.classList.toggle(`show-${name}`, on);
    box.addEventListener('change', () => textView.classList.toggle(`show-${name}`, box.checked));
  }

  // Hovering one side of a parenthetical lights up the other.
  textView.addEventListener('mouseover', (event) => {
    const pair = (event.target as HTMLElement).closest?.('[data-pair]')?.getAttribute('data-pair');
    for (const node of textView.querySelectorAll('.linked')) node.classList.remove('linked');
    if (pair !== null && pair !== undefined) for (const node of textView.querySelectorAll(`[data-pair="${pair}"]`)) node.classList.add('linked');
  });
  list.addEventListener('scroll', renderList);
  list.addEventListener('click', (event) => {
    const row = (event.target as HTMLElement).closest('.row');
    if (row) open(Number(row.getAttribute('data-index')));
  });
  let timer = 0;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(applySearch, 120);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      clearTimeout(timer);
      applySearch();
      if (shown.length) open(shown[0]);
      search.blur();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.target === search) return;
    if (event.key === 'j' || event.key === 'ArrowDown') step(1);
    else if (event.key === 'k' || event.key === 'ArrowUp') step(-1);
    else if (event.key === '/') {
      event.preventDefault();
      search.focus();
    } else return;
    event.preventDefault();
  });
  window.addEventListener('resize', renderList);

  const fromHash = decodeURIComponent(location.hash.slice(1));
  const start = data.docs.findIndex((d) => d.id === fromHash);
  renderList();
  open(Math.max(start, 0));
}
