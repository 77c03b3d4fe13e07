import type { Region } from './types';

/** Every public Alibaba Cloud region, past, present and announced. */
export const REGIONS: readonly Region[] = [
  // Opening date not found in any source; the event marks the earliest dated source found that
  // shows the region in operation.
  {
    id: 'hangzhou',
    regionId: 'cn-hangzhou',
    name: 'Hangzhou',
    city: 'Hangzhou',
    country: 'CN',
    lat: 30.27,
    lon: 120.16,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2014-05',
        note: 'in operation by May 2014 (one of three mainland sites before Hong Kong); opening date not published',
        sources: [
          {
            url: 'https://dataconomy.com/2014/05/12/alibaba-opens-first-hong-kong-data-center',
            title: 'Alibaba Opens First Hong Kong Data Center',
            publisher: 'Dataconomy',
            date: '2014-05-12',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2020',
        note: 'new hyperscale data centre in Hangzhou; month not published',
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
  // Opening date not found in any source; the event marks the earliest dated source found that
  // shows the region in operation.
  {
    id: 'qingdao',
    regionId: 'cn-qingdao',
    name: 'Qingdao',
    city: 'Qingdao',
    country: 'CN',
    lat: 36.07,
    lon: 120.38,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2014-05',
        note: 'in operation by May 2014 (one of three mainland sites before Hong Kong); opening date not published',
        sources: [
          {
            url: 'https://dataconomy.com/2014/05/12/alibaba-opens-first-hong-kong-data-center',
            title: 'Alibaba Opens First Hong Kong Data Center',
            publisher: 'Dataconomy',
            date: '2014-05-12',
          },
        ],
      },
    ],
  },
  // Opening date not found in any source; the event marks the earliest dated source found that
  // shows the region in operation.
  {
    id: 'beijing',
    regionId: 'cn-beijing',
    name: 'Beijing',
    city: 'Beijing',
    country: 'CN',
    lat: 39.9,
    lon: 116.41,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2014-05',
        note: 'in operation by May 2014 (one of three mainland sites before Hong Kong); opening date not published',
        sources: [
          {
            url: 'https://dataconomy.com/2014/05/12/alibaba-opens-first-hong-kong-data-center',
            title: 'Alibaba Opens First Hong Kong Data Center',
            publisher: 'Dataconomy',
            date: '2014-05-12',
          },
        ],
      },
    ],
  },
  {
    id: 'hong-kong',
    regionId: 'cn-hongkong',
    name: 'Hong Kong',
    city: 'Hong Kong',
    country: 'HK',
    lat: 22.32,
    lon: 114.17,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2014-05-12',
        note: 'first site outside mainland China',
        sources: [
          {
            url: 'https://dataconomy.com/2014/05/12/alibaba-opens-first-hong-kong-data-center',
            title: 'Alibaba Opens First Hong Kong Data Center',
            publisher: 'Dataconomy',
            date: '2014-05-12',
          },
        ],
      },
    ],
  },
  {
    id: 'silicon-valley',
    regionId: 'us-west-1',
    name: 'Silicon Valley',
    city: 'Silicon Valley',
    country: 'US',
    lat: 37.35,
    lon: -121.96,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2015-03',
        note: 'first overseas data centre',
        sources: [
          {
            url: 'http://europe.chinadaily.com.cn/business/2015-07/23/content_21390021.htm',
            title: 'Alibaba plans to set up more data centers in overseas',
            publisher: 'China Daily',
            date: '2015-07-23',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2015-10',
        note: 'second Silicon Valley data centre',
        sources: [
          {
            url: 'http://www.iol.co.za:80/business/international/alibaba-opens-second-us-data-centre-1.1927379',
            title: 'Alibaba opens second US data centre',
            publisher: 'IOL (Bloomberg)',
            date: '2015-10-09',
          },
        ],
      },
    ],
  },
  {
    id: 'dubai',
    regionId: 'me-east-1',
    name: 'Dubai',
    city: 'Dubai',
    country: 'AE',
    lat: 25.2,
    lon: 55.27,
    precision: 'city',
    events: [
      {
        type: 'announced',
        date: '2015-05',
        note: 'joint venture with Meraas to provide cloud services in the Middle East',
        sources: [
          {
            url: 'http://europe.chinadaily.com.cn/business/2015-07/23/content_21390021.htm',
            title: 'Alibaba plans to set up more data centers in overseas',
            publisher: 'China Daily',
            date: '2015-07-23',
          },
        ],
      },
      {
        type: 'opened',
        date: '2016-11',
        note: 'initial operations began; a trade site (TMCnet) gives 21 October 2016, ZDNet (November 2016) was followed',
        sources: [
          {
            url: 'https://www.zdnet.com/article/japan-australia-among-four-new-alibaba-cloud-data-centres/',
            title: 'Japan, Australia among four new Alibaba cloud data centres',
            publisher: 'ZDNet',
            date: '2016-11',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2025-09-24',
        note: 'expansion announced at the Apsara Conference',
        sources: [
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'The company is also expanding its datacenter footprint in Mexico, Japan, South Korea, Malaysia, and Dubai.',
          },
          {
            url: 'https://news.az/news/alibaba-to-open-new-data-centres-unveils-most-powerful-ai-model',
            title: 'Alibaba to open new data centres, unveils most powerful AI model',
            publisher: 'News.Az (citing Reuters)',
            date: '2025-09-24',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2025-10-14',
        note: 'second data centre in Dubai',
        sources: [
          {
            url: 'https://www.financetom.com/business/alibabas-cloud-business-launches-second-data-centre-in-dubai-450780.htm',
            title: "Alibaba's cloud business launches second data centre in Dubai",
            publisher: 'Reuters (republished by FinanceTom)',
            date: '2025-10-14',
          },
          {
            url: 'http://en.people.cn/n3/2025/1028/c90000-20382792.html',
            title: 'Alibaba Cloud ramps up global foray on AI boom',
            publisher: "People's Daily Online",
            date: '2025-10-28',
          },
        ],
      },
    ],
  },
  {
    id: 'singapore',
    regionId: 'ap-southeast-1',
    name: 'Singapore',
    city: 'Singapore',
    country: 'SG',
    lat: 1.35,
    lon: 103.82,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2015',
        note: 'month not confirmed: Yibada says August, The Straits Times (18 August) said early September',
        sources: [
          {
            url: 'https://www.zdnet.com/article/japan-australia-among-four-new-alibaba-cloud-data-centres/',
            title: 'Japan, Australia among four new Alibaba cloud data centres',
            publisher: 'ZDNet',
            date: '2016-11',
          },
          {
            url: 'http://en.yibada.com/articles/73190/20151012/aliyun-opens-2nd-data-center-us.htm',
            title: 'Aliyun opens 2nd data center in US',
            publisher: 'Yibada',
            date: '2015-10-12',
          },
          {
            url: 'https://www.straitstimes.com/business/singapore-chosen-as-overseas-hq-by-alibabas-cloud-computing-arm',
            title: "Singapore chosen as overseas HQ by Alibaba's cloud computing arm",
            publisher: 'The Straits Times',
            date: '2015-08',
          },
        ],
      },
    ],
  },
  // Opening date not found in any source; the event marks the earliest dated source found that
  // shows the region in operation.
  {
    id: 'shenzhen',
    regionId: 'cn-shenzhen',
    name: 'Shenzhen',
    city: 'Shenzhen',
    country: 'CN',
    lat: 22.54,
    lon: 114.06,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2015-10',
        note: 'in operation by October 2015 (listed among existing data centres); opening date not published',
        sources: [
          {
            url: 'https://celebcafe.org/?p=141068',
            title: 'Alibaba opens 2nd data centre in USA, looks towards Europe',
            publisher: 'CelebCafe',
            date: '2015-10',
          },
        ],
      },
    ],
  },
  // Opening date not found in any source; the event marks the earliest dated source found that
  // shows the region in operation.
  {
    id: 'shanghai',
    regionId: 'cn-shanghai',
    name: 'Shanghai',
    city: 'Shanghai',
    country: 'CN',
    lat: 31.23,
    lon: 121.47,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2015-10',
        note: 'in operation by October 2015 (listed among existing data centres); opening date not published',
        sources: [
          {
            url: 'https://celebcafe.org/?p=141068',
            title: 'Alibaba opens 2nd data centre in USA, looks towards Europe',
            publisher: 'CelebCafe',
            date: '2015-10',
          },
        ],
      },
    ],
  },
  {
    id: 'sydney',
    regionId: 'ap-southeast-2',
    name: 'Sydney',
    city: 'Sydney',
    country: 'AU',
    lat: -33.87,
    lon: 151.21,
    precision: 'city',
    zones: 2,
    events: [
      {
        type: 'opened',
        date: '2016',
        note: 'month not published (said in November 2016 to come online within a few weeks)',
        sources: [
          {
            url: 'https://www.silicon.co.uk/cloud/alibaba-cloud-india-australia-shutdown-570060',
            title: 'Alibaba Cloud To Shut Down Australia, India Data Centres',
            publisher: 'Silicon UK',
            date: '2024',
          },
          {
            url: 'https://www.scmp.com/tech/china-tech/article/2048204/alibaba-cloud-expands-data-centres-it-steps-challenge-amazon',
            title:
              'Alibaba Cloud expands data centres as it steps up challenge to Amazon, Microsoft',
            publisher: 'South China Morning Post',
            date: '2016-11-22',
          },
        ],
      },
      {
        type: 'closed',
        date: '2024-09-30',
        note: 'service ended after 24:00 (UTC+10) on 30 September 2024',
        sources: [
          {
            url: 'https://www.theregister.com/2024/07/01/alibaba_cloud_closes_india_australia/?td=keepreading',
            title: 'Alibaba Cloud closing Australian and Indian datacenters',
            publisher: 'The Register',
            date: '2024-07-01',
          },
          {
            url: 'https://techradar.com/pro/alibaba-cloud-closes-some-key-datacenters-as-it-pivots-to-different-markets',
            title: 'Alibaba Cloud closes some key data centers as it pivots to different markets',
            publisher: 'TechRadar',
            date: '2024',
          },
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'Alibaba Cloud’s expansion plans haven’t always worked: It closed datacenters in Australia and India.',
          },
        ],
      },
    ],
  },
  {
    id: 'zhangjiakou',
    regionId: 'cn-zhangjiakou',
    name: 'Zhangjiakou',
    city: 'Zhangjiakou',
    country: 'CN',
    lat: 40.77,
    lon: 114.88,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2016-09-12',
        note: 'two self-built data centres in Zhangbei county, Zhangjiakou; date of the data-centre launch, not necessarily of the cloud region',
        sources: [
          {
            url: 'http://ecns.cn/business/2016/09-13/226246.shtml',
            title: 'Alibaba launches first self-built data centers in Hebei',
            publisher: 'ECNS (China Daily)',
            date: '2016-09-13',
          },
        ],
      },
    ],
  },
  {
    id: 'frankfurt',
    regionId: 'eu-central-1',
    name: 'Frankfurt',
    city: 'Frankfurt',
    country: 'DE',
    lat: 50.11,
    lon: 8.68,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2016-11',
        note: 'first region in Europe, hosted in Vodafone Germany facilities',
        sources: [
          {
            url: 'https://www.techerati.com/the-stack-archive/data-centre/2017/09/29/alibaba-looking-into-european-expansion-to-push-cloud-growth/',
            title: 'Alibaba looking into European data centre expansion to push cloud growth',
            publisher: 'Techerati (The Stack)',
            date: '2017-09-29',
          },
          {
            url: 'https://www.theregister.co.uk/2016/11/21/alibaba_opens_first_data_centre_in_europe/',
            title: 'Open sesame: Alibaba to open its first data centre in Europe',
            publisher: 'The Register',
            date: '2016-11-21',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2018',
        note: 'additional data centres in Frankfurt; month not published',
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
    id: 'tokyo',
    regionId: 'ap-northeast-1',
    name: 'Tokyo',
    city: 'Tokyo',
    country: 'JP',
    lat: 35.68,
    lon: 139.69,
    precision: 'city',
    events: [
      {
        type: 'announced',
        date: '2016-11-21',
        note: 'Tokyo data centre via the SB Cloud joint venture with SoftBank, due by end of 2016; opening date not found',
        sources: [
          {
            url: 'https://www.scmp.com/tech/china-tech/article/2048204/alibaba-cloud-expands-data-centres-it-steps-challenge-amazon',
            title:
              'Alibaba Cloud expands data centres as it steps up challenge to Amazon, Microsoft',
            publisher: 'South China Morning Post',
            date: '2016-11-22',
          },
          {
            url: 'https://www.zdnet.com/article/japan-australia-among-four-new-alibaba-cloud-data-centres/',
            title: 'Japan, Australia among four new Alibaba cloud data centres',
            publisher: 'ZDNet',
            date: '2016-11',
          },
        ],
      },
      {
        type: 'opened',
        date: '2017-06',
        note: 'in operation by June 2017 (Japan counted among existing data centre locations); opening date not published',
        sources: [
          {
            url: 'https://global.chinadaily.com.cn/newsrepublic/2017-06/13/content_29729711.htm',
            title:
              'Alibaba Cloud plans two data centers in India and Indonesia (headline not captured)',
            publisher: 'China Daily',
            date: '2017-06-13',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2025-09-24',
        note: 'expansion announced at the Apsara Conference',
        sources: [
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'The company is also expanding its datacenter footprint in Mexico, Japan, South Korea, Malaysia, and Dubai.',
          },
          {
            url: 'https://news.az/news/alibaba-to-open-new-data-centres-unveils-most-powerful-ai-model',
            title: 'Alibaba to open new data centres, unveils most powerful AI model',
            publisher: 'News.Az (citing Reuters)',
            date: '2025-09-24',
          },
        ],
      },
    ],
  },
  {
    id: 'jakarta',
    regionId: 'ap-southeast-5',
    name: 'Jakarta',
    city: 'Jakarta',
    country: 'ID',
    lat: -6.21,
    lon: 106.85,
    precision: 'city',
    events: [
      {
        type: 'announced',
        date: '2017-06-13',
        note: 'planned by end of March 2018',
        sources: [
          {
            url: 'https://global.chinadaily.com.cn/newsrepublic/2017-06/13/content_29729711.htm',
            title: 'Alibaba Cloud plans data centers in India and Indonesia',
            publisher: 'China Daily',
            date: '2017-06-13',
          },
        ],
      },
      {
        type: 'opened',
        date: '2018',
        note: 'first Indonesian data centre; month not published',
        sources: [
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2019',
        note: 'second data centre, early 2019',
        sources: [
          {
            url: 'https://www.channelasia.tech/article/688983/alibaba-preps-new-philippines-data-centre-amid-1b-apac-investment/',
            title: 'Alibaba preps new Philippines data centre amid $1B APAC investment',
            publisher: 'Channel Asia',
            date: '2021',
          },
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2021',
        note: 'third data centre',
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
    city: 'Mumbai',
    country: 'IN',
    lat: 19.08,
    lon: 72.88,
    precision: 'city',
    zones: 2,
    events: [
      {
        type: 'announced',
        date: '2017-06-13',
        note: 'planned by end of March 2018',
        sources: [
          {
            url: 'https://global.chinadaily.com.cn/newsrepublic/2017-06/13/content_29729711.htm',
            title: 'Alibaba Cloud plans data centers in India and Indonesia',
            publisher: 'China Daily',
            date: '2017-06-13',
          },
        ],
      },
      {
        type: 'opened',
        date: '2018',
        note: 'month not published',
        sources: [
          {
            url: 'https://www.silicon.co.uk/cloud/alibaba-cloud-india-australia-shutdown-570060',
            title: 'Alibaba Cloud To Shut Down Australia, India Data Centres',
            publisher: 'Silicon UK',
            date: '2024',
          },
        ],
      },
      {
        type: 'closed',
        date: '2024-07-15',
        note: 'service ended after 24:00 (UTC+5:30) on 15 July 2024',
        sources: [
          {
            url: 'https://www.theregister.com/2024/07/01/alibaba_cloud_closes_india_australia/?td=keepreading',
            title: 'Alibaba Cloud closing Australian and Indian datacenters',
            publisher: 'The Register',
            date: '2024-07-01',
          },
          {
            url: 'https://techradar.com/pro/alibaba-cloud-closes-some-key-datacenters-as-it-pivots-to-different-markets',
            title: 'Alibaba Cloud closes some key data centers as it pivots to different markets',
            publisher: 'TechRadar',
            date: '2024',
          },
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'Alibaba Cloud’s expansion plans haven’t always worked: It closed datacenters in Australia and India.',
          },
        ],
      },
    ],
  },
  {
    id: 'kuala-lumpur',
    regionId: 'ap-southeast-3',
    name: 'Kuala Lumpur',
    city: 'Kuala Lumpur',
    country: 'MY',
    lat: 3.14,
    lon: 101.69,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2017',
        note: 'first data centre in Malaysia (announced in May 2017 for later that year); month not published',
        sources: [
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
          {
            url: 'https://www.thestar.com.my/news/nation/2017/05/13/alibabas-data-cloud-to-help-smes-nations-first-global-info-facility-aims-to-make-enterprise-computin/',
            title: "Alibaba's data cloud to help SMEs: nation's first global info facility",
            publisher: 'The Star',
            date: '2017-05-13',
          },
        ],
      },
      {
        type: 'announced',
        date: '2024-05',
        note: 'plans for more data centres in Malaysia within three years',
        sources: [
          {
            seed: '004_1d7c5fee5f50a867.txt',
            quote:
              'As the race in the cloud computing services intensifies, Alibaba Group has taken a strategic leap forward by broadening its service availability internationally, venturing into the Mexican market and announcing plans for data center establishments across key markets such as Malaysia, Thailand, and South Korea within the next three years.',
          },
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2025-07',
        note: 'third data centre in Malaysia; the statement does not name the site, it is placed here because the Johor region did not yet exist',
        sources: [
          {
            url: 'https://www.bangkokpost.com/life/tech/3062000/alibaba-expands-ai-cloud-services-in-malaysia-philippines',
            title: 'Alibaba expands AI cloud services in Malaysia, Philippines',
            publisher: 'Bangkok Post (Bloomberg)',
            date: '2025-07-02',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2025-09-24',
        note: 'Malaysia expansion announced at the Apsara Conference; the later Johor region may be its realisation',
        sources: [
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'The company is also expanding its datacenter footprint in Mexico, Japan, South Korea, Malaysia, and Dubai.',
          },
          {
            url: 'https://news.az/news/alibaba-to-open-new-data-centres-unveils-most-powerful-ai-model',
            title: 'Alibaba to open new data centres, unveils most powerful AI model',
            publisher: 'News.Az (citing Reuters)',
            date: '2025-09-24',
          },
        ],
      },
    ],
  },
  {
    id: 'london',
    regionId: 'eu-west-1',
    name: 'London',
    city: 'London',
    country: 'GB',
    lat: 51.51,
    lon: -0.13,
    precision: 'city',
    zones: 2,
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
        note: 'two data centres (availability zones) in London',
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
    id: 'heyuan',
    regionId: 'cn-heyuan',
    name: 'Heyuan',
    city: 'Heyuan',
    country: 'CN',
    lat: 23.74,
    lon: 114.7,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2020-02-18',
        note: 'Heyuan data centre began public service; date of the data centre, not necessarily of the cloud region',
        sources: [
          {
            url: 'https://redcensor.com/alibaba-cloud-computing-guangdong-data-center-fire-incident',
            title: 'Alibaba Cloud computing Guangdong data center fire incident',
            publisher: 'RedCensor',
            date: '2024',
          },
        ],
      },
    ],
  },
  {
    id: 'ulanqab',
    regionId: 'cn-wulanchabu',
    name: 'Ulanqab',
    city: 'Ulanqab',
    country: 'CN',
    lat: 41,
    lon: 113.13,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2020',
        note: 'hyperscale data centre launched; month not published',
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
    id: 'riyadh',
    regionId: 'me-central-1',
    name: 'Riyadh',
    city: 'Riyadh',
    country: 'SA',
    lat: 24.71,
    lon: 46.68,
    precision: 'city',
    events: [
      {
        type: 'announced',
        date: '2021-01',
        note: 'partnership with STC and eWTP Arabia Capital, Riyadh as regional hub',
        sources: [
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
        date: '2022-06',
        note: 'two data centres launched by the Saudi Cloud Computing Company joint venture',
        sources: [
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
    id: 'manila',
    regionId: 'ap-southeast-6',
    name: 'Manila',
    city: 'Manila',
    country: 'PH',
    lat: 14.6,
    lon: 120.98,
    precision: 'city',
    events: [
      {
        type: 'announced',
        date: '2021',
        note: 'first Philippine data centre due by end of 2021',
        sources: [
          {
            url: 'https://www.scmp.com/tech/big-tech/article/3136475/alibaba-cloud-doubles-down-southeast-asia-amid-competition-home-after',
            title:
              'Alibaba Cloud doubles down on Southeast Asia amid competition at home after clearing antitrust uncertainty',
            publisher: 'South China Morning Post',
            date: '2021',
          },
          {
            url: 'https://www.channelasia.tech/article/688983/alibaba-preps-new-philippines-data-centre-amid-1b-apac-investment/',
            title: 'Alibaba preps new Philippines data centre amid $1B APAC investment',
            publisher: 'Channel Asia',
            date: '2021',
          },
        ],
      },
      {
        type: 'opened',
        date: '2021',
        note: 'month not published',
        sources: [
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
        ],
      },
      {
        type: 'announced',
        date: '2025-07-02',
        note: 'second Philippine data centre planned for October 2025',
        sources: [
          {
            url: 'https://www.bangkokpost.com/life/tech/3062000/alibaba-expands-ai-cloud-services-in-malaysia-philippines',
            title: 'Alibaba expands AI cloud services in Malaysia, Philippines',
            publisher: 'Bangkok Post (Bloomberg)',
            date: '2025-07-02',
          },
        ],
      },
    ],
  },
  {
    id: 'bangkok',
    regionId: 'ap-southeast-7',
    name: 'Bangkok',
    city: 'Bangkok',
    country: 'TH',
    lat: 13.76,
    lon: 100.5,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2022',
        note: 'month not published',
        sources: [
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
        ],
      },
      {
        type: 'announced',
        date: '2024-05',
        note: 'plans for more data centres in Thailand within three years',
        sources: [
          {
            seed: '004_1d7c5fee5f50a867.txt',
            quote:
              'As the race in the cloud computing services intensifies, Alibaba Group has taken a strategic leap forward by broadening its service availability internationally, venturing into the Mexican market and announcing plans for data center establishments across key markets such as Malaysia, Thailand, and South Korea within the next three years.',
          },
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2025',
        note: 'new data centre in Thailand launched in 2025; month not published',
        sources: [
          {
            url: 'http://en.people.cn/n3/2025/1028/c90000-20382792.html',
            title: 'Alibaba Cloud ramps up global foray on AI boom',
            publisher: "People's Daily Online",
            date: '2025-10-28',
          },
        ],
      },
    ],
  },
  {
    id: 'seoul',
    regionId: 'ap-northeast-2',
    name: 'Seoul',
    city: 'Seoul',
    country: 'KR',
    lat: 37.57,
    lon: 126.98,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2022',
        note: 'month not published',
        sources: [
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
        ],
      },
      {
        type: 'announced',
        date: '2024-05',
        note: 'plans for more data centres in South Korea within three years',
        sources: [
          {
            seed: '004_1d7c5fee5f50a867.txt',
            quote:
              'As the race in the cloud computing services intensifies, Alibaba Group has taken a strategic leap forward by broadening its service availability internationally, venturing into the Mexican market and announcing plans for data center establishments across key markets such as Malaysia, Thailand, and South Korea within the next three years.',
          },
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2025',
        note: 'second data centre in South Korea launched in 2025; month not published',
        sources: [
          {
            url: 'http://en.people.cn/n3/2025/1028/c90000-20382792.html',
            title: 'Alibaba Cloud ramps up global foray on AI boom',
            publisher: "People's Daily Online",
            date: '2025-10-28',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2025-09-24',
        note: 'expansion announced at the Apsara Conference',
        sources: [
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'The company is also expanding its datacenter footprint in Mexico, Japan, South Korea, Malaysia, and Dubai.',
          },
          {
            url: 'https://news.az/news/alibaba-to-open-new-data-centres-unveils-most-powerful-ai-model',
            title: 'Alibaba to open new data centres, unveils most powerful AI model',
            publisher: 'News.Az (citing Reuters)',
            date: '2025-09-24',
          },
        ],
      },
    ],
  },
  {
    id: 'mexico',
    regionId: 'na-south-1',
    name: 'Mexico',
    city: 'Querétaro',
    country: 'MX',
    lat: 20.59,
    lon: -100.39,
    precision: 'city',
    events: [
      {
        type: 'announced',
        date: '2024-05',
        note: 'first cloud region in Mexico announced',
        sources: [
          {
            seed: '004_1d7c5fee5f50a867.txt',
            quote:
              'As the race in the cloud computing services intensifies, Alibaba Group has taken a strategic leap forward by broadening its service availability internationally, venturing into the Mexican market and announcing plans for data center establishments across key markets such as Malaysia, Thailand, and South Korea within the next three years.',
          },
          {
            url: 'https://www.datacenterdynamics.com/en/news/alibaba-cloud-plans-mexican-cloud-region/',
            title: 'Alibaba Cloud plans Mexican cloud region',
            publisher: 'DatacenterDynamics',
            date: '2024-05',
          },
        ],
      },
      {
        type: 'opened',
        date: '2025-02',
        note: 'first region in Latin America, in the state of Querétaro',
        sources: [
          {
            url: 'https://yulius.mx/alibaba-cloud-establece-region-de-datos-en-mexico-para-liderar-latinoameria/',
            title: 'Alibaba Cloud establece región de datos en México para liderar Latinoamérica',
            publisher: 'Yulius',
            date: '2025',
          },
          {
            url: 'http://en.people.cn/n3/2025/1028/c90000-20382792.html',
            title: 'Alibaba Cloud ramps up global foray on AI boom',
            publisher: "People's Daily Online",
            date: '2025-10-28',
          },
        ],
      },
      {
        type: 'expanded',
        date: '2025-09-24',
        note: 'expansion announced at the Apsara Conference',
        sources: [
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'The company is also expanding its datacenter footprint in Mexico, Japan, South Korea, Malaysia, and Dubai.',
          },
          {
            url: 'https://news.az/news/alibaba-to-open-new-data-centres-unveils-most-powerful-ai-model',
            title: 'Alibaba to open new data centres, unveils most powerful AI model',
            publisher: 'News.Az (citing Reuters)',
            date: '2025-09-24',
          },
        ],
      },
    ],
  },
  // Opening date not found in any source; the event marks the earliest dated source found that
  // shows the region in operation.
  {
    id: 'hohhot',
    regionId: 'cn-huhehaote',
    name: 'Hohhot',
    city: 'Hohhot',
    country: 'CN',
    lat: 40.84,
    lon: 111.75,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2024-10',
        note: 'listed in Alibaba Cloud documentation; opening date not published',
        sources: [
          {
            url: 'https://alibabacloud.com/help/en/cs/latest/open-service-area',
            title: 'Container Compute Service: Supported regions',
            publisher: 'Alibaba Cloud',
            date: '2024-10-11',
          },
        ],
      },
    ],
  },
  // Opening date not found in any source; the event marks the earliest dated source found that
  // shows the region in operation.
  {
    id: 'chengdu',
    regionId: 'cn-chengdu',
    name: 'Chengdu',
    city: 'Chengdu',
    country: 'CN',
    lat: 30.57,
    lon: 104.07,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2024-10',
        note: 'listed in Alibaba Cloud documentation; opening date not published',
        sources: [
          {
            url: 'https://alibabacloud.com/help/en/cs/latest/open-service-area',
            title: 'Container Compute Service: Supported regions',
            publisher: 'Alibaba Cloud',
            date: '2024-10-11',
          },
        ],
      },
    ],
  },
  // Opening date not found in any source; the event marks the earliest dated source found that
  // shows the region in operation.
  {
    id: 'guangzhou',
    regionId: 'cn-guangzhou',
    name: 'Guangzhou',
    city: 'Guangzhou',
    country: 'CN',
    lat: 23.13,
    lon: 113.26,
    precision: 'city',
    events: [
      {
        type: 'opened',
        date: '2024-10',
        note: 'listed in Alibaba Cloud documentation; opening date not published',
        sources: [
          {
            url: 'https://alibabacloud.com/help/en/cs/latest/open-service-area',
            title: 'Container Compute Service: Supported regions',
            publisher: 'Alibaba Cloud',
            date: '2024-10-11',
          },
        ],
      },
    ],
  },
  // Opening date not found; the event marks the earliest dated source found. Only the state is
  // public: the pin is on Richmond, the state capital.
  {
    id: 'virginia',
    regionId: 'us-east-1',
    name: 'Virginia',
    city: 'Virginia',
    country: 'US',
    lat: 37.54,
    lon: -77.44,
    precision: 'approximate',
    events: [
      {
        type: 'opened',
        date: '2024-11',
        note: 'listed in Alibaba Cloud documentation; opening date not published',
        sources: [
          {
            url: 'https://alibabacloud.com/help/doc-detail/72379.htm',
            title: 'Region list',
            publisher: 'Alibaba Cloud',
            date: '2024-11-13',
          },
        ],
      },
    ],
  },
  {
    id: 'brazil',
    name: 'Brazil',
    city: 'São Paulo',
    country: 'BR',
    lat: -23.55,
    lon: -46.63,
    precision: 'approximate',
    events: [
      {
        type: 'announced',
        date: '2025-09-24',
        note: 'first data centre in Brazil; site not public, pin on the largest city',
        sources: [
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'Alibaba Cloud yesterday announced its first datacenters in Brazil, France, and The Netherlands, plus expansion of its presence in five other countries outside China.',
          },
          {
            url: 'https://boletimnacional.com.br/2025/09/24/alibaba-abrira-data-center-no-brasil-e-lanca-supermodelo-de-ia-qwen3-max',
            title: 'Alibaba abrirá data center no Brasil e lança supermodelo de IA Qwen3-Max',
            publisher: 'Boletim Nacional',
            date: '2025-09-24',
          },
        ],
      },
    ],
  },
  {
    id: 'netherlands',
    name: 'Netherlands',
    city: 'Amsterdam',
    country: 'NL',
    lat: 52.37,
    lon: 4.9,
    precision: 'approximate',
    events: [
      {
        type: 'announced',
        date: '2025-09-24',
        note: 'first data centre in the Netherlands; site not public, pin on the capital',
        sources: [
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'Alibaba Cloud yesterday announced its first datacenters in Brazil, France, and The Netherlands, plus expansion of its presence in five other countries outside China.',
          },
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
    name: 'Paris',
    city: 'Paris',
    country: 'FR',
    lat: 48.86,
    lon: 2.35,
    precision: 'city',
    zones: 2,
    events: [
      {
        type: 'announced',
        date: '2025-09-24',
        note: 'first data centre in France announced at the Apsara Conference',
        sources: [
          {
            seed: '001_5644caed36047b1b.txt',
            quote:
              'Alibaba Cloud yesterday announced its first datacenters in Brazil, France, and The Netherlands, plus expansion of its presence in five other countries outside China.',
          },
          {
            seed: '002_08e992f5574ac29b.txt',
            quote:
              'Alibaba Cloud has announced a significant expansion into Europe by establishing new data centers in France.',
          },
          {
            url: 'https://news.az/news/alibaba-to-open-new-data-centres-unveils-most-powerful-ai-model',
            title: 'Alibaba to open new data centres, unveils most powerful AI model',
            publisher: 'News.Az (citing Reuters)',
            date: '2025-09-24',
          },
        ],
      },
      {
        type: 'opened',
        date: '2026-06-17',
        note: 'two availability zones',
        sources: [
          {
            seed: '003_914b029b9d48d252.txt',
            quote:
              'Alibaba Cloud has opened two availability zones in Paris, marking its first new European region since 2018 and its third European hub after Germany, where it has operated since 2016, and the United Kingdom.',
          },
          {
            url: 'https://wpnews.pro/news/alibaba-cloud-launches-data-centres-in-france-amid-europes-data-sovereignty-push',
            title:
              'Alibaba Cloud launches data centres in France amid Europe’s data sovereignty push',
            publisher: 'South China Morning Post (via WPNews)',
            date: '2026-06-17',
          },
        ],
      },
    ],
  },
  // Only the state is public; the pin is on Johor Bahru, the state capital.
  {
    id: 'johor',
    regionId: 'ap-southeast-8',
    name: 'Johor',
    city: 'Johor',
    country: 'MY',
    lat: 1.49,
    lon: 103.74,
    precision: 'approximate',
    events: [
      {
        type: 'opened',
        date: '2026',
        note: 'second Malaysian region, two data centres; exact site and date not public: year inferred from the seed pairing it with the Paris opening (June 2026)',
        sources: [
          {
            seed: '000_3ad7fe316cd719d9.txt',
            quote:
              'Alibaba Cloud opened new data centers in Paris and Johor to capture growing AI inference demand.',
          },
          {
            url: 'https://www.techstories.co/alibaba-cloud-opens-a-new-cloud-region-in-johor/',
            title: 'Alibaba Cloud opens a new cloud region in Johor',
            publisher: 'TechStories',
            date: '2026',
          },
        ],
      },
    ],
  },
];
