/**
 * The build's side of pasting a link: a page for every view a reader can reach (each year, and each
 * region shown in it) at `view/YEAR/` and `view/YEAR/REGION/`, each with its static oEmbed answer
 * beside it, and the same for the site's root. Discovery needs absolute addresses, so the build takes
 * the site's public address from `SITE_URL`.
 */
import type { Logger, Plugin } from 'vite';
import { MILESTONES } from '../data/milestones';
import { REGIONS } from '../data/regions';
import { yearRange } from '../data/status';
import type { Region } from '../data/types';
import { viewFolder } from '../data/view-url';
import { createLocale } from '../data/locale';
import en from '../data/messages/en';
import { createYearViews, yearLine } from '../data/year-view';
import type { PrerenderPage } from '../ui/prerender-plugin';
import { oembedAnswer, viewHead, viewPage, type View } from './oembed';

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

interface ViewFile {
  view: View;
  /** Folder under the site's root, '' for the root itself. */
  folder: string;
  title: string;
  description: string;
}

/** Every view a reader can reach: each year of the slider, and each region shown in it. */
export function viewFiles(regions: readonly Region[], now: Date): ViewFile[] {
  const { first, last } = yearRange(
    regions,
    now,
    MILESTONES.map((milestone) => milestone.date),
  );
  // The view pages speak English, the HTML's language; a reader's `?lang` turns the app's words.
  const locale = createLocale('en', en);
  const viewOf = createYearViews(regions, locale);
  const files: ViewFile[] = [];
  for (let year = first; year <= last; year++) {
    const yearView = viewOf(year);
    files.push({
      view: { year },
      folder: viewFolder(year),
      title: en.titleOfYear(en.year(year)),
      description: yearLine(yearView, locale),
    });
    for (const pin of yearView.visible) {
      files.push({
        view: { year, region: pin.id },
        folder: viewFolder(year, pin.id),
        title: en.titleOfView(en.titleOfYear(en.year(year)), pin.name),
        description: `${pin.title}: ${pin.summary}.`,
      });
    }
  }
  return files;
}

const ROOT_DESCRIPTION =
  'An interactive map of Alibaba Cloud’s data-center regions, year by year: announced, opened, expanded and closed, with a source for every fact.';

/** The pages the build renders the map into (see `prerender-plugin.ts`): each year's page and embed. */
export function prerenderedPages(regions: readonly Region[], now: Date): PrerenderPage[] {
  const { first, last } = yearRange(
    regions,
    now,
    MILESTONES.map((milestone) => milestone.date),
  );
  const pages: PrerenderPage[] = [
    { file: 'index.html', kind: 'page', year: last },
    { file: 'embed.html', kind: 'embed', year: last },
  ];
  for (let year = first; year <= last; year++) {
    pages.push({ file: `${viewFolder(year)}index.html`, kind: 'page', year });
    pages.push({ file: `${viewFolder(year)}embed.html`, kind: 'embed', year });
  }
  return pages;
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
        const root: ViewFile = {
          view: {},
          folder: '',
          title: en.mapTitle,
          description: ROOT_DESCRIPTION,
        };
        for (const file of [root, ...viewFiles(REGIONS, new Date())]) {
          const pageUrl = new URL(file.folder, siteUrl).href;
          const head = viewHead({
            pageUrl,
            oembedUrl: new URL(`${file.folder}oembed.json`, siteUrl).href,
            title: file.title,
            description: file.description,
            canonical: Boolean(siteUrlSetting),
          });
          const depth = file.folder.split('/').filter(Boolean).length;
          const page = viewPage(html, depth, head, file === root ? undefined : file.title);
          if (file === root) index.source = page;
          else this.emitFile({ type: 'asset', fileName: `${file.folder}index.html`, source: page });
          // The embed view of each year (and the root's) has a page of its own, which the build
          // renders that year into; a region's embed opens its panel on that year's page.
          if (file.view.region === undefined) {
            this.emitFile({
              type: 'asset',
              fileName: `${file.folder}embed.html`,
              source: viewPage(html, depth, '', file.title),
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
