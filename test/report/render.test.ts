import { toHtml } from '../../src/report/html';
import { anchorId, escapeHtml, markText, safeHref } from '../../src/report/escape';
import { toMarkdown, mdText } from '../../src/report/markdown';
import { toCsv, toRows } from '../../src/report/rows';
import { cellsOf, dateRange, formatReason, linksOf, opensWithQuote, positionFacts, positionLetter, reasonTexts, viewOf } from '../../src/report/view';
import { compare } from '../../src/compare';
import { bridgeReport, emptyReport, hostileReport } from '../fixtures/report/bridge';

describe('escaping', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onerror="x', '&quot; onerror=&quot;x'],
    ["it's & 🚧", 'it&#39;s &amp; 🚧'],
  ])('escapeHtml(%j)', (input, expected) => expect(escapeHtml(input)).toBe(expected));

  test.each([
    ['https://example.com/a?b=1&c=2', 'https://example.com/a?b=1&amp;c=2'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    [' JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>', null],
    ['/relative/path', null],
    ['https://e.com/"><script>', 'https://e.com/%22%3E%3Cscript%3E'],
    [null, null],
  ])('safeHref(%j)', (input, expected) => expect(safeHref(input)).toBe(expected));

  test('anchorId keeps distinct ids distinct and attribute-safe', () => {
    expect(anchorId('k', 'a:b')).not.toBe(anchorId('k', 'a_b'));
    expect(anchorId('k', 'x"><svg>')).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  test('markText escapes and clips overlapping ranges', () => {
    const open = '<m>';
    expect(markText('a <b> c', [{ start: 2, end: 5, open, close: '</m>' }])).toBe('a <m>&lt;b&gt;</m> c');
    expect(markText('abcdef', [{ start: 0, end: 4, open, close: '</m>' }, { start: 2, end: 6, open, close: '</m>' }])).toBe('<m>abcd</m><m>ef</m>');
    expect(markText('abc', [{ start: -3, end: 99, open, close: '</m>' }])).toBe('<m>abc</m>');
  });
});

describe('view', () => {
  const view = viewOf(bridgeReport);
  test('formatReason quotes the evidence of each side', () => {
    const rel = bridgeReport.relations.find((r) => r.label === 'qualify')!;
    expect(formatReason(view, rel, rel.reasons[0]!)).toBe("modality: 'ruled out' vs 'only if a second inspection …'");
  });
  test('reasonTexts shows a reason found twice once, and keeps distinct ones in order', () => {
    const rel = bridgeReport.relations.find((r) => r.label === 'qualify')!;
    const first = rel.reasons[0]!;
    const twice = { ...rel, reasons: [first, { ...first }, { ...first, kind: 'condition' as const }] };
    expect(reasonTexts(view, twice)).toEqual([formatReason(view, rel, first), formatReason(view, rel, { ...first, kind: 'condition' })]);
  });
  test.each([
    ['p1', { harbor: 'agree', valley: 'agree', city: 'agree' }],
    ['p2', { harbor: 'contradict', valley: 'contradict', city: 'silent' }],
    ['p3', { harbor: 'contradict', valley: 'contradict', city: 'silent' }],
  ])('matrix cells of %s', (id, expected) => {
    const cells = cellsOf(view, bridgeReport.points.find((k) => k.id === id)!);
    expect(Object.fromEntries([...cells].map(([a, c]) => [a, c.state]))).toEqual(expected);
  });
});

describe('positions in the view', () => {
  const view = viewOf(bridgeReport);
  test.each([[0, 'A'], [2, 'C'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [-1, 'A']])('positionLetter(%d) is %s', (n, expected) => expect(positionLetter(n)).toBe(expected));
  test.each([
    [[], ''],
    [['2025-03-03'], '2025-03-03'],
    [['2025-03-03', '2025-03-04', '2025-03-09'], '2025-03-03 – 2025-03-09'],
  ])('dateRange(%j)', (dates, expected) => expect(dateRange(dates)).toBe(expected));
  test('positionFacts: outlets in input order, speakers once each, dates oldest first, claims in article order', () => {
    const facts = positionFacts(view, { id: 'x', claimIds: ['city:c1', 'valley:c1', 'harbor:c1'], articleIds: ['city', 'valley', 'harbor'], label: '' });
    expect(facts.outlets).toEqual(['Harbor Herald', 'Valley Post', 'City Wire']);
    expect(facts.speakers).toEqual(['the article itself', 'officials']);
    expect(facts.dates).toEqual(['2025-03-03', '2025-03-04']);
    expect(facts.claims.map((c) => c.id)).toEqual(['harbor:c1', 'valley:c1', 'city:c1']);
  });
  test('positionFacts: a claim missing from the report is skipped, not a crash', () => {
    expect(positionFacts(view, { id: 'x', claimIds: ['nowhere:c1'], articleIds: [], label: '' })).toEqual({ outlets: [], speakers: [], dates: [], claims: [] });
  });
  test('every claim of the fixture has its position', () => {
    expect(bridgeReport.claims.every((c) => view.positionOfClaim.has(c.id))).toBe(true);
  });
});

describe('claims that open with a quotation mark', () => {
  test.each([
    ['"We will not reopen it," she said', true],
    ['“Talks continue,” he said', true],
    ['Repairs start on Monday', false],
    ['The mayor said "no"', false],
  ])('opensWithQuote(%j) is %s', (text, expected) => expect(opensWithQuote(text)).toBe(expected));

  const report = compare([
    { id: 'a', text: '"The Harbor Bridge will stay closed this week," Mayor Ana Ruiz said.' },
    { id: 'b', text: '"The Harbor Bridge stays closed this week," Mayor Ana Ruiz told reporters.' },
  ]);
  test('Markdown shows them as they stand, with no second pair of quotes', () => {
    const md = toMarkdown(report);
    expect(md).toContain(': "The Harbor Bridge will stay closed this week," Mayor Ana Ruiz said');
    expect(md).not.toMatch(/""|"“/);
  });
  test('HTML marks them so the page adds no quotes around them', () => {
    expect(toHtml(report)).toMatch(/<p class="cd-quote cd-own">&quot;The /);
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(bridgeReport, { title: 'Bridge' });
  test('contested first, then agreements, then single-outlet claims, then sources', () => {
    const order = ['# Bridge', '## Contested', '## Agreements', '## Claims only one outlet makes', '## Sources'].map((h) => md.indexOf(h));
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  test('who says what, with quote kind, cue and the reason of each tension', () => {
    expect(md).toContain('**Harbor Herald** — Ana Ruiz (Transport minister), direct quote, *told*, negative: "We have ruled out reopening it this month"');
    expect(md).toContain("modality: 'ruled out' vs 'only if a second inspection …'");
    expect(md).toContain('silent: City Wire');
    expect(md).toContain('| Ana Ruiz | Transport minister | Harbor Herald, Valley Post | 1 | 2 | 0 |');
  });
  test('a point shows as its positions, with outlets, speakers and dates, then the tensions between them', () => {
    const block = md.slice(md.indexOf('### 1.'), md.indexOf('### 2.'));
    expect(block).toContain('**Position A** · Harbor Herald · speakers: Ana Ruiz · 2025-03-03');
    expect(block).toContain('**Position C** · Valley Post · speakers: Ana Ruiz · 2025-03-03');
    expect(block.indexOf('**Position C**')).toBeLessThan(block.indexOf('**Tensions between positions**'));
    expect(block).toContain('- **A ↔ C**: contradict (1 pair)');
    expect(block).toContain("  - Harbor Herald ↔ Valley Post **qualifies** — modality: 'ruled out' vs 'only if a second inspection …' (0.74)");
    expect(md).toContain('**One position**: "The Northgate Bridge was closed on Monday after inspectors found a crack in a support beam" · Harbor Herald, Valley Post, City Wire · speakers: the article itself, officials · 2025-03-03 – 2025-03-04');
  });
  test('keeps unicode and emoji', () => expect(md).toContain('🚧'));
  test('empty report', () => expect(toMarkdown(emptyReport)).toBe('# claimdiff report\n\nNo articles were compared.\n'));
  test('hostile text stays literal', () => {
    const h = toMarkdown(hostileReport);
    // Code spans are literal in Markdown; everywhere else '<' must be escaped.
    expect(h.replace(/`[^`]*`/g, '')).not.toMatch(/(?<!\\)<[a-z/]/i);
    expect(h).toContain('\\<script\\>');
  });
  test.each([
    ['a *b* _c_', 'a \\*b\\* \\_c\\_'],
    ['x | y', 'x \\| y'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['a\n\n  b', 'a b'],
    ['&lt; & more', '\\&lt; & more'],
    ['file_id_2 and _x_', 'file_id_2 and \\_x\\_'],
  ])('mdText(%j)', (input, expected) => expect(mdText(input)).toBe(expected));
  test('is a pure function', () => {
    const before = JSON.stringify(bridgeReport);
    expect(toMarkdown(bridgeReport, { title: 'Bridge' })).toBe(md);
    expect(JSON.stringify(bridgeReport)).toBe(before);
  });
});

describe('toHtml', () => {
  const html = toHtml(bridgeReport, { title: 'Bridge & <Co>' });
  test('one self-contained page', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<link\b|<img\b|src=|@import|url\(/);
    expect(html).toContain('<title>Bridge &amp; &lt;Co&gt;</title>');
  });
  test('matrix, tensions, highlights and sources are there', () => {
    expect(html).toContain('class="cd-matrix"');
    expect(html.match(/class="cd-cell silent"/g)?.length).toBe(2);
    expect(html).toContain('<mark title="modality: ruled out vs possible under a condition">ruled out</mark>');
    expect(html).toContain('class="cd-tension qualify"');
    expect(html.match(/class="cd-hl /g)?.length).toBe(bridgeReport.claims.length);
    expect(html).toContain('href="https://harbor.example/bridge"');
  });
  test('each point card holds its positions, then the tensions between positions', () => {
    expect(html.match(/<article class="cd-card cd-point /g)?.length).toBe(3);
    expect(html.match(/<section class="cd-position"/g)?.length).toBe(6);
    expect(html).toContain('data-position="p2.3"');
    expect(html).toContain('2 tensions between positions');
    expect(html).toContain('speakers: the article itself, officials · 2025-03-03 – 2025-03-04');
    const card = html.slice(html.indexOf('id="k-p2"'), html.indexOf('</article>', html.indexOf('id="k-p2"')));
    expect(card.indexOf('cd-position')).toBeLessThan(card.indexOf('cd-tensions'));
  });
  test('a matrix cell names the positions its article takes, only where a point has several', () => {
    expect(html).toContain('<span class="cd-letter" title="position A B">A B</span>');
    expect(html).toContain('<span class="cd-letter" title="position C">C</span>');
    // p2 (harbor A B, valley C) and p3 (harbor A, valley B); the one-position p1 shows none.
    const matrix = html.slice(html.indexOf('class="cd-matrix"'), html.indexOf('</table>'));
    expect(matrix.match(/class="cd-letter"/g)?.length).toBe(4);
  });
  test('hostile input comes out as text', () => {
    const h = toHtml(hostileReport);
    const body = h.slice(h.indexOf('<body>'), h.lastIndexOf('<script>'));
    expect(body).not.toMatch(/<(script|img|iframe|svg)\b|href="(javascript|data)/i);
    // Outside quoted attribute values, no tag carries an event handler.
    expect(body.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son\w+=/i);
    expect(body).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(h.match(/<script>/g)?.length).toBe(1);
  });
  test('fragment: scoped style, no script, no document', () => {
    const f = toHtml(bridgeReport, { fragment: true });
    expect(f.startsWith('<style>')).toBe(true);
    expect(f).not.toMatch(/<script|<html|<body/);
  });
  test('empty report renders without throwing', () => {
    const e = toHtml(emptyReport);
    expect(e).toContain('No articles were compared.');
    expect(e).toContain('</html>');
  });
  test('deterministic', () => expect(toHtml(bridgeReport, { title: 'Bridge & <Co>' })).toBe(html));
});

describe('toRows', () => {
  const rows = toRows(bridgeReport);
  test('one row per claim and per relation, all with the same columns', () => {
    expect(rows.filter((r) => r.type === 'claim')).toHaveLength(bridgeReport.claims.length);
    expect(rows.filter((r) => r.type === 'relation')).toHaveLength(bridgeReport.relations.length);
    const keys = Object.keys(rows[0]!).join();
    expect(rows.every((r) => Object.keys(r).join() === keys)).toBe(true);
  });
  test('claim and relation rows carry their fields', () => {
    expect(rows.find((r) => r.id === 'harbor:c3')).toMatchObject({ speaker: 'Ana Ruiz', quoteKind: 'direct quote', cue: 'told', polarity: 'negative', pointId: 'p2', positionId: 'p2.2', consensus: 'contested', outlet: 'Harbor Herald' });
    expect(rows.find((r) => r.id === 'harbor:c3~valley:c2')).toMatchObject({ type: 'relation', label: 'qualify', score: 0.74, pointId: 'p2', positionId: null });
  });
  test('empty report gives no rows', () => expect(toRows(emptyReport)).toEqual([]));
  test('CSV quotes fields and defuses formulas', () => {
    const csv = toCsv([{ ...rows[0]!, text: '=HYPERLINK("x"), "quoted"\nline' }]);
    expect(csv.split('\n')[0]!.startsWith('type,id,articleId')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x""), ""quoted""\nline"`);
  });
});

describe('links between points', () => {
  // harbor:c1 (p1) qualifies valley:c2 (p2); city:c2 (p5, one outlet) agrees with harbor:c1; a neutral link shows nowhere.
  const linked: typeof bridgeReport = {
    ...bridgeReport,
    relations: [
      ...bridgeReport.relations,
      { a: 'harbor:c1', b: 'valley:c2', label: 'qualify', score: 0.83, reasons: [{ kind: 'temporal', detail: 'closed against could reopen', spans: [] }] },
      { a: 'harbor:c1', b: 'city:c2', label: 'agree', score: 0.81, reasons: [] },
      { a: 'harbor:c4', b: 'city:c1', label: 'neutral', score: 0.8, reasons: [] },
    ],
  };
  const view = viewOf(linked);
  test('the view keeps a point\'s own relations apart from its links, and the matrix reads only its own', () => {
    expect(view.relationsOfPoint.get('p1')?.map((r) => r.b)).toEqual(['valley:c1', 'city:c1', 'city:c1']);
    expect(view.linksOfPoint.get('p1')?.map((r) => r.b)).toEqual(['valley:c2', 'city:c2', 'city:c1']);
    expect(view.linksOfPoint.get('p2')?.map((r) => r.a)).toEqual(['harbor:c1']);
    const point = linked.points.find((k) => k.id === 'p1')!;
    expect(cellsOf(view, point)).toEqual(cellsOf(viewOf(bridgeReport), point));
  });
  test.each([
    ['p1', [['valley:c2', 'p2'], ['city:c2', null]]],
    ['p2', [['harbor:c1', 'p1']]],
    // p3's one link (harbor:c4 to city:c1) is neutral.
    ['p3', []],
  ] as const)('linksOf %s: non-neutral links, with the shared point on the other side', (id, expected) => {
    const links = linksOf(view, linked.points.find((k) => k.id === id)!);
    expect(links.map((l) => [l.there.id, l.otherPoint?.id ?? null])).toEqual(expected);
  });
  test('Markdown lists them under the point, naming the other point', () => {
    const md = toMarkdown(linked);
    const block = md.slice(md.indexOf('Northgate Bridge closed on Monday'), md.indexOf('## Claims only one outlet makes'));
    expect(block).toContain('**Bears on other points**');
    expect(block).toContain('**qualifies** Valley Post: "the bridge could reopen this month only if a second inspection finds no further damage" (in the point "When the bridge can reopen") — temporal: closed against could reopen (0.83)');
    expect(block).toContain('**agrees with** City Wire: "Commuters face detours of up to 40 minutes" (in no shared point) (0.81)');
    expect(toMarkdown(bridgeReport)).not.toContain('Bears on other points');
  });
  test('HTML shows a tension link side by side and links to the other point', () => {
    const html = toHtml(linked);
    expect(html).toContain('<div class="cd-tensions cd-links"><h4>Bears on other points</h4>');
    expect(html).toContain('a claim in the point <a href="#k-p2">When the bridge can reopen</a>');
    expect(html).toContain('(in no shared point)');
    expect(toHtml(bridgeReport)).not.toContain('cd-links');
  });
});
