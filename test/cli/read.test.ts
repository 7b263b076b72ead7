import { baseId, htmlToArticle, InputError, parseFile, parseStdin, readInputs, type ReadIo } from '../../src/cli/read';

function io(files: Record<string, string>, stdin = ''): ReadIo {
  return {
    readFile: (p) => {
      if (p === 'folder') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return f;
    },
    readStdin: () => stdin,
  };
}

describe('parseFile', () => {
  test.each([
    ['txt: file name is the id, text verbatim', 'news/harbor.txt', 'Bridge Shut\nSource: Harbor Herald\nIt closed.', [{ id: 'harbor', text: 'Bridge Shut\nSource: Harbor Herald\nIt closed.' }]],
    ['no extension is text', 'notes', 'Hello.', [{ id: 'notes', text: 'Hello.' }]],
    ['BOM dropped', 'a.txt', '\ufeffHello.', [{ id: 'a', text: 'Hello.' }]],
    ['md heading is the title', 'b.md', '# Bridge Shut\n\nIt closed.', [{ id: 'b', text: '# Bridge Shut\n\nIt closed.', title: 'Bridge Shut' }]],
    ['json object without id', 'c.json', '{"text":"It closed.","outlet":"X"}', [{ id: 'c', text: 'It closed.', outlet: 'X' }]],
    ['json array keeps given ids', 'd.json', '[{"id":"p","text":"A."},{"text":"B."}]', [{ id: 'p', text: 'A.' }, { id: 'd-2', text: 'B.' }]],
    ['emoji and unicode', 'é.txt', 'Zoë said 🚧.', [{ id: 'é', text: 'Zoë said 🚧.' }]],
  ])('%s', (_label, name, content, expected) => {
    expect(parseFile(name, content)).toEqual(expected);
  });

  test.each([
    ['bad JSON', 'x.json', '{text:', /x\.json: not valid JSON/],
    ['JSON without text', 'x.json', '{"title":"T"}', /x\.json: each article needs a "text" string/],
    ['array item not an object', 'x.json', '[{"text":"a"}, 3]', /x\.json\[1\]: each article needs/],
  ])('error: %s', (_label, name, content, message) => {
    expect(() => parseFile(name, content)).toThrow(message);
  });
});

describe('htmlToArticle', () => {
  test('extracts text and metadata, drops scripts and navigation', () => {
    const html = `<html><head><title>Bridge &amp; Road</title><meta property="og:site_name" content="Harbor Herald"><link rel="canonical" href="https://h.example/b"><meta property="article:published_time" content="2025-03-03T08:00:00Z"></head>
<body><nav>Home | News</nav><h1>Bridge Shut</h1><p>It closed on <b>Monday</b>.</p><script>alert(1)</script><p>Ruiz said &ldquo;no&rdquo;.</p></body></html>`;
    expect(htmlToArticle(html)).toEqual({ text: 'Bridge Shut\nIt closed on Monday.\nRuiz said “no”.', title: 'Bridge & Road', outlet: 'Harbor Herald', url: 'https://h.example/b', publishedAt: '2025-03-03T08:00:00Z' });
  });
  test('a fragment without head', () => expect(htmlToArticle('<p>A &lt;b&gt;.</p>')).toEqual({ text: 'A <b>.' }));
});

describe('parseStdin', () => {
  test.each([
    ['json', ' [{"text":"A."}]', [{ id: 'stdin-1', text: 'A.' }]],
    ['html', '<p>A.</p>', [{ id: 'stdin', text: 'A.' }]],
    ['text', 'A.\n', [{ id: 'stdin', text: 'A.\n' }]],
  ])('%s', (_label, input, expected) => expect(parseStdin(input)).toEqual(expected));
});

describe('readInputs', () => {
  test('reads in order; duplicate base names get a suffix', () => {
    const got = readInputs(['x/a.txt', 'y/a.txt', '-'], io({ 'x/a.txt': 'One.', 'y/a.txt': 'Two.' }, 'Three.'));
    expect(got.map((a) => a.id)).toEqual(['a', 'a-2', 'stdin']);
  });
  test.each([
    ['missing file', ['nope.txt'], /nope\.txt: no such file; check the path/],
    ['a folder', ['folder'], /folder: is a folder; pass the files inside it/],
  ])('error: %s', (_label, paths, message) => {
    expect(() => readInputs(paths, io({}))).toThrow(InputError);
    expect(() => readInputs(paths, io({}))).toThrow(message);
  });
  test('baseId', () => expect(baseId('C:\\news\\story.v2.txt')).toBe('story.v2'));
});
