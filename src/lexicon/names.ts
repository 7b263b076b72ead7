/**
 * Personal names as data: the gender a first name usually has (a generated
 * table, see scripts/build-first-names.ts), nicknames of first names, name
 * suffixes, and the titles and role nouns by which a person is later referred to
 * ("Rep. Jo Lee" … "the congressman" … "the lawmaker").
 *
 * @module
 */
import FIRST_NAMES from './first-names.generated.json';

let genders: ReadonlyMap<string, 'male' | 'female'> | null = null;

/**
 * The gender a first name usually has, or null for a name the table does not
 * hold. The table is read on first use.
 *
 * @example
 * firstNameGender('Ana'); // 'female'
 * firstNameGender('Etheldreda-Xq'); // null
 */
export function firstNameGender(name: string): 'male' | 'female' | null {
  if (!genders) {
    const m = new Map<string, 'male' | 'female'>();
    for (const n of FIRST_NAMES.female.split('|')) m.set(n, 'female');
    for (const n of FIRST_NAMES.male.split('|')) m.set(n, 'male');
    genders = m;
  }
  return genders.get(name.toLowerCase()) ?? null;
}

/**
 * Common English nicknames and short forms of first names, each with the full
 * form it stands for. Used to merge "Mike Lee" and "Michael Lee" across articles.
 *
 * @example
 * NICKNAMES.get('bob'); // 'robert'
 */
export const NICKNAMES: ReadonlyMap<string, string> = new Map([
  ['bob', 'robert'], ['bobby', 'robert'], ['rob', 'robert'], ['robbie', 'robert'], ['bert', 'robert'],
  ['mike', 'michael'], ['mick', 'michael'], ['mickey', 'michael'], ['dick', 'richard'], ['rick', 'richard'],
  ['ricky', 'richard'], ['rich', 'richard'], ['richie', 'richard'], ['ken', 'kenneth'], ['kenny', 'kenneth'],
  ['bill', 'william'], ['billy', 'william'], ['will', 'william'], ['willie', 'william'], ['liam', 'william'],
  ['jim', 'james'], ['jimmy', 'james'], ['jamie', 'james'], ['tom', 'thomas'], ['tommy', 'thomas'],
  ['joe', 'joseph'], ['joey', 'joseph'], ['dan', 'daniel'], ['danny', 'daniel'], ['dave', 'david'],
  ['davey', 'david'], ['chris', 'christopher'], ['tony', 'anthony'], ['ben', 'benjamin'], ['benny', 'benjamin'],
  ['steve', 'steven'], ['stephen', 'steven'], ['ed', 'edward'], ['eddie', 'edward'], ['ted', 'edward'],
  ['ned', 'edward'], ['al', 'albert'], ['andy', 'andrew'], ['drew', 'andrew'], ['pat', 'patrick'],
  ['matt', 'matthew'], ['nick', 'nicholas'], ['pete', 'peter'], ['sam', 'samuel'], ['greg', 'gregory'],
  ['jeff', 'jeffrey'], ['geoff', 'geoffrey'], ['larry', 'lawrence'], ['jerry', 'gerald'], ['fred', 'frederick'],
  ['freddie', 'frederick'], ['charlie', 'charles'], ['chuck', 'charles'], ['hank', 'henry'], ['harry', 'henry'],
  ['jack', 'john'], ['johnny', 'john'], ['jon', 'jonathan'], ['nate', 'nathan'], ['ron', 'ronald'],
  ['ronnie', 'ronald'], ['don', 'donald'], ['donnie', 'donald'], ['doug', 'douglas'], ['phil', 'philip'],
  ['ray', 'raymond'], ['walt', 'walter'], ['gene', 'eugene'], ['frank', 'francis'], ['newt', 'newton'],
  ['mitch', 'mitchell'], ['gabe', 'gabriel'], ['zach', 'zachary'], ['alex', 'alexander'], ['vince', 'vincent'],
  ['tim', 'timothy'], ['timmy', 'timothy'], ['terry', 'terrence'],
  ['liz', 'elizabeth'], ['beth', 'elizabeth'], ['betsy', 'elizabeth'], ['betty', 'elizabeth'],
  ['libby', 'elizabeth'], ['eliza', 'elizabeth'], ['kate', 'katherine'], ['katie', 'katherine'], ['kathy', 'katherine'],
  ['cathy', 'catherine'], ['peggy', 'margaret'], ['maggie', 'margaret'], ['meg', 'margaret'], ['sue', 'susan'],
  ['susie', 'susan'], ['jenny', 'jennifer'], ['jen', 'jennifer'], ['becky', 'rebecca'], ['debbie', 'deborah'],
  ['deb', 'deborah'], ['patty', 'patricia'], ['trish', 'patricia'], ['barb', 'barbara'],
  ['mandy', 'amanda'], ['abby', 'abigail'], ['annie', 'ann'], ['sandy', 'sandra'],
  ['vicky', 'victoria'], ['tori', 'victoria'], ['val', 'valerie'], ['dot', 'dorothy'], ['dottie', 'dorothy'],
]);

/**
 * Suffixes that end a person's name without being the surname ("Jo Lee Jr.").
 *
 * @example
 * NAME_SUFFIXES.has('jr.'); // true
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * The Latin tail of a title ("Senate President Pro Tem Jo Lee"): part of the role, never of the name.
 *
 * @example
 * TITLE_TAILS.has('tem'); // true
 */
export const TITLE_TAILS: ReadonlySet<string> = new Set(['pro', 'tem', 'tem.', 'tempore']);

/**
 * Titles written before a name, with the role nouns that later refer to their
 * bearer: "Rep. Jo Lee" is "the congressman", "the lawmaker", "the representative".
 * Keys are lower case, with and without the abbreviation's period.
 *
 * @example
 * TITLE_ROLES.get('gov.')?.has('governor'); // true
 */
export const TITLE_ROLES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const house = ['congressman', 'congresswoman', 'lawmaker', 'representative', 'legislator', 'member'];
  const senate = ['senator', 'lawmaker', 'legislator', 'member'];
  const groups: readonly (readonly [readonly string[], readonly string[]])[] = [
    [['rep', 'rep.', 'representative', 'congressman', 'congresswoman'], house],
    [['sen', 'sen.', 'senator'], senate],
    [['gov', 'gov.', 'governor'], ['governor']],
    [['president'], ['president']],
    [['mayor'], ['mayor']],
    [['judge', 'justice'], ['judge', 'justice']],
    [['speaker'], ['speaker', 'lawmaker']],
    [['secretary'], ['secretary']],
    [['gen', 'gen.', 'general'], ['general']],
    [['prof', 'prof.', 'professor'], ['professor']],
    [['dr', 'dr.'], ['doctor']],
    [['attorney'], ['attorney']],
    [['sheriff'], ['sheriff']],
    [['chairman', 'chairwoman'], ['chairman', 'chairwoman', 'chair']],
  ];
  const m = new Map<string, ReadonlySet<string>>();
  for (const [titles, roles] of groups) for (const t of titles) m.set(t, new Set([t.replace(/\.$/, ''), ...roles]));
  return m;
})();

/**
 * Capitalised words that end a run after a first name but are no surname: weekdays
 * ("Even Friday, …" where "Even" is also a first name) and the last words of place
 * names ("Marshall Islands", "Jordan Valley"). A run ending in one is no person.
 *
 * @example
 * NOT_SURNAMES.has('friday'); // true
 */
export const NOT_SURNAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'islands', 'mountains', 'states', 'kingdom', 'county', 'province', 'republic', 'valley', 'heights',
  'street', 'avenue', 'boulevard', 'ocean', 'strait', 'peninsula', 'district', 'territory', 'airport', 'bridge',
]);

/**
 * Words that open place names and are also listed as first names ("North
 * Carolina", "Washington State"): a run that starts with one is no person unless
 * a title precedes it.
 *
 * @example
 * PLACE_WORDS.has('north'); // true
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'new', 'saint', 'san', 'santa', 'los', 'las', 'fort', 'port', 'mount', 'lake',
  'great', 'little', 'upper', 'lower', 'united', 'central', 'middle', 'rhode', 'puerto', 'costa', 'el', 'la', 'le',
  'washington', 'georgia', 'virginia', 'carolina', 'dakota', 'indiana', 'florida', 'columbia', 'jordan', 'israel',
  'china', 'india', 'kenya', 'chad', 'victoria', 'paris', 'london', 'berlin', 'sydney', 'austin', 'houston', 'dallas',
  'denver', 'phoenix', 'orlando', 'tampa', 'aurora', 'alexandria', 'charlotte', 'madison', 'lincoln', 'cleveland',
  'christian', 'democrat', 'republican', 'independent', 'federal', 'national', 'royal', 'general', 'major', 'judge',
  'king', 'queen', 'prince', 'princess', 'earl', 'duke', 'baron', 'sir', 'lady', 'lord', 'bishop', 'rev',
]);
