/** How a source is credited in one line: "The Register, 25 September 2025". */
import type { Locale } from './locale.ts';
import { SEED_DOCUMENTS } from './seeds.ts';
import { isSeedSource, type Source } from './types.ts';

/**
 * "The Register, 25 September 2025". A seed document that names no publisher is credited by its
 * title; a missing date is said, not left out.
 */
export function creditLine(source: Source, locale: Locale): string {
  const { m } = locale;
  if (isSeedSource(source)) {
    const document = SEED_DOCUMENTS[source.seed];
    const who = document?.publisher ?? (document ? m.quoted(document.title) : m.aNewsReport);
    return m.credit(who, document?.date ? locale.date(document.date) : undefined);
  }
  return m.credit(source.publisher, source.date ? locale.date(source.date) : undefined);
}
