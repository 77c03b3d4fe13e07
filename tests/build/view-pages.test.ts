/**
 * The Chinese view pages as the build writes them (the test build, made by global-setup.ts before any
 * test): what a CMS or a link unfurler reads before any script runs, in Chinese.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** The site as the tests built it (global-setup.ts). */
const OUT = inject('siteDir');
const read = (file: string) => readFileSync(join(OUT, file), 'utf8');
const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

describe('the Chinese view pages', () => {
  it.each([
    ['zh-CN/view/2026/paris/', '阿里云数据中心地域，2026年：法国（巴黎）', /^法国（巴黎）：/],
    ['zh-CN/view/2016/', '阿里云数据中心地域，2016年', /^2016年：/],
    ['zh-CN/', '阿里云数据中心地域', /^阿里云自2009年以来/],
  ])('%s: Chinese title, description, language and oEmbed answer', (folder, title, described) => {
    const html = read(`${folder}index.html`);
    expect(attribute(html, /<html lang="([^"]+)"/)).toBe('zh-CN');
    expect(attribute(html, /<title>([^<]*)<\/title>/)).toBe(title);
    expect(attribute(html, /<meta property="og:title" content="([^"]*)"/)).toBe(title);
    expect(attribute(html, /<meta property="og:description" content="([^"]*)"/)).toMatch(described);
    expect(attribute(html, /<meta\s+name="description"\s+content="([^"]*)"/)).toMatch(/^阿里云/);
    const discovery = attribute(html, /type="application\/json\+oembed" href="([^"]+)"/);
    expect(discovery).toMatch(new RegExp(`/${folder.replaceAll('/', '\\/')}oembed\\.json$`));
    const answer = JSON.parse(read(`${folder}oembed.json`)) as { title: string; html: string };
    expect(answer.title).toBe(title);
    // The iframe opens the Chinese embed page, which the build rendered in Chinese.
    expect(answer.html).toMatch(/<iframe src="[^"]*\/zh-CN\/(?:view\/\d{4}\/)?embed\.html/);
    expect(answer.html).toContain(`title="${title}"`);
  });

  it('renders the map of each Chinese page and embed in Chinese, before any script', () => {
    for (const file of ['zh-CN/view/2016/index.html', 'zh-CN/view/2016/embed.html']) {
      const html = read(file);
      expect(attribute(html, /data-prerendered="([^"]+)"/)).toMatch(
        /^2016 (page|embed) light zh-CN$/,
      );
      expect(html).toContain('阿里云数据中心地域');
    }
    // The English page stays English.
    expect(attribute(read('view/2016/index.html'), /data-prerendered="([^"]+)"/)).toBe(
      '2016 page light en',
    );
  });
});
