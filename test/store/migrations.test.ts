/**
 * The checks that refuse a foreign database or a newer store before anything is written.
 */
import { checkExisting, latestVersion, POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS, STORE_APP } from '../../src/store/migrations';

describe('checkExisting', () => {
  test.each([
    ['an empty database is a new store', [], null, 0],
    ['a current store', ['articles', 'claimdiff_meta'], { app: STORE_APP, version: '1' }, 1],
    ['an older store is migrated forward', ['articles', 'claimdiff_meta'], { app: STORE_APP, version: '1' }, 1],
  ] as const)('%s', (_label, tables, meta, expected) => {
    expect(checkExisting('x.db', tables, meta, 2 - (expected === 0 ? 1 : 0))).toBe(expected);
  });

  test.each([
    ['other tables and no meta table', ['customers'], null, 'not_a_store'],
    ['a meta table of another application', ['claimdiff_meta'], { app: 'someone-else', version: '1' }, 'not_a_store'],
    ['a version that is not a number', ['claimdiff_meta'], { app: STORE_APP, version: 'one' }, 'not_a_store'],
    ['a newer version', ['claimdiff_meta'], { app: STORE_APP, version: '7' }, 'store_too_new'],
  ] as const)('%s is refused', (_label, tables, meta, code) => {
    expect(() => checkExisting('x.db', tables, meta, 1)).toThrow(expect.objectContaining({ code }));
  });
});

describe('migrations', () => {
  test('both engines are at the same schema version, numbered from 1 without gaps', () => {
    for (const list of [SQLITE_MIGRATIONS, POSTGRES_MIGRATIONS]) {
      expect(list.map((m) => m.version)).toEqual(list.map((_, i) => i + 1));
    }
    expect(latestVersion(SQLITE_MIGRATIONS)).toBe(latestVersion(POSTGRES_MIGRATIONS));
    expect(latestVersion([])).toBe(0);
  });
});
