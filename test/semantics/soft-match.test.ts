import { vectorProfile } from '../../src/semantics/profile';
import { softCoverage, softMatch } from '../../src/semantics/soft-match';

const sm = (a: string, b: string): number => softMatch(vectorProfile(a), vectorProfile(b));

describe('softMatch', () => {
  test.each([
    ['The minister resigned on Friday', 'The minister quit on Friday', 'Heavy rain flooded the valley'],
    ['Talks between the two sides collapsed', 'Negotiations between both parties failed', 'The team won the final match'],
    ['The company cut 500 jobs', 'The firm laid off 500 workers', 'The museum opened a new exhibition'],
    ['Police arrested the suspect', 'Officers detained the man', 'The senator praised the budget'],
  ])('"%s" matches its paraphrase above an unrelated sentence', (a, para, other) => {
    expect(sm(a, para)).toBeGreaterThan(sm(a, other));
  });
  test('the same sentence matches fully', () => {
    expect(sm('Talks collapsed', 'talks collapsed')).toBe(1);
  });
  test('symmetric', () => {
    const a = 'The minister resigned after the vote';
    const b = 'The minister quit';
    expect(sm(a, b)).toBeCloseTo(sm(b, a), 12);
  });
  test.each([
    ['empty against text', '', 'Talks collapsed'],
    ['both empty', '', ''],
    ['only stopwords', 'it was the', 'Talks collapsed'],
  ])('%s gives 0', (_label, a, b) => {
    expect(sm(a, b)).toBe(0);
  });
  test('unknown words count only when the same word is on the other side', () => {
    expect(sm('qzxvbnmw', 'qzxvbnmw')).toBe(1);
    expect(sm('qzxvbnmw', 'wvxzqpl')).toBe(0);
  });
  test('deterministic: the same inputs give the same score', () => {
    const a = 'Officials denied that the talks had failed';
    const b = 'The government rejected reports that negotiations collapsed';
    expect(sm(a, b)).toBe(sm(a, b));
  });
});

describe('softCoverage', () => {
  test('a short claim inside a long one is covered more than the long one inside it', () => {
    const short = vectorProfile('The minister resigned');
    const long = vectorProfile('The minister resigned after weeks of protests over the budget and the strikes');
    expect(softCoverage(short, long)).toBeGreaterThan(softCoverage(long, short));
  });
});
