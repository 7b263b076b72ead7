/**
 * Shared test helpers: the invented "bridge" story in test/fixtures/bridge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/types';

/** The three articles of the invented bridge-closure story. */
export function bridgeStory(): ArticleInput[] {
  const dir = join(__dirname, 'fixtures', 'bridge');
  return [
    { id: 'wire', text: readFileSync(join(dir, 'wire.txt'), 'utf8'), publishedAt: '2024-03-04' },
    { id: 'daily', text: readFileSync(join(dir, 'daily.txt'), 'utf8'), publishedAt: '2024-03-05' },
    { id: 'blog', text: readFileSync(join(dir, 'blog.txt'), 'utf8'), publishedAt: '2024-03-05' },
  ];
}
