import { BLOCKING_LIMITS, candidatePairs, storyGroups } from '../../src/align/blocking';

// The large-input regime at a test's size: past 200 claims, as on a few thousand.
const LARGE = { ...BLOCKING_LIMITS, moderateMax: 200 };
import { idfTable, profile, resolveNames, type Profile } from '../../src/align/profile';
import { extractClaims } from '../../src/extract/claims';

const TOWNS = ['Northtown', 'Southvale', 'Eastwick', 'Westmoor'];
const PEOPLE = ['Ana Ruiz', 'Paul Grant', 'Maria Okafor', 'Lena Brandt'];

/** An article about an event: the event's town, person and number. */
function article(event: number): string {
  const town = TOWNS[event % TOWNS.length]!;
  const person = PEOPLE[event % PEOPLE.length]!;
  return [
    `A storm hit ${town} on Monday and damaged ${100 + event * 7} homes, ${person} said.`,
    `Crews in ${town} worked through the night.`,
  ].join(' ');
}

function profilesOf(texts: readonly string[]): Profile[] {
  return resolveNames(texts.flatMap((text, i) => extractClaims({ id: `a${i}`, text })).map(profile));
}

describe('storyGroups', () => {
  test.each([
    ['few articles: every article pair is compared', 4, 2],
    ['many articles: an inverted index proposes the pairs', 120, 4],
  ])('%s', (_label, articles, events) => {
    const texts = Array.from({ length: articles }, (_, i) => article(i % events));
    const { stories, storyOf } = storyGroups(profilesOf(texts), 0.12);
    expect(stories).toHaveLength(events);
    // Articles of one event share a story, articles of similar events do not.
    for (let i = 0; i < articles; i++) expect(storyOf.get(`a${i}`)).toBe(storyOf.get(`a${i % events}`));
    expect(new Set(Array.from({ length: events }, (_, e) => storyOf.get(`a${e}`))).size).toBe(events);
  });

  test('an article that shares no name or number with any other stands alone', () => {
    const texts = [...Array.from({ length: 110 }, () => article(0)), 'The zoo in Lakeside welcomed a giraffe named Lulu.'];
    const { stories, storyOf } = storyGroups(profilesOf(texts), 0.12);
    expect(stories).toHaveLength(2);
    expect(stories).toContainEqual(['a110']);
    expect(storyOf.get('a110')).not.toBe(storyOf.get('a0'));
  });
});

describe('candidatePairs', () => {
  test('a small input pairs every claim with every other, across events too', () => {
    const profiles = profilesOf([article(0), article(1), article(0)]);
    const storyOf = new Map([['a0', 0], ['a1', 1], ['a2', 0]]);
    const n = profiles.length;
    expect(candidatePairs(profiles, 0.2, idfTable(profiles), storyOf)).toHaveLength((n * (n - 1)) / 2);
  });

  test('a large input pairs claims only inside one event, and a lone article gets none', () => {
    const texts = Array.from({ length: 130 }, (_, i) => article(i % 2));
    const profiles = profilesOf(texts);
    expect(profiles.length).toBeGreaterThan(200);
    // Events 0 and 1 by parity; article a129 is put alone in event 2.
    const storyOf = new Map(texts.map((_, i) => [`a${i}`, i === 129 ? 2 : i % 2]));
    const pairs = candidatePairs(profiles, 0.2, idfTable(profiles), storyOf, LARGE);
    const story = (i: number): number => storyOf.get(profiles[i]!.claim.articleId)!;
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every(([i, j]) => i < j && story(i) === story(j))).toBe(true);
    expect(pairs.some(([i, j]) => story(i) === 2 || story(j) === 2)).toBe(false);
    // Each large event's claims are bounded (24 proposed partners each), never all pairs.
    expect(pairs.length).toBeLessThanOrEqual(24 * profiles.length);
    expect(pairs.length).toBeLessThan((profiles.length * (profiles.length - 1)) / 4);
    // Sorted and free of repeats.
    expect(new Set(pairs.map(([i, j]) => `${i} ${j}`)).size).toBe(pairs.length);
    expect(pairs).toEqual([...pairs].sort((p, q) => p[0] - q[0] || p[1] - q[1]));
  });

  test('a moderate input (a few dozen articles) reads the whole input: pairs across events stay candidates, each claim with at most 200 partners', () => {
    const texts = Array.from({ length: 130 }, (_, i) => article(i % 2));
    const profiles = profilesOf(texts);
    const storyOf = new Map(texts.map((_, i) => [`a${i}`, i % 2]));
    const pairs = candidatePairs(profiles, 0.2, idfTable(profiles), storyOf);
    const story = (i: number): number => storyOf.get(profiles[i]!.claim.articleId)!;
    expect(pairs.some(([i, j]) => story(i) !== story(j))).toBe(true);
    expect(pairs.length).toBeLessThanOrEqual(200 * profiles.length);
    expect(pairs).toEqual([...pairs].sort((p, q) => p[0] - q[0] || p[1] - q[1]));
  });

  test('a small event group inside a large input has every pair scored', () => {
    const texts = [...Array.from({ length: 120 }, () => article(0)), article(1), article(1)];
    const profiles = profilesOf(texts);
    const storyOf = new Map(texts.map((_, i) => [`a${i}`, i >= 120 ? 1 : 0]));
    const small = profiles.map((p, i) => (storyOf.get(p.claim.articleId) === 1 ? i : -1)).filter((i) => i >= 0);
    const pairs = candidatePairs(profiles, 0.2, idfTable(profiles), storyOf, LARGE);
    const inSmall = pairs.filter(([i]) => small.includes(i));
    expect(inSmall).toHaveLength((small.length * (small.length - 1)) / 2);
  });
});
