import { describe, expect, it } from 'vitest';
import { isWordPressReady, readSecret, wordpressHeight, wordpressLink } from './wordpress.ts';

describe('WordPress’s embed protocol', () => {
  it('reads the secret WordPress appends to the frame’s address, and nothing else', () => {
    expect(readSecret('#?secret=aB3dE6gH9k')).toBe('aB3dE6gH9k');
    expect(readSecret('')).toBeUndefined();
    expect(readSecret('#?secret=')).toBeUndefined();
    expect(readSecret('#?secret=ab"c')).toBeUndefined();
    expect(readSecret('#?secret=abc&x=1')).toBeUndefined();
    expect(readSecret(`#?secret=${'a'.repeat(65)}`)).toBeUndefined();
  });

  it('reports heights within WordPress’s bounds, as WordPress would clamp them', () => {
    expect(wordpressHeight('s1', 712.2)).toEqual({ secret: 's1', message: 'height', value: 713 });
    expect(wordpressHeight('s1', 1500).value).toBe(1000);
    expect(wordpressHeight('s1', 50).value).toBe(200);
  });

  it('asks the host page to follow a link', () => {
    expect(wordpressLink('s1', 'https://maps.example.org/view/2026/')).toEqual({
      secret: 's1',
      message: 'link',
      value: 'https://maps.example.org/view/2026/',
    });
  });

  it('hears WordPress’s ready only with this frame’s secret and in that exact shape', () => {
    expect(isWordPressReady({ message: 'ready', secret: 's1' }, 's1')).toBe(true);
    expect(isWordPressReady({ message: 'ready', secret: 's2' }, 's1')).toBe(false);
    expect(isWordPressReady({ message: 'ready', secret: 's1', extra: 1 }, 's1')).toBe(false);
    expect(isWordPressReady('ready', 's1')).toBe(false);
    expect(isWordPressReady(null, 's1')).toBe(false);
  });
});
