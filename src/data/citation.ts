/** How a source is credited in one line: "The Register, 25 September 2025". */
import { formatDate } from './dates';
import { SEED_DOCUMENTS } from './seeds';
import { isSeedSource, type Source } from './types';

/**
 * "The Register, 25 September 2025". A seed document that names no publisher is credited by its
 * title; a missing date is said, not left out.
 */
export function creditLine(source: Source): string {
  if (isSeedSource(source)) {
    const document = SEED_DOCUMENTS[source.seed];
    const who = document?.publisher ?? (document ? `“${document.title}”` : 'a news report');
    return `${who}, ${document?.date ? formatDate(document.date) : 'undated'}`;
  }
  return `${source.publisher}, ${source.date ? formatDate(source.date) : 'undated'}`;
}
