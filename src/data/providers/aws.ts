/**
 * Amazon Web Services regions for the peer-provider layer: every region of the commercial `aws`
 * partition listed in AWS's own SDK (36 IDs, two of them listed but not yet confirmed open), plus the
 * two AWS China regions that partners operate. GovCloud, ISO and European Sovereign Cloud partitions
 * are left out (README, "Other providers"). Where no launch post could be read, the opening is dated by AWS's
 * own service documentation histories or, with `certainty: 'by'`, by a dated SDK commit.
 */
import type { Note, Source, WebSource, ZoneCount, Region } from '../types.ts';

function note(en: string, zh: string): Note {
  return { en, 'zh-CN': zh };
}

/* ------------------------------------------------------------------ AWS's own sources */

/** The region list and English names: AWS SDK for JavaScript v3 partition data, as packed from npm. */
const PARTITIONS = {
  url: 'https://www.npmjs.com/package/@aws-sdk/core/v/3.981.2',
  title:
    'Partition data (region IDs and names) in @aws-sdk/core 3.981.2, the package @aws-sdk/util-endpoints 3.996.55 re-exports it from',
  publisher: 'Amazon Web Services (AWS SDK for JavaScript v3, on npm)',
  date: '2026-11-24',
  primary: true,
} satisfies WebSource;

/** The first package version whose region list names me-west-1 and sa-west-1 (3.980.1 of 2026-11-06 does not). */
const CORE_3981_0 = {
  url: 'https://www.npmjs.com/package/@aws-sdk/core/v/3.981.0',
  title:
    '@aws-sdk/core 3.981.0: the first version whose partition data lists me-west-1 and sa-west-1',
  publisher: 'Amazon Web Services (AWS SDK for JavaScript v3, on npm)',
  date: '2026-11-10',
  primary: true,
} satisfies WebSource;

/** The Regions guide's document history: one dated row per launch since November 2022. */
const DOC_HISTORY = {
  url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/doc-history.html',
  title: 'Document history for AWS Regions and Availability Zones',
  publisher: 'Amazon Web Services',
  primary: true,
} satisfies WebSource;

/** A dated version of one of AWS's service guides, kept by AWS in the awsdocs organisation on GitHub. */
function awsdocs(
  repo: string,
  commit: string,
  path: string,
  title: string,
  date: string,
): WebSource {
  return {
    url: `https://github.com/awsdocs/${repo}/blob/${commit}/${path}`,
    title,
    publisher: 'Amazon Web Services (awsdocs on GitHub)',
    date,
    primary: true,
  };
}

/** "Amazon S3 is now available in the … Region", one dated row per region, 2009–2019. */
const S3_HISTORY = awsdocs(
  'amazon-s3-developer-guide',
  '869fb0a90741ae6e47380f78e0ad4727c4f7a813',
  'doc_source/WhatsNew.md',
  'Amazon S3 Developer Guide: document history',
  '2020-12-17',
);

/** "Amazon RDS is now available in the … Region", 2020–2023. */
const RDS_HISTORY = awsdocs(
  'amazon-rds-user-guide',
  '50e7617a861617feb57905ab25adb629c31cb98e',
  'doc_source/WhatsNew.md',
  'Amazon RDS User Guide: document history',
  '2023-06-10',
);

const DYNAMODB_HISTORY = awsdocs(
  'amazon-dynamodb-developer-guide',
  'cb6dd0d731fc9ac71eb8f82c1085f4f2656a77d4',
  'doc_source/DocumentHistory.md',
  'Amazon DynamoDB Developer Guide: document history',
  '2023-02-22',
);

const EC2_HISTORY = awsdocs(
  'amazon-ec2-user-guide',
  'd289961421fa79447add68ca26e3ec5ae96fdf41',
  'doc_source/DocumentHistory.md',
  'Amazon EC2 User Guide for Linux Instances: document history',
  '2023-05-11',
);

/** A commit to botocore, the AWS SDK for Python's core, which AWS maintains. */
function botocore(hash: string, subject: string, date: string): WebSource {
  return {
    url: `https://github.com/boto/botocore/commit/${hash}`,
    title: `“${subject}”, a commit to botocore (AWS SDK for Python)`,
    publisher: 'Amazon Web Services (boto/botocore on GitHub)',
    date,
    primary: true,
  };
}

const BOTOCORE_CN_NORTH_1 = botocore(
  'b30a39356807bdc29e29858a1893b0bac191e203',
  'Add support for new cn-north-1 region',
  '2013-12-09',
);
const BOTOCORE_EU_NORTH_1 = botocore(
  '2391615680be13420e77823a3d93ff91efdcb99c',
  'Update to latest endpoints',
  '2018-12-11',
);
const BOTOCORE_ME_SOUTH_1 = botocore(
  'e77cae16e67fb3b5880776ee3de66ce02aa9efec',
  'Update to latest endpoints',
  '2019-07-29',
);
const BOTOCORE_OSAKA_2021 = botocore(
  '13447f33639f7155ce9333e427f010b988bc1a7e',
  'Update to latest endpoints',
  '2021-03-04',
);

/** AWS's blog post on its two China regions and the partners that operate them. */
const CHINA_BLOG = {
  url: 'https://aws.amazon.com/blogs/enterprise-strategy/getting-started-with-aws-services-in-aws-china-beijing-region-and-aws-china-ningxia-region/',
  title:
    'Getting Started with AWS Services in AWS China (Beijing) Region and AWS China (Ningxia) Region',
  publisher: 'Amazon Web Services (AWS Cloud Enterprise Strategy Blog)',
  primary: true,
} satisfies WebSource;

/** AWS's Chinese names for its China regions, with their operators (an AWS Labs solution's docs). */
const CHINA_NAMES_ZH = {
  url: 'https://github.com/awslabs/aws-ai-solution-kit/blob/df949335e5c90caf0246e95a276389a50d67d59e/docs/zh/regions.md',
  title: '支持部署的区域（AI Solution Kit 文档）',
  publisher: 'Amazon Web Services (awslabs on GitHub)',
  date: '2022-05-18',
  primary: true,
  lang: 'zh-CN',
} satisfies WebSource;

const CHINA_NAMES_EN = {
  url: 'https://github.com/awslabs/aws-ai-solution-kit/blob/3b4dbf772cdb0ab78a8ff29595627f5151201e08/docs/en/regions.md',
  title: 'Supported regions (AI Solution Kit documentation)',
  publisher: 'Amazon Web Services (awslabs on GitHub)',
  date: '2022-06-13',
  primary: true,
} satisfies WebSource;

const S3_LAUNCH_POST = {
  url: 'https://aws.amazon.com/blogs/aws/eight-years-and-counting-of-cloud-computing/',
  title: 'Eight Years (And Counting) of Cloud Computing',
  publisher: 'Amazon Web Services (AWS News Blog)',
  primary: true,
} satisfies WebSource;

/** Werner Vogels' blog home page as stored; its top post announces the Stockholm region "today", undated. */
const VOGELS_HOME = {
  url: 'https://www.allthingsdistributed.com/',
  title: 'All Things Distributed (home page; post announcing the AWS Europe (Stockholm) Region)',
  publisher: 'Werner Vogels, Amazon CTO',
  primary: true,
} satisfies WebSource;

/* ------------------------------------------------------------------ other sources */

const WIKIPEDIA_EC2 = {
  url: 'https://wikipedia.com/wiki/Amazon_Elastic_Compute_Cloud',
  title: 'Amazon Elastic Compute Cloud',
  publisher: 'Wikipedia',
} satisfies WebSource;

const IGNORE_ME_2020 = {
  url: 'https://ig.nore.me/2020/02/aws-inside-the-region/',
  title: 'AWS Inside the Region',
  publisher: 'ig.nore.me (Arjen Schwarz)',
  date: '2020-02',
} satisfies WebSource;

const AGILE_TESTING_2008 = {
  url: 'https://agiletesting.blogspot.com/2008/12/working-with-amazon-ec2-regions.html',
  title: 'Working with Amazon EC2 regions',
  publisher: 'Agile Testing (Grig Gheorghiu’s blog)',
  date: '2008-12-12',
} satisfies WebSource;

const MEDIUM_2016 = {
  url: 'https://medium.com/@BertvdLingen/eu-south-1-the-next-european-aws-region-74de019c5ca5',
  title: 'eu-south-1: The next European AWS region?',
  publisher: 'Bert vd Lingen on Medium',
  date: '2016-12-25',
} satisfies WebSource;

const GIGAOM_2011 = {
  url: 'https://old.gigaom.com/2011/11/22/amazon-in-australia/',
  title: 'Amazon in Australia?',
  publisher: 'GigaOM',
  date: '2011-11-22',
} satisfies WebSource;

const AND_ENGINEER = {
  url: 'https://and-engineer.com/articles/YJegcxEAABL1X_8n',
  title: 'AWSのリージョンとは？',
  publisher: 'and engineer',
  lang: 'ja',
} satisfies WebSource;

const CHANNELNEWS_2020 = {
  url: 'https://www.channelnews.com.au/amazon-picks-melbourne-to-house-new-datacentre/',
  title: 'Amazon Picks Melbourne To House New Datacentre',
  publisher: 'ChannelNews',
  date: '2020-12-09',
} satisfies WebSource;

const REGISTER_2022 = {
  url: 'https://www.theregister.com/2022/11/22/india_second_aws_region/',
  title: 'Amazon to spend $4.4b in India as it adds second AWS region',
  publisher: 'The Register',
  date: '2022-11-22',
} satisfies WebSource;

const INSIDE_IT_2022 = {
  url: 'https://www.inside-it.ch/it-woche-aws-legt-los%2C-aber-was-ist-offentlichkeitsrelevant-20221111',
  title: 'IT-Woche: AWS legt los, aber was ist öffentlichkeitsrelevant?',
  publisher: 'inside-it.ch',
  date: '2022-11-11',
  lang: 'de',
} satisfies WebSource;

const LASTWEEKINAWS = {
  url: 'https://www.lastweekinaws.com/blog/why-aws-announces-regions-in-advance/',
  title: 'Why AWS Announces Regions in Advance',
  publisher: 'Last Week in AWS (Corey Quinn)',
} satisfies WebSource;

const GREENM3_2017 = {
  url: 'https://greenm3.com/gdcblog/2017/9/25/aws-goes-with-green-data-center-in-middle-east-bahrain-in-2019',
  title:
    'AWS goes with green data center in Middle East, Bahrain in 2019 (quotes the AWS News Blog post “In the Works – AWS Region in the Middle East”)',
  publisher: 'Green Data Center Blog (greenm3.com)',
  date: '2017-09-25',
} satisfies WebSource;

const GEEKWIRE_2017 = {
  url: 'https://www.geekwire.com/2017/amazon-web-services-plans-middle-east-operating-region-cloud-computing-goes-global/',
  title: 'Amazon Web Services plans Middle East operating region as cloud computing goes global',
  publisher: 'GeekWire',
  date: '2017',
} satisfies WebSource;

const CLOUDCITY_2017 = {
  url: 'https://cloudcityventures.com/aws-to-open-a-new-region-in-hong-kong/',
  title: 'AWS To Open A New Region In Hong Kong In 2018',
  publisher: 'Cloud City Ventures',
  date: '2017-06',
} satisfies WebSource;

const SHINODOGG_2018 = {
  url: 'https://shinodogg.com/2018/10/26/post-7881',
  title:
    'Werner Vogels’ post “Expanding the AWS Cloud – An AWS Region is coming to South Africa!” (Japanese commentary)',
  publisher: 'shinodogg.com',
  date: '2018-10-26',
  lang: 'ja',
} satisfies WebSource;

const UPNEWS_2021 = {
  url: 'https://upnewsinfo.com/amazon-to-create-1500-jobs-in-uae-this-year-by-reuters/',
  title: 'Amazon to create 1,500 jobs in UAE this year (Reuters)',
  publisher: 'UpNewsInfo (Reuters copy)',
  date: '2021-09-20',
} satisfies WebSource;

const ONENEWS_2021 = {
  url: 'https://www.1news.co.nz/2021/09/23/amazon-to-spend-75-billion-on-auckland-cloud-data-centres/',
  title: 'Amazon to spend $7.5 billion on Auckland cloud data centres',
  publisher: '1News',
  date: '2021-09-23',
} satisfies WebSource;

const CALGARY_HERALD_2021 = {
  url: 'https://americanuckradio.com/current-events/varcoe-amazon-to-set-up-cloud-computing-hub-in-calgary-creating-more-than-900-jobs-and-4b-investment/',
  title:
    'Varcoe: Amazon to set up cloud computing hub in Calgary, creating more than 900 jobs and $4B investment (Calgary Herald, reposted)',
  publisher: 'Calgary Herald (via americanuckradio.com)',
  date: '2021-11-08',
} satisfies WebSource;

const CTV_CALGARY_2021 = {
  url: 'https://calgary.ctvnews.ca/amazon-cloud-computing-division-to-open-second-canadian-hub-in-calgary-area-1.5656717',
  title: 'Amazon cloud computing division to open second Canadian hub in Calgary area',
  publisher: 'CTV News Calgary',
  date: '2021-11',
} satisfies WebSource;

const SCMP_2023 = {
  url: 'https://www.scmp.com/week-asia/economics/article/3212134/amazons-us6-billion-malaysia-investment-encouraging-pm-anwar-nears-100-day-mark-office',
  title:
    'Amazon’s US$6 billion Malaysia investment “encouraging” as PM Anwar nears 100-day mark in office',
  publisher: 'South China Morning Post',
  date: '2023-03-02',
} satisfies WebSource;

const STRAITS_TIMES_2023 = {
  url: 'https://www.straitstimes.com/asia/se-asia/malaysia-s-political-stability-electrical-ecosystem-credited-for-convincing-amazon-tesla-to-invest',
  title:
    'Malaysia’s political stability, electrical ecosystem credited for convincing Amazon, Tesla to invest',
  publisher: 'The Straits Times',
  date: '2023-03-07',
} satisfies WebSource;

const FDI_2023 = {
  url: 'https://www.fdiintelligence.com/content/locations/global/asia-pacific/india/fdi-round-up-aws-plans-6bn-malaysia-launch-enbridge-doubles-down-in-us-thales-kickstarts-global-hiring-spree-82154',
  title: 'FDI round-up: AWS plans $6bn Malaysia launch',
  publisher: 'fDi Intelligence',
  date: '2023-03',
} satisfies WebSource;

const UA_NEWS_2024 = {
  url: 'https://ua.news/ua/money/amazon-investuvala-10-milyardiv-v-saudivski-tsentri-obrobki-danih',
  title: 'Amazon інвестувала $10 мільярдів в саудівські центри обробки даних',
  publisher: 'UA.NEWS',
  date: '2024-03-04',
  lang: 'uk',
} satisfies WebSource;

const DIEPRESSE_2024 = {
  url: 'https://www.diepresse.com/18243690/amazon-investiert-milliarden-in-saudi-arabien',
  title: 'Amazon investiert Milliarden in Saudi-Arabien',
  publisher: 'Die Presse (APA/Reuters)',
  date: '2024-03',
  lang: 'de',
} satisfies WebSource;

const MEXICO_NEWS_DAILY_2025 = {
  url: 'https://mexiconewsdaily.com/business/aws-invest-5b-mexico-data-region/',
  title: 'AWS to invest US $5B in Mexico data region',
  publisher: 'Mexico News Daily',
  date: '2025-01-14',
} satisfies WebSource;

const AKTIENMAGAZIN_2024 = {
  url: 'https://aktienmagazin.de/nachrichten/hot-news/amazon-investiert-milliarden-in-taiwanesische-cloud-infrastruktur-120918.html',
  title: 'Amazon investiert Milliarden in taiwanesische Cloud-Infrastruktur',
  publisher: 'Aktienmagazin',
  date: '2024-06',
  lang: 'de',
} satisfies WebSource;

const MARKETSCREENER_2024 = {
  url: 'https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-to-Invest-Billions-in-Taiwan-Cloud-Infrastructure-Update-46953250/',
  title: 'Amazon to Invest Billions in Taiwan Cloud Infrastructure',
  publisher: 'MarketScreener (Dow Jones)',
  date: '2024-06-12',
} satisfies WebSource;

const PRAVDA_ES_2025 = {
  url: 'https://spanish.news-pravda.com/eu/2025/05/10/428129-amp.html',
  title: 'Amazon creará “una región” dentro de un país suramericano',
  publisher: 'news-pravda.com (Spanish edition; embeds AWS LATAM’s post of 7 May 2025)',
  date: '2025-05-10',
  lang: 'es',
} satisfies WebSource;

const ONDAC_2025 = {
  url: 'https://portal.ondac.com/601/w3-article-180327.html',
  title:
    'La apuesta de Amazon por Chile: US$4 mil millones sobre la mesa, tres data centers y todos en la RM',
  publisher: 'ONDAC (reprint of an Emol report)',
  date: '2025-05-14',
  lang: 'es',
} satisfies WebSource;

const ISRAELVALLEY_2023 = {
  url: 'https://israelvalley.com/2023/08/10/les-geants-mondiaux-de-la-tech-continuent-a-investir-en-israel',
  title: 'Pourquoi les géants de la tech relancent leurs méga-investissements en Israël',
  publisher: 'IsraelValley (from L’Usine Nouvelle)',
  date: '2023-08-10',
  lang: 'fr',
} satisfies WebSource;

const ARAGON_DIGITAL_2022 = {
  url: 'https://aragondigital.es/economia/2022/05/05/amazon-web-services-mantiene-la-apertura-de-sus-tres-centros-de-datos-en-aragon-para-este-ano/',
  title:
    'Amazon Web Services mantiene la apertura de sus tres centros de datos en Aragón para este año',
  publisher: 'Aragón Digital',
  date: '2022-05-05',
  lang: 'es',
} satisfies WebSource;

/* ------------------------------------------------------------------ shared notes and helpers */

const S3_NOTE = note(
  'the day Amazon S3 became available in the region, per AWS’s S3 document history; no launch post was read',
  '据 AWS 的 Amazon S3 文档历史，为 S3 在该区域上线之日；未读到开服公告',
);
const RDS_NOTE = note(
  'the day Amazon RDS became available in the region, per AWS’s RDS document history; no launch post was read',
  '据 AWS 的 Amazon RDS 文档历史，为 RDS 在该区域上线之日；未读到开服公告',
);
const NO_ZONES = note(
  'no dated source read gives the zone count; AWS’s launch posts could not be read here',
  '所读资料中没有注明日期的可用区数量；此处无法读取 AWS 的开服公告',
);

/** AWS's English name as the SDK partition data gives it. */
function named(en: string): NonNullable<Region['officialName']> {
  return { en: { text: en, sources: [PARTITIONS] } };
}

function zones(date: string, count: number, source: Source, zoneNote?: Note): ZoneCount[] {
  const zone: ZoneCount = { date, count, sources: [source] };
  if (zoneNote) zone.note = zoneNote;
  return [zone];
}

/* ------------------------------------------------------------------ the regions */

/** aws regions: see the file's head for what they cover and how each is dated. */
export const REGIONS: readonly Region[] = [
  {
    id: 'aws-us-east-1',
    provider: 'aws',
    regionId: 'us-east-1',
    name: 'N. Virginia',
    localNames: { 'zh-CN': '弗吉尼亚北部' },
    officialName: named('US East (N. Virginia)'),
    kind: 'public',
    city: 'Northern Virginia',
    country: 'US',
    lat: 39.04,
    lon: -77.49,
    precision: 'approximate',
    zoneCounts: zones(
      '2008-12-12',
      3,
      AGILE_TESTING_2008,
      note(
        'zones us-east-1a to 1c, as listed for one account',
        '某一账户列出的可用区 us-east-1a 至 1c',
      ),
    ),
    events: [
      {
        type: 'opened',
        date: '2006-03-14',
        note: note(
          'Amazon S3 launched on this day from AWS’s first and then only region; the EC2 public beta followed on 25 August 2006',
          'Amazon S3 于当日在 AWS 第一个（也是当时唯一的）区域上线；EC2 公开测试版于 2006 年 8 月 25 日推出',
        ),
        sources: [S3_LAUNCH_POST, IGNORE_ME_2020, WIKIPEDIA_EC2],
      },
    ],
  },
  {
    id: 'aws-us-east-2',
    provider: 'aws',
    regionId: 'us-east-2',
    name: 'Ohio',
    localNames: { 'zh-CN': '俄亥俄' },
    officialName: named('US East (Ohio)'),
    kind: 'public',
    city: 'Ohio',
    country: 'US',
    lat: 40.1,
    lon: -82.9,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [{ type: 'opened', date: '2016-10-17', note: S3_NOTE, sources: [S3_HISTORY] }],
  },
  {
    id: 'aws-us-west-1',
    provider: 'aws',
    regionId: 'us-west-1',
    name: 'N. California',
    localNames: { 'zh-CN': '加利福尼亚北部' },
    officialName: named('US West (N. California)'),
    kind: 'public',
    city: 'Northern California',
    country: 'US',
    lat: 37.4,
    lon: -121.9,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [{ type: 'opened', date: '2009-12-02', note: S3_NOTE, sources: [S3_HISTORY] }],
  },
  {
    id: 'aws-us-west-2',
    provider: 'aws',
    regionId: 'us-west-2',
    name: 'Oregon',
    localNames: { 'zh-CN': '俄勒冈' },
    officialName: named('US West (Oregon)'),
    kind: 'public',
    city: 'Oregon',
    country: 'US',
    lat: 44.0,
    lon: -120.5,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'opened',
        date: '2011-11-08',
        note: note(
          'the day Amazon S3 added the region; the EC2 guide’s history records the new region the same day',
          'Amazon S3 新增该区域之日；EC2 指南的文档历史同日记录了这一新区域',
        ),
        sources: [S3_HISTORY, EC2_HISTORY],
      },
    ],
  },
  {
    id: 'aws-ca-central-1',
    provider: 'aws',
    regionId: 'ca-central-1',
    name: 'Canada Central',
    localNames: { 'zh-CN': '加拿大中部' },
    officialName: named('Canada (Central)'),
    kind: 'public',
    city: 'Montreal',
    country: 'CA',
    lat: 45.5,
    lon: -73.57,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'opened',
        date: '2016-12-08',
        note: note(
          'the day Amazon S3 became available in the region, per AWS’s S3 document history; AWS’s name gives no city, press reports place it in Montreal',
          '据 AWS 的 Amazon S3 文档历史，为 S3 在该区域上线之日；AWS 的名称未写城市，媒体报道称其位于蒙特利尔',
        ),
        sources: [S3_HISTORY, CALGARY_HERALD_2021],
      },
    ],
  },
  {
    id: 'aws-ca-west-1',
    provider: 'aws',
    regionId: 'ca-west-1',
    name: 'Calgary',
    localNames: { 'zh-CN': '卡尔加里' },
    officialName: named('Canada West (Calgary)'),
    kind: 'public',
    city: 'Calgary',
    country: 'CA',
    lat: 51.05,
    lon: -114.07,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2021-11-08',
        note: note(
          'announced with at least three data centres, for late 2023 or early 2024',
          '宣布时称至少建三个数据中心，预计 2023 年底或 2024 年初开服',
        ),
        sources: [CALGARY_HERALD_2021, CTV_CALGARY_2021],
      },
      { type: 'opened', date: '2023-12-20', sources: [DOC_HISTORY] },
    ],
  },
  {
    id: 'aws-mx-central-1',
    provider: 'aws',
    regionId: 'mx-central-1',
    name: 'Central Mexico',
    localNames: { 'zh-CN': '墨西哥中部' },
    officialName: named('Mexico (Central)'),
    kind: 'public',
    city: 'Querétaro',
    country: 'MX',
    lat: 20.59,
    lon: -100.39,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2024-02',
        note: note(
          'first announced in February 2024, in the state of Querétaro; day not read',
          '2024 年 2 月首次宣布，位于克雷塔罗州；具体日期未读到',
        ),
        sources: [MEXICO_NEWS_DAILY_2025],
      },
      { type: 'opened', date: '2025-01-14', sources: [DOC_HISTORY, MEXICO_NEWS_DAILY_2025] },
    ],
  },
  {
    id: 'aws-sa-east-1',
    provider: 'aws',
    regionId: 'sa-east-1',
    name: 'São Paulo',
    localNames: { 'zh-CN': '圣保罗' },
    officialName: named('South America (Sao Paulo)'),
    kind: 'public',
    city: 'São Paulo',
    country: 'BR',
    lat: -23.55,
    lon: -46.63,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'opened',
        date: '2011-12-14',
        note: note(
          'the day Amazon S3 added the region; the EC2 guide’s history records the new region the same day',
          'Amazon S3 新增该区域之日；EC2 指南的文档历史同日记录了这一新区域',
        ),
        sources: [S3_HISTORY, EC2_HISTORY],
      },
    ],
  },
  {
    id: 'aws-sa-west-1',
    provider: 'aws',
    regionId: 'sa-west-1',
    name: 'Chile',
    localNames: { 'zh-CN': '智利' },
    officialName: named('South America (Chile)'),
    kind: 'public',
    city: 'Santiago',
    country: 'CL',
    lat: -33.45,
    lon: -70.67,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: note(
      'three zones, one data centre each, are planned in the Santiago metropolitan region; no count of open zones has been read',
      '计划在圣地亚哥首都大区建三个可用区，各含一个数据中心；未读到已开放可用区的数量',
    ),
    events: [
      {
        type: 'announced',
        date: '2025-05-07',
        note: note(
          'announced with about US$4 billion over 15 years, to open in 2026',
          '宣布时称 15 年内投资约 40 亿美元，计划 2026 年开服',
        ),
        sources: [PRAVDA_ES_2025, ONDAC_2025],
      },
      {
        type: 'listed',
        date: '2026-11-10',
        certainty: 'by',
        after: '2026-11-06',
        note: note(
          'added to AWS’s SDK region list between 6 and 10 November 2026; no opening announcement was read',
          '于 2026 年 11 月 6 日至 10 日间加入 AWS SDK 的区域列表；未读到开服公告',
        ),
        sources: [CORE_3981_0],
      },
    ],
  },
  {
    id: 'aws-eu-west-1',
    provider: 'aws',
    regionId: 'eu-west-1',
    name: 'Ireland',
    localNames: { 'zh-CN': '爱尔兰' },
    officialName: named('Europe (Ireland)'),
    kind: 'public',
    city: 'Dublin',
    country: 'IE',
    lat: 53.35,
    lon: -6.26,
    precision: 'city',
    zoneCounts: zones(
      '2008-12-12',
      2,
      AGILE_TESTING_2008,
      note(
        'zones eu-west-1a and 1b, as listed for one account',
        '某一账户列出的可用区 eu-west-1a 和 1b',
      ),
    ),
    events: [
      {
        type: 'opened',
        date: '2008-12-12',
        certainty: 'by',
        note: note(
          'EC2 instances in Europe were in use by this date; Amazon S3 already stored data in Europe before AWS named its regions; no launch day was read',
          '截至该日已可在欧洲使用 EC2 实例；在 AWS 命名区域之前，Amazon S3 已可在欧洲存储数据；未读到开服日期',
        ),
        sources: [AGILE_TESTING_2008, MEDIUM_2016, IGNORE_ME_2020],
      },
    ],
  },
  {
    id: 'aws-eu-west-2',
    provider: 'aws',
    regionId: 'eu-west-2',
    name: 'London',
    localNames: { 'zh-CN': '伦敦' },
    officialName: named('Europe (London)'),
    kind: 'public',
    city: 'London',
    country: 'GB',
    lat: 51.51,
    lon: -0.13,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      { type: 'opened', date: '2016-12-13', note: S3_NOTE, sources: [S3_HISTORY, MEDIUM_2016] },
    ],
  },
  {
    id: 'aws-eu-west-3',
    provider: 'aws',
    regionId: 'eu-west-3',
    name: 'Paris',
    localNames: { 'zh-CN': '巴黎' },
    officialName: named('Europe (Paris)'),
    kind: 'public',
    city: 'Paris',
    country: 'FR',
    lat: 48.86,
    lon: 2.35,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2016-12-25',
        certainty: 'by',
        note: note(
          'a post of this date says AWS had announced a Paris region for 2017',
          '该日期的一篇文章称 AWS 已宣布将于 2017 年开设巴黎区域',
        ),
        sources: [MEDIUM_2016],
      },
      { type: 'opened', date: '2017-12-18', note: S3_NOTE, sources: [S3_HISTORY] },
    ],
  },
  {
    id: 'aws-eu-central-1',
    provider: 'aws',
    regionId: 'eu-central-1',
    name: 'Frankfurt',
    localNames: { 'zh-CN': '法兰克福' },
    officialName: named('Europe (Frankfurt)'),
    kind: 'public',
    city: 'Frankfurt',
    country: 'DE',
    lat: 50.11,
    lon: 8.68,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [{ type: 'opened', date: '2014-10-23', note: S3_NOTE, sources: [S3_HISTORY] }],
  },
  {
    id: 'aws-eu-central-2',
    provider: 'aws',
    regionId: 'eu-central-2',
    name: 'Zurich',
    localNames: { 'zh-CN': '苏黎世' },
    officialName: named('Europe (Zurich)'),
    kind: 'public',
    city: 'Zurich',
    country: 'CH',
    lat: 47.38,
    lon: 8.54,
    precision: 'city',
    zoneCounts: zones('2022-11-11', 3, INSIDE_IT_2022),
    events: [
      {
        type: 'announced',
        date: '2020-11',
        note: note(
          'pre-announced for late 2022; day not read',
          '提前宣布，预计 2022 年底开服；具体日期未读到',
        ),
        sources: [INSIDE_IT_2022, LASTWEEKINAWS],
      },
      {
        type: 'opened',
        date: '2022-11-09',
        note: note(
          'the day Amazon RDS became available in the region; the Regions guide’s own row for Zurich was cut off in the copy read',
          'Amazon RDS 在该区域上线之日；所读的区域指南副本中苏黎世一行被截断',
        ),
        sources: [RDS_HISTORY],
      },
    ],
  },
  {
    id: 'aws-eu-north-1',
    provider: 'aws',
    regionId: 'eu-north-1',
    name: 'Stockholm',
    localNames: { 'zh-CN': '斯德哥尔摩' },
    officialName: named('Europe (Stockholm)'),
    kind: 'public',
    city: 'Stockholm',
    country: 'SE',
    lat: 59.33,
    lon: 18.07,
    precision: 'city',
    zoneCounts: [],
    zonesNote: note(
      'Werner Vogels’ launch post says three zones, but the copy read carries no date',
      'Werner Vogels 的开服文章称有三个可用区，但所读副本没有日期',
    ),
    events: [
      {
        type: 'announced',
        date: '2017-04',
        note: note(
          'Werner Vogels dates the announcement to April 2017',
          'Werner Vogels 称该区域于 2017 年 4 月宣布',
        ),
        sources: [VOGELS_HOME],
      },
      {
        type: 'opened',
        date: '2018-12-11',
        certainty: 'by',
        note: note(
          'AWS’s Python SDK added endpoints for about 40 services in the region on this day; Werner Vogels’ undated post announces general availability',
          '当日 AWS Python SDK 为该区域添加了约 40 项服务的终端节点；Werner Vogels 的文章（无日期）宣布该区域正式可用',
        ),
        sources: [BOTOCORE_EU_NORTH_1, VOGELS_HOME],
      },
    ],
  },
  {
    id: 'aws-eu-south-1',
    provider: 'aws',
    regionId: 'eu-south-1',
    name: 'Milan',
    localNames: { 'zh-CN': '米兰' },
    officialName: named('Europe (Milan)'),
    kind: 'public',
    city: 'Milan',
    country: 'IT',
    lat: 45.46,
    lon: 9.19,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [{ type: 'opened', date: '2020-04-28', note: RDS_NOTE, sources: [RDS_HISTORY] }],
  },
  {
    id: 'aws-eu-south-2',
    provider: 'aws',
    regionId: 'eu-south-2',
    name: 'Spain',
    localNames: { 'zh-CN': '西班牙' },
    officialName: named('Europe (Spain)'),
    kind: 'public',
    city: 'Aragón',
    country: 'ES',
    lat: 41.65,
    lon: -0.88,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'opened',
        date: '2022-11-15',
        note: note(
          'Amazon RDS’s history gives 16 November; AWS names only the country, and a May 2022 report places its three data centres in Aragón (Huesca, Villanueva de Gállego, El Burgo de Ebro)',
          'Amazon RDS 的文档历史记为 11 月 16 日；AWS 只写国家名，2022 年 5 月的报道称其三个数据中心位于阿拉贡（韦斯卡、比利亚努埃瓦德加列戈、埃尔布尔戈德埃布罗）',
        ),
        sources: [DOC_HISTORY, RDS_HISTORY, ARAGON_DIGITAL_2022],
      },
    ],
  },
  {
    id: 'aws-il-central-1',
    provider: 'aws',
    regionId: 'il-central-1',
    name: 'Tel Aviv',
    localNames: { 'zh-CN': '特拉维夫' },
    officialName: named('Israel (Tel Aviv)'),
    kind: 'public',
    city: 'Tel Aviv',
    country: 'IL',
    lat: 32.09,
    lon: 34.78,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [{ type: 'opened', date: '2023-08-01', sources: [DOC_HISTORY, ISRAELVALLEY_2023] }],
  },
  {
    id: 'aws-me-south-1',
    provider: 'aws',
    regionId: 'me-south-1',
    name: 'Bahrain',
    localNames: { 'zh-CN': '巴林' },
    officialName: named('Middle East (Bahrain)'),
    kind: 'public',
    city: 'Bahrain',
    country: 'BH',
    lat: 26.07,
    lon: 50.55,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2017-09-25',
        note: note(
          'announced for early 2019, with three zones at launch',
          '宣布时称将于 2019 年初开服，开服时设三个可用区',
        ),
        sources: [GREENM3_2017, GEEKWIRE_2017],
      },
      {
        type: 'opened',
        date: '2019-07-29',
        certainty: 'by',
        note: note(
          'AWS’s Python SDK added endpoints for about 40 services in the region on this day; no launch post was read',
          '当日 AWS Python SDK 为该区域添加了约 40 项服务的终端节点；未读到开服公告',
        ),
        sources: [BOTOCORE_ME_SOUTH_1],
      },
    ],
  },
  {
    id: 'aws-me-central-1',
    provider: 'aws',
    regionId: 'me-central-1',
    name: 'UAE',
    localNames: { 'zh-CN': '阿联酋' },
    officialName: named('Middle East (UAE)'),
    kind: 'public',
    city: 'Dubai',
    country: 'AE',
    lat: 25.2,
    lon: 55.27,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2021',
        note: note(
          'announced in 2021 with three data centres for the first half of 2022; day not read',
          '2021 年宣布，计划于 2022 年上半年建成三个数据中心；具体日期未读到',
        ),
        sources: [UPNEWS_2021],
      },
      { type: 'opened', date: '2022-08-30', note: RDS_NOTE, sources: [RDS_HISTORY] },
    ],
  },
  {
    id: 'aws-me-west-1',
    provider: 'aws',
    regionId: 'me-west-1',
    name: 'Saudi Arabia',
    localNames: { 'zh-CN': '沙特阿拉伯' },
    officialName: named('Middle East (Saudi Arabia)'),
    kind: 'public',
    city: 'Saudi Arabia',
    country: 'SA',
    lat: 24.71,
    lon: 46.68,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2024-03-04',
        note: note(
          'announced with more than US$5.3 billion of investment, to open in 2026',
          '宣布时称投资逾 53 亿美元，计划 2026 年开服',
        ),
        sources: [UA_NEWS_2024, DIEPRESSE_2024],
      },
      {
        type: 'listed',
        date: '2026-11-10',
        certainty: 'by',
        after: '2026-11-06',
        note: note(
          'added to AWS’s SDK region list between 6 and 10 November 2026; no opening announcement was read',
          '于 2026 年 11 月 6 日至 10 日间加入 AWS SDK 的区域列表；未读到开服公告',
        ),
        sources: [CORE_3981_0],
      },
    ],
  },
  {
    id: 'aws-af-south-1',
    provider: 'aws',
    regionId: 'af-south-1',
    name: 'Cape Town',
    localNames: { 'zh-CN': '开普敦' },
    officialName: named('Africa (Cape Town)'),
    kind: 'public',
    city: 'Cape Town',
    country: 'ZA',
    lat: -33.92,
    lon: 18.42,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2018-10-26',
        certainty: 'by',
        note: note(
          'announced in a post by Werner Vogels, which a post of this date discusses',
          'Werner Vogels 发文宣布，该日期的一篇文章对此作了评述',
        ),
        sources: [SHINODOGG_2018],
      },
      { type: 'opened', date: '2020-04-22', note: RDS_NOTE, sources: [RDS_HISTORY] },
    ],
  },
  {
    id: 'aws-ap-east-1',
    provider: 'aws',
    regionId: 'ap-east-1',
    name: 'Hong Kong',
    localNames: { 'zh-CN': '香港' },
    officialName: named('Asia Pacific (Hong Kong)'),
    kind: 'public',
    city: 'Hong Kong',
    country: 'HK',
    lat: 22.32,
    lon: 114.17,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2017-06-20',
        note: note(
          'Werner Vogels announced it for 2018 with three zones; the report dates it to the evening of 20 June, US time',
          'Werner Vogels 宣布该区域将于 2018 年开服并设三个可用区；报道称发布于美国时间 6 月 20 日晚',
        ),
        sources: [CLOUDCITY_2017],
      },
      { type: 'opened', date: '2019-04-24', note: S3_NOTE, sources: [S3_HISTORY, CHINA_BLOG] },
    ],
  },
  {
    id: 'aws-ap-east-2',
    provider: 'aws',
    regionId: 'ap-east-2',
    name: 'Taipei',
    localNames: { 'zh-CN': '台北' },
    officialName: named('Asia Pacific (Taipei)'),
    kind: 'public',
    city: 'Taipei',
    country: 'TW',
    lat: 25.03,
    lon: 121.57,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2024-06-11',
        note: note('announced for early 2025', '宣布时称将于 2025 年初开服'),
        sources: [AKTIENMAGAZIN_2024, MARKETSCREENER_2024],
      },
      { type: 'opened', date: '2025-06-06', sources: [DOC_HISTORY] },
    ],
  },
  {
    id: 'aws-ap-northeast-1',
    provider: 'aws',
    regionId: 'ap-northeast-1',
    name: 'Tokyo',
    localNames: { 'zh-CN': '东京' },
    officialName: named('Asia Pacific (Tokyo)'),
    kind: 'public',
    city: 'Tokyo',
    country: 'JP',
    lat: 35.68,
    lon: 139.69,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'opened',
        date: '2011',
        note: note(
          'the year comes from a Japanese article; a report of 22 November 2011 already mentions AWS data centres in Japan; no launch day was read',
          '年份出自一篇日文文章；2011 年 11 月 22 日的一篇报道已提到 AWS 在日本的数据中心；未读到开服日期',
        ),
        sources: [AND_ENGINEER, GIGAOM_2011],
      },
    ],
  },
  {
    id: 'aws-ap-northeast-2',
    provider: 'aws',
    regionId: 'ap-northeast-2',
    name: 'Seoul',
    localNames: { 'zh-CN': '首尔' },
    officialName: named('Asia Pacific (Seoul)'),
    kind: 'public',
    city: 'Seoul',
    country: 'KR',
    lat: 37.57,
    lon: 126.98,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [{ type: 'opened', date: '2016-01-06', note: S3_NOTE, sources: [S3_HISTORY] }],
  },
  {
    id: 'aws-ap-northeast-3',
    provider: 'aws',
    regionId: 'ap-northeast-3',
    name: 'Osaka',
    localNames: { 'zh-CN': '大阪' },
    officialName: named('Asia Pacific (Osaka)'),
    kind: 'public',
    city: 'Osaka',
    country: 'JP',
    lat: 34.69,
    lon: 135.5,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'opened',
        date: '2018-02-12',
        note: note(
          'opened as the Osaka-Local region, usable only together with Tokyo and on request; date Amazon S3 became available there',
          '以“大阪本地区域”开放，只能与东京区域配合使用且需申请；为 Amazon S3 在该区域上线之日',
        ),
        sources: [S3_HISTORY],
      },
      {
        type: 'expanded',
        date: '2021-03-04',
        certainty: 'by',
        note: note(
          'AWS’s Python SDK added endpoints for about 50 services in the region on this day, far more than the local region offered; no announcement of the change was read',
          '当日 AWS Python SDK 为该区域添加了约 50 项服务的终端节点，远多于本地区域时期；未读到有关这一变化的公告',
        ),
        sources: [BOTOCORE_OSAKA_2021],
      },
    ],
  },
  {
    id: 'aws-ap-south-1',
    provider: 'aws',
    regionId: 'ap-south-1',
    name: 'Mumbai',
    localNames: { 'zh-CN': '孟买' },
    officialName: named('Asia Pacific (Mumbai)'),
    kind: 'public',
    city: 'Mumbai',
    country: 'IN',
    lat: 19.08,
    lon: 72.88,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      { type: 'opened', date: '2016-06-27', note: S3_NOTE, sources: [S3_HISTORY, REGISTER_2022] },
    ],
  },
  {
    id: 'aws-ap-south-2',
    provider: 'aws',
    regionId: 'ap-south-2',
    name: 'Hyderabad',
    localNames: { 'zh-CN': '海得拉巴' },
    officialName: named('Asia Pacific (Hyderabad)'),
    kind: 'public',
    city: 'Hyderabad',
    country: 'IN',
    lat: 17.39,
    lon: 78.49,
    precision: 'city',
    zoneCounts: zones('2022-11-22', 3, REGISTER_2022),
    events: [
      {
        type: 'announced',
        date: '2020-11',
        note: note(
          'pre-announced in the same week as the Zurich region, which a Swiss report dates to November 2020; day not read',
          '与苏黎世区域同一周提前宣布，瑞士媒体称苏黎世区域于 2020 年 11 月宣布；具体日期未读到',
        ),
        sources: [LASTWEEKINAWS, INSIDE_IT_2022],
      },
      {
        type: 'opened',
        date: '2022-11-22',
        note: note(
          'The Register, writing on 22 November, says it launched on Monday (21 November), probably by US time',
          'The Register 在 11 月 22 日的报道中称其于周一（11 月 21 日）开服，可能按美国时间计',
        ),
        sources: [DOC_HISTORY, RDS_HISTORY, REGISTER_2022],
      },
    ],
  },
  {
    id: 'aws-ap-southeast-1',
    provider: 'aws',
    regionId: 'ap-southeast-1',
    name: 'Singapore',
    localNames: { 'zh-CN': '新加坡' },
    officialName: named('Asia Pacific (Singapore)'),
    kind: 'public',
    city: 'Singapore',
    country: 'SG',
    lat: 1.35,
    lon: 103.82,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [{ type: 'opened', date: '2010-04-28', note: S3_NOTE, sources: [S3_HISTORY] }],
  },
  {
    id: 'aws-ap-southeast-2',
    provider: 'aws',
    regionId: 'ap-southeast-2',
    name: 'Sydney',
    localNames: { 'zh-CN': '悉尼' },
    officialName: named('Asia Pacific (Sydney)'),
    kind: 'public',
    city: 'Sydney',
    country: 'AU',
    lat: -33.87,
    lon: 151.21,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'opened',
        date: '2012-11-13',
        certainty: 'by',
        note: note(
          'DynamoDB’s document history records its expansion to the Sydney region on this day; reports say the region launched in 2012; no launch post was read',
          'DynamoDB 文档历史记录其于当日扩展至悉尼区域；报道称该区域于 2012 年开服；未读到开服公告',
        ),
        sources: [DYNAMODB_HISTORY, CHANNELNEWS_2020],
      },
    ],
  },
  {
    id: 'aws-ap-southeast-3',
    provider: 'aws',
    regionId: 'ap-southeast-3',
    name: 'Jakarta',
    localNames: { 'zh-CN': '雅加达' },
    officialName: named('Asia Pacific (Jakarta)'),
    kind: 'public',
    city: 'Jakarta',
    country: 'ID',
    lat: -6.21,
    lon: 106.85,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [{ type: 'opened', date: '2021-12-13', note: RDS_NOTE, sources: [RDS_HISTORY] }],
  },
  {
    id: 'aws-ap-southeast-4',
    provider: 'aws',
    regionId: 'ap-southeast-4',
    name: 'Melbourne',
    localNames: { 'zh-CN': '墨尔本' },
    officialName: named('Asia Pacific (Melbourne)'),
    kind: 'public',
    city: 'Melbourne',
    country: 'AU',
    lat: -37.81,
    lon: 144.96,
    precision: 'city',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2020-12',
        note: note(
          'announced for the second half of 2022; reported on 9 December 2020',
          '宣布时称将于 2022 年下半年开服；2020 年 12 月 9 日见报',
        ),
        sources: [CHANNELNEWS_2020],
      },
      { type: 'opened', date: '2023-01-23', sources: [DOC_HISTORY, RDS_HISTORY] },
    ],
  },
  {
    id: 'aws-ap-southeast-5',
    provider: 'aws',
    regionId: 'ap-southeast-5',
    name: 'Malaysia',
    localNames: { 'zh-CN': '马来西亚' },
    officialName: named('Asia Pacific (Malaysia)'),
    kind: 'public',
    city: 'Kuala Lumpur',
    country: 'MY',
    lat: 3.14,
    lon: 101.69,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2023-03-02',
        note: note(
          'announced with three zones planned and US$6 billion of investment by 2037; date as reported in Malaysia',
          '宣布时计划设三个可用区，并于 2037 年前投资 60 亿美元；日期按马来西亚当地报道',
        ),
        sources: [SCMP_2023, STRAITS_TIMES_2023, FDI_2023],
      },
      { type: 'opened', date: '2024-08-21', sources: [DOC_HISTORY] },
    ],
  },
  {
    id: 'aws-ap-southeast-6',
    provider: 'aws',
    regionId: 'ap-southeast-6',
    name: 'New Zealand',
    localNames: { 'zh-CN': '新西兰' },
    officialName: named('Asia Pacific (New Zealand)'),
    kind: 'public',
    city: 'Auckland',
    country: 'NZ',
    lat: -36.85,
    lon: 174.76,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [
      {
        type: 'announced',
        date: '2021-09-23',
        note: note(
          'announced for 2024 with three Auckland data centres; date of the New Zealand report',
          '宣布时称将于 2024 年在奥克兰建成三个数据中心；日期为新西兰当地报道日期',
        ),
        sources: [ONENEWS_2021],
      },
      { type: 'opened', date: '2025-09-02', sources: [DOC_HISTORY] },
    ],
  },
  {
    id: 'aws-ap-southeast-7',
    provider: 'aws',
    regionId: 'ap-southeast-7',
    name: 'Thailand',
    localNames: { 'zh-CN': '泰国' },
    officialName: named('Asia Pacific (Thailand)'),
    kind: 'public',
    city: 'Bangkok',
    country: 'TH',
    lat: 13.76,
    lon: 100.5,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NO_ZONES,
    events: [{ type: 'opened', date: '2025-01-07', sources: [DOC_HISTORY] }],
  },
  {
    id: 'aws-cn-north-1',
    provider: 'aws',
    regionId: 'cn-north-1',
    name: 'Beijing',
    officialName: {
      en: { text: 'China (Beijing)', sources: [PARTITIONS, CHINA_NAMES_EN] },
      zh: { text: '中国（北京）区域', sources: [CHINA_NAMES_ZH] },
    },
    kind: 'partner',
    city: 'Beijing',
    country: 'CN',
    lat: 39.9,
    lon: 116.41,
    precision: 'city',
    zoneCounts: [],
    zonesNote: note(
      'AWS’s China documentation says the region has three zones, but the page carries no date',
      'AWS 中国区文档称该区域有三个可用区，但页面未注明日期',
    ),
    events: [
      {
        type: 'listed',
        date: '2013-12-09',
        note: note(
          'named in AWS’s Python SDK on this day; general availability came later',
          '当日被加入 AWS Python SDK；正式开放在此之后',
        ),
        sources: [BOTOCORE_CN_NORTH_1],
      },
      {
        type: 'opened',
        date: '2016',
        note: note(
          'generally available to customers in China in 2016; operated by Beijing Sinnet Technology (Sinnet), not by AWS',
          '2016 年向中国客户正式开放；由北京光环新网科技股份有限公司（光环新网）运营，而非 AWS 本身',
        ),
        sources: [CHINA_BLOG, CHINA_NAMES_ZH],
      },
    ],
  },
  {
    id: 'aws-cn-northwest-1',
    provider: 'aws',
    regionId: 'cn-northwest-1',
    name: 'Ningxia',
    officialName: {
      en: { text: 'China (Ningxia)', sources: [PARTITIONS, CHINA_NAMES_EN] },
      zh: { text: '中国（宁夏）区域', sources: [CHINA_NAMES_ZH] },
    },
    kind: 'partner',
    city: 'Ningxia',
    country: 'CN',
    lat: 38.49,
    lon: 106.23,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: note(
      'AWS’s China documentation says the region has three zones, but the page carries no date',
      'AWS 中国区文档称该区域有三个可用区，但页面未注明日期',
    ),
    events: [
      {
        type: 'opened',
        date: '2017-12-11',
        note: note(
          'the day Amazon S3 became available in the region; operated by Ningxia Western Cloud Data Technology (NWCD), not by AWS',
          'Amazon S3 在该区域上线之日；由宁夏西云数据科技有限公司（西云数据）运营，而非 AWS 本身',
        ),
        sources: [S3_HISTORY, CHINA_BLOG, CHINA_NAMES_ZH],
      },
    ],
  },
];
