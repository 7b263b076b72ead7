/**
 * Browser tests: the HTML report rendered in Debian's Chromium through
 * playwright-core. Run with `npx jest -c jest.browser.config.js` after
 * `apt-get install -y chromium`. Kept apart from `npm test`, which needs no browser.
 *
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.test.ts'],
  globals: { __CLAIMDIFF_BROWSER__: true },
  testTimeout: 120000,
  maxWorkers: 1,
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
