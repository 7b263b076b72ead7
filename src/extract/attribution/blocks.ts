/**
 * Introduced passages: a paragraph that ends with a colon and presents a
 * statement, post, excerpt or commentary ("X provides the following commentary:",
 * "Here's an excerpt from the Times report:", "Rennie wrote:") hands the
 * paragraphs after it to the source it names. News copy reproduces blog posts,
 * statements and talking points this way, with no cue in the passage itself.
 *
 * @module
 */
import type { Attribution, Source, Span } from '../../types';
import { splitNameRole } from '../sources';

/** A paragraph's trimmed span. */
interface Para {
  readonly start: number;
  readonly end: number;
}

// An introducer presents a text: a document or speech noun, "the following", or a verb of writing or saying.
const PRESENTS = /\b(?:following|excerpts?|statements?|posts?|commentary|letters?|e-?mails?|memos?|tweets?|rants?|points|remarks|text|transcript|report|release|blog|message|reads|wrote|writes|says|said|stated|argues|argued)\b/i;
// A named source after "by", "from" or "at": "circulated by Democrats", "from the Times report", "Over at Big Government".
const NAMED_AFTER = /\b(?:by|from|at)\s+((?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*)/;
const OPENS_QUOTE = /^["“‘]/;
const CLOSES_QUOTE = /["”’]$/;
const BULLET = /^[-–—•*]\s*/;
const RELATIVE = /^(?:who|which|that)$/i;
const MAX_BLOCK = 6;
// A paragraph that is only a speaker and a verb of saying: "He said:", "Caddell continued:", "The Times reports:".
const SPEAKER_SAYS = /^((?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:[A-Z][\w.'’-]*|[Hh]e|[Ss]he|[Tt]hey))\s+(said|says|added|adds|continued|continues|wrote|writes|reported|reports|explained|explains|noted|notes|declared|declares|responded|replied|concluded|stated|argued|argues|insisted|warned|told\s+\w+):$/;
const PRONOUN = /^(?:he|she|they)$/i;

function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body !== '') out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

// A sentence ends at . ! ? (and a closing quote) before a space and a capital or an opening quote; "Mr." and initials do not end one.
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|[A-Z]))[.!?]+["”’]?\s+(?=["“‘]?[A-Z])/g;

/** The sentences of a paragraph, as spans. */
function sentences(text: string, p: Para): Para[] {
  const body = text.slice(p.start, p.end);
  const out: Para[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
    const end = m.index + m[0].trimEnd().length;
    out.push({ start: p.start + from, end: p.start + end });
    from = m.index + m[0].length;
  }
  out.push({ start: p.start + from, end: p.end });
  return out;
}

/** The paragraphs an introducer at `i` hands on: a quotation to its close, a run of bullets, or one paragraph. */
function blockAfter(text: string, ps: readonly Para[], i: number): { paras: Para[]; bullets: boolean } {
  const first = ps[i + 1];
  if (!first) return { paras: [], bullets: false };
  const body = (p: Para): string => text.slice(p.start, p.end);
  if (BULLET.test(body(first))) {
    const paras: Para[] = [];
    for (let k = i + 1; k < ps.length && paras.length < MAX_BLOCK * 2 && BULLET.test(body(ps[k]!)); k++) paras.push(ps[k]!);
    return { paras, bullets: true };
  }
  if (OPENS_QUOTE.test(body(first))) {
    for (let k = i + 1; k < ps.length && k <= i + MAX_BLOCK; k++) if (CLOSES_QUOTE.test(body(ps[k]!))) return { paras: ps.slice(i + 1, k + 1), bullets: false };
  }
  return { paras: [first], bullets: false };
}

/** The source an introducer names: the source of a cue inside it, a name after "by/from/at", or the speaker just before. */
function introducerSource(text: string, intro: Para, prev: Para | null, atts: readonly Attribution[]): { source: Source; cue: Span; unnamed: boolean } | null {
  const inside = atts.filter((a) => a.source && a.cue && a.cue.span.start >= intro.start && a.cue.span.end <= intro.end && !RELATIVE.test(a.source.text));
  const last = inside[inside.length - 1];
  if (last?.source && last.cue) return { source: last.source, cue: last.cue.span, unnamed: last.unnamed === true };
  const colon: Span = { start: intro.end - 1, end: intro.end };
  const m = NAMED_AFTER.exec(text.slice(intro.start, intro.end));
  if (m?.[1]) {
    const start = intro.start + (m.index + m[0].length - m[1].length);
    const stext = m[1];
    const nr = splitNameRole(stext);
    return { source: { text: stext, span: { start, end: start + stext.length }, name: nr.name, role: nr.role }, cue: colon, unnamed: false };
  }
  // "Read the full post:": the text of the speaker the paragraph before reports.
  const lo = prev ? prev.start : intro.start;
  const before = atts.filter((a) => a.source && !a.unnamed && a.content.start >= lo && a.content.end <= intro.end && !RELATIVE.test(a.source.text));
  const near = before[before.length - 1];
  return near?.source ? { source: near.source, cue: colon, unnamed: false } : null;
}

/**
 * Attributions for passages that a colon-ended paragraph introduces, one per
 * sentence of the passage; a sentence that holds a cue with a source of its own
 * keeps it. Sourceless attributions, and those whose source is a bare relative
 * pronoun, inside such a passage are dropped (the passage's author speaks there).
 * Returns the whole list, in document order.
 *
 * @example
 * const text = 'The group posted the following statement:\n\n“We will not stop.”';
 * withIntroducedPassages(text, []).length; // 0 (no source named)
 */
export function withIntroducedPassages(text: string, atts: readonly Attribution[]): Attribution[] {
  const ps = paragraphs(text);
  const added: Attribution[] = [];
  const dropped = new Set<Attribution>();
  for (let i = 0; i + 1 < ps.length; i++) {
    const intro = ps[i]!;
    const body = text.slice(intro.start, intro.end);
    const say = SPEAKER_SAYS.exec(body);
    if (say?.[1] && say[2]) {
      // "He said:" / "Caddell continued:" and the quotation or paragraph after it: one passage, one attribution.
      const { paras } = blockAfter(text, ps, i);
      const first = paras[0];
      const last = paras[paras.length - 1];
      if (!first || !last || atts.some((a) => a.content.start < last.end && a.content.end > first.start && a.source && !RELATIVE.test(a.source.text))) continue;
      for (const a of atts) if (a.content.start >= first.start && a.content.end <= last.end) dropped.add(a);
      const cueStart = intro.start + body.length - 1 - say[2].length;
      const words = say[1];
      const prior = PRONOUN.test(words) ? atts.filter((a) => a.source && !a.unnamed && a.content.end <= intro.start && !PRONOUN.test(a.source.name)).pop() : undefined;
      const nr = splitNameRole(words);
      const source: Source = { text: words, span: { start: intro.start, end: intro.start + words.length }, name: prior?.source?.name ?? nr.name, role: prior?.source?.role ?? nr.role };
      const content: Span = { start: first.start, end: last.end };
      added.push({ kind: OPENS_QUOTE.test(text.slice(first.start, first.end)) ? 'direct' : 'indirect', source, cue: { text: say[2], span: { start: cueStart, end: cueStart + say[2].length } }, content });
      continue;
    }
    if (!body.endsWith(':') || body.split(/\s+/).length < 3 || !PRESENTS.test(body)) continue;
    const found = introducerSource(text, intro, i > 0 ? ps[i - 1]! : null, atts);
    if (!found) continue;
    const { paras, bullets } = blockAfter(text, ps, i);
    for (const p of paras.flatMap((q) => sentences(text, q))) {
      const own = atts.filter((a) => a.cue && a.cue.span.start >= p.start && a.cue.span.end <= p.end);
      if (own.some((a) => a.source && !RELATIVE.test(a.source.text))) continue;
      for (const a of own) dropped.add(a);
      const lead = BULLET.exec(text.slice(p.start, p.end))?.[0].length ?? 0;
      const content: Span = { start: p.start + lead, end: p.end };
      const cue = { text: text.slice(found.cue.start, found.cue.end), span: found.cue };
      const att: Attribution = { kind: bullets ? 'indirect' : 'direct', source: found.source, cue, content };
      added.push(found.unnamed ? { ...att, unnamed: true } : att);
    }
  }
  if (added.length === 0) return [...atts];
  return [...atts.filter((a) => !dropped.has(a)), ...added].sort((a, b) => a.content.start - b.content.start || (a.cue?.span.start ?? 0) - (b.cue?.span.start ?? 0));
}
