/**
 * WordPress's embed protocol, which the embed view speaks when WordPress shows it as a discovered
 * oEmbed: WordPress puts the iframe in `sandbox="allow-scripts"`, appends `#?secret=…` to its
 * address, keeps it hidden behind a link until a message with that secret arrives, takes its height
 * only from `height` messages (clamped to 200-1000 px) and follows a `link` message to an address
 * on the iframe's own host. Pure, so it is tested without a browser.
 */

/** WordPress's own bounds for an embed's height. */
export const WORDPRESS_MIN_HEIGHT = 200;
export const WORDPRESS_MAX_HEIGHT = 1000;

/** WordPress makes ten letters and digits, and ignores a message whose secret has anything else. */
const SECRET_HASH = /^#\?secret=([A-Za-z0-9]{1,64})$/;

/** The secret WordPress gave this frame, from its address's fragment; none outside WordPress. */
export function readSecret(hash: string): string | undefined {
  return typeof hash === 'string' ? SECRET_HASH.exec(hash)?.[1] : undefined;
}

export interface WordPressMessage {
  secret: string;
  message: 'height' | 'link';
  value: number | string;
}

export function wordpressHeight(secret: string, height: number): WordPressMessage {
  const value = Math.min(WORDPRESS_MAX_HEIGHT, Math.max(WORDPRESS_MIN_HEIGHT, Math.ceil(height)));
  return { secret, message: 'height', value };
}

/** Asks the host page to go to `url`, an address on the map's own site (WordPress checks that). */
export function wordpressLink(secret: string, url: string): WordPressMessage {
  return { secret, message: 'link', value: url };
}

/** WordPress's "ready" to a frame it has just shown or loaded: exactly that, with our secret. */
export function isWordPressReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  const { message, secret: theirs } = data as Record<string, unknown>;
  return keys.length === 2 && message === 'ready' && theirs === secret;
}
