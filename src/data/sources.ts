/**
 * Sources cited by more than one fact, named once. A commit in Alibaba's public code proves that a
 * region existed by its date, never that it opened then; the dataset records such dates as `by`.
 */
import type { SeedSource, WebSource } from './types.ts';

/** A commit in one of Alibaba Cloud's repositories on GitHub (the `aliyun` organisation). */
function aliyunCommit(repo: string, hash: string, subject: string, date: string): WebSource {
  return {
    url: `https://github.com/aliyun/${repo}/commit/${hash}`,
    title: `“${subject}”, a commit to ${repo}`,
    publisher: 'Alibaba Cloud (aliyun on GitHub)',
    date,
    primary: true,
  };
}

/**
 * A commit to denverdino/aliyungo: the Go SDK kept by an Alibaba Cloud engineer, which Alibaba's
 * Terraform provider and Docker Machine driver build on. Not Alibaba's own organisation, so not
 * marked primary, but often the first public code to name a new region.
 */
function aliyungoCommit(hash: string, subject: string, date: string): WebSource {
  return {
    url: `https://github.com/denverdino/aliyungo/commit/${hash}`,
    title: `“${subject}”, a commit to aliyungo, the Go SDK behind Alibaba's Terraform provider`,
    publisher: 'denverdino/aliyungo on GitHub',
    date,
  };
}

const DOCS_MIRROR = 'https://github.com/AlibabaCloudDocs/ecs/blob';

/** A dated version of Alibaba's "Regions and zones" table (ECS documentation, GitHub mirror). */
function regionsTable(commit: string, path: string, date: string): WebSource {
  return {
    url: `${DOCS_MIRROR}/${commit}/${path}`,
    title: 'Regions and zones (ECS documentation), version of this date',
    publisher: 'Alibaba Cloud (AlibabaCloudDocs on GitHub)',
    date,
    primary: true,
  };
}

const EN_2019 = 'intl.en-US/Product%20Introduction/Regions%20and%20Zones.md';
const EN = 'intl.en-US/Product%20Introduction/Regions%20and%20zones.md';
const ZH =
  'cn.zh-CN/%E4%BA%A7%E5%93%81%E7%AE%80%E4%BB%8B/%E5%9C%B0%E5%9F%9F%E5%92%8C%E5%8F%AF%E7%94%A8%E5%8C%BA.md';
const ZH_INTL =
  'intl.zh-CN/%E4%BA%A7%E5%93%81%E7%AE%80%E4%BB%8B/%E5%9C%B0%E5%9F%9F%E5%92%8C%E5%8F%AF%E7%94%A8%E5%8C%BA.md';

/** The versions in which a region's zone count first or newly appears. */
export const ZONES_2019_03 = regionsTable(
  '8f82ff05c1975790f59f1ca4250ee39fd388a535',
  EN_2019,
  '2019-03-07',
);
export const ZONES_2019_04 = regionsTable(
  '77158129dc47ec56c9a7020564ed8bf4930fead2',
  EN,
  '2019-04-17',
);
export const ZONES_2019_07_02 = regionsTable(
  '5fada73267a71133e673e5339b63b15274884682',
  ZH_INTL,
  '2019-07-02',
);
export const ZONES_2019_07_12 = regionsTable(
  'ff4a7008414933e5ec41570b87903b4bd72a0077',
  EN,
  '2019-07-12',
);
export const ZONES_2020_11 = regionsTable(
  '5e604227a7d9e0fb8f7836ab9dc4c637840f458f',
  EN,
  '2020-11-04',
);
export const ZONES_2021_05_28 = regionsTable(
  '88aa28a52cc93f19c640629546f1f387262c165a',
  ZH,
  '2021-05-28',
);
export const ZONES_2021_05_31 = regionsTable(
  '5f5b74771f4ae89b00ad7bc702339aa8c1a14707',
  EN,
  '2021-05-31',
);
export const ZONES_2021_06_08 = regionsTable(
  '83b76730d93c08c4c307df36dc2af844297bac32',
  EN,
  '2021-06-08',
);

/**
 * The newest full zone table read: a copy of Alibaba's ECS page "地域可用区选择指南与支持列表" kept on
 * GitBook by a third party. Its 29 regions and 92 zones match Alibaba's own total of October 2025.
 */
export const ZONES_2025_12 = {
  url: 'https://github.com/mamimoluo/gitbooktest/blob/66c610d6a359132fddaf4fa802fc0d099ad3d689/page/di-yu-ke-yong-qu-xuan-ze-zhi-nan-yu-zhi-chi-lie-biao-yun-fu-wu-qi-ecsali-yun.md',
  title: '地域可用区选择指南与支持列表 (a copy of Alibaba Cloud’s ECS regions-and-zones page)',
  lang: 'zh-CN',
  publisher: 'mamimoluo/gitbooktest on GitHub',
  date: '2025-12-10',
} satisfies WebSource;

/** Alibaba's own saved reply to ECS DescribeRegions: each region's Chinese name as of mid-2024. */
export const DESCRIBE_REGIONS_2024 = aliyunCommit(
  'alibabacloud-ecs-tool-troubleshooter',
  '0c5f78d143d54da568e32166b9efde4560ec3265',
  'open version 0.1.0 dashboard',
  '2024-07-01',
);

/** Alibaba's endpoint pages, which name the newer regions. */
export const SWAS_ENDPOINTS = {
  url: 'https://www.alibabacloud.com/help/es/simple-application-server/developer-reference/api-swas-open-2020-06-01-endpoint',
  title: 'Simple Application Server: endpoints',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

export const NAT_ZONES_ZH = {
  url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
  title: 'NAT网关支持的地域与可用区',
  lang: 'zh-CN',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

export const IPSEC_VPN_REGIONS = {
  url: 'https://www.alibabacloud.com/help/pt-br/vpn/sub-product-ipsec-vpn/product-overview/regions-that-support-different-features-of-ipsec-vpn',
  title: 'Regions that support different features of IPsec-VPN',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

export const ACC_ENDPOINTS = {
  url: 'https://help.aliyun.com/en/cs/api-acc-2024-04-02-endpoint',
  title: 'Container Compute Service (ACC): endpoints',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

/** Simple Log Service's storage-redundancy page: each region's Chinese name, ID and zone count. */
export const SLS_REDUNDANCY_ZH = {
  url: 'https://help.aliyun.com/zh/sls/storage-redundancy',
  title: '存储冗余（日志服务文档）',
  publisher: 'Alibaba Cloud',
  primary: true,
  lang: 'zh-CN',
} satisfies WebSource;

/** Application Load Balancer's zone table, Chinese edition: Zhongwei, Johor, Tokyo A to E, Mexico A and B. */
export const ALB_ZONES_ZH = {
  url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
  title: 'ALB支持的地域与可用区',
  lang: 'zh-CN',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

/** The same table's English edition on help.aliyun.com: the one that lists Chengdu Zone C. */
export const ALB_ZONES_EN = {
  url: 'https://help.aliyun.com/en/slb/application-load-balancer/supported-regions-and-zones',
  title: 'Regions and zones supported by ALB',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

/**
 * Spare Cores' crawls of Alibaba's zone API, committed to git by the hour (not Alibaba's own; its
 * data is CC BY-SA, so it is cited, not copied): a zone in a dated commit existed by that day.
 */
export const SPARECORES_2026_01_07 = {
  url: 'https://github.com/SpareCores/sc-data-dumps/commit/f49b891395e74e5ad0f32ff95bbe6e34d54021b4',
  title:
    '“This is an automated release with 2039 new/updated/deleted resources.”, a commit to sc-data-dumps, Spare Cores’ crawl of cloud providers’ APIs (Alibaba’s zones among them)',
  publisher: 'SpareCores/sc-data-dumps on GitHub',
  date: '2026-01-07',
} satisfies WebSource;

export const SPARECORES_2026_01_30 = {
  url: 'https://github.com/SpareCores/sc-data-dumps/commit/1da3f11dfef10e5fa2279946ab319fb4785ad1ea',
  title:
    '“This is an automated release with 1 new/updated/deleted resources.”, a commit to sc-data-dumps adding Singapore Zone D (ap-southeast-1d)',
  publisher: 'SpareCores/sc-data-dumps on GitHub',
  date: '2026-01-30',
} satisfies WebSource;

export const MONGODB_ZONES = {
  url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
  title: 'ApsaraDB for MongoDB: supported regions and zones',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

export const TAG_ENDPOINTS = {
  url: 'https://www.alibabacloud.com/help/en/resource-management/tag/developer-reference/api-tag-2018-08-28-endpoint',
  title: 'Tag: endpoints',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

/** Commits that add a region to Alibaba's SDKs and Terraform provider. */
export const CODE = {
  javaSdkImport: aliyunCommit(
    'aliyun-openapi-java-sdk',
    '109175e1ffba32a69a3d4d1cff25b24480c4047e',
    'first commit aliyun open api sdk to github',
    '2015-07-23',
  ),
  aliyungoOss: aliyungoCommit(
    'be63535c1a3f9df2fb256a7ce271823c124855be',
    'Initial commit for OSS',
    '2015-05-03',
  ),
  aliyungoShanghai: aliyungoCommit(
    '8ae08a071efc51b632c3dd1e9bd95da6ef7bfd27',
    'Update supported regions of ECS/OSS',
    '2015-10-01',
  ),
  javaSdkSingapore: aliyunCommit(
    'aliyun-openapi-java-sdk',
    'f577905ee1222487bba60f29c2e816e316918a8b',
    'publish aliyun open API SDK core 2.1.9',
    '2015-09-05',
  ),
  javaSdkVirginia: aliyunCommit(
    'aliyun-openapi-java-sdk',
    'ec7f75c7771f174bf115c7fdece0a2009d3a8745',
    'add new endpoint',
    '2016-02-03',
  ),
  aliyungo2016: aliyungoCommit(
    '5727c2156b58a7d518c02707ddfacf9898aeeee1',
    'Add new regions for #83',
    '2016-11-30',
  ),
  javaSdk2016: aliyunCommit(
    'aliyun-openapi-java-sdk',
    '76f1524dc62dd1ae9d80b0bd01833a976b34a85e',
    'modify endpoint.xml',
    '2016-12-15',
  ),
  aliyungoZhangjiakou: aliyungoCommit(
    'bcc5397c73f14af7c3f634d83c7f4f9bd2e5fe63',
    'Add cn-zhangjiakou to the region list',
    '2017-03-17',
  ),
  aliyungoKualaLumpur: aliyungoCommit(
    '156ce664397eaecd0db5fe304385e975d1858513',
    'add ap-southeast-3',
    '2017-11-03',
  ),
  aliyungoHohhot: aliyungoCommit(
    '003e0dceb3bfbcafbe7452820ba79945947450a8',
    'add region cn-huhehaote',
    '2017-12-26',
  ),
  aliyungoJakartaMumbai: aliyungoCommit(
    '1a6c5bb60c763dd09efee44576965753031db35a',
    'add new region ap-southeast-5 and ap-south-1',
    '2018-02-27',
  ),
  pythonSdkHeyuan: aliyunCommit(
    'aliyun-openapi-python-sdk',
    '4010e66886eabd3fd8650901969e5ab9b38646b2',
    'add region',
    '2020-02-06',
  ),
  pythonSdkUlanqab: aliyunCommit(
    'aliyun-openapi-python-sdk',
    'c58b1ddaf56e377345cdd1fa22497318eea81882',
    'Added cn-heyuan endpoint url.',
    '2020-05-27',
  ),
  terraformGuangzhou: aliyunCommit(
    'terraform-provider-alicloud',
    '27cf8c93ab7d90bc038733a6d4c4843aaa9a8852',
    'support new region cn-guangzhou',
    '2020-10-21',
  ),
  terraformManila: aliyunCommit(
    'terraform-provider-alicloud',
    '1ead28aa0cc5b5a27cd84201fb484047fb0f688f',
    'provider: Supports new region ap-southeast-6',
    '2021-09-29',
  ),
  terraformBangkok: aliyunCommit(
    'terraform-provider-alicloud',
    'aeb9f45a622e1fbcfcd87f1afabb0fb59db44293',
    'Supports new region ap-southeast-7',
    '2022-04-24',
  ),
  terraform2022: aliyunCommit(
    'terraform-provider-alicloud',
    '325c14d790b070b872c90514992f901756bf13ac',
    'region: add the available regions: cn-hangzhou-finance,ap-northeast-2,me-central-1,cn-nanjing',
    '2022-06-02',
  ),
  terraformFuzhou: aliyunCommit(
    'terraform-provider-alicloud',
    'eb35a6313aaa7ebe3bf8130a95d21d0b43e192ab',
    'testcase: Adds new unit test case for resource alicloud_ga_listener alicloud_ga_endpoint_group alicloud_ga_bandwidth_package',
    '2022-08-09',
  ),
  teaSpecWuhan: aliyunCommit(
    'alibabacloud-sdk',
    '298667ade1d3ab35367534777f7f563d9e35f48c',
    'Generated Darabonba for Sas-2018-12-03.',
    '2024-05-30',
  ),
  goSdkZhengzhou: aliyunCommit(
    'alibabacloud-go-sdk',
    'd99f4ff2be9367d06b640bc7367a0992fc0398c3',
    'Support API CheckServiceLinkedRole.',
    '2025-02-10',
  ),
  terraformAtlanta: aliyunCommit(
    'terraform-provider-alicloud',
    '8a3333351e67484000366b3376576e926929ec1f',
    'provider: Supported new region us-southeast-1',
    '2025-11-14',
  ),
  terraformZhongwei: aliyunCommit(
    'terraform-provider-alicloud',
    'fc0690dbb034102f2d92e630c3467035a06ee7fb',
    'provider: Supported new region cn-zhongwei',
    '2026-03-12',
  ),
  tsSdkJune2026: aliyunCommit(
    'alibabacloud-typescript-sdk',
    '7cf081667022709e1603708154344b791f4a17bf',
    'Generated ts 2017-05-18 for antiddos-public.',
    '2026-06-16',
  ),
  terraformJohor: aliyunCommit(
    'terraform-provider-alicloud',
    '1a09405e4943e919177b73d5e16e1d27cfa15ee9',
    'provider: add support for ap-southeast-8 region validation',
    '2026-07-01',
  ),
  goSdkJune2026: aliyunCommit(
    'alibabacloud-go-sdk',
    '6e2b9257c90418e9adc210a02f70c9f5334f9a28',
    'Generated golang 2017-05-18 for antiddos-public.',
    '2026-06-16',
  ),
  teaSpecBrazil: aliyunCommit(
    'alibabacloud-sdk',
    '231bf6a0c2eb3fd227b393a3e78ec130698280c3',
    'Generated Darabonba for Vpc-2016-04-28.',
    '2026-08-14',
  ),
} as const;

/** Articles cited by several regions. */
export const NEWS = {
  hongKong2014: {
    url: 'https://dataconomy.com/2014/05/12/alibaba-opens-first-hong-kong-data-center',
    title: 'Alibaba Opens First Hong Kong Data Center',
    publisher: 'Dataconomy',
    date: '2014-05-12',
  },
  overseas2015: {
    url: 'https://europe.chinadaily.com.cn/business/2015-07/23/content_21390021.htm',
    title: 'Alibaba plans to set up more data centers in overseas',
    publisher: 'China Daily',
    date: '2015-07-23',
  },
  fourSites2016: {
    url: 'https://www.zdnet.com/article/japan-australia-among-four-new-alibaba-cloud-data-centres/',
    title: 'Japan, Australia among four new Alibaba cloud data centres',
    publisher: 'ZDNet',
    date: '2016-11',
  },
  dck2017: {
    url: 'https://datacenterknowledge.com/archives/2017/02/13/alibaba-doubles-hong-kong-data-center-capacity-apac-data-center-news',
    title: 'Alibaba Doubles Hong Kong Data Center Capacity and Other APAC Data Center News',
    publisher: 'Data Center Knowledge',
    date: '2017-02-13',
  },
  indiaIndonesia2017: {
    url: 'https://global.chinadaily.com.cn/newsrepublic/2017-06/13/content_29729711.htm',
    title: 'Alibaba Cloud plans two data centers in India and Indonesia',
    publisher: 'China Daily',
    date: '2017-06-13',
  },
  closures2024: {
    url: 'https://www.theregister.com/2024/07/01/alibaba_cloud_closes_india_australia/',
    title: 'Alibaba Cloud closing Australian and Indian datacenters',
    publisher: 'The Register',
    date: '2024-07-01',
  },
  closingDates2024: {
    url: 'https://www.techopedia.com/news/alibaba-cloud-to-shut-down-australia-and-india-data-centres',
    title: 'Alibaba Cloud to Shut Down Australia and India Data Centres',
    publisher: 'Techopedia',
    date: '2024-07',
  },
  mexicoPlan2024: {
    url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
    title: 'Alibaba Cloud plans Mexican cloud region',
    publisher: 'DatacenterDynamics',
    date: '2024-05',
  },
  summit2021: {
    url: 'https://www.channelasia.tech/article/688983/alibaba-preps-new-philippines-data-centre-amid-1b-apac-investment/',
    title: 'Alibaba preps new Philippines data centre amid $1B APAC investment',
    publisher: 'Channel Asia',
    date: '2021',
  },
  southeastAsia2025: {
    url: 'https://www.bangkokpost.com/life/tech/3062000/alibaba-expands-ai-cloud-services-in-malaysia-philippines',
    title: 'Alibaba expands AI cloud services in Malaysia, Philippines',
    publisher: 'Bangkok Post (Bloomberg)',
    date: '2025-07-02',
  },
  apsara2025: {
    url: 'https://news.az/news/alibaba-to-open-new-data-centres-unveils-most-powerful-ai-model',
    title: 'Alibaba to open new data centres, unveils most powerful AI model',
    publisher: 'News.Az (citing Reuters)',
    date: '2025-09-24',
  },
  dubai2025: {
    url: 'https://en.people.cn/n3/2025/1028/c90000-20382792.html',
    title: 'Alibaba Cloud ramps up global foray on AI boom',
    publisher: "People's Daily Online (China Daily)",
    date: '2025-10-28',
  },
  paris2026: {
    url: 'https://wpnews.pro/news/alibaba-cloud-launches-data-centres-in-france-amid-europes-data-sovereignty-push',
    title: 'Alibaba Cloud launches data centres in France amid Europe’s data sovereignty push',
    publisher: 'South China Morning Post (via WPNews)',
    date: '2026-06-17',
  },
  dubai2025Reuters: {
    url: 'https://www.zawya.com/en/business/technology-and-telecom/alibabas-cloud-business-launches-second-data-centre-in-dubai-mjkvrezn',
    title: "Alibaba's cloud business launches second data centre in Dubai",
    publisher: 'Zawya (Reuters)',
    date: '2025-10-14',
  },
  johor2026: {
    url: 'https://www.techstories.co/alibaba-cloud-opens-a-new-cloud-region-in-johor/',
    title: 'Alibaba Cloud opens a new cloud region in Johor',
    publisher: 'TechStories',
  },
} as const satisfies Record<string, WebSource>;

/** Seed sentences cited by several regions. */
export const SEEDS = {
  apsaraNew: {
    seed: '001_5644caed36047b1b.txt',
    quote:
      'Alibaba Cloud yesterday announced its first datacenters in Brazil, France, and The Netherlands, plus expansion of its presence in five other countries outside China.',
  },
  apsaraExpansion: {
    seed: '001_5644caed36047b1b.txt',
    quote:
      'The company is also expanding its datacenter footprint in Mexico, Japan, South Korea, Malaysia, and Dubai.',
  },
  apsaraTotals: {
    seed: '001_5644caed36047b1b.txt',
    quote:
      'The cloudy offshoot of giant e-tailer Alibaba already operates 91 availability zones in 29 regions, 14 of which are in China – a market in which it enjoys dominant market share thanks to both its solid offerings and the fact that global rivals AWS, Azure, and Google have limited presences in the Middle Kingdom.',
  },
  closures: {
    seed: '001_5644caed36047b1b.txt',
    quote:
      'Alibaba Cloud’s expansion plans haven’t always worked: It closed datacenters in Australia and India.',
  },
  plans2024: {
    seed: '004_1d7c5fee5f50a867.txt',
    quote:
      'As the race in the cloud computing services intensifies, Alibaba Group has taken a strategic leap forward by broadening its service availability internationally, venturing into the Mexican market and announcing plans for data center establishments across key markets such as Malaysia, Thailand, and South Korea within the next three years.',
  },
} as const satisfies Record<string, SeedSource>;

export const STS_ENDPOINTS = {
  url: 'https://www.alibabacloud.com/help/es/ram/developer-reference/api-sts-2015-04-01-endpoint',
  title: 'Security Token Service: endpoints',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

export const ROUTER_ENDPOINTS_ZH = {
  url: 'https://help.aliyun.com/zh/express-connect/developer-reference/api-expressconnectrouter-2023-09-01-endpoint',
  title: 'Express Connect Router：服务接入点',
  lang: 'zh-CN',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;

export const ROS_ENDPOINTS = {
  url: 'https://help.aliyun.com/en/ros/developer-reference/api-ros-2019-09-10-endpoint',
  title: 'Resource Orchestration Service: endpoints',
  publisher: 'Alibaba Cloud',
  primary: true,
} satisfies WebSource;
