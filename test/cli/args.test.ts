import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  test.each([
    ['files only', ['a.txt', 'b.txt'], { kind: 'compare', files: ['a.txt', 'b.txt'], format: 'md', out: null, title: null }],
    ['--format html', ['a.txt', '--format', 'html'], { kind: 'compare', files: ['a.txt'], format: 'html', out: null, title: null }],
    ['--format=json', ['--format=json', 'a.txt'], { kind: 'compare', files: ['a.txt'], format: 'json', out: null, title: null }],
    ['format from --out', ['a.txt', '-o', 'r.html'], { kind: 'compare', files: ['a.txt'], format: 'html', out: 'r.html', title: null }],
    ['--format wins over --out', ['a.txt', '-o', 'r.html', '-f', 'markdown'], { kind: 'compare', files: ['a.txt'], format: 'md', out: 'r.html', title: null }],
    ['title with spaces and emoji', ['a.txt', '--title', 'Bridge 🚧 story'], { kind: 'compare', files: ['a.txt'], format: 'md', out: null, title: 'Bridge 🚧 story' }],
    ['stdin dash', ['-', 'b.txt'], { kind: 'compare', files: ['-', 'b.txt'], format: 'md', out: null, title: null }],
    ['-- then a dashed file', ['--', '--weird.txt'], { kind: 'compare', files: ['--weird.txt'], format: 'md', out: null, title: null }],
    ['no args', [], { kind: 'compare', files: [], format: 'md', out: null, title: null }],
    ['help wins', ['a.txt', '--help'], { kind: 'help' }],
    ['-h', ['-h'], { kind: 'help' }],
    ['version', ['--version'], { kind: 'version' }],
    ['check', ['check', 'The bridge is closed', 'a.txt', 'b.txt'], { kind: 'check', claim: 'The bridge is closed', files: ['a.txt', 'b.txt'], format: 'md', out: null }],
    ['check json', ['check', 'X', 'a.txt', '--format', 'json'], { kind: 'check', claim: 'X', files: ['a.txt'], format: 'json', out: null }],
  ])('%s', (_label, argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  test.each([
    ['unknown option', ['--colour'], /unknown option '--colour'/],
    ['bad format', ['-f', 'pdf'], /unknown format 'pdf'.*md, json, html, csv/],
    ['missing value', ['a.txt', '--format'], /--format needs a value/],
    ['empty out', ['--out='], /--out needs a file name/],
    ['check without claim', ['check'], /check needs a claim/],
    ['check with blank claim', ['check', '  ', 'a.txt'], /check needs a claim/],
    ['check as html', ['check', 'X', 'a.txt', '-f', 'html'], /check writes md, json or csv/],
  ])('error: %s', (_label, argv, message) => {
    const cmd = parseArgs(argv);
    expect(cmd.kind).toBe('error');
    expect(cmd.kind === 'error' && cmd.message).toMatch(message);
  });
});
