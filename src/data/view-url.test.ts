import { describe, expect, it } from 'vitest';
import { parseViewState } from './input.ts';
import { embedHref, readLocation, siteRootOf, viewHref } from './view-url.ts';

const bounds = { first: 2009, last: 2026, regionIds: ['paris', 'kuala-lumpur'] };

describe('view addresses', () => {
  it('reads the view from a view page’s path, under any root', () => {
    expect(readLocation('/footprint/view/2016/kuala-lumpur/', '')).toEqual({
      root: '/footprint/',
      search: '?year=2016&region=kuala-lumpur',
    });
    expect(readLocation('/view/2020/', '?theme=dark')).toEqual({
      root: '/',
      search: '?year=2020&theme=dark',
    });
    expect(readLocation('/footprint/view/2020/index.html', '').search).toBe('?year=2020');
  });

  it('lets the query win over the path, and reads other paths as the root', () => {
    expect(readLocation('/view/2020/paris/', '?year=2016').search).toBe('?year=2016&region=paris');
    expect(readLocation('/footprint/index.html', '?year=2016')).toEqual({
      root: '/footprint/',
      search: '?year=2016',
    });
    // Not a view: a region must be a plain id, and the year a number.
    expect(readLocation('/view/2020/Paris%2F/', '').root).toBe('/view/2020/Paris%2F/');
    expect(readLocation('/view/abc/', '').search).toBe('');
  });

  it('leaves validation to the query parser: a path cannot name what a query could not', () => {
    const hostile = readLocation('/view/99999/constructor/', '');
    expect(parseViewState(hostile.search, bounds)).toEqual({ year: 2026 });
  });

  it('keeps the view a long query would push past what is read', () => {
    const tracking = `?utm_content=${'x'.repeat(1033)}`;
    const embed = readLocation('/view/2016/embed.html', tracking);
    expect(parseViewState(embed.search, bounds)).toEqual({ year: 2016, embed: true });
    const region = readLocation('/view/2016/paris/', tracking);
    expect(parseViewState(region.search, bounds)).toEqual({ year: 2016, region: 'paris' });
    const query = readLocation('/', `${tracking}&theme=dark&year=2016`);
    expect(parseViewState(query.search, bounds)).toEqual({ year: 2016, theme: 'dark' });
    // What the view does not read is kept, after the view.
    expect(query.search.endsWith(tracking.slice(1))).toBe(true);
  });

  it('writes a view as its folder, with what a folder cannot say as a query', () => {
    expect(viewHref({ year: 2026, region: 'paris' })).toBe('view/2026/paris/');
    expect(viewHref({ year: 2016, theme: 'dark' })).toBe('view/2016/?theme=dark');
    expect(viewHref({})).toBe('./');
    const written = viewHref({ year: 2016, region: 'kuala-lumpur', theme: 'light' });
    const read = readLocation(`/footprint/${written.split('?')[0]}`, written.split('?')[1] ?? '');
    expect(parseViewState(read.search, bounds)).toEqual({
      year: 2016,
      region: 'kuala-lumpur',
      theme: 'light',
    });
  });

  it('keeps the layers compared in the query, and another provider’s region too (it has no page)', () => {
    expect(viewHref({ year: 2026, region: 'paris', compare: ['aws', 'azure'] })).toBe(
      'view/2026/paris/?compare=aws,azure',
    );
    expect(viewHref({ year: 2026, region: 'aws-eu-west-2', compare: ['aws'] })).toBe(
      'view/2026/?region=aws-eu-west-2&compare=aws',
    );
    expect(embedHref({ year: 2026, region: 'google-us-east1', compare: ['google'] })).toBe(
      'view/2026/embed.html?region=google-us-east1&compare=google',
    );
    const { search } = readLocation('/view/2026/', '?region=aws-eu-west-2&compare=aws');
    expect(search).toBe('?year=2026&region=aws-eu-west-2&compare=aws');
  });

  it('gives each year’s embed a page of its own, and reads it back as the embed view', () => {
    expect(embedHref({ year: 2026, region: 'paris' })).toBe('view/2026/embed.html?region=paris');
    expect(embedHref({ year: 2016, theme: 'light' })).toBe('view/2016/embed.html');
    expect(embedHref({ year: 2016, lang: 'en' })).toBe('view/2016/embed.html');
    expect(embedHref({ year: 2016, lang: 'zh-CN', region: 'paris' })).toBe(
      'zh-CN/view/2016/embed.html?region=paris',
    );
    expect(embedHref({ year: 2016, theme: 'dark' })).toBe('view/2016/embed.html?theme=dark');
    expect(embedHref({})).toBe('embed.html');
    const read = readLocation('/footprint/view/2016/embed.html', '?region=paris');
    expect(read.root).toBe('/footprint/');
    expect(parseViewState(read.search, bounds)).toEqual({
      year: 2016,
      region: 'paris',
      embed: true,
    });
    expect(parseViewState(readLocation('/embed.html', '').search, bounds)).toEqual({ embed: true });
  });

  it('gives Chinese views a folder of their own, whose pages the build writes in Chinese', () => {
    expect(viewHref({ year: 2016, region: 'paris', lang: 'zh-CN' })).toBe('zh-CN/view/2016/paris/');
    expect(viewHref({ lang: 'zh-CN' })).toBe('zh-CN/');
    expect(viewHref({ year: 2016, lang: 'en' })).toBe('view/2016/?lang=en');
    expect(embedHref({ lang: 'zh-CN' })).toBe('zh-CN/embed.html');
    expect(readLocation('/footprint/zh-CN/view/2016/paris/', '')).toEqual({
      root: '/footprint/',
      search: '?year=2016&region=paris&lang=zh-CN',
    });
    expect(readLocation('/zh-CN/', '')).toEqual({ root: '/', search: '?lang=zh-CN' });
    const embed = readLocation('/zh-CN/view/2016/embed.html', '?region=paris');
    expect(embed.root).toBe('/');
    expect(parseViewState(embed.search, { ...bounds, languages: ['en', 'zh-CN'] })).toEqual({
      year: 2016,
      region: 'paris',
      embed: true,
      lang: 'zh-CN',
    });
    // The query still wins; a folder that only looks like a language's is the site's own.
    expect(readLocation('/zh-CN/view/2016/', '?lang=en').search).toBe('?year=2016&lang=en');
    expect(readLocation('/zh-CN/data/', '').root).toBe('/zh-CN/data/');
  });

  it('takes the site’s root from the app’s own module, whatever the page’s path', () => {
    expect(siteRootOf('https://maps.example/footprint/assets/index-abc.js')).toBe(
      'https://maps.example/footprint/',
    );
    expect(siteRootOf('http://localhost:5173/src/main.ts')).toBe('http://localhost:5173/');
    // The path of `https://maps.example//evil.example/view/2026/paris/` names another host; the
    // module that page loads is still on the map's.
    expect(readLocation('//evil.example/view/2026/paris/', '').root).toBe('//evil.example/');
    expect(
      new URL(siteRootOf('https://maps.example//evil.example/assets/index-abc.js')).origin,
    ).toBe('https://maps.example');
    expect(() => siteRootOf('https://maps.example//assets/index-abc.js')).not.toThrow();
  });
});
