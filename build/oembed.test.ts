import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../src/data/milestones.ts';
import { REGIONS } from '../src/data/regions.ts';
import { oembedAnswer, viewHead, viewPage } from './oembed.ts';
import { DEFAULT_SITE_URL, siteUrlFrom, viewFiles } from './view-pages.ts';

const SITE = 'https://maps.example.org/footprint/';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" href="./favicon.svg" />
    <title>Alibaba Cloud Footprint</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body><div id="app"></div></body>
</html>`;

describe('oEmbed answers', () => {
  it('answers with an iframe of the embed view at the view, sized for a column', () => {
    const answer = oembedAnswer(
      SITE,
      { year: 2026, region: 'paris' },
      'Regions, 2026: Paris',
      `${SITE}view/2026/paris/`,
      '2026-12-06',
    );
    expect(answer).toMatchObject({
      data_version: '2026-12-06',
      version: '1.0',
      type: 'rich',
      title: 'Regions, 2026: Paris',
      provider_url: SITE,
      width: 650,
      height: 780,
    });
    // WordPress's shape: a link to the view (hidden elsewhere), then the iframe, as wide as the column.
    expect(answer.html).toMatch(
      /^<blockquote style="display:none"><a href="https:\/\/maps\.example\.org\/footprint\/view\/2026\/paris\/">Regions, 2026: Paris<\/a><\/blockquote><iframe src="https:\/\/maps\.example\.org\/footprint\/view\/2026\/embed\.html\?region=paris" /,
    );
    expect(answer.html).toContain('width="100%"');
    expect(answer.html).toContain('data-footprint-embed');
    // A consumer parses it as JSON; nothing in it is left for a script to run.
    expect(JSON.parse(JSON.stringify(answer)).html).not.toMatch(/<script/);
  });

  it('escapes what goes into the iframe and the discovery link', () => {
    const answer = oembedAnswer(SITE, {}, '"><script>alert(1)</script>', SITE, '2026-12-06');
    expect(answer.html).not.toContain('<script');
    const head = viewHead({
      pageUrl: `${SITE}view/2026/`,
      oembedUrl: `${SITE}view/2026/oembed.json`,
      title: '"><script>alert(1)</script>',
      description: '<b>',
      canonical: true,
    });
    expect(head).not.toContain('<script');
    expect(head).not.toContain('<b>');
  });
});

describe('view pages', () => {
  it('moves the site’s page down to a view’s folder, with the view’s head and title', () => {
    const head = viewHead({
      pageUrl: `${SITE}view/2026/paris/`,
      oembedUrl: `${SITE}view/2026/paris/oembed.json`,
      title: 'Regions, 2026: Paris',
      description: 'Paris, France: operating since 17 June 2026.',
      canonical: true,
    });
    const page = viewPage(INDEX, 3, head, 'Regions, 2026: Paris');
    expect(page).toContain('src="../../../assets/index-abc.js"');
    expect(page).toContain('href="../../../assets/index-abc.css"');
    expect(page).toContain('href="../../../favicon.svg"');
    expect(page).not.toContain('"./');
    expect(page).toContain('<title>Regions, 2026: Paris</title>');
    expect(page).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${SITE}view/2026/paris/oembed.json"`,
    );
    expect(page).toContain(`<link rel="canonical" href="${SITE}view/2026/paris/" />`);
    expect(page.indexOf('application/json+oembed')).toBeLessThan(page.indexOf('</head>'));
  });

  it('writes titles, descriptions and addresses with $ in them as they are', () => {
    const site = "https://x.org/a$'/";
    const head = viewHead({
      pageUrl: `${site}view/2026/paris/`,
      oembedUrl: `${site}view/2026/paris/oembed.json`,
      title: 'AT$&T, $` here',
      description: "costs $' more, $$ and $1",
      canonical: true,
    });
    const page = viewPage(INDEX, 3, head, 'AT$&T, $` here');
    expect(page).toContain('<title>AT$&amp;T, $` here</title>');
    expect(page).toContain('<meta property="og:title" content="AT$&amp;T, $` here" />');
    expect(page).toContain('content="costs $&#39; more, $$ and $1" />');
    expect(page).toContain(
      `<link rel="canonical" href="https://x.org/a$&#39;/view/2026/paris/" />`,
    );
    expect(page.match(/<\/head>/g)).toHaveLength(1);
    expect(page.match(/<html/g)).toHaveLength(1);
  });

  it('names no canonical address when the build only has a stand-in for it', () => {
    const head = viewHead({
      pageUrl: DEFAULT_SITE_URL,
      oembedUrl: `${DEFAULT_SITE_URL}oembed.json`,
      title: 't',
      description: 'd',
      canonical: false,
    });
    expect(head).toContain('application/json+oembed');
    expect(head).not.toContain('canonical');
  });

  it('makes a page for every year of the slider and every region shown in it', () => {
    const files = viewFiles({ regions: REGIONS, milestones: MILESTONES }, new Date('2026-11-23'));
    const years = files.filter((file) => file.view.region === undefined);
    expect(years.map((file) => file.folder)).toContain('view/2009/');
    expect(years.at(-1)?.folder).toBe('view/2026/');
    expect(files.map((file) => file.folder)).toContain('view/2026/paris/');
    // Paris was announced in September 2025 and is not on the map before.
    expect(files.map((file) => file.folder)).not.toContain('view/2024/paris/');
    expect(files.find((file) => file.folder === 'view/2026/paris/')?.description).toMatch(
      /^Paris, France: operating since/,
    );
  });
});

describe('Chinese view pages', () => {
  it('are written in the Chinese folder, titled and described in Chinese', () => {
    const files = viewFiles(
      { regions: REGIONS, milestones: MILESTONES },
      new Date('2026-11-23'),
      'zh-CN',
    );
    const paris = files.find((file) => file.folder === 'zh-CN/view/2026/paris/');
    expect(paris?.view).toEqual({ year: 2026, region: 'paris', lang: 'zh-CN' });
    expect(paris?.title).toBe('阿里云数据中心地域，2026年：法国（巴黎）');
    expect(paris?.description).toMatch(/^法国（巴黎）：自2026年.*。$/);
    const year = files.find((file) => file.folder === 'zh-CN/view/2016/');
    expect(year?.title).toBe('阿里云数据中心地域，2016年');
    expect(year?.description).toMatch(/^2016年：/);
    // Every English view has its Chinese page.
    const english = viewFiles(
      { regions: REGIONS, milestones: MILESTONES },
      new Date('2026-11-23'),
    ).map((file) => file.folder);
    expect(files.map((file) => file.folder)).toEqual(english.map((folder) => `zh-CN/${folder}`));
  });

  it('answer oEmbed with the Chinese title and the Chinese embed page', () => {
    const answer = oembedAnswer(
      SITE,
      { year: 2026, region: 'paris', lang: 'zh-CN' },
      '阿里云数据中心地域，2026年：法国（巴黎）',
      `${SITE}zh-CN/view/2026/paris/`,
      '2026-12-06',
    );
    expect(answer.title).toBe('阿里云数据中心地域，2026年：法国（巴黎）');
    expect(answer.html).toContain(
      `<iframe src="${SITE}zh-CN/view/2026/embed.html?region=paris" title="阿里云数据中心地域，2026年：法国（巴黎）"`,
    );
    expect(answer.html).toContain(`<a href="${SITE}zh-CN/view/2026/paris/">`);
  });
});

describe('the site’s address from SITE_URL', () => {
  it('adds the trailing slash, falls back to the preview server, and refuses what cannot be a site', () => {
    expect(siteUrlFrom('https://maps.example.org/footprint')).toBe(SITE);
    expect(siteUrlFrom(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFrom('  ')).toBe(DEFAULT_SITE_URL);
    expect(() => siteUrlFrom('maps.example.org')).toThrow(/absolute/);
    expect(() => siteUrlFrom('ftp://maps.example.org/')).toThrow(/http/);
    expect(() => siteUrlFrom('https://maps.example.org/?x=1')).toThrow(/query/);
  });
});
