/**
 * Claims and articles to and from database rows, the same for every engine.
 * A claim's id, article id and text are columns; the rest is JSON.
 *
 * @module
 */
import type { Article, Claim } from '../types';

/**
 * The JSON stored for a claim: every field but those kept as columns.
 *
 * @example
 * JSON.parse(claimToData(claim)).id; // undefined (the id is rebuilt from the article id and ordinal)
 */
export function claimToData(claim: Claim): string {
  const { id: _id, articleId: _articleId, text: _text, ...rest } = claim;
  return JSON.stringify(rest);
}

/**
 * Rebuilds a stored Claim from its article id, ordinal (1-based), text and JSON.
 *
 * @example
 * claimFromRow('wire', 1, 'The bridge is closed', '{"span":{"start":0,"end":20},…}').id; // 'wire:c1'
 */
export function claimFromRow(articleId: string, ordinal: number, text: string, data: string): Claim {
  const rest = JSON.parse(data) as Omit<Claim, 'id' | 'articleId' | 'text'>;
  return { id: `${articleId}:c${ordinal}`, articleId, text, ...rest };
}

/**
 * An Article from a row with columns id, text, title, outlet, url, published_at.
 *
 * @example
 * fromArticleRow({ id: 'a1', text: 'x', title: null, outlet: null, url: null, published_at: null }).id; // 'a1'
 */
export function fromArticleRow(r: Readonly<Record<string, unknown>>): Article {
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return { id: String(r.id), text: String(r.text), title: str(r.title), outlet: str(r.outlet), url: str(r.url), publishedAt: str(r.published_at) };
}
