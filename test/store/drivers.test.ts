/**
 * Loading the optional drivers: a missing one is a ClaimdiffError naming the package to install.
 */
import { ClaimdiffError } from '../../src/errors';
import { loadDriver } from '../../src/store/drivers';

const notFound = (name: string): Promise<never> => Promise.reject(Object.assign(new Error(`Cannot find module '${name}'`), { code: 'MODULE_NOT_FOUND' }));

describe('loadDriver', () => {
  test.each([
    ['sqlite', /npm install better-sqlite3@12/],
    ['postgres', /npm install pg@8/],
  ] as const)('a missing %s driver says what to install', async (backend, hint) => {
    const p = loadDriver(backend, notFound);
    await expect(p).rejects.toBeInstanceOf(ClaimdiffError);
    await expect(p).rejects.toMatchObject({ code: 'missing_driver', message: expect.stringMatching(hint) });
  });

  test('an ESM-style not-found error is recognised too', async () => {
    const esm = (name: string): Promise<never> => Promise.reject(Object.assign(new Error(`Cannot find package '${name}'`), { code: 'ERR_MODULE_NOT_FOUND' }));
    await expect(loadDriver('sqlite', esm)).rejects.toMatchObject({ code: 'missing_driver' });
  });

  test('another failure of the driver (a broken native build) is not reported as missing', async () => {
    const broken = (): Promise<never> => Promise.reject(new Error('invalid ELF header'));
    await expect(loadDriver('sqlite', broken)).rejects.toThrow('invalid ELF header');
  });

  test('a CommonJS module is unwrapped from its default export; the real drivers load', async () => {
    const mod = { Pool: class {} };
    expect(await loadDriver('postgres', async () => ({ default: mod }))).toBe(mod);
    expect(typeof (await loadDriver<unknown>('sqlite'))).toBe('function');
    expect(typeof (await loadDriver<{ Pool: unknown }>('postgres')).Pool).toBe('function');
  });
});
