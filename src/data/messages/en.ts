/**
 * The map's words in English. Every language is one file like this one, shaped like it: a missing
 * message fails the type check. Only the reader's language is loaded (see `languages.ts`).
 */
import type { RegionStatus } from '../status.ts';
import type { EventType, RegionKind } from '../types.ts';

const plurals = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en-GB');
/** "1 region", "10,000 regions". */
const count = (value: number, one: string, other: string) =>
  `${numbers.format(value)} ${plurals.select(value) === 'one' ? one : other}`;

const en = {
  /** The tag `Intl` formats dates and numbers with: day before month, as the map always wrote. */
  formatLocale: 'en-GB',
  /** How a month is written alone, under its year's heading: "November". */
  monthAlone: 'long' as 'long' | 'numeric',
  /** Which of Alibaba's official names to call regions by; English readers get "Paris, France". */
  officialNames: undefined as 'en' | 'zh' | undefined,

  year: (year: number) => String(year),
  mapTitle: 'Alibaba Cloud’s data-center regions',
  /** "Alibaba Cloud’s data-center regions, 2016": a view's title, a picture's, an embed's. */
  titleOfYear: (year: string) => `Alibaba Cloud’s data-center regions, ${year}`,
  /** "Alibaba Cloud’s data-center regions, 2016: Paris". */
  titleOfView: (titleOfYear: string, region: string) => `${titleOfYear}: ${region}`,
  placeName: (place: string, country: string) => `${place}, ${country}`,

  // How certain a date is.
  by: (date: string) => `by ${date}`,
  between: (after: string, date: string) => `between ${after} and ${date}`,
  since: (when: string) => `since ${when}`,
  from: (when: string) => `from ${when}`,

  status: {
    operating: 'Operating',
    closing: 'Closing (closure announced)',
    announced: 'Announced, not yet open',
    closed: 'Closed',
    'not-yet': 'Not yet announced',
  } satisfies Record<RegionStatus, string>,
  event: {
    announced: 'Announced',
    listed: 'Listed by Alibaba',
    opened: 'Opened',
    expanded: 'Expanded',
    closing: 'Closure announced',
    closed: 'Closed',
  } satisfies Record<EventType, string>,
  /** What each kind of region is, for readers; a public region needs no words. */
  kind: {
    public: '',
    local: 'Local region: a single zone serving its province',
    partner: 'Partner region: run by a partner company under Alibaba Cloud’s name',
    'joint-venture': 'Joint-venture region: run jointly with another company',
  } satisfies Record<RegionKind, string>,
  /** The same, in a word or two, for the list. */
  kindLabel: {
    public: '',
    local: 'local region',
    partner: 'partner region',
    'joint-venture': 'joint venture',
  } satisfies Record<RegionKind, string>,

  /** A pin's status at the year, after its name: "Paris, France: operating since June 2026". */
  pin: {
    operating: (since: string) => (since ? `operating ${since}` : 'operating'),
    listed: (when: string) => `listed by Alibaba ${when}, not known to be open`,
    announced: (when: string) => `announced ${when}, not yet open`,
    /** `operated` is "by May 2014" or "from June 2016", or empty. */
    closing: (when: string, operated: string) =>
      `closing (closure announced ${when})${operated ? `, operated ${operated}` : ''}`,
    closed: (when: string, operated: string) =>
      `closed ${when}${operated ? `, operated ${operated}` : ''}`,
    notYet: (year: string) => `not yet announced in ${year}`,
    approximate: ' (location approximate)',
    label: (title: string, summary: string) => `${title}: ${summary}`,
  },

  /** What an event is within its year, and the year's line for embeds. */
  verb: {
    announced: 'announced',
    expansionAnnounced: 'expansion announced',
    listed: 'listed by Alibaba',
    opened: 'opened',
    recordedRunning: 'recorded running',
    expanded: 'expanded',
    closureAnnounced: 'closure announced',
    closed: 'closed',
  },
  /** "opened 17 June", "recorded running by March". */
  phrase: (verb: string, within: string, by: boolean) =>
    within ? `${verb} ${by ? 'by ' : ''}${within}` : verb,
  phraseBetween: (verb: string, when: string) => `${verb} ${when}`,
  yearLine: {
    none: (year: string) => `In ${year}: no region announced, opened or closed.`,
    line: (year: string, parts: readonly string[]) => `In ${year}: ${parts.join('; ')}.`,
    regions: (value: number) => count(value, 'region', 'regions'),
    group: (who: string, verb: string) => `${who} ${verb}`,
    closures: (who: string, value: number) =>
      `${plurals.select(value) === 'one' ? 'closure' : 'closures'} announced for ${who}`,
    others: (value: number) => `changes at ${count(value, 'other region', 'other regions')}`,
  },

  /** "The Register, 25 September 2025". */
  credit: (who: string, date: string | undefined) => `${who}, ${date ?? 'undated'}`,
  aNewsReport: 'a news report',
  quoted: (title: string) => `“${title}”`,

  growth: {
    regions: (value: number) => count(value, 'region', 'regions'),
    zones: (value: number) => count(value, 'zone', 'zones'),
    atLeastZones: (value: number) => `at least ${count(value, 'zone', 'zones')}`,
    zonesUnknown: 'zones not known',
    locations: (value: number) => count(value, 'data-centre location', 'data-centre locations'),
    yearLine: (year: string, regions: string, zones: string) => `${year}: ${regions}, ${zones}`,
    noneDated: (year: string) => `${year}: no region dated yet`,
    counted: (what: string, zones: string | undefined) => (zones ? `${what}, ${zones}` : what),
    alibaba: (counted: string, credit: string) => `Alibaba: ${counted} (${credit})`,
    credited: (counted: string, credit: string) => `${counted} (${credit})`,
    ours: (date: string, counted: string) => `This map, at ${date}: ${counted}.`,
    oursShort: (counted: string) => `${counted}.`,
    same: 'The same.',
  },

  timeline: {
    name: 'Timeline',
    play: 'Play the years',
    pause: 'Pause',
    year: 'Year',
    milestoneMarks: 'Company milestones',
    milestones: (year: string, titles: readonly string[]) => `${year}: ${titles.join('; ')}`,
  },

  map: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    wholeMap: 'Whole map',
    limited:
      'This page already shows several interactive maps, so this one stays a still picture: it cannot zoom or pan, but every pin still opens its region.',
    noWebgl:
      'This browser cannot draw the interactive map (WebGL 2 is unavailable), so the map cannot zoom or pan. Every pin still opens its region, and every region is in the list.',
    failed: (why: string) =>
      `The map could not be drawn${why ? `: ${why}` : ''}. Every region is in the list.`,
    pinsName: 'Regions on the map: arrow keys move between them, Enter opens one',
    /** The pins as links, before the page's script runs. */
    pinLinksName: 'Regions on the map: each link opens its story',
    regionsHere: (regions: number) => `${count(regions, 'region', 'regions')} here`,
    clusterName: (regions: number, names: string) =>
      `${count(regions, 'region', 'regions')} here: ${names}. Choose one`,
    /** A crowd's first names, and how many more: "Tokyo, Seoul and 3 more". */
    someNames: (names: readonly string[], more: number) =>
      more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', '),
    /** MapLibre's own words, by its string IDs. */
    maplibre: {
      'Map.Title': 'Map',
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
      'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
      'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
    } as Record<string, string>,
  },

  downloads: {
    elsewhereShort: 'Downloads ↗',
    elsewhere: 'Data and picture on the full map',
    csv: 'data (CSV)',
    json: 'data (JSON)',
    png: 'this view (PNG)',
    svg: 'this view for print (SVG)',
    svgName: 'This view as SVG, for print',
    makingPng: 'making the picture…',
    makingSvg: 'making the figure…',
  },

  /** The full page around the map. */
  page: {
    skip: 'Skip to the list of regions',
    title: (mapTitle: string) => `${mapTitle}, year by year`,
    dek: (first: string) =>
      `Where Alibaba Cloud announced, opened, expanded and closed its regions since ${first}. Open a region for its dates, zones and sources.`,
    languages: 'Language',
    embed: 'Embed',
    mapArea: 'Map of the regions',
    details: 'The year in numbers, and the key',
    download: 'Download:',
    about:
      'Every fact on the map cites its source: Alibaba Cloud’s own pages and code, news reports, and the five news articles this map grew from. Dates are as precise as their sources, and a date known only from later evidence says “by”. Zone counts are those known at each date; unknown dates and counts are marked as such.',
    data: 'Data (CC BY 4.0):',
    countries: '. Country shapes: Natural Earth via world-atlas.',
  },

  /** The Embed dialog. */
  dialog: {
    title: 'Embed this map',
    close: 'Close',
    linkLabel: 'Link to paste',
    copyLink: 'Copy link',
    linkNote:
      'Paste it alone on a line, or in an Embed block: WordPress (any role), Ghost, Discourse and other tools that embed links show this map.',
    orSnippet: 'Or a snippet',
    iframe: 'Responsive iframe',
    iframeHint: '(works in every CMS)',
    element: 'Web component',
    elementHint: '(pages that allow scripts)',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s setting' },
    height: 'Initial height (px)',
    keepCompare: (providers: string) => `Compare with ${providers} too`,
    keepRegion: 'Mark the chosen region on the map',
    dataLegend: 'Data',
    live: 'Live',
    liveHint: '(follows new data)',
    archived: 'Archived',
    archivedHint: (asOf: string) => `(keeps the data as of ${asOf}, for good)`,
    snippet: 'Snippet',
    copySnippet: 'Copy snippet',
    copied: 'Copied to the clipboard.',
    selected: 'Selected: press Ctrl+C (or ⌘C) to copy.',
    linkText: (title: string) => `${title} (interactive map)`,
    themeWords: {
      auto: 'follows the reader’s light or dark setting',
      light: 'always light',
      dark: 'always dark',
    },
    opensAt: (year: string, withRegion: boolean, theme: string) =>
      `The embedded map opens at ${year}${withRegion ? ', with this region marked on the map and its story a click away' : ''}, and ${theme}.`,
    iframeNote: (height: number) =>
      `It starts ${height} px tall; the script then fits the iframe to its content, and without the script the fixed height still works.`,
    elementNote:
      'Its styles stay inside the element; the page needs to allow module scripts from this site (and worker-src blob: under a Content-Security-Policy: use the iframe there).',
    heights: (column: number, width: number, tallest: number) =>
      `The embed is at most ${column} px tall in a ${width} px column and at most ${tallest} px at any width from 300 to 1200 px, whatever the year; a region’s story opens over the map when a reader asks for it, so its height never changes. On the page, the map scrolls with the article: zoom with Ctrl/⌘ + wheel, or two fingers.`,
  },

  /** The map in an article. */
  embed: {
    title: (mapTitle: string, first: number, last: number) => `${mapTitle}, ${first}–${last}`,
    /** After the year: ": 32 regions operating in 16 countries and territories". */
    counts: (regions: number, countries: number) =>
      `: ${count(regions, 'region', 'regions')} operating in ${count(countries, 'country or territory', 'countries and territories')}`,
    source: 'Source: Alibaba Cloud and news reports',
    /** After the source, where the embed is wide enough. */
    sourceDetail: ', cited per event',
    /** Between the credit and the data's day. */
    sourceEnd: '. ',
    fullMap: 'Full map ↗',
  },

  /** A picture of the map: the PNG and SVG downloads and the print figure. */
  figure: {
    summary: (regions: number, countries: number, asOf: string) =>
      `${count(regions, 'region', 'regions')} operating in ${count(countries, 'country or territory', 'countries and territories')} ${asOf}`,
    endOf: (year: string) => `at the end of ${year}`,
    asOf: (month: string) => `as of ${month}`,
    source:
      'Source: Alibaba Cloud Footprint; every event cites Alibaba Cloud or news reports. Countries: Natural Earth.',
    key: {
      operating: 'Operating',
      closing: 'Closing',
      announced: 'Announced',
      closed: 'Closed',
      changed: 'Changed this year',
      uncertain: 'Running by the date shown',
      aws: 'AWS',
      azure: 'Microsoft Azure',
      google: 'Google Cloud',
    },
  },

  /** The year in numbers and events. */
  summary: {
    byProvider: 'Regions operating, by provider',
    yearHidden: 'Year ',
    regions: 'Regions operating',
    zones: 'Availability zones',
    notKnown: 'not known',
    countries: 'Countries and territories',
    noneYet: (year: string) =>
      `No region is known to have been announced or running by the end of ${year}: the first regions’ opening dates are not published.`,
    zonesUnknownFor: (year: string, regions: number) =>
      `Zones as known at the end of ${year}; no count was published by then for ${count(regions, 'region', 'regions')}.`,
    zonesAsKnown: (year: string) => `Zones as known at the end of ${year}.`,
    inYear: (year: string) => `In ${year}`,
    noChanges: 'No region was announced, opened, expanded or closed.',
    /** "17 June: " before a milestone's title. */
    dated: (within: string, text: string) => `${within}: ${text}`,
    phraseSeparator: '; ',
    more: (regions: number) =>
      `…and ${count(regions, 'more region', 'more regions')} changed; the list below has every region.`,
  },

  /** Which version of the data a view shows, and where its changes are told. */
  data: {
    asOf: (date: string) => `Data as of ${date}`,
    /** An archived view: it keeps this version's data for good. */
    archivedAsOf: (date: string) => `Data as of ${date}, archived`,
    newer: 'newer data',
    separator: ' · ',
    changes: 'Changes to the data:',
  },

  /** The chosen region, in one line under the map, and the button that opens its story. */
  chosen: {
    hint: 'Choose a region on the map for its dates, zones and sources.',
    story: 'Story',
    storyName: (name: string) => `Open the story of ${name}`,
    clear: (name: string) => `Stop marking ${name}`,
  },

  /** The open region's story. */
  panel: {
    close: (name: string) => `Close ${name} details`,
    /** Between the city and its country: "Paris, France". */
    placeSeparator: ', ',
    regionId: 'Alibaba Cloud region ID',
    idInferred: 'ID inferred',
    noRegionId: 'no region ID published',
    sentence: (text: string) => `${text}.`,
    approximate:
      'Location approximate: only the country or state is public, so the pin stands for it.',
    statusIn: (year: string) => `Status in ${year}`,
    knownBy: (date: string) => `known by ${date}`,
    notKnownIn: (year: string) => `not known in ${year}`,
    notPublished: 'not published',
    timeline: 'Timeline',
    noteSeparator: ': ',
    onlyEvidence: 'Only evidence of it is dated; it may have happened earlier.',
    exactDateUnknown: 'Exact date not published.',
    zoneCounts: 'Zone counts over time',
    namesSources: 'Where the names and the region ID come from',
  },

  list: {
    title: (year: string) => `All regions in ${year}`,
    columns: { name: 'Region', country: 'Country or territory', status: 'Status', date: 'Date' },
    zones: 'Zones',
    showMore: (more: number, all: number) =>
      `Show ${more} more of ${count(all, 'region', 'regions')}`,
    later: (regions: number, year: string) =>
      `${count(regions, 'more region was', 'more regions were')} announced after ${year}. `,
    dash: '“–”: zone count not published.',
  },

  legend: {
    title: 'Key',
    entries: {
      operating: 'Operating (size: availability zones)',
      closing: 'Closing: closure announced',
      announced: 'Announced, not yet open',
      closed: 'Closed',
      changed: 'Changed in the chosen year',
      uncertain: 'Dashed ring: running by the date shown; its opening is not dated',
      aws: 'AWS region (hollow: announced)',
      azure: 'Microsoft Azure region (hollow: announced)',
      google: 'Google Cloud region (hollow: announced)',
    },
  },

  /** Whose regions: Alibaba's, the map's subject, and the providers a reader can compare it with. */
  providers: {
    alibaba: 'Alibaba Cloud',
    aws: 'AWS',
    azure: 'Microsoft Azure',
    google: 'Google Cloud',
  },

  /** The switches that put other providers' regions beside Alibaba's. */
  compare: {
    title: 'Compare with',
    /** On the switches, where a narrow embed has room for little more. */
    short: { aws: 'AWS', azure: 'Azure', google: 'Google' },
    loading: (name: string) => `Loading ${name}’s regions…`,
    failed: (name: string) => `${name}’s regions could not be loaded; switch it on again to retry.`,
    regionOf: (name: string) => `A ${name} region`,
    allProviders: 'All providers',
    filter: 'Provider',
    counts: (name: string, regions: string) => `${name}: ${regions}`,
    partner: 'Partner region: run by a partner company under the provider’s name',
    titled: (provider: string, name: string) => `${name} (${provider})`,
    about:
      'Other providers’ regions come from their own region lists, launch posts and code, each event dated and sourced; some are dated only “by” a date.',
  },

  sources: {
    name: 'Sources',
    newsReport: 'A news report',
    noPublisher: 'publisher not named in the document',
    ownOf: (provider: string) => `${provider}’s own`,
    alibabasOwn: 'Alibaba’s own',
  },

  /** The growth chart and its table. */
  chart: {
    regions: 'Regions',
    and: ' and ',
    zones: 'zones',
    atYearEnd: ' at each year’s end; ',
    alibabasTotals: ' Alibaba’s own totals',
    chooseYear: 'Choose a year from the chart',
    published: 'Alibaba’s published totals',
    source: 'Source ↗',
    atEndOfYear: ' at the end of the year.',
    asTable: 'The chart as a table',
    tableCaption: 'Regions and zones at each year’s end',
    year: 'Year',
    regionsColumn: 'Regions',
    zonesColumn: 'Zones',
    noneDated: 'none dated',
    notKnown: 'not known',
    atLeast: (zones: string) => `at least ${zones}`,
    date: 'Date',
    alibabaSaid: 'Alibaba said',
    thisMap: 'This map',
  },

  /** Alibaba's milestones in this language, by id; the dataset's own titles are English. */
  milestoneTitles: {} as Partial<Record<string, string>>,
};

export type Messages = typeof en;

export default en;
