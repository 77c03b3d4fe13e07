/**
 * Alibaba's own account of its footprint over time, as published: a check on the dataset. A test
 * reconciles each total with the regions the dataset has running at its date.
 */
import { NEWS, SEEDS } from './sources.ts';
import type { EventDate, Note, Source } from './types.ts';

export interface PublishedTotal {
  /** When the total was stated, as precise as the source. */
  date: EventDate;
  /**
   * What the total counts: cloud regions, or, before Alibaba spoke of regions, its data-centre
   * locations (one location per region, with Hong Kong's and Silicon Valley's second centres
   * counted within their sites).
   */
  unit: 'regions' | 'locations';
  regions: number;
  /** Availability zones, where the statement gives them. */
  zones?: number;
  /** Regions in mainland China, where the statement splits them out. */
  mainlandChina?: number;
  /** The sentence that gives the total, exactly as published. */
  quote: string;
  source: Source;
  /** Where the dataset's count differs from the total: why. */
  note?: Note;
}

/** Oldest first. */
export const PUBLISHED_TOTALS: readonly PublishedTotal[] = [
  {
    date: '2014-05-12',
    unit: 'locations',
    regions: 4,
    quote:
      "Following their sites in Hangzhou, Qingdao, and Beijing, this will become the company's fourth site.",
    source: NEWS.hongKong2014,
  },
  {
    date: '2015-07-29',
    unit: 'locations',
    regions: 6,
    quote:
      'The Aliyun unit already provides cloud computing services through five data centres in China and its special administrative region of Hong Kong, and earlier this year made its first foray further afield with one in the US technology hub Silicon Valley.',
    source: {
      url: 'https://phys.org/news/2015-07-china-alibaba-invest-bn-cloud.html',
      title: "China's Alibaba to invest $1.0 bn in cloud computing",
      publisher: 'Phys.org (AFP)',
      date: '2015-07-29',
    },
  },
  {
    date: '2017-05-12',
    unit: 'locations',
    regions: 14,
    quote:
      "The planned data centre, set to become the first global public cloud platform in Malaysia, will add to Alibaba Cloud's data centres in 14 locations worldwide, covering mainland China, Hong Kong, Singapore, Japan, Australia, the Middle East, Europe and the United States.",
    source: {
      url: 'https://www.thestar.com.my/news/nation/2017/05/13/alibabas-data-cloud-to-help-smes-nations-first-global-info-facility-aims-to-make-enterprise-computin/',
      title: "Alibaba's data cloud to help SMEs: nation's first global info facility",
      publisher: 'The Star',
      date: '2017-05-13',
    },
  },
  {
    date: '2018-09-19',
    unit: 'regions',
    regions: 18,
    zones: 49,
    quote:
      'The service now has 49 availability zones across 18 economic centers globally, with coverage extending across mainland China, Hong Kong, Singapore, Malaysia, Indonesia, India, Japan, Australia, the Middle East, the European Union, and the US.',
    source: {
      url: 'https://technode.com/2018/09/19/alibaba-cloud-globalization/',
      title: 'Report from the 2018 Computing Conference in Hangzhou (headline not captured)',
      publisher: 'TechNode',
      date: '2018-09-19',
    },
    note: {
      en: 'the dataset knows no zone count before Alibaba’s regions table of March 2019',
      'zh-CN': '在阿里云2019年3月的地域表之前，本地图的数据中没有可用区数量',
    },
  },
  {
    date: '2019-01',
    unit: 'regions',
    regions: 19,
    zones: 56,
    quote:
      'Alibaba Cloud now has 56 availability zones across 19 regions worldwide as of Jan 2019.',
    source: {
      url: 'https://legacy.equalocean.com/news/201902171451',
      title: 'Alibaba Cloud Invests USD 920 Million to Build Data Center in Hangzhou',
      publisher: 'EqualOcean',
      date: '2019-02',
    },
    note: {
      en: 'Alibaba’s regions table gives the same 19 regions and 56 zones in March 2019; before that the dataset knows only London’s two zones',
      'zh-CN':
        '阿里云2019年3月的地域表给出相同的 19 个地域和 56 个可用区；在此之前，本地图的数据只知道伦敦的两个可用区',
    },
  },
  {
    date: '2020-04-20',
    unit: 'regions',
    regions: 21,
    zones: 63,
    quote:
      'Alibaba cloud arm currently have 63 availability zones which spread across 21 data center regions located in Asia, Australia, the Middle East, Europe and the United States.',
    source: {
      url: 'https://www.datacenterplanet.com/news/business/alibaba-plans-28b-cloud-investment-over-3-years/',
      title: 'Report on Alibaba’s US$28 billion cloud investment (headline not captured)',
      publisher: 'Data Center Planet',
      date: '2020-04-20',
    },
    note: {
      en: 'zone counts known in April 2020 date from July 2019; Heyuan’s first count comes in November 2020',
      'zh-CN': '2020年4月已知的可用区数量来自2019年7月；河源的首个数量见于2020年11月',
    },
  },
  {
    date: '2021-06-08',
    unit: 'regions',
    regions: 24,
    zones: 75,
    quote: 'Alibaba Cloud now operates 75 availability zones in 24 regions around the world.',
    source: NEWS.summit2021,
  },
  {
    date: '2024-05',
    unit: 'regions',
    regions: 30,
    zones: 89,
    mainlandChina: 14,
    quote:
      'Alibaba currently operates 16 cloud regions with 33 availability zones outside of mainland China. In mainland China, Alibaba has 14 cloud regions and 56 availability zones.',
    source: NEWS.mexicoPlan2024,
    note: {
      en: 'the dataset’s latest zone counts before 2024 date from June 2021',
      'zh-CN': '本地图的数据中，2024年之前最新的可用区数量来自2021年6月',
    },
  },
  {
    date: '2025-06-03',
    unit: 'regions',
    regions: 29,
    zones: 87,
    quote:
      'Currently, its global infrastructure spans 87 zones across 29 regions. The company offers 394 cloud and AI products and 59 technical services, making it the largest cloud service provider in the Asia-Pacific region.',
    source: {
      url: 'https://www.chinadaily.com.cn/a/202506/03/WS683e4dbaa310a04af22c2d59.html',
      title: 'Alibaba Cloud eyes faster globalization',
      publisher: 'China Daily',
      date: '2025-06-03',
    },
    note: {
      en: 'the dataset’s zone counts for 2025 come from Alibaba’s table as copied in December 2025',
      'zh-CN': '本地图数据中2025年的可用区数量来自2025年12月抄录的阿里云地域表',
    },
  },
  {
    date: '2025-09-24',
    unit: 'regions',
    regions: 29,
    zones: 91,
    mainlandChina: 14,
    quote:
      'The cloudy offshoot of giant e-tailer Alibaba already operates 91 availability zones in 29 regions, 14 of which are in China – a market in which it enjoys dominant market share thanks to both its solid offerings and the fact that global rivals AWS, Azure, and Google have limited presences in the Middle Kingdom.',
    source: SEEDS.apsaraTotals,
    note: {
      en: 'the dataset’s zone counts for 2025 come from Alibaba’s table as copied in December 2025',
      'zh-CN': '本地图数据中2025年的可用区数量来自2025年12月抄录的阿里云地域表',
    },
  },
  {
    date: '2025-10-28',
    unit: 'regions',
    regions: 29,
    zones: 92,
    quote:
      "With the addition of this new data center, Alibaba Cloud's global infrastructure now spans 92 availability zones across 29 regions, the company said.",
    source: NEWS.dubai2025,
    note: {
      en: 'the dataset’s zone counts for 2025 come from Alibaba’s table as copied in December 2025, which gives the same 29 regions and 92 zones',
      'zh-CN':
        '本地图数据中2025年的可用区数量来自2025年12月抄录的阿里云地域表，该表给出相同的 29 个地域和 92 个可用区',
    },
  },
  {
    date: '2026',
    unit: 'regions',
    regions: 32,
    zones: 104,
    quote:
      'In its press release, the company framed this as part of its US$53 billion investment plan to expand its global infrastructure to 104 availability zones across 32 regions.',
    source: NEWS.johor2026,
    note: {
      en: 'the report is undated and the press release it quotes was not found; it reports the Johor launch of June 2026, so the total is of June 2026 or later. Alibaba’s product pages, undated, list zones that make 106',
      'zh-CN':
        '该报道未注明日期，其引用的新闻稿未能找到；报道所述为2026年6月柔佛州地域的启用，因此该总数为2026年6月或之后的数字。阿里云未注明日期的产品页面所列可用区合计为 106 个',
    },
  },
];
