/**
 * CLI entry (placeholder).
 * @module
 */
process.stdout.write('claimdiff\n');
