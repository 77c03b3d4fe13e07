/**
 * The company's own events, which are not one region's: when Alibaba Cloud began, how it went abroad,
 * what it pledged to spend, what it announced. Sourced like region events, and shown on the slider's
 * track and with the year's events.
 */
import { NEWS, SEEDS } from './sources.ts';
import type { Certainty, EventDate, Note, Source } from './types.ts';

export interface Milestone {
  /** Stable slug. */
  id: string;
  date: EventDate;
  /** `on` when absent. */
  certainty?: Certainty;
  /** One line a reader can take in at a glance. */
  title: string;
  /** Where sources disagree or a date is uncertain: what was followed. */
  note?: Note;
  sources: Source[];
}

const REGISTER_EUROPE_2016 = {
  url: 'https://www.theregister.co.uk/2016/11/21/alibaba_opens_first_data_centre_in_europe/',
  title: 'Open sesame: Alibaba to open its first data centre in Europe',
  publisher: 'The Register',
  date: '2016-11-21',
};

const PEOPLES_DAILY_2025_PLEDGE = {
  url: 'https://en.people.cn/n3/2025/0224/c90000-20280703.html',
  title: 'Alibaba to invest 53 billion USD in cloud, AI infrastructure in next 3 years',
  publisher: "People's Daily Online (Xinhua)",
  date: '2025-02-24',
};

/** Oldest first. */
export const MILESTONES: readonly Milestone[] = [
  {
    id: 'launch',
    date: '2009-09',
    title: 'Alibaba Cloud (Aliyun) launched',
    note: {
      en: 'the day is not published in the sources read; its first regions’ opening dates are not published either',
      'zh-CN': '所读来源未公布具体日期；其最早一批地域的开服日期也未公布',
    },
    sources: [NEWS.fourSites2016],
  },
  {
    id: 'first-outside-mainland',
    date: '2014-05-12',
    title: 'First data centre outside mainland China, in Hong Kong',
    sources: [NEWS.hongKong2014],
  },
  {
    id: 'first-overseas',
    date: '2015-03',
    title: 'First overseas data centre, in Silicon Valley',
    sources: [NEWS.overseas2015],
  },
  {
    id: 'billion-2015',
    date: '2015-07-29',
    title: 'US$1 billion pledged to the cloud arm, then called Aliyun',
    sources: [
      {
        url: 'https://phys.org/news/2015-07-china-alibaba-invest-bn-cloud.html',
        title: "China's Alibaba to invest $1.0 bn in cloud computing",
        publisher: 'Phys.org (AFP)',
        date: '2015-07-29',
      },
    ],
  },
  {
    id: 'singapore-headquarters',
    date: '2015-08-18',
    title: 'Singapore chosen as headquarters for the expansion abroad',
    sources: [
      {
        url: 'https://www.straitstimes.com/business/singapore-chosen-as-overseas-hq-by-alibabas-cloud-computing-arm',
        title: "Singapore chosen as overseas HQ by Alibaba's cloud computing arm",
        publisher: 'The Straits Times',
        date: '2015-08-18',
      },
    ],
  },
  {
    id: 'four-sites-2016',
    date: '2016-11-21',
    title:
      'Four data centres abroad: the first in Europe and the Middle East, and Japan and Australia',
    sources: [NEWS.fourSites2016, REGISTER_EUROPE_2016],
  },
  {
    id: 'pledge-2020',
    date: '2020-04-20',
    title: 'RMB 200 billion (about US$28 billion) pledged to the cloud over three years',
    sources: [
      {
        url: 'https://www.reuters.com/article/china-alibaba-cloud-investment/alibaba-says-to-invest-28-bln-in-cloud-computing-services-idUSB9N28T01O',
        title: 'Alibaba says to invest $28 bln in cloud computing services',
        publisher: 'Reuters',
        date: '2020-04-20',
      },
    ],
  },
  {
    id: 'spin-off-dropped',
    date: '2023-11-16',
    title: 'Plan to spin off the cloud business dropped',
    sources: [
      {
        url: 'https://www.livemint.com/technology/alibaba-scraps-cloud-unit-spinoff-citing-washington-s-chip-curbs/amp-11700150127427.html',
        title: 'Alibaba Scraps Cloud Unit Spinoff, Citing Washington’s Chip Curbs',
        publisher: 'Mint (The Wall Street Journal)',
        date: '2023-11-16',
      },
    ],
  },
  {
    id: 'plans-2024',
    date: '2024-05',
    title: 'Mexico’s first region planned, and new data centres in Southeast Asia and South Korea',
    sources: [NEWS.mexicoPlan2024, SEEDS.plans2024],
  },
  {
    id: 'closures-2024',
    date: '2024-06',
    title: 'Closures announced in Australia and India',
    note: {
      en: 'The Register reported on 1 July 2024 that the notice went up “late last week”',
      'zh-CN': 'The Register 于2024年7月1日报道，通知于“上周晚些时候”发布',
    },
    sources: [NEWS.closures2024, SEEDS.closures],
  },
  {
    id: 'pledge-2025',
    date: '2025-02-24',
    title: 'RMB 380 billion (about US$53 billion) pledged to cloud and AI over three years',
    sources: [
      PEOPLES_DAILY_2025_PLEDGE,
      {
        seed: '001_5644caed36047b1b.txt',
        quote:
          'Alibaba Cloud has previously said it plans to spend $53 billion on datacenter and AI infrastructure over the next three years, a very modest sum compared to its western rivals that have committed to spending $20 billion or more each quarter for the next couple of years.',
      },
    ],
  },
  {
    id: 'apsara-2025',
    date: '2025-09-24',
    title: 'Apsara Conference: first regions planned in Brazil, France and the Netherlands',
    sources: [NEWS.apsara2025, SEEDS.apsaraNew, SEEDS.apsaraExpansion],
  },
  {
    id: 'capex-2026',
    date: '2026-05',
    title: 'Spending to “far exceed” the earlier projection, Alibaba tells investors',
    note: {
      en: 'the report names the month, not the year (the May before Paris opened in 2026), and speaks of US$56 billion over five years; the pledge of February 2025 was about US$53 billion over three',
      'zh-CN':
        '报道只给出月份而未给出年份（即巴黎于2026年开服之前的那个5月），并称五年内 560 亿美元；2025年2月的承诺约为三年内 530 亿美元',
    },
    sources: [
      {
        seed: '003_914b029b9d48d252.txt',
        quote:
          'On its May earnings call, chief executive Eddie Wu told investors that Alibaba Cloud expects capital expenditure to far exceed the previously projected 56 billion dollars over five years, citing the need to expand data center capacity tenfold compared with 2022 levels to meet AI demand.',
      },
    ],
  },
  {
    id: 'paris-uefa',
    date: '2026-06-17',
    title: 'Paris opens, with UEFA as its anchor customer',
    sources: [
      NEWS.paris2026,
      {
        seed: '003_914b029b9d48d252.txt',
        quote:
          'The company signed a multi-year agreement with the Union of European Football Associations to provide cloud and AI services through the 2032-33 cycle.',
      },
    ],
  },
];
