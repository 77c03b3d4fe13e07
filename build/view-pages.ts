/**
 * The build's side of pasting a link: a page for every view a reader can reach (each year, and each
 * region shown in it) at `view/YEAR/` and `view/YEAR/REGION/`, each with its static oEmbed answer
 * beside it, and the same for the site's root; and all of them again in each other language's folder
 * (`zh-CN/view/YEAR/…`), titled, described and answered in that language, because a static host
 * cannot answer `?lang=zh-CN` with another file. Discovery needs absolute addresses, so the build
 * takes the site's public address from `SITE_URL`.
 */
import type { Logger, Plugin } from 'vite';
import { siteYears, versionEnd, type Dataset } from '../src/data/dataset.ts';
import { LANGUAGE_TAGS, type Language } from '../src/data/types.ts';
import { languageFolder, viewFolder } from '../src/data/view-url.ts';
import { createLocale, type Messages } from '../src/data/locale.ts';
import en from '../src/data/messages/en.ts';
import zhCN from '../src/data/messages/zh-CN.ts';
import { createYearViews, yearLine } from '../src/data/year-view.ts';
import type { PrerenderPage } from './prerender.ts';
import { oembedAnswer, viewHead, viewPage, type View } from './oembed.ts';
import { escapeHtml } from '../src/data/snippet.ts';
import { ARCHIVE_ATTRIBUTE, regionRowId } from '../src/ui/html-contract.ts';
import { currentDataset, readReleases } from './releases.ts';

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

/** What a dataset needs to say which views it has: its regions and the milestones that start it. */
type Views = Pick<Dataset, 'regions' | 'milestones'>;

/**
 * Every view a reader can reach, in a language: each year of the slider, and each region shown in
 * it, in that language's folder.
 */
export function viewFiles(dataset: Views, now: Date, lang: Language = 'en'): ViewFile[] {
  const { first, last } = siteYears(dataset, now);
  const m = MESSAGES[lang];
  const locale = createLocale(lang, m);
  const viewOf = createYearViews(dataset.regions, locale);
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
export function prerenderedPages(dataset: Views, now: Date): PrerenderPage[] {
  const { first, last } = siteYears(dataset, now);
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
 * The site's HTML in a language's folder: declaring that language, describing the site in it (each
 * view's own description is its Open Graph card's), and naming that language's change feed.
 */
function inLanguageOf(html: string, lang: Language, description: string): string {
  if (lang === 'en') return html;
  return (
    html
      .replace(/<html lang="en"/, `<html lang="${lang}"`)
      .replace(
        /(<meta\s+name="description"\s+content=")[^"]*(")/,
        (_, start: string, end: string) => `${start}${escapeHtml(description)}${end}`,
      )
      // No `hreflang` on them: search engines read it as a translation of the page, which a feed is
      // not (and Lighthouse fails a relative one); each feed names its language itself.
      .replace(/href="\.\/(feed\.(?:atom|json))"/g, (_, feed: string) => `href="./${lang}/${feed}"`)
  );
}

/** A site the build writes view pages for: the live map at the root, or a version under `v/`. */
export interface ViewSite {
  dataset: Dataset;
  /** The map's clock for the site: now for the live map, a version's last day for its archive. */
  now: Date;
  /** The map's public address (`SITE_URL`), ending in a slash. */
  siteUrl: string;
  /** The site's folder under it: '' for the live map, `v/2026-12-06/` for an archive. */
  folder: string;
  /** The version an archive keeps (its pages say so to the app); none for the live map. */
  archive?: string;
  /** The addresses are the ones readers use (`SITE_URL` was given): worth naming as canonical. */
  canonical: boolean;
}

/**
 * Every view page of a site, its oEmbed answers and each year's embed page, in every language, made
 * from the built `index.html` (`html`): files relative to the output folder. The live site's root
 * page is `index.html` itself.
 */
export function viewSiteFiles(
  html: string,
  site: ViewSite,
): Array<{ file: string; source: string }> {
  const { first } = siteYears(site.dataset, site.now);
  const siteRoot = new URL(site.folder, site.siteUrl).href;
  const siteDepth = site.folder.split('/').filter(Boolean).length;
  const files = LANGUAGE_TAGS.flatMap((lang) => [
    rootFile(lang, first),
    ...viewFiles(site.dataset, site.now, lang),
  ]);
  const out: Array<{ file: string; source: string }> = [];
  for (const file of files) {
    let inLanguage = inLanguageOf(html, file.lang, rootFile(file.lang, first).description);
    if (site.archive) {
      inLanguage = inLanguage.replace(
        /<html lang="([^"]+)"/,
        (_, lang: string) => `<html lang="${lang}" ${ARCHIVE_ATTRIBUTE}="${site.archive}"`,
      );
    }
    const pageUrl = new URL(file.folder, siteRoot).href;
    const region = file.view.region;
    const head = [
      viewHead({
        pageUrl,
        oembedUrl: new URL(`${file.folder}oembed.json`, siteRoot).href,
        title: file.title,
        description: file.description,
        canonical: site.canonical,
      }),
      // A region's view draws nothing before its script runs: without one, the reader goes to
      // the region's row on its year's page, which the build has drawn.
      ...(region === undefined
        ? []
        : [
            `<noscript><meta http-equiv="refresh" content="0; url=../#${regionRowId(region)}" /></noscript>`,
          ]),
    ].join('\n    ');
    const depth = siteDepth + file.folder.split('/').filter(Boolean).length;
    const isRoot = file.folder === '';
    const page = viewPage(inLanguage, depth, head, isRoot ? undefined : file.title);
    out.push({ file: `${site.folder}${file.folder}index.html`, source: page });
    // The embed view of each year (and the root's) has a page of its own, which the build
    // renders that year into on the live site; a region's embed chooses it on that year's page.
    if (region === undefined) {
      out.push({
        file: `${site.folder}${file.folder}embed.html`,
        source: viewPage(inLanguage, depth, '', file.title),
      });
    }
    out.push({
      file: `${site.folder}${file.folder}oembed.json`,
      source:
        JSON.stringify(
          oembedAnswer(siteRoot, file.view, file.title, pageUrl, site.dataset.version),
          null,
          2,
        ) + '\n',
    });
  }
  return out;
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
        const canonical = Boolean(siteUrlSetting);
        const sites: ViewSite[] = [
          { dataset: currentDataset(), now, siteUrl, folder: '', canonical },
          // Each published version keeps its pages, at its own addresses, forever.
          ...readReleases().map((release) => ({
            dataset: release,
            now: versionEnd(release.version),
            siteUrl,
            folder: `v/${release.version}/`,
            archive: release.version,
            canonical,
          })),
        ];
        for (const site of sites) {
          for (const { file, source } of viewSiteFiles(html, site)) {
            if (file === 'index.html') index.source = source;
            else this.emitFile({ type: 'asset', fileName: file, source });
          }
        }
      },
    },
  };
}
