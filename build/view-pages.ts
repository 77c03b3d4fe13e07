/**
 * The build's side of pasting a link: a page for every view a reader can reach (each year, and each
 * region shown in it) at `view/YEAR/` and `view/YEAR/REGION/`, each with its static oEmbed answer
 * beside it, and the same for the site's root; and all of them again in each other language's folder
 * (`zh-CN/view/YEAR/…`), titled, described and answered in that language, because a static host
 * cannot answer `?lang=zh-CN` with another file. Discovery needs absolute addresses, so the build
 * takes the site's public address from `SITE_URL`.
 */
import type { Logger, Plugin } from 'vite';
import { MILESTONES } from '../src/data/milestones.ts';
import { REGIONS } from '../src/data/regions.ts';
import { yearRange } from '../src/data/status.ts';
import { LANGUAGE_TAGS, type Language, type Region } from '../src/data/types.ts';
import { languageFolder, viewFolder } from '../src/data/view-url.ts';
import { createLocale, type Messages } from '../src/data/locale.ts';
import en from '../src/data/messages/en.ts';
import zhCN from '../src/data/messages/zh-CN.ts';
import { createYearViews, yearLine } from '../src/data/year-view.ts';
import type { PrerenderPage } from './prerender.ts';
import { oembedAnswer, viewHead, viewPage, type View } from '../src/embed/oembed.ts';
import { escapeHtml } from '../src/embed/snippet.ts';

/** `vite preview`'s address: where a build without `SITE_URL` can be tried as it is. */
export const DEFAULT_SITE_URL = 'http://localhost:4173/';

/**
 * The site's public address from `SITE_URL`: an absolute http(s) URL without query or fragment,
 * given a trailing slash. A malformed one stops the build rather than publish broken links.
 */
export function siteUrlFrom(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL ${JSON.stringify(value)} is not an absolute URL`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    throw new Error(
      `SITE_URL ${JSON.stringify(value)} must be an http(s) address without query, fragment or user`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** Each language's words, for the build (which runs outside Vite's import of them). */
const MESSAGES: { readonly [lang in Language]: Messages } = { en, 'zh-CN': zhCN };

interface ViewFile {
  view: View;
  lang: Language;
  /** Folder under the site's root, '' for the root itself. */
  folder: string;
  title: string;
  description: string;
}

/**
 * Every view a reader can reach, in a language: each year of the slider, and each region shown in
 * it, in that language's folder.
 */
export function viewFiles(
  regions: readonly Region[],
  now: Date,
  lang: Language = 'en',
): ViewFile[] {
  const { first, last } = yearRange(
    regions,
    now,
    MILESTONES.map((milestone) => milestone.date),
  );
  const m = MESSAGES[lang];
  const locale = createLocale(lang, m);
  const viewOf = createYearViews(regions, locale);
  const inLanguage = languageFolder(lang);
  const viewLang = lang === 'en' ? {} : { lang };
  const files: ViewFile[] = [];
  for (let year = first; year <= last; year++) {
    const yearView = viewOf(year);
    files.push({
      view: { year, ...viewLang },
      lang,
      folder: `${inLanguage}${viewFolder(year)}`,
      title: m.titleOfYear(m.year(year)),
      description: yearLine(yearView, locale),
    });
    for (const pin of yearView.visible) {
      files.push({
        view: { year, region: pin.id, ...viewLang },
        lang,
        folder: `${inLanguage}${viewFolder(year, pin.id)}`,
        title: m.titleOfView(m.titleOfYear(m.year(year)), pin.name),
        description: m.panel.sentence(m.pin.label(pin.title, pin.summary)),
      });
    }
  }
  return files;
}

/** The site's root in a language: its title, and what it shows. */
function rootFile(lang: Language, first: number): ViewFile {
  const m = MESSAGES[lang];
  return {
    view: lang === 'en' ? {} : { lang },
    lang,
    folder: languageFolder(lang),
    title: m.mapTitle,
    description: lang === 'en' ? ROOT_DESCRIPTION : m.page.dek(m.year(first)),
  };
}

const ROOT_DESCRIPTION =
  'An interactive map of Alibaba Cloud’s data-center regions, year by year: announced, opened, expanded and closed, with a source for every fact.';

/** The pages the build renders the map into (see `prerender.ts`): each year's page and embed. */
export function prerenderedPages(regions: readonly Region[], now: Date): PrerenderPage[] {
  const { first, last } = yearRange(
    regions,
    now,
    MILESTONES.map((milestone) => milestone.date),
  );
  const pages: PrerenderPage[] = [];
  // Each language's pages in its own words: a reader of its folder sees them before any script.
  for (const lang of LANGUAGE_TAGS) {
    const folder = languageFolder(lang);
    pages.push({ file: `${folder}index.html`, kind: 'page', year: last, lang });
    pages.push({ file: `${folder}embed.html`, kind: 'embed', year: last, lang });
    for (let year = first; year <= last; year++) {
      pages.push({ file: `${folder}${viewFolder(year)}index.html`, kind: 'page', year, lang });
      pages.push({ file: `${folder}${viewFolder(year)}embed.html`, kind: 'embed', year, lang });
    }
  }
  return pages;
}

/**
 * The site's HTML in a language's folder: declaring that language, and describing the site in it
 * (each view's own description is its Open Graph card's).
 */
function inLanguageOf(html: string, lang: Language, description: string): string {
  if (lang === 'en') return html;
  return html
    .replace(/<html lang="en"/, `<html lang="${lang}"`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_, start: string, end: string) => `${start}${escapeHtml(description)}${end}`,
    );
}

export function viewPages(siteUrlSetting: string | undefined = process.env.SITE_URL): Plugin {
  const siteUrl = siteUrlFrom(siteUrlSetting);
  let logger: Logger | undefined;
  return {
    name: 'view-pages',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    buildStart() {
      logger?.info(
        siteUrlSetting
          ? `view pages and oEmbed answers for ${siteUrl} (SITE_URL)`
          : `SITE_URL is not set: view pages and oEmbed answers point at ${siteUrl} (vite preview); ` +
              'build with SITE_URL=https://your.host/path/ for the address readers use',
      );
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
        const html = String(index.source);
        const now = new Date();
        const { first } = yearRange(
          REGIONS,
          now,
          MILESTONES.map((milestone) => milestone.date),
        );
        const root = rootFile('en', first);
        const files = LANGUAGE_TAGS.flatMap((lang) => [
          rootFile(lang, first),
          ...viewFiles(REGIONS, now, lang),
        ]);
        for (const file of files) {
          const inLanguage = inLanguageOf(html, file.lang, rootFile(file.lang, first).description);
          const pageUrl = new URL(file.folder, siteUrl).href;
          const head = viewHead({
            pageUrl,
            oembedUrl: new URL(`${file.folder}oembed.json`, siteUrl).href,
            title: file.title,
            description: file.description,
            canonical: Boolean(siteUrlSetting),
          });
          const depth = file.folder.split('/').filter(Boolean).length;
          const isRoot = file.folder === root.folder;
          const page = viewPage(inLanguage, depth, head, isRoot ? undefined : file.title);
          if (isRoot) index.source = page;
          else this.emitFile({ type: 'asset', fileName: `${file.folder}index.html`, source: page });
          // The embed view of each year (and the root's) has a page of its own, which the build
          // renders that year into; a region's embed opens its panel on that year's page.
          if (file.view.region === undefined) {
            this.emitFile({
              type: 'asset',
              fileName: `${file.folder}embed.html`,
              source: viewPage(inLanguage, depth, '', file.title),
            });
          }
          this.emitFile({
            type: 'asset',
            fileName: `${file.folder}oembed.json`,
            source:
              JSON.stringify(oembedAnswer(siteUrl, file.view, file.title, pageUrl), null, 2) + '\n',
          });
        }
      },
    },
  };
}
