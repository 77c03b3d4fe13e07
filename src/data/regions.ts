import {
  ACC_ENDPOINTS,
  ALB_ZONES_EN,
  ALB_ZONES_ZH,
  CODE,
  DESCRIBE_REGIONS_2024,
  IPSEC_VPN_REGIONS,
  MONGODB_ZONES,
  NAT_ZONES_ZH,
  NEWS,
  ROS_ENDPOINTS,
  ROUTER_ENDPOINTS_ZH,
  SEEDS,
  SLS_REDUNDANCY_ZH,
  SPARECORES_2026_01_07,
  SPARECORES_2026_01_30,
  STS_ENDPOINTS,
  SWAS_ENDPOINTS,
  TAG_ENDPOINTS,
  ZONES_2019_03,
  ZONES_2019_04,
  ZONES_2019_07_02,
  ZONES_2019_07_12,
  ZONES_2020_11,
  ZONES_2021_05_28,
  ZONES_2021_05_31,
  ZONES_2021_06_08,
  ZONES_2025_12,
} from './sources.ts';
import type { Note, OfficialName, Region, Source, ZoneCount } from './types.ts';

/** Alibaba's names: English from its 2021 regions table or a newer page, Chinese from DescribeRegions. */
function names(
  en: string,
  zh?: string,
  enSource: Source = ZONES_2021_06_08,
  zhSource = DESCRIBE_REGIONS_2024,
) {
  const named: { en: OfficialName; zh?: OfficialName } = { en: { text: en, sources: [enSource] } };
  if (zh) named.zh = { text: zh, sources: [zhSource] };
  return named;
}

/** Zone counts read from dated versions of Alibaba's regions-and-zones table. */
function zones(...counts: Array<[Source & { date?: string }, number]>): ZoneCount[] {
  return counts.map(([source, count]) => ({ date: source.date ?? '', count, sources: [source] }));
}

/**
 * The day Alibaba's undated product pages (zone tables of NAT Gateway, ALB, MongoDB) were read: a
 * count they give is known by then, not dated by them.
 */
const PAGES_READ = '2026-12-06';

const UNDATED_PAGES: Note = {
  en: 'Alibaba’s product pages list this many zones but carry no date; the date is the day they were read',
  'zh-CN': '阿里云的产品页面列出这些可用区，但未注明日期；所注日期为读取页面的日期',
};

/** A zone count read in Alibaba's undated product pages (see `PAGES_READ`). */
function onPages(count: number, sources: Source[], note: Note = UNDATED_PAGES): ZoneCount {
  return { date: PAGES_READ, count, note, sources };
}

/** A zone count from a dated crawl of Alibaba's zone API, with the pages that list it too. */
function crawled(source: Source & { date: string }, count: number, pages: Source[]): ZoneCount {
  return { date: source.date, count, sources: [source, ...pages] };
}

/**
 * Every public Alibaba Cloud region, past, present, announced and listed. Where no opening is
 * published, the `opened` event is the earliest dated evidence of the region running, with
 * `certainty: 'by'`.
 */
export const REGIONS: readonly Region[] = [
  {
    id: 'hangzhou',
    regionId: 'cn-hangzhou',
    name: 'Hangzhou',
    officialName: names('China (Hangzhou)', '华东1（杭州）'),
    kind: 'public',
    city: 'Hangzhou',
    country: 'CN',
    lat: 30.27,
    lon: 120.16,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 8], [ZONES_2025_12, 8]),
    events: [
      {
        type: 'opened',
        date: '2014-05-12',
        certainty: 'by',
        note: {
          en: 'one of the three mainland sites running before Hong Kong opened; no opening date is published',
          'zh-CN': '香港开服前已在运行的三个中国内地站点之一；开服日期未公布',
        },
        sources: [NEWS.hongKong2014],
      },
      {
        type: 'expanded',
        date: '2020',
        note: {
          en: 'new hyperscale data centre in Hangzhou; month not published',
          'zh-CN': '杭州新建超大规模数据中心；月份未公布',
        },
        sources: [
          {
            url: 'https://www.itclouddemand.com/news/cloud-news/china-witnessed-launch-of-three-new-hyperscale-data-centers-courtesy-alibaba-cloud/',
            title:
              'China witnessed launch of three new hyperscale data centers courtesy Alibaba Cloud',
            publisher: 'ITCloudDemand',
            date: '2020',
          },
        ],
      },
    ],
  },
  {
    id: 'qingdao',
    regionId: 'cn-qingdao',
    name: 'Qingdao',
    officialName: names('China (Qingdao)', '华北1（青岛）'),
    kind: 'public',
    city: 'Qingdao',
    country: 'CN',
    lat: 36.07,
    lon: 120.38,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2], [ZONES_2025_12, 2]),
    events: [
      {
        type: 'opened',
        date: '2014-05-12',
        certainty: 'by',
        note: {
          en: 'one of the three mainland sites running before Hong Kong opened; no opening date is published',
          'zh-CN': '香港开服前已在运行的三个中国内地站点之一；开服日期未公布',
        },
        sources: [NEWS.hongKong2014],
      },
    ],
  },
  {
    id: 'beijing',
    regionId: 'cn-beijing',
    name: 'Beijing',
    officialName: names('China (Beijing)', '华北2（北京）'),
    kind: 'public',
    city: 'Beijing',
    country: 'CN',
    lat: 39.9,
    lon: 116.41,
    precision: 'city',
    zoneCounts: zones(
      [ZONES_2019_03, 7],
      [ZONES_2019_07_12, 8],
      [ZONES_2021_05_28, 10],
      [ZONES_2025_12, 12],
    ),
    events: [
      {
        type: 'opened',
        date: '2014-05-12',
        certainty: 'by',
        note: {
          en: 'one of the three mainland sites running before Hong Kong opened; no opening date is published',
          'zh-CN': '香港开服前已在运行的三个中国内地站点之一；开服日期未公布',
        },
        sources: [NEWS.hongKong2014],
      },
    ],
  },
  {
    id: 'hong-kong',
    regionId: 'cn-hongkong',
    name: 'Hong Kong',
    officialName: names('China (Hong Kong)', '中国香港'),
    kind: 'public',
    city: 'Hong Kong',
    country: 'HK',
    lat: 22.32,
    lon: 114.17,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2], [ZONES_2021_05_31, 3], [ZONES_2025_12, 3]),
    events: [
      {
        type: 'opened',
        date: '2014-05-12',
        note: {
          en: 'first site outside mainland China, built with Towngas',
          'zh-CN': '在中国内地以外的首个站点，与香港中华煤气（Towngas）合作建设',
        },
        sources: [NEWS.hongKong2014],
      },
      {
        type: 'expanded',
        date: '2015-11',
        note: { en: 'second data centre in Hong Kong', 'zh-CN': '香港第二个数据中心' },
        sources: [
          {
            url: 'https://www.pressreader.com/china/china-daily-hong-kong/20161213/282282434934447',
            title: 'China Daily Hong Kong, 13 December 2016',
            publisher: 'China Daily (Hong Kong edition)',
            date: '2016-12-13',
          },
        ],
      },
    ],
  },
  {
    id: 'shenzhen',
    regionId: 'cn-shenzhen',
    name: 'Shenzhen',
    officialName: names('China (Shenzhen)', '华南1（深圳）'),
    kind: 'public',
    city: 'Shenzhen',
    country: 'CN',
    lat: 22.54,
    lon: 114.06,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 5], [ZONES_2021_05_28, 6], [ZONES_2025_12, 6]),
    events: [
      {
        type: 'announced',
        date: '2014-08',
        note: {
          en: 'a fifth data centre, in Shenzhen, for the cloud service; no opening date given',
          'zh-CN': '第五个数据中心，位于深圳，用于云服务；未给出开服日期',
        },
        sources: [
          {
            url: 'https://www.etnews.com/20140829000263',
            title: '알리바바, 클라우드에 올인...왜? (Alibaba goes all in on the cloud)',
            lang: 'ko',
            publisher: 'ETNews (citing Reuters)',
            date: '2014-08-29',
          },
        ],
      },
      {
        type: 'opened',
        date: '2015-05-03',
        certainty: 'by',
        note: {
          en: 'listed among the storage regions of a Go SDK; no opening date is published',
          'zh-CN': '列于一个 Go SDK 的存储地域中；开服日期未公布',
        },
        sources: [CODE.aliyungoOss],
      },
    ],
  },
  {
    id: 'silicon-valley',
    regionId: 'us-west-1',
    name: 'Silicon Valley',
    officialName: names('US (Silicon Valley)', '美国（硅谷）'),
    kind: 'public',
    city: 'Silicon Valley',
    country: 'US',
    lat: 37.35,
    lon: -121.96,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2], [ZONES_2025_12, 2]),
    events: [
      {
        type: 'opened',
        date: '2015-03-04',
        note: { en: 'first overseas data centre', 'zh-CN': '首个海外数据中心' },
        sources: [
          {
            url: 'https://m.ajunews.com/view/20150304182505958',
            title: 'Report on Alibaba’s Silicon Valley cloud hub (headline not captured)',
            publisher: 'Aju Business Daily (citing Reuters)',
            date: '2015-03-04',
          },
          NEWS.overseas2015,
        ],
      },
      {
        type: 'expanded',
        date: '2015-10',
        note: { en: 'second Silicon Valley data centre', 'zh-CN': '硅谷第二个数据中心' },
        sources: [
          {
            url: 'https://www.iol.co.za/business/international/alibaba-opens-second-us-data-centre-1.1927379',
            title: 'Alibaba opens second US data centre',
            publisher: 'IOL (Bloomberg)',
            date: '2015-10-09',
          },
        ],
      },
    ],
  },
  {
    id: 'shanghai',
    regionId: 'cn-shanghai',
    name: 'Shanghai',
    officialName: names('China (Shanghai)', '华东2（上海）'),
    kind: 'public',
    city: 'Shanghai',
    country: 'CN',
    lat: 31.23,
    lon: 121.47,
    precision: 'city',
    zoneCounts: zones(
      [ZONES_2019_03, 6],
      [ZONES_2020_11, 7],
      [ZONES_2021_05_28, 8],
      [ZONES_2025_12, 12],
    ),
    events: [
      {
        type: 'opened',
        date: '2015-10-01',
        certainty: 'by',
        after: '2015-07-29',
        note: {
          en: 'Alibaba counted five data centres in mainland China and Hong Kong on 29 July 2015 (Hangzhou, Qingdao, Beijing, Shenzhen, Hong Kong), so Shanghai opened later, though an SDK of 23 July 2015 already named it; listed in a Go SDK by 1 October 2015',
          'zh-CN':
            '2015年7月29日，阿里巴巴称其在中国内地和香港共有五个数据中心（杭州、青岛、北京、深圳、香港），可见上海开服较晚，尽管2015年7月23日的一个 SDK 已列出它；不晚于2015年10月1日列于一个 Go SDK 中',
        },
        sources: [
          CODE.aliyungoShanghai,
          {
            url: 'https://phys.org/news/2015-07-china-alibaba-invest-bn-cloud.html',
            title: "China's Alibaba to invest $1.0 bn in cloud computing",
            publisher: 'Phys.org (AFP)',
            date: '2015-07-29',
          },
          CODE.javaSdkImport,
        ],
      },
    ],
  },
  {
    id: 'singapore',
    regionId: 'ap-southeast-1',
    name: 'Singapore',
    officialName: names('Singapore', '新加坡', SWAS_ENDPOINTS),
    kind: 'public',
    city: 'Singapore',
    country: 'SG',
    lat: 1.35,
    lon: 103.82,
    precision: 'city',
    zoneCounts: [
      ...zones([ZONES_2019_03, 3], [ZONES_2025_12, 3]),
      crawled(SPARECORES_2026_01_30, 4, [NAT_ZONES_ZH, MONGODB_ZONES]),
    ],
    events: [
      {
        type: 'announced',
        date: '2015-08-18',
        note: {
          en: 'to launch early the next month, as Alibaba Cloud’s seventh data centre and with its international headquarters in Singapore',
          'zh-CN': '将于次月初启用，作为阿里云第七个数据中心，并将其国际总部设在新加坡',
        },
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
        type: 'opened',
        date: '2015-09',
        note: {
          en: 'launch planned for early September; Alibaba’s SDK added the region on 5 September',
          'zh-CN': '计划于9月初启用；阿里云的 SDK 于9月5日加入该地域',
        },
        sources: [CODE.javaSdkSingapore],
      },
    ],
  },
  {
    id: 'virginia',
    regionId: 'us-east-1',
    name: 'Virginia',
    officialName: names('US (Virginia)', '美国（弗吉尼亚）'),
    kind: 'public',
    city: 'Northern Virginia',
    country: 'US',
    lat: 39.04,
    lon: -77.49,
    precision: 'approximate',
    zoneCounts: zones([ZONES_2019_03, 2], [ZONES_2025_12, 2]),
    events: [
      {
        type: 'opened',
        date: '2016-02-03',
        certainty: 'by',
        after: '2015-07-29',
        note: {
          en: 'no opening was announced: in July 2015 a centre on the US east coast was still planned; Alibaba’s SDK added the region in February 2016, and customers ran infrastructure there by August 2016',
          'zh-CN':
            '未宣布开服：2015年7月，美国东海岸的数据中心仍在计划中；阿里云的 SDK 于2016年2月加入该地域，不晚于2016年8月已有客户在此运行基础设施',
        },
        sources: [
          CODE.javaSdkVirginia,
          {
            url: 'https://hankyung.com/amp/201507304585g',
            title: "알리바바, 자회사 '알리윈'에 10억달러 투자",
            lang: 'ko',
            publisher: 'Hankyung (citing The Wall Street Journal)',
            date: '2015-07-30',
          },
          {
            url: 'https://github.com/aliyun/aliyun-openapi-python-sdk/pull/6',
            title: 'Please add the us-east-1 region to endpoints.xml',
            publisher: 'GitHub (a customer’s request to Alibaba’s Python SDK)',
            date: '2016-08-03',
          },
          NEWS.dck2017,
        ],
      },
    ],
  },
  {
    id: 'zhangjiakou',
    regionId: 'cn-zhangjiakou',
    name: 'Zhangjiakou',
    officialName: names('China (Zhangjiakou)', '华北3（张家口）'),
    kind: 'public',
    city: 'Zhangjiakou',
    country: 'CN',
    lat: 41.15,
    lon: 114.71,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2], [ZONES_2020_11, 3], [ZONES_2025_12, 3]),
    events: [
      {
        type: 'announced',
        date: '2016-09-12',
        note: {
          en: 'Alibaba’s first self-built data centres launched in Zhangbei county, Zhangjiakou, to serve its own businesses and cloud customers',
          'zh-CN': '阿里巴巴首批自建数据中心在张家口市张北县启用，服务其自身业务和云客户',
        },
        sources: [
          {
            url: 'https://ecns.cn/business/2016/09-13/226246.shtml',
            title: 'Alibaba launches first self-built data centers in Hebei',
            publisher: 'ECNS (China Daily)',
            date: '2016-09-13',
          },
        ],
      },
      {
        type: 'opened',
        date: '2017-03-17',
        certainty: 'by',
        note: {
          en: 'the cloud region appears in a Go SDK six months after the data centres launched',
          'zh-CN': '数据中心启用六个月后，该云地域出现在一个 Go SDK 中',
        },
        sources: [CODE.aliyungoZhangjiakou],
      },
    ],
  },
  {
    id: 'dubai',
    regionId: 'me-east-1',
    name: 'Dubai',
    officialName: names('UAE (Dubai)', '阿联酋（迪拜）'),
    kind: 'public',
    city: 'Dubai',
    country: 'AE',
    lat: 25.2,
    lon: 55.27,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 1], [ZONES_2025_12, 2]),
    events: [
      {
        type: 'announced',
        date: '2015-05',
        note: {
          en: 'joint venture with Meraas to provide cloud services in the Middle East',
          'zh-CN': '与 Meraas 成立合资公司，在中东提供云服务',
        },
        sources: [NEWS.overseas2015],
      },
      {
        type: 'opened',
        date: '2016-11',
        note: {
          en: 'initial operations began; a trade site (TMCnet) gives 21 October 2016, ZDNet (November 2016) was followed',
          'zh-CN':
            '开始初步运营；一家行业网站（TMCnet）给出的日期为2016年10月21日，本地图采用 ZDNet（2016年11月）的日期',
        },
        sources: [NEWS.fourSites2016],
      },
      {
        type: 'announced',
        date: '2025-09-24',
        note: {
          en: 'expansion announced at the Apsara Conference',
          'zh-CN': '在云栖大会上宣布扩建',
        },
        sources: [SEEDS.apsaraExpansion, NEWS.apsara2025],
      },
      {
        type: 'expanded',
        date: '2025-10-14',
        note: { en: 'second data centre in Dubai', 'zh-CN': '迪拜第二个数据中心' },
        sources: [
          {
            url: 'https://www.financetom.com/business/alibabas-cloud-business-launches-second-data-centre-in-dubai-450780.htm',
            title: "Alibaba's cloud business launches second data centre in Dubai",
            publisher: 'FinanceTom (Reuters)',
            date: '2025-10-14',
          },
          NEWS.dubai2025Reuters,
          NEWS.dubai2025,
        ],
      },
    ],
  },
  {
    id: 'tokyo',
    regionId: 'ap-northeast-1',
    name: 'Tokyo',
    officialName: names('Japan (Tokyo)', '日本（东京）'),
    kind: 'public',
    city: 'Tokyo',
    country: 'JP',
    lat: 35.68,
    lon: 139.69,
    precision: 'city',
    zoneCounts: [
      ...zones([ZONES_2019_03, 2], [ZONES_2025_12, 3]),
      crawled(SPARECORES_2026_01_07, 4, []),
      onPages(5, [NAT_ZONES_ZH, ALB_ZONES_ZH, MONGODB_ZONES]),
    ],
    events: [
      {
        type: 'announced',
        date: '2016-11-21',
        note: {
          en: 'a Tokyo data centre hosted by SB Cloud, the joint venture with SoftBank, due by the end of 2016',
          'zh-CN': '东京数据中心，由与软银的合资公司 SB Cloud 托管，预计2016年底前启用',
        },
        sources: [NEWS.fourSites2016],
      },
      {
        type: 'opened',
        date: '2016-11-30',
        certainty: 'by',
        note: {
          en: 'in a Go SDK with Sydney, Frankfurt and Dubai on 30 November 2016; called recently opened in February 2017',
          'zh-CN':
            '2016年11月30日与悉尼、法兰克福和迪拜一同列入一个 Go SDK；2017年2月被称为新近开服',
        },
        sources: [CODE.aliyungo2016, CODE.javaSdk2016, NEWS.dck2017],
      },
      {
        type: 'announced',
        date: '2025-09-24',
        note: {
          en: 'expansion announced at the Apsara Conference',
          'zh-CN': '在云栖大会上宣布扩建',
        },
        sources: [SEEDS.apsaraExpansion, NEWS.apsara2025],
      },
    ],
  },
  {
    id: 'sydney',
    regionId: 'ap-southeast-2',
    name: 'Sydney',
    officialName: names('Australia (Sydney)', '澳大利亚（悉尼）'),
    kind: 'public',
    city: 'Sydney',
    country: 'AU',
    lat: -33.87,
    lon: 151.21,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2]),
    events: [
      {
        type: 'announced',
        date: '2016-11-21',
        note: {
          en: 'one of four new sites due by the end of 2016',
          'zh-CN': '预计2016年底前启用的四个新站点之一',
        },
        sources: [NEWS.fourSites2016],
      },
      {
        type: 'opened',
        date: '2016-11-30',
        certainty: 'by',
        note: {
          en: 'in a Go SDK with Tokyo, Frankfurt and Dubai on 30 November 2016',
          'zh-CN': '2016年11月30日与东京、法兰克福和迪拜一同列入一个 Go SDK',
        },
        sources: [CODE.aliyungo2016, CODE.javaSdk2016, NEWS.dck2017],
      },
      {
        type: 'closing',
        date: '2024-06',
        note: {
          en: 'closure announced in the last week of June 2024; Alibaba says it had told affected customers since December 2023',
          'zh-CN': '2024年6月最后一周宣布关停；阿里云称自2023年12月起已通知受影响的客户',
        },
        sources: [NEWS.closures2024],
      },
      {
        type: 'closed',
        date: '2024-09-30',
        note: {
          en: 'service ended after 24:00 (UTC+10) on 30 September 2024',
          'zh-CN': '服务于2024年9月30日24:00（UTC+10）后终止',
        },
        sources: [NEWS.closingDates2024, NEWS.closures2024, SEEDS.closures],
      },
    ],
  },
  {
    id: 'frankfurt',
    regionId: 'eu-central-1',
    name: 'Frankfurt',
    officialName: names('Germany (Frankfurt)', '德国（法兰克福）'),
    kind: 'public',
    city: 'Frankfurt',
    country: 'DE',
    lat: 50.11,
    lon: 8.68,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2], [ZONES_2025_12, 3]),
    events: [
      {
        type: 'opened',
        date: '2016-11',
        note: {
          en: 'first region in Europe, hosted in Vodafone Germany facilities',
          'zh-CN': '欧洲首个地域，设在德国沃达丰的设施中',
        },
        sources: [
          {
            url: 'https://www.theregister.co.uk/2016/11/21/alibaba_opens_first_data_centre_in_europe/',
            title: 'Open sesame: Alibaba to open its first data centre in Europe',
            publisher: 'The Register',
            date: '2016-11-21',
          },
          {
            url: 'https://nai500.com/blog/2017/09/alibaba-is-scouting-locations-for-a-second-european-data-center/',
            title: 'Alibaba is scouting locations for a second European data center',
            publisher: 'NAI500 (Bloomberg)',
            date: '2017-09-30',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2018',
        note: {
          en: 'additional data centres in Frankfurt; month not published',
          'zh-CN': '法兰克福新增数据中心；月份未公布',
        },
        sources: [
          {
            url: 'https://independent.co.uk/news/business/news/alibaba-china-retail-uk-expansion-cloud-data-centre-london-jack-ma-a8595476.html',
            title: 'Chinese tech giant Alibaba expands into UK by opening London data centres',
            publisher: 'The Independent',
            date: '2018-10-22',
          },
        ],
      },
    ],
  },
  {
    id: 'kuala-lumpur',
    regionId: 'ap-southeast-3',
    name: 'Kuala Lumpur',
    officialName: names('Malaysia (Kuala Lumpur)', '马来西亚（吉隆坡）'),
    kind: 'public',
    city: 'Kuala Lumpur',
    country: 'MY',
    lat: 3.14,
    lon: 101.69,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2], [ZONES_2025_12, 3]),
    events: [
      {
        type: 'announced',
        date: '2017-05-12',
        note: {
          en: 'Malaysia’s first global public cloud data centre, due later in 2017',
          'zh-CN': '马来西亚首个全球公共云数据中心，预计2017年晚些时候启用',
        },
        sources: [
          {
            url: 'https://www.thestar.com.my/news/nation/2017/05/13/alibabas-data-cloud-to-help-smes-nations-first-global-info-facility-aims-to-make-enterprise-computin/',
            title: "Alibaba's data cloud to help SMEs: nation's first global info facility",
            publisher: 'The Star',
            date: '2017-05-13',
          },
        ],
      },
      {
        type: 'opened',
        date: '2017-11-03',
        certainty: 'by',
        note: {
          en: 'added to a Go SDK on 3 November 2017; no opening date is published',
          'zh-CN': '2017年11月3日加入一个 Go SDK；开服日期未公布',
        },
        sources: [CODE.aliyungoKualaLumpur],
      },
      {
        type: 'announced',
        date: '2024-05',
        note: {
          en: 'more data centres in Malaysia planned within three years',
          'zh-CN': '计划三年内在马来西亚新增数据中心',
        },
        sources: [SEEDS.plans2024, NEWS.mexicoPlan2024],
      },
      {
        type: 'expanded',
        date: '2025-07',
        note: {
          en: 'third data centre in Malaysia (the statement does not name the site, and the Johor region did not yet exist)',
          'zh-CN': '马来西亚第三个数据中心（声明未说明地点，当时柔佛州地域尚不存在）',
        },
        sources: [NEWS.southeastAsia2025],
      },
      {
        type: 'announced',
        date: '2025-09-24',
        note: {
          en: 'Malaysia expansion announced at the Apsara Conference; the Johor region may be its realisation',
          'zh-CN': '在云栖大会上宣布扩建马来西亚的数据中心；柔佛州地域或即其成果',
        },
        sources: [SEEDS.apsaraExpansion, NEWS.apsara2025],
      },
    ],
  },
  {
    id: 'hohhot',
    regionId: 'cn-huhehaote',
    name: 'Hohhot',
    officialName: names('China (Hohhot)', '华北5（呼和浩特）'),
    kind: 'public',
    city: 'Hohhot',
    country: 'CN',
    lat: 40.84,
    lon: 111.75,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2], [ZONES_2025_12, 2]),
    events: [
      {
        type: 'opened',
        date: '2017-12-26',
        certainty: 'by',
        note: {
          en: 'added to a Go SDK as a “newly released region”; no opening date is published',
          'zh-CN': '以“新发布的地域”加入一个 Go SDK；开服日期未公布',
        },
        sources: [
          CODE.aliyungoHohhot,
          {
            url: 'https://github.com/denverdino/aliyungo/pull/231',
            title: 'add support for newly release region, cn-huhehaote',
            publisher: 'denverdino/aliyungo on GitHub',
            date: '2017-12-26',
          },
        ],
      },
    ],
  },
  {
    id: 'jakarta',
    regionId: 'ap-southeast-5',
    name: 'Jakarta',
    officialName: names('Indonesia (Jakarta)', '印度尼西亚（雅加达）'),
    kind: 'public',
    city: 'Jakarta',
    country: 'ID',
    lat: -6.21,
    lon: 106.85,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2], [ZONES_2021_06_08, 3], [ZONES_2025_12, 3]),
    events: [
      {
        type: 'announced',
        date: '2017-06-13',
        note: { en: 'planned by the end of March 2018', 'zh-CN': '计划于2018年3月底前启用' },
        sources: [NEWS.indiaIndonesia2017],
      },
      {
        type: 'opened',
        date: '2018-02-27',
        certainty: 'by',
        note: {
          en: 'added to a Go SDK with Mumbai; no opening date is published',
          'zh-CN': '与孟买一同加入一个 Go SDK；开服日期未公布',
        },
        sources: [CODE.aliyungoJakartaMumbai],
      },
      {
        type: 'expanded',
        date: '2019',
        note: { en: 'second data centre, early 2019', 'zh-CN': '第二个数据中心，2019年初' },
        sources: [NEWS.summit2021],
      },
      {
        type: 'expanded',
        date: '2021',
        note: { en: 'third data centre', 'zh-CN': '第三个数据中心' },
        sources: [
          {
            url: 'https://www.scmp.com/tech/big-tech/article/3136475/alibaba-cloud-doubles-down-southeast-asia-amid-competition-home-after',
            title:
              'Alibaba Cloud doubles down on Southeast Asia amid competition at home after clearing antitrust uncertainty',
            publisher: 'South China Morning Post',
            date: '2021',
          },
        ],
      },
    ],
  },
  {
    id: 'mumbai',
    regionId: 'ap-south-1',
    name: 'Mumbai',
    officialName: names('India (Mumbai)', '印度（孟买）'),
    kind: 'public',
    city: 'Mumbai',
    country: 'IN',
    lat: 19.08,
    lon: 72.88,
    precision: 'city',
    zoneCounts: zones([ZONES_2019_03, 2]),
    events: [
      {
        type: 'announced',
        date: '2017-06-13',
        note: { en: 'planned by the end of March 2018', 'zh-CN': '计划于2018年3月底前启用' },
        sources: [NEWS.indiaIndonesia2017],
      },
      {
        type: 'opened',
        date: '2018-02-27',
        certainty: 'by',
        note: {
          en: 'added to a Go SDK with Jakarta; no opening date is published',
          'zh-CN': '与雅加达一同加入一个 Go SDK；开服日期未公布',
        },
        sources: [CODE.aliyungoJakartaMumbai],
      },
      {
        type: 'closing',
        date: '2024-06',
        note: {
          en: 'closure announced in the last week of June 2024; Alibaba says it had told affected customers since December 2023',
          'zh-CN': '2024年6月最后一周宣布关停；阿里云称自2023年12月起已通知受影响的客户',
        },
        sources: [NEWS.closures2024],
      },
      {
        type: 'closed',
        date: '2024-07-15',
        note: {
          en: 'service ended after 24:00 (UTC+5:30) on 15 July 2024',
          'zh-CN': '服务于2024年7月15日24:00（UTC+5:30）后终止',
        },
        sources: [NEWS.closingDates2024, NEWS.closures2024, SEEDS.closures],
      },
    ],
  },
  {
    id: 'london',
    regionId: 'eu-west-1',
    name: 'London',
    officialName: names('UK (London)', '英国（伦敦）'),
    kind: 'public',
    city: 'London',
    country: 'GB',
    lat: 51.51,
    lon: -0.13,
    precision: 'city',
    zoneCounts: [
      {
        date: '2018-10',
        count: 2,
        note: {
          en: 'two data centres, as two availability zones',
          'zh-CN': '两个数据中心，即两个可用区',
        },
        sources: [
          {
            url: 'https://independent.co.uk/news/business/news/alibaba-china-retail-uk-expansion-cloud-data-centre-london-jack-ma-a8595476.html',
            title: 'Chinese tech giant Alibaba expands into UK by opening London data centres',
            publisher: 'The Independent',
            date: '2018-10-22',
          },
        ],
      },
      ...zones([ZONES_2025_12, 2]),
    ],
    events: [
      {
        type: 'announced',
        date: '2018-09',
        sources: [
          {
            url: 'https://news.webhosting.info/cloud-giant-alibaba-to-launch-london-data-center/',
            title: 'Cloud giant Alibaba Cloud to launch London data center',
            publisher: 'WebHosting.info',
            date: '2018-09-07',
          },
        ],
      },
      {
        type: 'opened',
        date: '2018-10',
        note: {
          en: 'two data centres (availability zones) in London',
          'zh-CN': '伦敦的两个数据中心（可用区）',
        },
        sources: [
          {
            url: 'https://independent.co.uk/news/business/news/alibaba-china-retail-uk-expansion-cloud-data-centre-london-jack-ma-a8595476.html',
            title: 'Chinese tech giant Alibaba expands into UK by opening London data centres',
            publisher: 'The Independent',
            date: '2018-10-22',
          },
        ],
      },
    ],
  },
  {
    id: 'chengdu',
    regionId: 'cn-chengdu',
    name: 'Chengdu',
    officialName: names('China (Chengdu)', '西南1（成都）'),
    kind: 'public',
    city: 'Chengdu',
    country: 'CN',
    lat: 30.57,
    lon: 104.07,
    precision: 'city',
    zoneCounts: [
      ...zones([ZONES_2019_07_02, 1], [ZONES_2020_11, 2], [ZONES_2025_12, 2]),
      onPages(3, [ALB_ZONES_EN]),
    ],
    events: [
      {
        type: 'opened',
        date: '2019-06-30',
        certainty: 'by',
        after: '2019-04-17',
        note: {
          en: 'absent from Alibaba’s regions table of April 2019, in it by 2 July 2019; a user found it in Alibaba’s console on 30 June 2019',
          'zh-CN':
            '2019年4月的阿里云地域表中没有它，不晚于2019年7月2日已列入；一位用户于2019年6月30日在阿里云控制台中发现了它',
        },
        sources: [
          {
            url: 'https://github.com/aliyun/oss-browser/issues/230',
            title: '1.9.3新建Bucket时区域没有西南1(成都)',
            lang: 'zh-CN',
            publisher: 'GitHub (a user’s report to Alibaba’s OSS Browser)',
            date: '2019-06-30',
          },
          ZONES_2019_07_02,
          ZONES_2019_04,
        ],
      },
    ],
  },
  {
    id: 'heyuan',
    regionId: 'cn-heyuan',
    name: 'Heyuan',
    officialName: names('China (Heyuan)', '华南2（河源）'),
    kind: 'public',
    city: 'Heyuan',
    country: 'CN',
    lat: 23.74,
    lon: 114.7,
    precision: 'city',
    zoneCounts: [...zones([ZONES_2020_11, 2], [ZONES_2025_12, 2]), onPages(3, [NAT_ZONES_ZH])],
    events: [
      {
        type: 'opened',
        date: '2020-02-06',
        certainty: 'by',
        note: {
          en: 'added to Alibaba’s Python SDK; its data centre already served Alibaba’s own shopping festival in November 2019',
          'zh-CN':
            '加入阿里云的 Python SDK；其数据中心已在2019年11月为阿里巴巴自己的购物节提供服务',
        },
        sources: [CODE.pythonSdkHeyuan],
      },
    ],
  },
  {
    id: 'ulanqab',
    regionId: 'cn-wulanchabu',
    name: 'Ulanqab',
    officialName: names('China (Ulanqab)', '华北6（乌兰察布）'),
    kind: 'public',
    city: 'Ulanqab',
    country: 'CN',
    lat: 41,
    lon: 113.13,
    precision: 'city',
    zoneCounts: [
      ...zones([ZONES_2020_11, 2], [ZONES_2021_05_28, 3], [ZONES_2025_12, 3]),
      crawled(SPARECORES_2026_01_07, 4, [NAT_ZONES_ZH, ALB_ZONES_ZH]),
    ],
    events: [
      {
        type: 'opened',
        date: '2020-05-27',
        certainty: 'by',
        note: {
          en: 'added to the database endpoints of Alibaba’s Python SDK; its hyperscale data centre launched in 2020',
          'zh-CN': '加入阿里云 Python SDK 的数据库服务接入点；其超大规模数据中心于2020年启用',
        },
        sources: [CODE.pythonSdkUlanqab],
      },
    ],
  },
  {
    id: 'guangzhou',
    regionId: 'cn-guangzhou',
    name: 'Guangzhou',
    officialName: names('China (Guangzhou)', '华南3（广州）'),
    kind: 'public',
    city: 'Guangzhou',
    country: 'CN',
    lat: 23.13,
    lon: 113.26,
    precision: 'city',
    zoneCounts: zones([ZONES_2020_11, 2], [ZONES_2025_12, 2]),
    events: [
      {
        type: 'opened',
        date: '2020-10-21',
        certainty: 'by',
        note: {
          en: 'Alibaba’s Terraform provider added it as a new region; no opening date is published',
          'zh-CN': '阿里云的 Terraform Provider 将其作为新地域加入；开服日期未公布',
        },
        sources: [CODE.terraformGuangzhou],
      },
    ],
  },
  {
    id: 'nanjing',
    regionId: 'cn-nanjing',
    name: 'Nanjing',
    officialName: names('China (Nanjing - Local Region)', '华东5（南京-本地地域）', SWAS_ENDPOINTS),
    kind: 'local',
    city: 'Nanjing',
    country: 'CN',
    lat: 32.06,
    lon: 118.8,
    precision: 'city',
    zoneCounts: zones([ZONES_2021_05_28, 1], [ZONES_2025_12, 1]),
    events: [
      {
        type: 'opened',
        date: '2021-05-28',
        certainty: 'by',
        note: {
          en: 'in Alibaba’s regions table as a local region in invitational preview',
          'zh-CN': '列于阿里云地域表中，为邀测中的本地地域',
        },
        sources: [ZONES_2021_05_28],
      },
      {
        type: 'closing',
        date: '2025-12-10',
        certainty: 'by',
        after: '2024-07-01',
        note: {
          en: 'marked “closing down” (关停中) in Alibaba’s ECS regions page; the announcement’s date is not published',
          'zh-CN': '阿里云云服务器 ECS 的地域页面将其标为“关停中”；宣布日期未公布',
        },
        sources: [ZONES_2025_12, DESCRIBE_REGIONS_2024],
      },
    ],
  },
  {
    id: 'manila',
    regionId: 'ap-southeast-6',
    name: 'Manila',
    officialName: names('Philippines (Manila)', '菲律宾（马尼拉）', SWAS_ENDPOINTS),
    kind: 'public',
    city: 'Manila',
    country: 'PH',
    lat: 14.6,
    lon: 120.98,
    precision: 'city',
    zoneCounts: zones([ZONES_2025_12, 2]),
    events: [
      {
        type: 'announced',
        date: '2021',
        note: {
          en: 'first Philippine data centre due by the end of 2021, announced at the Alibaba Cloud Summit',
          'zh-CN': '菲律宾首个数据中心，预计2021年底前启用，在阿里云峰会上宣布',
        },
        sources: [NEWS.summit2021],
      },
      {
        type: 'opened',
        date: '2021-09-29',
        certainty: 'by',
        note: {
          en: 'Alibaba’s Terraform provider added it as a new region; no opening date is published',
          'zh-CN': '阿里云的 Terraform Provider 将其作为新地域加入；开服日期未公布',
        },
        sources: [CODE.terraformManila],
      },
      {
        type: 'announced',
        date: '2025-07-02',
        note: {
          en: 'second Philippine data centre planned for October 2025',
          'zh-CN': '菲律宾第二个数据中心，计划于2025年10月启用',
        },
        sources: [NEWS.southeastAsia2025],
      },
    ],
  },
  {
    id: 'seoul',
    regionId: 'ap-northeast-2',
    name: 'Seoul',
    officialName: names('South Korea (Seoul)', '韩国（首尔）', SWAS_ENDPOINTS),
    kind: 'public',
    city: 'Seoul',
    country: 'KR',
    lat: 37.57,
    lon: 126.98,
    precision: 'city',
    zoneCounts: [...zones([ZONES_2025_12, 2]), onPages(3, [NAT_ZONES_ZH])],
    events: [
      {
        type: 'opened',
        date: '2022-03',
        note: { en: 'first data centre in South Korea', 'zh-CN': '韩国首个数据中心' },
        sources: [
          {
            url: 'https://www.kmib.co.kr/article/view_amp.asp?arcid=1750317851',
            title: '알리바바, 국내 두번째 데이터센터 가동… 안방 내주는 韓업계',
            lang: 'ko',
            publisher: 'Kookmin Ilbo',
            date: '2025-06-20',
          },
          CODE.terraform2022,
        ],
      },
      {
        type: 'announced',
        date: '2024-05',
        note: {
          en: 'more data centres in South Korea planned within three years',
          'zh-CN': '计划三年内在韩国新增数据中心',
        },
        sources: [SEEDS.plans2024, NEWS.mexicoPlan2024],
      },
      {
        type: 'expanded',
        date: '2025-06',
        note: {
          en: 'second data centre in Seoul, running by the end of June 2025',
          'zh-CN': '首尔第二个数据中心，不晚于2025年6月底投入运行',
        },
        sources: [
          {
            url: 'https://www.kmib.co.kr/article/view_amp.asp?arcid=1750317851',
            title: '알리바바, 국내 두번째 데이터센터 가동… 안방 내주는 韓업계',
            lang: 'ko',
            publisher: 'Kookmin Ilbo',
            date: '2025-06-20',
          },
        ],
      },
      {
        type: 'announced',
        date: '2025-09-24',
        note: {
          en: 'expansion announced at the Apsara Conference (a third Korean data centre, for 2026)',
          'zh-CN': '在云栖大会上宣布扩建（韩国第三个数据中心，计划于2026年启用）',
        },
        sources: [
          SEEDS.apsaraExpansion,
          {
            url: 'https://zdnet.co.kr/view/?no=20250926160127',
            title: 'Report on Alibaba Cloud’s third Korean data centre (headline not captured)',
            publisher: 'ZDNet Korea',
            date: '2025-09-26',
          },
        ],
      },
    ],
  },
  {
    id: 'bangkok',
    regionId: 'ap-southeast-7',
    name: 'Bangkok',
    officialName: names('Thailand (Bangkok)', '泰国（曼谷）', SWAS_ENDPOINTS),
    kind: 'public',
    city: 'Bangkok',
    country: 'TH',
    lat: 13.76,
    lon: 100.5,
    precision: 'city',
    zoneCounts: zones([ZONES_2025_12, 2]),
    events: [
      {
        type: 'opened',
        date: '2022-04-24',
        certainty: 'by',
        note: {
          en: 'Alibaba’s Terraform provider added it as a new region; no opening date is published',
          'zh-CN': '阿里云的 Terraform Provider 将其作为新地域加入；开服日期未公布',
        },
        sources: [CODE.terraformBangkok],
      },
      {
        type: 'announced',
        date: '2024-05',
        note: {
          en: 'more data centres in Thailand planned within three years',
          'zh-CN': '计划三年内在泰国新增数据中心',
        },
        sources: [SEEDS.plans2024, NEWS.mexicoPlan2024],
      },
      {
        type: 'expanded',
        date: '2025',
        note: {
          en: 'a new data centre in Thailand launched in 2025; month not published',
          'zh-CN': '泰国一个新数据中心于2025年启用；月份未公布',
        },
        sources: [NEWS.dubai2025],
      },
    ],
  },
  {
    id: 'riyadh',
    regionId: 'me-central-1',
    name: 'Riyadh',
    officialName: names(
      'SAU (Riyadh - Partner Region)',
      '沙特（利雅得）- 合作伙伴运营',
      MONGODB_ZONES,
      ZONES_2025_12,
    ),
    kind: 'partner',
    city: 'Riyadh',
    country: 'SA',
    lat: 24.71,
    lon: 46.68,
    precision: 'city',
    zoneCounts: zones([ZONES_2025_12, 2]),
    events: [
      {
        type: 'announced',
        date: '2021-01-03',
        certainty: 'by',
        note: {
          en: 'a US$500 million cloud partnership of Saudi Telecom (STC), eWTP Arabia Capital and Alibaba Cloud, with Riyadh as its regional hub; The National’s report of the deal carries no date in the copy read',
          'zh-CN':
            '沙特电信（STC）、eWTP Arabia Capital 与阿里云之间一项 5 亿美元的云计算合作，以利雅得为其区域枢纽；所读到的《国民报》（The National）相关报道未注明日期',
        },
        sources: [
          {
            url: 'https://www.thenationalnews.com/business/technology/stc-to-invest-500m-in-cloud-in-partnership-with-ewtp-arabia-capital-and-alibaba-1.1138269',
            title:
              'STC to invest $500m in cloud in partnership with eWTP Arabia Capital and Alibaba',
            publisher: 'The National',
          },
          {
            url: 'https://www.agenzianova.com/a/5ff130f4e77313.34798768/3253853/2021-01-03/business-news-arabia-saudita-alibaba-cloud-sceglie-riad-come-centro-per-operazioni-in-medio-oriente',
            title:
              'Arabia Saudita: Alibaba Cloud sceglie Riad come centro per operazioni in Medio Oriente',
            publisher: 'Agenzia Nova',
            date: '2021-01-03',
          },
        ],
      },
      {
        type: 'opened',
        date: '2022-06-05',
        note: {
          en: 'two data centres opened by the Saudi Cloud Computing Company, which runs the region: a joint venture of Alibaba Cloud, STC, eWTP Arabia Capital and the Saudi Company for Artificial Intelligence',
          'zh-CN':
            '由运营该地域的沙特云计算公司开设的两个数据中心；该公司是阿里云、STC、eWTP Arabia Capital 与沙特人工智能公司的合资企业',
        },
        sources: [
          {
            url: 'https://dkjournal.co.kr/uae_news/6997',
            title: 'Report on Alibaba’s Riyadh data centres (headline not captured)',
            publisher: 'Dubai Korea Journal',
            date: '2022-06-09',
          },
          {
            url: 'https://www.arabnews.com/node/2118956/business-economy',
            title:
              'China ambassador praises Saudi firms for aiding Chinese businesses’ expansion plans',
            publisher: 'Arab News',
            date: '2022-07-08',
          },
        ],
      },
    ],
  },
  {
    id: 'fuzhou',
    regionId: 'cn-fuzhou',
    name: 'Fuzhou',
    officialName: names('China (Fuzhou - Local Region)', '华东6（福州-本地地域）', SWAS_ENDPOINTS),
    kind: 'local',
    city: 'Fuzhou',
    country: 'CN',
    lat: 26.07,
    lon: 119.3,
    precision: 'city',
    zoneCounts: zones([ZONES_2025_12, 1]),
    events: [
      {
        type: 'opened',
        date: '2022-08-09',
        certainty: 'by',
        note: {
          en: 'added to Alibaba’s Terraform provider; no opening date is published',
          'zh-CN': '加入阿里云的 Terraform Provider；开服日期未公布',
        },
        sources: [CODE.terraformFuzhou],
      },
      {
        type: 'closing',
        date: '2025-12-10',
        certainty: 'by',
        after: '2024-07-01',
        note: {
          en: 'marked “closing down” (关停中) in Alibaba’s ECS regions page; the announcement’s date is not published',
          'zh-CN': '阿里云云服务器 ECS 的地域页面将其标为“关停中”；宣布日期未公布',
        },
        sources: [ZONES_2025_12, DESCRIBE_REGIONS_2024],
      },
    ],
  },
  {
    id: 'wuhan',
    regionId: 'cn-wuhan-lr',
    name: 'Wuhan',
    officialName: names('China (Wuhan - Local Region)', '华中1（武汉-本地地域）', ROS_ENDPOINTS),
    kind: 'local',
    city: 'Wuhan',
    country: 'CN',
    lat: 30.59,
    lon: 114.31,
    precision: 'city',
    zoneCounts: zones([ZONES_2025_12, 1]),
    events: [
      {
        type: 'opened',
        date: '2024-05-30',
        certainty: 'by',
        note: {
          en: 'first seen in Alibaba’s SDK specifications; no opening date is published',
          'zh-CN': '首见于阿里云的 SDK 规范；开服日期未公布',
        },
        sources: [CODE.teaSpecWuhan, DESCRIBE_REGIONS_2024],
      },
    ],
  },
  {
    id: 'mexico',
    regionId: 'na-south-1',
    name: 'Mexico',
    officialName: names('Mexico', '墨西哥', MONGODB_ZONES, ZONES_2025_12),
    kind: 'public',
    city: 'Querétaro',
    country: 'MX',
    lat: 20.59,
    lon: -100.39,
    precision: 'city',
    zoneCounts: [...zones([ZONES_2025_12, 1]), onPages(2, [NAT_ZONES_ZH, ALB_ZONES_ZH])],
    events: [
      {
        type: 'announced',
        date: '2024-05',
        note: { en: 'first cloud region in Mexico announced', 'zh-CN': '宣布墨西哥首个云地域' },
        sources: [SEEDS.plans2024, NEWS.mexicoPlan2024],
      },
      {
        type: 'opened',
        date: '2025-02',
        note: {
          en: 'first region in Latin America, in the state of Querétaro',
          'zh-CN': '拉丁美洲首个地域，位于克雷塔罗州',
        },
        sources: [
          {
            url: 'https://yulius.mx/alibaba-cloud-establece-region-de-datos-en-mexico-para-liderar-latinoameria/',
            title: 'Alibaba Cloud establece región de datos en México para liderar Latinoamérica',
            publisher: 'Yulius',
            date: '2025',
          },
          NEWS.dubai2025,
        ],
      },
      {
        type: 'announced',
        date: '2025-09-24',
        note: {
          en: 'expansion announced at the Apsara Conference',
          'zh-CN': '在云栖大会上宣布扩建',
        },
        sources: [SEEDS.apsaraExpansion, NEWS.apsara2025],
      },
    ],
  },
  {
    id: 'zhengzhou',
    regionId: 'cn-zhengzhou-jva',
    name: 'Zhengzhou',
    officialName: names(
      'Zhengzhou (China Unicom Joint Venture)',
      '郑州（联通合营）',
      TAG_ENDPOINTS,
      ROUTER_ENDPOINTS_ZH,
    ),
    kind: 'joint-venture',
    city: 'Zhengzhou',
    country: 'CN',
    lat: 34.75,
    lon: 113.63,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'no zone count is published for this region',
      'zh-CN': '该地域未公布可用区数量',
    },
    events: [
      {
        type: 'listed',
        date: '2025-02-10',
        certainty: 'by',
        note: {
          en: 'a region run jointly with China Unicom, in Alibaba’s SDK endpoints from February 2025; Alibaba’s totals and its ECS regions page leave it out',
          'zh-CN':
            '与中国联通共同运营的地域，自2025年2月起列于阿里云 SDK 的服务接入点中；阿里云公布的总数及其云服务器 ECS 地域页面均未计入',
        },
        sources: [CODE.goSdkZhengzhou, TAG_ENDPOINTS],
      },
    ],
  },
  {
    id: 'atlanta',
    regionId: 'us-southeast-1',
    name: 'Atlanta',
    officialName: names('US (Atlanta)', '美国（亚特兰大）', ACC_ENDPOINTS, SLS_REDUNDANCY_ZH),
    kind: 'public',
    city: 'Atlanta',
    country: 'US',
    lat: 33.75,
    lon: -84.39,
    precision: 'city',
    zoneCounts: [onPages(2, [MONGODB_ZONES])],
    events: [
      {
        type: 'listed',
        date: '2025-11-14',
        certainty: 'by',
        note: {
          en: 'Alibaba’s Terraform provider added it as a new region, but an Alibaba page says it is not available at the moment; no opening was announced and Alibaba’s totals leave it out',
          'zh-CN':
            '阿里云的 Terraform Provider 将其作为新地域加入，但阿里云的一个网页称其暂不可用；未宣布开服，阿里云公布的总数也未计入',
        },
        sources: [CODE.terraformAtlanta, IPSEC_VPN_REGIONS],
      },
    ],
  },
  {
    id: 'zhongwei',
    regionId: 'cn-zhongwei',
    name: 'Zhongwei',
    officialName: names('China (Zhongwei)', '西北2（中卫）', STS_ENDPOINTS, NAT_ZONES_ZH),
    kind: 'public',
    city: 'Zhongwei',
    country: 'CN',
    lat: 37.51,
    lon: 105.19,
    precision: 'city',
    zoneCounts: [onPages(2, [NAT_ZONES_ZH, ALB_ZONES_ZH])],
    events: [
      {
        type: 'opened',
        date: '2026-03-12',
        certainty: 'by',
        note: {
          en: 'Alibaba’s Terraform provider added it as a new region; no opening date is published',
          'zh-CN': '阿里云的 Terraform Provider 将其作为新地域加入；开服日期未公布',
        },
        sources: [CODE.terraformZhongwei],
      },
    ],
  },
  {
    id: 'brazil',
    regionId: 'sa-east-1',
    regionIdEvidence: {
      note: {
        en: 'inferred: Alibaba’s SDK added sa-east-1 in August 2026, and its pages name a “Brazil (São Paulo)” region, but no page seen pairs the two',
        'zh-CN':
          '推断：阿里云的 SDK 于2026年8月加入 sa-east-1，其网页也提到“巴西（圣保罗）”地域，但所见网页均未将两者对应起来',
      },
      sources: [CODE.teaSpecBrazil],
    },
    name: 'Brazil',
    officialName: names('Brazil (São Paulo)', '巴西（圣保罗）', IPSEC_VPN_REGIONS, NAT_ZONES_ZH),
    kind: 'public',
    city: 'São Paulo',
    country: 'BR',
    lat: -23.55,
    lon: -46.63,
    precision: 'city',
    zoneCounts: [onPages(2, [NAT_ZONES_ZH, MONGODB_ZONES])],
    events: [
      {
        type: 'announced',
        date: '2025-09-24',
        note: {
          en: 'first data centre in Brazil announced at the Apsara Conference',
          'zh-CN': '在云栖大会上宣布巴西首个数据中心',
        },
        sources: [
          SEEDS.apsaraNew,
          {
            url: 'https://boletimnacional.com.br/2025/09/24/alibaba-abrira-data-center-no-brasil-e-lanca-supermodelo-de-ia-qwen3-max',
            title: 'Alibaba abrirá data center no Brasil e lança supermodelo de IA Qwen3-Max',
            publisher: 'Boletim Nacional',
            date: '2025-09-24',
          },
        ],
      },
      {
        type: 'listed',
        date: '2026-08-14',
        certainty: 'by',
        note: {
          en: 'listed with two zones in Alibaba’s product pages and in its SDK, so it may be operating; no opening has been announced',
          'zh-CN':
            '阿里云的产品页面和 SDK 中列出该地域及其两个可用区，因此可能已在运营；尚未宣布开服',
        },
        sources: [CODE.teaSpecBrazil, MONGODB_ZONES, NAT_ZONES_ZH],
      },
    ],
  },
  {
    id: 'netherlands',
    name: 'Netherlands',
    kind: 'public',
    city: 'Amsterdam',
    country: 'NL',
    lat: 52.37,
    lon: 4.9,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: { en: 'not yet open', 'zh-CN': '尚未开服' },
    events: [
      {
        type: 'announced',
        date: '2025-09-24',
        note: {
          en: 'first data centre in the Netherlands; its site is not public, so the pin stands on the capital',
          'zh-CN': '荷兰首个数据中心；其地点未公开，因此标记位于首都',
        },
        sources: [
          SEEDS.apsaraNew,
          {
            url: 'https://fashionunited.nl/nieuws/retail/alibaba-opent-eerste-datacenter-in-nederland/2025092466339',
            title: 'Alibaba opent eerste datacenter in Nederland',
            publisher: 'FashionUnited',
            date: '2025-09-24',
          },
        ],
      },
    ],
  },
  {
    id: 'paris',
    regionId: 'eu-west-2',
    regionIdEvidence: {
      note: {
        en: 'inferred: Alibaba’s SDK added eu-west-2 on 16 June 2026, the day before the Paris launch, but no Alibaba page seen pairs the ID with Paris',
        'zh-CN':
          '推断：阿里云的 SDK 于2026年6月16日（巴黎地域启用前一天）加入 eu-west-2，但所见阿里云网页均未将该 ID 与巴黎对应起来',
      },
      sources: [CODE.goSdkJune2026],
    },
    name: 'Paris',
    officialName: names('France (Paris)', '法国（巴黎）', IPSEC_VPN_REGIONS, NAT_ZONES_ZH),
    kind: 'public',
    city: 'Paris',
    country: 'FR',
    lat: 48.86,
    lon: 2.35,
    precision: 'city',
    zoneCounts: [
      {
        date: '2026-06-17',
        count: 2,
        sources: [
          {
            seed: '003_914b029b9d48d252.txt',
            quote:
              'Alibaba Cloud has opened two availability zones in Paris, marking its first new European region since 2018 and its third European hub after Germany, where it has operated since 2016, and the United Kingdom.',
          },
        ],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2025-09-24',
        note: {
          en: 'first data centre in France announced at the Apsara Conference',
          'zh-CN': '在云栖大会上宣布法国首个数据中心',
        },
        sources: [
          SEEDS.apsaraNew,
          {
            seed: '002_08e992f5574ac29b.txt',
            quote:
              'Alibaba Cloud has announced a significant expansion into Europe by establishing new data centers in France.',
          },
          NEWS.apsara2025,
        ],
      },
      {
        type: 'opened',
        date: '2026-06-17',
        note: {
          en: 'two availability zones; UEFA signed on as an anchor customer',
          'zh-CN': '两个可用区；欧足联签约成为首要客户',
        },
        sources: [
          {
            seed: '003_914b029b9d48d252.txt',
            quote:
              'Alibaba Cloud has opened two availability zones in Paris, marking its first new European region since 2018 and its third European hub after Germany, where it has operated since 2016, and the United Kingdom.',
          },
          NEWS.paris2026,
        ],
      },
    ],
  },
  // Only the state is public; the pin is on Johor Bahru, the state capital.
  {
    id: 'johor',
    regionId: 'ap-southeast-8',
    name: 'Johor',
    officialName: names('Malaysia (Johor)', '马来西亚（柔佛州）', ACC_ENDPOINTS, NAT_ZONES_ZH),
    kind: 'public',
    city: 'Johor',
    country: 'MY',
    lat: 1.49,
    lon: 103.74,
    precision: 'approximate',
    zoneCounts: [
      onPages(2, [NAT_ZONES_ZH, ALB_ZONES_ZH, MONGODB_ZONES], {
        en: 'two data centres at launch; Alibaba’s product pages list two zones but carry no date, so the date is the day they were read',
        'zh-CN':
          '启用时有两个数据中心；阿里云的产品页面列出两个可用区，但未注明日期，所注日期为读取页面的日期',
      }),
    ],
    events: [
      {
        type: 'opened',
        date: '2026-06-16',
        certainty: 'by',
        note: {
          en: 'second Malaysian region, with two data centres; Alibaba’s SDK lists it from 16 June 2026, and the news pairs its launch with the Paris opening of 17 June',
          'zh-CN':
            '马来西亚第二个地域，有两个数据中心；阿里云的 SDK 自2026年6月16日起列出该地域，新闻将其启用与6月17日巴黎地域的开服一并报道',
        },
        sources: [
          CODE.goSdkJune2026,
          CODE.tsSdkJune2026,
          CODE.terraformJohor,
          {
            seed: '000_3ad7fe316cd719d9.txt',
            quote:
              'Alibaba Cloud opened new data centers in Paris and Johor to capture growing AI inference demand.',
          },
          NEWS.johor2026,
        ],
      },
    ],
  },
];
