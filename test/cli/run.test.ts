import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { fakeIo } from './fake-io';

const STORY = join(__dirname, '..', '..', 'examples', 'story');

const BRIDGE = {
  'harbor.txt': 'Bridge Shut\nSource: Harbor Herald\nThe Northgate Bridge was closed on Monday. Minister Ana Ruiz said it would stay shut for two weeks.',
  'valley.txt': 'Bridge Reopens Soon\nBy Valley Post\nThe Northgate Bridge closed on Monday. Ana Ruiz said the bridge could reopen this week only if inspectors agree.',
};

describe('runCli', () => {
  test.each([
    ['help', ['--help'], 0, /Examples:/],
    ['version', ['--version'], 0, /^9\.9\.9\n$/],
  ])('%s', (_label, argv, code, stdout) => {
    const f = fakeIo({});
    expect(runCli(argv, f.io)).toBe(code);
    expect(f.out()).toMatch(stdout);
  });

  test.each([
    ['bad option', ['--nope'], /unknown option '--nope'[\s\S]*--help/],
    ['missing file', ['harbor.txt', 'missing.txt'], /missing\.txt: no such file; check the path/],
    ['no files on a terminal', [], /no input files/],
    ['stdin twice', ['-', '-'], /stdin \('-'\) can be read only once/],
    ['bad json', ['x.json'], /x\.json: not valid JSON/],
  ])('exit 2: %s', (_label, argv, stderr) => {
    const f = fakeIo({ ...BRIDGE, 'x.json': '{' });
    expect(runCli(argv, f.io)).toBe(2);
    expect(f.err()).toMatch(stderr);
    expect(f.out()).toBe('');
  });

  test('exit 1 when the analysis rejects an article (a number as date)', () => {
    const f = fakeIo({ 'a.json': '[{"text":"A.","publishedAt":5},{"text":"B."}]' });
    expect(runCli(['a.json'], f.io)).toBe(1);
    expect(f.err()).toMatch(/analysis failed \(invalid_field\): .*publishedAt/);
  });

  test('exit 2 when the output cannot be written', () => {
    const f = fakeIo(BRIDGE, { unwritable: true });
    expect(runCli(['harbor.txt', 'valley.txt', '--out', 'no/such/dir/r.html'], f.io)).toBe(2);
    expect(f.err()).toMatch(/no\/such\/dir\/r\.html: cannot write the report/);
  });

  test.each([
    ['md', /^# Bridge\n/],
    ['json', /^\{\n {2}"articles"/],
    ['html', /^<!doctype html>/],
    ['csv', /^type,id,articleId/],
  ])('writes %s to stdout', (format, head) => {
    const f = fakeIo(BRIDGE);
    expect(runCli(['harbor.txt', 'valley.txt', '--format', format, '--title', 'Bridge'], f.io)).toBe(0);
    expect(f.out()).toMatch(head);
  });

  test('--out writes the file and nothing to stdout; json is stable', () => {
    const f = fakeIo(BRIDGE);
    expect(runCli(['harbor.txt', 'valley.txt', '-o', 'r.json'], f.io)).toBe(0);
    const g = fakeIo(BRIDGE);
    runCli(['harbor.txt', 'valley.txt', '-o', 'r.json'], g.io);
    expect(f.out()).toBe('');
    expect(f.written['r.json']).toBe(g.written['r.json']);
    const report = JSON.parse(f.written['r.json']!) as { articles: { id: string; outlet: string | null }[] };
    expect(report.articles.map((a) => [a.id, a.outlet])).toEqual([['harbor', 'Harbor Herald'], ['valley', 'Valley Post']]);
  });

  test('reads stdin when piped and no files are given', () => {
    const f = fakeIo({}, { stdin: '[{"text":"The bridge is closed."},{"text":"The bridge is open."}]', stdinIsTTY: false });
    expect(runCli(['--format', 'json'], f.io)).toBe(0);
    expect(JSON.parse(f.out()).articles).toHaveLength(2);
  });

  test('progress goes to stderr only on a terminal with more than five articles', () => {
    const many = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`n${i}.txt`, `Story ${i}\nThe bridge was closed on Monday.`]));
    const quiet = fakeIo(many);
    runCli(Object.keys(many), quiet.io);
    expect(quiet.err()).toBe('');
    const loud = fakeIo(many, { stderrIsTTY: true });
    expect(runCli(Object.keys(many), loud.io)).toBe(0);
    expect(loud.err()).toMatch(/reading 6\/6[\s\S]*done: 6 articles/);
  });

  test('check prints one row per article', () => {
    const f = fakeIo(BRIDGE);
    expect(runCli(['check', 'The bridge was closed on Monday', 'harbor.txt', 'valley.txt', '-f', 'json'], f.io)).toBe(0);
    const out = JSON.parse(f.out()) as { claim: string; results: { articleId: string }[] };
    expect(out.claim).toBe('The bridge was closed on Monday');
    expect(out.results.map((r) => r.articleId).sort()).toEqual(['harbor', 'valley']);
  });

  test('round-trips the example story in all three formats', () => {
    const files = Object.fromEntries(readdirSync(STORY).filter((n) => n.endsWith('.txt')).map((n) => [n, readFileSync(join(STORY, n), 'utf8')]));
    const outputs: Record<string, string> = {};
    for (const format of ['md', 'json', 'html']) {
      const f = fakeIo(files);
      expect(runCli([...Object.keys(files), '--format', format], f.io)).toBe(0);
      outputs[format] = f.out();
    }
    const report = JSON.parse(outputs['json']!) as { articles: unknown[]; claims: unknown[] };
    expect(report.articles).toHaveLength(5);
    expect(outputs['md']).toContain('## Contested');
    expect(outputs['html']).toContain('class="cd-matrix"');
  });
});
