/**
 * The changelog's entries, oldest first (the schema is in `changelog.ts`; README, "Versions, archives
 * and the change feed", says how to add one). Each change of the data gets one: the dataset's
 * version is the day of the newest.
 */
import type { DataChange } from './changelog.ts';

export const CHANGES: readonly DataChange[] = [
  {
    id: 'first-version',
    date: '2026-12-04',
    kind: 'first-version',
    summary: {
      en: 'The data as first published with a version: 38 regions, 14 company milestones and 11 of Alibaba’s own totals',
      'zh-CN': '首个带版本号发布的数据：38 个地域、14 项公司里程碑和 11 个阿里云自己公布的总数',
    },
    why: {
      en: 'From this version on, every change of a fact is recorded here, with its date, the values before and after, why, and its sources.',
      'zh-CN': '自此版本起，每项事实的变更都记录于此，包括日期、变更前后的值、原因及来源。',
    },
    sources: [],
    view: { year: 2026 },
    changes: [],
  },
  {
    id: 'sources-over-https',
    date: '2026-12-06',
    kind: 'citations',
    summary: {
      en: 'Nine sources now cited at their https:// addresses',
      'zh-CN': '九个来源改为引用其 https:// 地址',
    },
    why: {
      en: 'The map’s pages are served over HTTPS, and a reader follows each source from them: the sources cited at plain http:// addresses (same host and path) are now cited over https://, and the validator refuses http:// from now on.',
      'zh-CN':
        '本地图的页面通过 HTTPS 提供，读者从页面点开每个来源：原先以 http:// 地址引用的来源（主机和路径不变）现改为 https://，此后校验器拒绝 http:// 地址。',
    },
    sources: [],
    view: {
      year: 2026,
    },
    changes: [
      {
        collection: 'regions',
        record: 'hong-kong',
        field: 'events[1]',
        before: {
          type: 'expanded',
          date: '2015-11',
          note: {
            en: 'second data centre in Hong Kong',
            'zh-CN': '香港第二个数据中心',
          },
          sources: [
            {
              url: 'http://www.pressreader.com/china/china-daily-hong-kong/20161213/282282434934447',
              title: 'China Daily Hong Kong, 13 December 2016',
              publisher: 'China Daily (Hong Kong edition)',
              date: '2016-12-13',
            },
          ],
        },
        after: {
          type: 'expanded',
          date: '2015-11',
          note: {
            en: 'second data centre in Hong Kong',
            'zh-CN': '香港第二个数据中心',
          },
          sources: [
            {
              url: 'https://www.pressreader.com/china/china-daily-hong-kong/20161213/282282434934447',
              title: 'China Daily Hong Kong, 13 December 2016',
              publisher: 'China Daily (Hong Kong edition)',
              date: '2016-12-13',
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'shenzhen',
        field: 'events[0]',
        before: {
          type: 'announced',
          date: '2014-08',
          note: {
            en: 'a fifth data centre, in Shenzhen, for the cloud service; no opening date given',
            'zh-CN': '第五个数据中心，位于深圳，用于云服务；未给出开服日期',
          },
          sources: [
            {
              url: 'http://www.etnews.com/20140829000263',
              title: '알리바바, 클라우드에 올인...왜? (Alibaba goes all in on the cloud)',
              lang: 'ko',
              publisher: 'ETNews (citing Reuters)',
              date: '2014-08-29',
            },
          ],
        },
        after: {
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
      },
      {
        collection: 'regions',
        record: 'silicon-valley',
        field: 'events[0]',
        before: {
          type: 'opened',
          date: '2015-03-04',
          note: {
            en: 'first overseas data centre',
            'zh-CN': '首个海外数据中心',
          },
          sources: [
            {
              url: 'https://m.ajunews.com/view/20150304182505958',
              title: 'Report on Alibaba’s Silicon Valley cloud hub (headline not captured)',
              publisher: 'Aju Business Daily (citing Reuters)',
              date: '2015-03-04',
            },
            {
              url: 'http://europe.chinadaily.com.cn/business/2015-07/23/content_21390021.htm',
              title: 'Alibaba plans to set up more data centers in overseas',
              publisher: 'China Daily',
              date: '2015-07-23',
            },
          ],
        },
        after: {
          type: 'opened',
          date: '2015-03-04',
          note: {
            en: 'first overseas data centre',
            'zh-CN': '首个海外数据中心',
          },
          sources: [
            {
              url: 'https://m.ajunews.com/view/20150304182505958',
              title: 'Report on Alibaba’s Silicon Valley cloud hub (headline not captured)',
              publisher: 'Aju Business Daily (citing Reuters)',
              date: '2015-03-04',
            },
            {
              url: 'https://europe.chinadaily.com.cn/business/2015-07/23/content_21390021.htm',
              title: 'Alibaba plans to set up more data centers in overseas',
              publisher: 'China Daily',
              date: '2015-07-23',
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'silicon-valley',
        field: 'events[1]',
        before: {
          type: 'expanded',
          date: '2015-10',
          note: {
            en: 'second Silicon Valley data centre',
            'zh-CN': '硅谷第二个数据中心',
          },
          sources: [
            {
              url: 'http://www.iol.co.za:80/business/international/alibaba-opens-second-us-data-centre-1.1927379',
              title: 'Alibaba opens second US data centre',
              publisher: 'IOL (Bloomberg)',
              date: '2015-10-09',
            },
          ],
        },
        after: {
          type: 'expanded',
          date: '2015-10',
          note: {
            en: 'second Silicon Valley data centre',
            'zh-CN': '硅谷第二个数据中心',
          },
          sources: [
            {
              url: 'https://www.iol.co.za/business/international/alibaba-opens-second-us-data-centre-1.1927379',
              title: 'Alibaba opens second US data centre',
              publisher: 'IOL (Bloomberg)',
              date: '2015-10-09',
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'virginia',
        field: 'events[0]',
        before: {
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
            {
              url: 'https://github.com/aliyun/aliyun-openapi-java-sdk/commit/ec7f75c7771f174bf115c7fdece0a2009d3a8745',
              title: '“add new endpoint”, a commit to aliyun-openapi-java-sdk',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2016-02-03',
              primary: true,
            },
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
            {
              url: 'http://datacenterknowledge.com/archives/2017/02/13/alibaba-doubles-hong-kong-data-center-capacity-apac-data-center-news',
              title:
                'Alibaba Doubles Hong Kong Data Center Capacity and Other APAC Data Center News',
              publisher: 'Data Center Knowledge',
              date: '2017-02-13',
            },
          ],
        },
        after: {
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
            {
              url: 'https://github.com/aliyun/aliyun-openapi-java-sdk/commit/ec7f75c7771f174bf115c7fdece0a2009d3a8745',
              title: '“add new endpoint”, a commit to aliyun-openapi-java-sdk',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2016-02-03',
              primary: true,
            },
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
            {
              url: 'https://datacenterknowledge.com/archives/2017/02/13/alibaba-doubles-hong-kong-data-center-capacity-apac-data-center-news',
              title:
                'Alibaba Doubles Hong Kong Data Center Capacity and Other APAC Data Center News',
              publisher: 'Data Center Knowledge',
              date: '2017-02-13',
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'zhangjiakou',
        field: 'events[0]',
        before: {
          type: 'announced',
          date: '2016-09-12',
          note: {
            en: 'Alibaba’s first self-built data centres launched in Zhangbei county, Zhangjiakou, to serve its own businesses and cloud customers',
            'zh-CN': '阿里巴巴首批自建数据中心在张家口市张北县启用，服务其自身业务和云客户',
          },
          sources: [
            {
              url: 'http://ecns.cn/business/2016/09-13/226246.shtml',
              title: 'Alibaba launches first self-built data centers in Hebei',
              publisher: 'ECNS (China Daily)',
              date: '2016-09-13',
            },
          ],
        },
        after: {
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
      },
      {
        collection: 'regions',
        record: 'dubai',
        field: 'events[0]',
        before: {
          type: 'announced',
          date: '2015-05',
          note: {
            en: 'joint venture with Meraas to provide cloud services in the Middle East',
            'zh-CN': '与 Meraas 成立合资公司，在中东提供云服务',
          },
          sources: [
            {
              url: 'http://europe.chinadaily.com.cn/business/2015-07/23/content_21390021.htm',
              title: 'Alibaba plans to set up more data centers in overseas',
              publisher: 'China Daily',
              date: '2015-07-23',
            },
          ],
        },
        after: {
          type: 'announced',
          date: '2015-05',
          note: {
            en: 'joint venture with Meraas to provide cloud services in the Middle East',
            'zh-CN': '与 Meraas 成立合资公司，在中东提供云服务',
          },
          sources: [
            {
              url: 'https://europe.chinadaily.com.cn/business/2015-07/23/content_21390021.htm',
              title: 'Alibaba plans to set up more data centers in overseas',
              publisher: 'China Daily',
              date: '2015-07-23',
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'tokyo',
        field: 'events[1]',
        before: {
          type: 'opened',
          date: '2016-11-30',
          certainty: 'by',
          note: {
            en: 'in a Go SDK with Sydney, Frankfurt and Dubai on 30 November 2016; called recently opened in February 2017',
            'zh-CN':
              '2016年11月30日与悉尼、法兰克福和迪拜一同列入一个 Go SDK；2017年2月被称为新近开服',
          },
          sources: [
            {
              url: 'https://github.com/denverdino/aliyungo/commit/5727c2156b58a7d518c02707ddfacf9898aeeee1',
              title:
                "“Add new regions for #83”, a commit to aliyungo, the Go SDK behind Alibaba's Terraform provider",
              publisher: 'denverdino/aliyungo on GitHub',
              date: '2016-11-30',
            },
            {
              url: 'https://github.com/aliyun/aliyun-openapi-java-sdk/commit/76f1524dc62dd1ae9d80b0bd01833a976b34a85e',
              title: '“modify endpoint.xml”, a commit to aliyun-openapi-java-sdk',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2016-12-15',
              primary: true,
            },
            {
              url: 'http://datacenterknowledge.com/archives/2017/02/13/alibaba-doubles-hong-kong-data-center-capacity-apac-data-center-news',
              title:
                'Alibaba Doubles Hong Kong Data Center Capacity and Other APAC Data Center News',
              publisher: 'Data Center Knowledge',
              date: '2017-02-13',
            },
          ],
        },
        after: {
          type: 'opened',
          date: '2016-11-30',
          certainty: 'by',
          note: {
            en: 'in a Go SDK with Sydney, Frankfurt and Dubai on 30 November 2016; called recently opened in February 2017',
            'zh-CN':
              '2016年11月30日与悉尼、法兰克福和迪拜一同列入一个 Go SDK；2017年2月被称为新近开服',
          },
          sources: [
            {
              url: 'https://github.com/denverdino/aliyungo/commit/5727c2156b58a7d518c02707ddfacf9898aeeee1',
              title:
                "“Add new regions for #83”, a commit to aliyungo, the Go SDK behind Alibaba's Terraform provider",
              publisher: 'denverdino/aliyungo on GitHub',
              date: '2016-11-30',
            },
            {
              url: 'https://github.com/aliyun/aliyun-openapi-java-sdk/commit/76f1524dc62dd1ae9d80b0bd01833a976b34a85e',
              title: '“modify endpoint.xml”, a commit to aliyun-openapi-java-sdk',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2016-12-15',
              primary: true,
            },
            {
              url: 'https://datacenterknowledge.com/archives/2017/02/13/alibaba-doubles-hong-kong-data-center-capacity-apac-data-center-news',
              title:
                'Alibaba Doubles Hong Kong Data Center Capacity and Other APAC Data Center News',
              publisher: 'Data Center Knowledge',
              date: '2017-02-13',
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'sydney',
        field: 'events[1]',
        before: {
          type: 'opened',
          date: '2016-11-30',
          certainty: 'by',
          note: {
            en: 'in a Go SDK with Tokyo, Frankfurt and Dubai on 30 November 2016',
            'zh-CN': '2016年11月30日与东京、法兰克福和迪拜一同列入一个 Go SDK',
          },
          sources: [
            {
              url: 'https://github.com/denverdino/aliyungo/commit/5727c2156b58a7d518c02707ddfacf9898aeeee1',
              title:
                "“Add new regions for #83”, a commit to aliyungo, the Go SDK behind Alibaba's Terraform provider",
              publisher: 'denverdino/aliyungo on GitHub',
              date: '2016-11-30',
            },
            {
              url: 'https://github.com/aliyun/aliyun-openapi-java-sdk/commit/76f1524dc62dd1ae9d80b0bd01833a976b34a85e',
              title: '“modify endpoint.xml”, a commit to aliyun-openapi-java-sdk',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2016-12-15',
              primary: true,
            },
            {
              url: 'http://datacenterknowledge.com/archives/2017/02/13/alibaba-doubles-hong-kong-data-center-capacity-apac-data-center-news',
              title:
                'Alibaba Doubles Hong Kong Data Center Capacity and Other APAC Data Center News',
              publisher: 'Data Center Knowledge',
              date: '2017-02-13',
            },
          ],
        },
        after: {
          type: 'opened',
          date: '2016-11-30',
          certainty: 'by',
          note: {
            en: 'in a Go SDK with Tokyo, Frankfurt and Dubai on 30 November 2016',
            'zh-CN': '2016年11月30日与东京、法兰克福和迪拜一同列入一个 Go SDK',
          },
          sources: [
            {
              url: 'https://github.com/denverdino/aliyungo/commit/5727c2156b58a7d518c02707ddfacf9898aeeee1',
              title:
                "“Add new regions for #83”, a commit to aliyungo, the Go SDK behind Alibaba's Terraform provider",
              publisher: 'denverdino/aliyungo on GitHub',
              date: '2016-11-30',
            },
            {
              url: 'https://github.com/aliyun/aliyun-openapi-java-sdk/commit/76f1524dc62dd1ae9d80b0bd01833a976b34a85e',
              title: '“modify endpoint.xml”, a commit to aliyun-openapi-java-sdk',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2016-12-15',
              primary: true,
            },
            {
              url: 'https://datacenterknowledge.com/archives/2017/02/13/alibaba-doubles-hong-kong-data-center-capacity-apac-data-center-news',
              title:
                'Alibaba Doubles Hong Kong Data Center Capacity and Other APAC Data Center News',
              publisher: 'Data Center Knowledge',
              date: '2017-02-13',
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'bangkok',
        field: 'events[2]',
        before: {
          type: 'expanded',
          date: '2025',
          note: {
            en: 'a new data centre in Thailand launched in 2025; month not published',
            'zh-CN': '泰国一个新数据中心于2025年启用；月份未公布',
          },
          sources: [
            {
              url: 'http://en.people.cn/n3/2025/1028/c90000-20382792.html',
              title: 'Alibaba Cloud ramps up global foray on AI boom',
              publisher: "People's Daily Online (China Daily)",
              date: '2025-10-28',
            },
          ],
        },
        after: {
          type: 'expanded',
          date: '2025',
          note: {
            en: 'a new data centre in Thailand launched in 2025; month not published',
            'zh-CN': '泰国一个新数据中心于2025年启用；月份未公布',
          },
          sources: [
            {
              url: 'https://en.people.cn/n3/2025/1028/c90000-20382792.html',
              title: 'Alibaba Cloud ramps up global foray on AI boom',
              publisher: "People's Daily Online (China Daily)",
              date: '2025-10-28',
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'riyadh',
        field: 'events[1]',
        before: {
          type: 'opened',
          date: '2022-06-05',
          note: {
            en: 'two data centres opened by the Saudi Cloud Computing Company, which runs the region: a joint venture of Alibaba Cloud, STC, eWTP Arabia Capital and the Saudi Company for Artificial Intelligence',
            'zh-CN':
              '由运营该地域的沙特云计算公司开设的两个数据中心；该公司是阿里云、STC、eWTP Arabia Capital 与沙特人工智能公司的合资企业',
          },
          sources: [
            {
              url: 'http://dkjournal.co.kr/uae_news/6997',
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
        after: {
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
      },
      {
        collection: 'regions',
        record: 'mexico',
        field: 'events[1]',
        before: {
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
            {
              url: 'http://en.people.cn/n3/2025/1028/c90000-20382792.html',
              title: 'Alibaba Cloud ramps up global foray on AI boom',
              publisher: "People's Daily Online (China Daily)",
              date: '2025-10-28',
            },
          ],
        },
        after: {
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
            {
              url: 'https://en.people.cn/n3/2025/1028/c90000-20382792.html',
              title: 'Alibaba Cloud ramps up global foray on AI boom',
              publisher: "People's Daily Online (China Daily)",
              date: '2025-10-28',
            },
          ],
        },
      },
      {
        collection: 'milestones',
        record: 'first-overseas',
        field: 'sources[0]',
        before: {
          url: 'http://europe.chinadaily.com.cn/business/2015-07/23/content_21390021.htm',
          title: 'Alibaba plans to set up more data centers in overseas',
          publisher: 'China Daily',
          date: '2015-07-23',
        },
        after: {
          url: 'https://europe.chinadaily.com.cn/business/2015-07/23/content_21390021.htm',
          title: 'Alibaba plans to set up more data centers in overseas',
          publisher: 'China Daily',
          date: '2015-07-23',
        },
      },
      {
        collection: 'milestones',
        record: 'pledge-2025',
        field: 'sources[0]',
        before: {
          url: 'http://en.people.cn/n3/2025/0224/c90000-20280703.html',
          title: 'Alibaba to invest 53 billion USD in cloud, AI infrastructure in next 3 years',
          publisher: "People's Daily Online (Xinhua)",
          date: '2025-02-24',
        },
        after: {
          url: 'https://en.people.cn/n3/2025/0224/c90000-20280703.html',
          title: 'Alibaba to invest 53 billion USD in cloud, AI infrastructure in next 3 years',
          publisher: "People's Daily Online (Xinhua)",
          date: '2025-02-24',
        },
      },
      {
        collection: 'publishedTotals',
        record: '2025-10-28',
        field: 'source',
        before: {
          url: 'http://en.people.cn/n3/2025/1028/c90000-20382792.html',
          title: 'Alibaba Cloud ramps up global foray on AI boom',
          publisher: "People's Daily Online (China Daily)",
          date: '2025-10-28',
        },
        after: {
          url: 'https://en.people.cn/n3/2025/1028/c90000-20382792.html',
          title: 'Alibaba Cloud ramps up global foray on AI boom',
          publisher: "People's Daily Online (China Daily)",
          date: '2025-10-28',
        },
      },
    ],
  },
  {
    id: 'atlanta-chinese-name',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Atlanta: Alibaba’s Chinese name, 美国（亚特兰大）',
      'zh-CN': '亚特兰大：阿里云的中文名称“美国（亚特兰大）”',
    },
    why: {
      en: 'Atlanta (us-southeast-1) had no Chinese name, so the Chinese map titled it in English; Alibaba’s Log Service documentation lists it as 美国（亚特兰大）.',
      'zh-CN':
        '亚特兰大（us-southeast-1）此前没有中文名称，中文地图只能以英文称呼它；阿里云日志服务文档将其列为“美国（亚特兰大）”。',
    },
    sources: [
      {
        url: 'https://help.aliyun.com/zh/sls/storage-redundancy',
        title: '存储冗余（日志服务文档）',
        publisher: 'Alibaba Cloud',
        primary: true,
        lang: 'zh-CN',
      },
    ],
    view: {
      year: 2026,
      region: 'atlanta',
    },
    changes: [
      {
        collection: 'regions',
        record: 'atlanta',
        field: 'officialName',
        before: {
          en: {
            text: 'US (Atlanta)',
            sources: [
              {
                url: 'https://help.aliyun.com/en/cs/api-acc-2024-04-02-endpoint',
                title: 'Container Compute Service (ACC): endpoints',
                publisher: 'Alibaba Cloud',
                primary: true,
              },
            ],
          },
        },
        after: {
          en: {
            text: 'US (Atlanta)',
            sources: [
              {
                url: 'https://help.aliyun.com/en/cs/api-acc-2024-04-02-endpoint',
                title: 'Container Compute Service (ACC): endpoints',
                publisher: 'Alibaba Cloud',
                primary: true,
              },
            ],
          },
          zh: {
            text: '美国（亚特兰大）',
            sources: [
              {
                url: 'https://help.aliyun.com/zh/sls/storage-redundancy',
                title: '存储冗余（日志服务文档）',
                publisher: 'Alibaba Cloud',
                primary: true,
                lang: 'zh-CN',
              },
            ],
          },
        },
      },
    ],
  },
  {
    id: 'tokyo-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Tokyo: four availability zones by January 2026, five by December',
      'zh-CN': '东京：2026年1月前有四个可用区，12月前有五个',
    },
    why: {
      en: 'The dataset had three zones, from Alibaba’s table as copied in December 2025. A crawl of Alibaba’s zone API lists Zone E by 7 January 2026, and Alibaba’s NAT Gateway, ALB and MongoDB pages (undated) list Zones A to E.',
      'zh-CN':
        '本数据原有三个可用区，取自2025年12月抄录的阿里云地域表。对阿里云可用区接口的抓取显示2026年1月7日前已有E区，阿里云 NAT 网关、ALB 和 MongoDB 页面（未注明日期）列出A至E区。',
    },
    sources: [
      {
        url: 'https://github.com/SpareCores/sc-data-dumps/commit/f49b891395e74e5ad0f32ff95bbe6e34d54021b4',
        title:
          '“This is an automated release with 2039 new/updated/deleted resources.”, a commit to sc-data-dumps, Spare Cores’ crawl of cloud providers’ APIs (Alibaba’s zones among them)',
        publisher: 'SpareCores/sc-data-dumps on GitHub',
        date: '2026-01-07',
      },
      {
        url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
        title: 'NAT网关支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
      {
        url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
        title: 'ALB支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
      {
        url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
        title: 'ApsaraDB for MongoDB: supported regions and zones',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'tokyo',
    },
    changes: [
      {
        collection: 'regions',
        record: 'tokyo',
        field: 'zoneCounts[2]',
        before: null,
        after: {
          date: '2026-01-07',
          count: 4,
          sources: [
            {
              url: 'https://github.com/SpareCores/sc-data-dumps/commit/f49b891395e74e5ad0f32ff95bbe6e34d54021b4',
              title:
                '“This is an automated release with 2039 new/updated/deleted resources.”, a commit to sc-data-dumps, Spare Cores’ crawl of cloud providers’ APIs (Alibaba’s zones among them)',
              publisher: 'SpareCores/sc-data-dumps on GitHub',
              date: '2026-01-07',
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'tokyo',
        field: 'zoneCounts[3]',
        before: null,
        after: {
          date: '2026-12-06',
          count: 5,
          note: {
            en: 'Alibaba’s product pages list this many zones but carry no date; the date is the day they were read',
            'zh-CN': '阿里云的产品页面列出这些可用区，但未注明日期；所注日期为读取页面的日期',
          },
          sources: [
            {
              url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
              title: 'NAT网关支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
            {
              url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
              title: 'ALB支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
            {
              url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
              title: 'ApsaraDB for MongoDB: supported regions and zones',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
    ],
  },
  {
    id: 'ulanqab-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Ulanqab: four availability zones by January 2026',
      'zh-CN': '乌兰察布：2026年1月前有四个可用区',
    },
    why: {
      en: 'The dataset had three zones; a crawl of Alibaba’s zone API lists Zone D by 7 January 2026, as do Alibaba’s NAT Gateway and ALB pages (undated).',
      'zh-CN':
        '本数据原有三个可用区；对阿里云可用区接口的抓取显示2026年1月7日前已有D区，阿里云 NAT 网关和 ALB 页面（未注明日期）亦然。',
    },
    sources: [
      {
        url: 'https://github.com/SpareCores/sc-data-dumps/commit/f49b891395e74e5ad0f32ff95bbe6e34d54021b4',
        title:
          '“This is an automated release with 2039 new/updated/deleted resources.”, a commit to sc-data-dumps, Spare Cores’ crawl of cloud providers’ APIs (Alibaba’s zones among them)',
        publisher: 'SpareCores/sc-data-dumps on GitHub',
        date: '2026-01-07',
      },
      {
        url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
        title: 'NAT网关支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
      {
        url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
        title: 'ALB支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'ulanqab',
    },
    changes: [
      {
        collection: 'regions',
        record: 'ulanqab',
        field: 'zoneCounts[3]',
        before: null,
        after: {
          date: '2026-01-07',
          count: 4,
          sources: [
            {
              url: 'https://github.com/SpareCores/sc-data-dumps/commit/f49b891395e74e5ad0f32ff95bbe6e34d54021b4',
              title:
                '“This is an automated release with 2039 new/updated/deleted resources.”, a commit to sc-data-dumps, Spare Cores’ crawl of cloud providers’ APIs (Alibaba’s zones among them)',
              publisher: 'SpareCores/sc-data-dumps on GitHub',
              date: '2026-01-07',
            },
            {
              url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
              title: 'NAT网关支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
            {
              url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
              title: 'ALB支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
    ],
  },
  {
    id: 'singapore-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Singapore: four availability zones by 30 January 2026',
      'zh-CN': '新加坡：2026年1月30日前有四个可用区',
    },
    why: {
      en: 'The dataset had three zones; a crawl of Alibaba’s zone API adds Zone D on 30 January 2026, and Alibaba’s NAT Gateway and MongoDB pages (undated) list Zones A to D.',
      'zh-CN':
        '本数据原有三个可用区；对阿里云可用区接口的抓取于2026年1月30日新增D区，阿里云 NAT 网关和 MongoDB 页面（未注明日期）列出A至D区。',
    },
    sources: [
      {
        url: 'https://github.com/SpareCores/sc-data-dumps/commit/1da3f11dfef10e5fa2279946ab319fb4785ad1ea',
        title:
          '“This is an automated release with 1 new/updated/deleted resources.”, a commit to sc-data-dumps adding Singapore Zone D (ap-southeast-1d)',
        publisher: 'SpareCores/sc-data-dumps on GitHub',
        date: '2026-01-30',
      },
      {
        url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
        title: 'NAT网关支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
      {
        url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
        title: 'ApsaraDB for MongoDB: supported regions and zones',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'singapore',
    },
    changes: [
      {
        collection: 'regions',
        record: 'singapore',
        field: 'zoneCounts[2]',
        before: null,
        after: {
          date: '2026-01-30',
          count: 4,
          sources: [
            {
              url: 'https://github.com/SpareCores/sc-data-dumps/commit/1da3f11dfef10e5fa2279946ab319fb4785ad1ea',
              title:
                '“This is an automated release with 1 new/updated/deleted resources.”, a commit to sc-data-dumps adding Singapore Zone D (ap-southeast-1d)',
              publisher: 'SpareCores/sc-data-dumps on GitHub',
              date: '2026-01-30',
            },
            {
              url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
              title: 'NAT网关支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
            {
              url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
              title: 'ApsaraDB for MongoDB: supported regions and zones',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
    ],
  },
  {
    id: 'seoul-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Seoul: three availability zones',
      'zh-CN': '首尔：三个可用区',
    },
    why: {
      en: 'The dataset had two zones; Alibaba’s NAT Gateway page (undated) lists Zones A to C, so three are known by the day it was read.',
      'zh-CN':
        '本数据原有两个可用区；阿里云 NAT 网关页面（未注明日期）列出A至C区，因此读取页面之日已知有三个。',
    },
    sources: [
      {
        url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
        title: 'NAT网关支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'seoul',
    },
    changes: [
      {
        collection: 'regions',
        record: 'seoul',
        field: 'zoneCounts[1]',
        before: null,
        after: {
          date: '2026-12-06',
          count: 3,
          note: {
            en: 'Alibaba’s product pages list this many zones but carry no date; the date is the day they were read',
            'zh-CN': '阿里云的产品页面列出这些可用区，但未注明日期；所注日期为读取页面的日期',
          },
          sources: [
            {
              url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
              title: 'NAT网关支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
    ],
  },
  {
    id: 'heyuan-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Heyuan: three availability zones',
      'zh-CN': '河源：三个可用区',
    },
    why: {
      en: 'The dataset had two zones; Alibaba’s NAT Gateway page (undated) lists Zones A to C, so three are known by the day it was read.',
      'zh-CN':
        '本数据原有两个可用区；阿里云 NAT 网关页面（未注明日期）列出A至C区，因此读取页面之日已知有三个。',
    },
    sources: [
      {
        url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
        title: 'NAT网关支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'heyuan',
    },
    changes: [
      {
        collection: 'regions',
        record: 'heyuan',
        field: 'zoneCounts[2]',
        before: null,
        after: {
          date: '2026-12-06',
          count: 3,
          note: {
            en: 'Alibaba’s product pages list this many zones but carry no date; the date is the day they were read',
            'zh-CN': '阿里云的产品页面列出这些可用区，但未注明日期；所注日期为读取页面的日期',
          },
          sources: [
            {
              url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
              title: 'NAT网关支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
    ],
  },
  {
    id: 'chengdu-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Chengdu: three availability zones',
      'zh-CN': '成都：三个可用区',
    },
    why: {
      en: 'The dataset had two zones; the English edition of Alibaba’s ALB zone page (undated) lists Zones A to C, so three are known by the day it was read.',
      'zh-CN':
        '本数据原有两个可用区；阿里云 ALB 可用区页面的英文版（未注明日期）列出A至C区，因此读取页面之日已知有三个。',
    },
    sources: [
      {
        url: 'https://help.aliyun.com/en/slb/application-load-balancer/supported-regions-and-zones',
        title: 'Regions and zones supported by ALB',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'chengdu',
    },
    changes: [
      {
        collection: 'regions',
        record: 'chengdu',
        field: 'zoneCounts[3]',
        before: null,
        after: {
          date: '2026-12-06',
          count: 3,
          note: {
            en: 'Alibaba’s product pages list this many zones but carry no date; the date is the day they were read',
            'zh-CN': '阿里云的产品页面列出这些可用区，但未注明日期；所注日期为读取页面的日期',
          },
          sources: [
            {
              url: 'https://help.aliyun.com/en/slb/application-load-balancer/supported-regions-and-zones',
              title: 'Regions and zones supported by ALB',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
    ],
  },
  {
    id: 'mexico-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Mexico: two availability zones',
      'zh-CN': '墨西哥：两个可用区',
    },
    why: {
      en: 'The dataset had one zone; Alibaba’s NAT Gateway and ALB pages (undated) list Zones A and B, so two are known by the day they were read.',
      'zh-CN':
        '本数据原有一个可用区；阿里云 NAT 网关和 ALB 页面（未注明日期）列出A区和B区，因此读取页面之日已知有两个。',
    },
    sources: [
      {
        url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
        title: 'NAT网关支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
      {
        url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
        title: 'ALB支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'mexico',
    },
    changes: [
      {
        collection: 'regions',
        record: 'mexico',
        field: 'zoneCounts[1]',
        before: null,
        after: {
          date: '2026-12-06',
          count: 2,
          note: {
            en: 'Alibaba’s product pages list this many zones but carry no date; the date is the day they were read',
            'zh-CN': '阿里云的产品页面列出这些可用区，但未注明日期；所注日期为读取页面的日期',
          },
          sources: [
            {
              url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
              title: 'NAT网关支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
            {
              url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
              title: 'ALB支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
    ],
  },
  {
    id: 'zhongwei-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Zhongwei: two availability zones',
      'zh-CN': '中卫：两个可用区',
    },
    why: {
      en: 'The dataset had no zone count, only a note that Alibaba’s pages list two zones without a date; they are now counted, dated by the day the pages were read.',
      'zh-CN':
        '本数据原无可用区数量，仅注明阿里云页面列出两个可用区但未注明日期；现计入这两个可用区，日期为读取页面之日。',
    },
    sources: [
      {
        url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
        title: 'NAT网关支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
      {
        url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
        title: 'ALB支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'zhongwei',
    },
    changes: [
      {
        collection: 'regions',
        record: 'zhongwei',
        field: 'zoneCounts[0]',
        before: null,
        after: {
          date: '2026-12-06',
          count: 2,
          note: {
            en: 'Alibaba’s product pages list this many zones but carry no date; the date is the day they were read',
            'zh-CN': '阿里云的产品页面列出这些可用区，但未注明日期；所注日期为读取页面的日期',
          },
          sources: [
            {
              url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
              title: 'NAT网关支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
            {
              url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
              title: 'ALB支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'zhongwei',
        field: 'zonesNote',
        before: {
          en: 'Alibaba’s product pages list two zones but carry no date',
          'zh-CN': '阿里云的产品页面列出两个可用区，但未注明日期',
        },
        after: null,
      },
    ],
  },
  {
    id: 'brazil-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Brazil: two availability zones listed',
      'zh-CN': '巴西：列出两个可用区',
    },
    why: {
      en: 'The dataset had no zone count, only a note that Alibaba’s pages list two zones without a date; they are now counted, dated by the day the pages were read. The region is still only listed by Alibaba.',
      'zh-CN':
        '本数据原无可用区数量，仅注明阿里云页面列出两个可用区但未注明日期；现计入这两个可用区，日期为读取页面之日。该地域仍仅为阿里云列出。',
    },
    sources: [
      {
        url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
        title: 'NAT网关支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
      {
        url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
        title: 'ApsaraDB for MongoDB: supported regions and zones',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'brazil',
    },
    changes: [
      {
        collection: 'regions',
        record: 'brazil',
        field: 'zoneCounts[0]',
        before: null,
        after: {
          date: '2026-12-06',
          count: 2,
          note: {
            en: 'Alibaba’s product pages list this many zones but carry no date; the date is the day they were read',
            'zh-CN': '阿里云的产品页面列出这些可用区，但未注明日期；所注日期为读取页面的日期',
          },
          sources: [
            {
              url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
              title: 'NAT网关支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
            {
              url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
              title: 'ApsaraDB for MongoDB: supported regions and zones',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'brazil',
        field: 'zonesNote',
        before: {
          en: 'Alibaba’s product pages list two zones but carry no date',
          'zh-CN': '阿里云的产品页面列出两个可用区，但未注明日期',
        },
        after: null,
      },
    ],
  },
  {
    id: 'atlanta-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Atlanta: two availability zones listed',
      'zh-CN': '亚特兰大：列出两个可用区',
    },
    why: {
      en: 'The dataset had no zone count; Alibaba’s MongoDB page (undated) lists Zones A and B, so two are known by the day it was read. The region is still only listed by Alibaba.',
      'zh-CN':
        '本数据原无可用区数量；阿里云 MongoDB 页面（未注明日期）列出A区和B区，因此读取页面之日已知有两个。该地域仍仅为阿里云列出。',
    },
    sources: [
      {
        url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
        title: 'ApsaraDB for MongoDB: supported regions and zones',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'atlanta',
    },
    changes: [
      {
        collection: 'regions',
        record: 'atlanta',
        field: 'zoneCounts[0]',
        before: null,
        after: {
          date: '2026-12-06',
          count: 2,
          note: {
            en: 'Alibaba’s product pages list this many zones but carry no date; the date is the day they were read',
            'zh-CN': '阿里云的产品页面列出这些可用区，但未注明日期；所注日期为读取页面的日期',
          },
          sources: [
            {
              url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
              title: 'ApsaraDB for MongoDB: supported regions and zones',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'atlanta',
        field: 'zonesNote',
        before: {
          en: 'no zone count is published in a dated source',
          'zh-CN': '没有注明日期的来源公布可用区数量',
        },
        after: null,
      },
    ],
  },
  {
    id: 'johor-zones-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Johor: two availability zones',
      'zh-CN': '柔佛州：两个可用区',
    },
    why: {
      en: 'The dataset had no zone count for Johor; Alibaba’s NAT Gateway, ALB and MongoDB pages (undated) list Zones A and B, so two are known by the day they were read. Alibaba’s TypeScript SDK (the same day as its Go SDK, 16 June 2026) and its Terraform provider (1 July 2026) now also back the opening.',
      'zh-CN':
        '本数据原无柔佛州的可用区数量；阿里云 NAT 网关、ALB 和 MongoDB 页面（未注明日期）列出A区和B区，因此读取页面之日已知有两个。阿里云的 TypeScript SDK（与 Go SDK 同日，2026年6月16日）及其 Terraform 提供程序（2026年7月1日）现亦佐证其启用。',
    },
    sources: [
      {
        url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
        title: 'NAT网关支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
      {
        url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
        title: 'ALB支持的地域与可用区',
        lang: 'zh-CN',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
      {
        url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
        title: 'ApsaraDB for MongoDB: supported regions and zones',
        publisher: 'Alibaba Cloud',
        primary: true,
      },
    ],
    view: {
      year: 2026,
      region: 'johor',
    },
    changes: [
      {
        collection: 'regions',
        record: 'johor',
        field: 'zoneCounts[0]',
        before: null,
        after: {
          date: '2026-12-06',
          count: 2,
          note: {
            en: 'two data centres at launch; Alibaba’s product pages list two zones but carry no date, so the date is the day they were read',
            'zh-CN':
              '启用时有两个数据中心；阿里云的产品页面列出两个可用区，但未注明日期，所注日期为读取页面的日期',
          },
          sources: [
            {
              url: 'https://www.alibabacloud.com/help/zh/nat-gateway/product-overview/regions-and-zones-supported-by-nat-gateway',
              title: 'NAT网关支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
            {
              url: 'https://www.alibabacloud.com/help/zh/slb/application-load-balancer/supported-regions-and-zones',
              title: 'ALB支持的地域与可用区',
              lang: 'zh-CN',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
            {
              url: 'https://help.aliyun.com/en/mongodb/user-guide/region-and-zone-restrictions',
              title: 'ApsaraDB for MongoDB: supported regions and zones',
              publisher: 'Alibaba Cloud',
              primary: true,
            },
          ],
        },
      },
      {
        collection: 'regions',
        record: 'johor',
        field: 'zonesNote',
        before: {
          en: 'two data centres; no zone count is published in a dated source',
          'zh-CN': '两个数据中心；没有注明日期的来源公布可用区数量',
        },
        after: null,
      },
      {
        collection: 'regions',
        record: 'johor',
        field: 'events[0]',
        before: {
          type: 'opened',
          date: '2026-06-16',
          certainty: 'by',
          note: {
            en: 'second Malaysian region, with two data centres; Alibaba’s SDK lists it from 16 June 2026, and the news pairs its launch with the Paris opening of 17 June',
            'zh-CN':
              '马来西亚第二个地域，有两个数据中心；阿里云的 SDK 自2026年6月16日起列出该地域，新闻将其启用与6月17日巴黎地域的开服一并报道',
          },
          sources: [
            {
              url: 'https://github.com/aliyun/alibabacloud-go-sdk/commit/6e2b9257c90418e9adc210a02f70c9f5334f9a28',
              title:
                '“Generated golang 2017-05-18 for antiddos-public.”, a commit to alibabacloud-go-sdk',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2026-06-16',
              primary: true,
            },
            {
              seed: '000_3ad7fe316cd719d9.txt',
              quote:
                'Alibaba Cloud opened new data centers in Paris and Johor to capture growing AI inference demand.',
            },
            {
              url: 'https://www.techstories.co/alibaba-cloud-opens-a-new-cloud-region-in-johor/',
              title: 'Alibaba Cloud opens a new cloud region in Johor',
              publisher: 'TechStories',
            },
          ],
        },
        after: {
          type: 'opened',
          date: '2026-06-16',
          certainty: 'by',
          note: {
            en: 'second Malaysian region, with two data centres; Alibaba’s SDK lists it from 16 June 2026, and the news pairs its launch with the Paris opening of 17 June',
            'zh-CN':
              '马来西亚第二个地域，有两个数据中心；阿里云的 SDK 自2026年6月16日起列出该地域，新闻将其启用与6月17日巴黎地域的开服一并报道',
          },
          sources: [
            {
              url: 'https://github.com/aliyun/alibabacloud-go-sdk/commit/6e2b9257c90418e9adc210a02f70c9f5334f9a28',
              title:
                '“Generated golang 2017-05-18 for antiddos-public.”, a commit to alibabacloud-go-sdk',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2026-06-16',
              primary: true,
            },
            {
              url: 'https://github.com/aliyun/alibabacloud-typescript-sdk/commit/7cf081667022709e1603708154344b791f4a17bf',
              title:
                '“Generated ts 2017-05-18 for antiddos-public.”, a commit to alibabacloud-typescript-sdk',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2026-06-16',
              primary: true,
            },
            {
              url: 'https://github.com/aliyun/terraform-provider-alicloud/commit/1a09405e4943e919177b73d5e16e1d27cfa15ee9',
              title:
                '“provider: add support for ap-southeast-8 region validation”, a commit to terraform-provider-alicloud',
              publisher: 'Alibaba Cloud (aliyun on GitHub)',
              date: '2026-07-01',
              primary: true,
            },
            {
              seed: '000_3ad7fe316cd719d9.txt',
              quote:
                'Alibaba Cloud opened new data centers in Paris and Johor to capture growing AI inference demand.',
            },
            {
              url: 'https://www.techstories.co/alibaba-cloud-opens-a-new-cloud-region-in-johor/',
              title: 'Alibaba Cloud opens a new cloud region in Johor',
              publisher: 'TechStories',
            },
          ],
        },
      },
    ],
  },
  {
    id: 'dubai-second-data-centre-day',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Dubai: the second data centre opened on 14 October 2025',
      'zh-CN': '迪拜：第二个数据中心于2025年10月14日启用',
    },
    why: {
      en: 'The dataset gave the month; Reuters reported the launch “on Tuesday” in its report of 14 October 2025, a Tuesday.',
      'zh-CN': '本数据原只给出月份；路透社在2025年10月14日（星期二）的报道中称其“于周二”启用。',
    },
    sources: [
      {
        url: 'https://www.financetom.com/business/alibabas-cloud-business-launches-second-data-centre-in-dubai-450780.htm',
        title: "Alibaba's cloud business launches second data centre in Dubai",
        publisher: 'FinanceTom (Reuters)',
        date: '2025-10-14',
      },
      {
        url: 'https://www.zawya.com/en/business/technology-and-telecom/alibabas-cloud-business-launches-second-data-centre-in-dubai-mjkvrezn',
        title: "Alibaba's cloud business launches second data centre in Dubai",
        publisher: 'Zawya (Reuters)',
        date: '2025-10-14',
      },
    ],
    view: {
      year: 2025,
      region: 'dubai',
    },
    changes: [
      {
        collection: 'regions',
        record: 'dubai',
        field: 'events[3]',
        before: {
          type: 'expanded',
          date: '2025-10',
          note: {
            en: 'second data centre in Dubai',
            'zh-CN': '迪拜第二个数据中心',
          },
          sources: [
            {
              url: 'https://www.financetom.com/business/alibabas-cloud-business-launches-second-data-centre-in-dubai-450780.htm',
              title: "Alibaba's cloud business launches second data centre in Dubai",
              publisher: 'FinanceTom (Reuters)',
              date: '2025-10-14',
            },
            {
              url: 'http://en.people.cn/n3/2025/1028/c90000-20382792.html',
              title: 'Alibaba Cloud ramps up global foray on AI boom',
              publisher: "People's Daily Online (China Daily)",
              date: '2025-10-28',
            },
          ],
        },
        after: {
          type: 'expanded',
          date: '2025-10-14',
          note: {
            en: 'second data centre in Dubai',
            'zh-CN': '迪拜第二个数据中心',
          },
          sources: [
            {
              url: 'https://www.financetom.com/business/alibabas-cloud-business-launches-second-data-centre-in-dubai-450780.htm',
              title: "Alibaba's cloud business launches second data centre in Dubai",
              publisher: 'FinanceTom (Reuters)',
              date: '2025-10-14',
            },
            {
              url: 'https://www.zawya.com/en/business/technology-and-telecom/alibabas-cloud-business-launches-second-data-centre-in-dubai-mjkvrezn',
              title: "Alibaba's cloud business launches second data centre in Dubai",
              publisher: 'Zawya (Reuters)',
              date: '2025-10-14',
            },
            {
              url: 'https://en.people.cn/n3/2025/1028/c90000-20382792.html',
              title: 'Alibaba Cloud ramps up global foray on AI boom',
              publisher: "People's Daily Online (China Daily)",
              date: '2025-10-28',
            },
          ],
        },
      },
    ],
  },
  {
    id: 'alibaba-total-2026',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Alibaba’s 2026 total: 32 regions and 104 availability zones',
      'zh-CN': '阿里云2026年总数：32 个地域、104 个可用区',
    },
    why: {
      en: 'Reported with the Johor launch of June 2026, from Alibaba’s press release: the map counts the same 32 regions running then.',
      'zh-CN':
        '随2026年6月柔佛州地域的启用而报道，引自阿里云新闻稿：本地图同期统计的运营地域同为 32 个。',
    },
    sources: [
      {
        url: 'https://www.techstories.co/alibaba-cloud-opens-a-new-cloud-region-in-johor/',
        title: 'Alibaba Cloud opens a new cloud region in Johor',
        publisher: 'TechStories',
      },
    ],
    view: {
      year: 2026,
    },
    changes: [
      {
        collection: 'publishedTotals',
        record: '2026',
        field: '',
        before: null,
        after: {
          date: '2026',
          unit: 'regions',
          regions: 32,
          zones: 104,
          quote:
            'In its press release, the company framed this as part of its US$53 billion investment plan to expand its global infrastructure to 104 availability zones across 32 regions.',
          source: {
            url: 'https://www.techstories.co/alibaba-cloud-opens-a-new-cloud-region-in-johor/',
            title: 'Alibaba Cloud opens a new cloud region in Johor',
            publisher: 'TechStories',
          },
          note: {
            en: 'the report is undated and the press release it quotes was not found; it reports the Johor launch of June 2026, so the total is of June 2026 or later. Alibaba’s product pages, undated, list zones that make 106',
            'zh-CN':
              '该报道未注明日期，其引用的新闻稿未能找到；报道所述为2026年6月柔佛州地域的启用，因此该总数为2026年6月或之后的数字。阿里云未注明日期的产品页面所列可用区合计为 106 个',
          },
        },
      },
    ],
  },

  {
    id: 'aws-regions-join',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Amazon Web Services’ regions join the map, to compare: 38 regions, every event dated and sourced',
      'zh-CN': '亚马逊云科技（AWS）的区域加入地图以供比较：38 个区域，每个事件均注明日期和来源',
    },
    why: {
      en: 'Every region of AWS’s commercial partition as its SDK lists it (36), and the two AWS China regions its partners run; the GovCloud, secret and European Sovereign Cloud partitions are left out. Each opening is dated by AWS’s own documentation histories where they give a day, else by the earliest dated evidence, marked “by”.',
      'zh-CN':
        '收录 AWS SDK 所列商业分区的全部区域（36 个）以及由合作伙伴运营的两个 AWS 中国区域；GovCloud、机密分区和欧洲主权云分区未收录。开服日期取自 AWS 自己的文档历史中给出的日期，否则取最早的有日期证据，并标注为“不晚于”。',
    },
    sources: [
      {
        url: 'https://www.npmjs.com/package/@aws-sdk/core/v/3.981.2',
        title:
          'Partition data (region IDs and names) in @aws-sdk/core 3.981.2, the package @aws-sdk/util-endpoints 3.996.55 re-exports it from',
        publisher: 'Amazon Web Services (AWS SDK for JavaScript v3, on npm)',
        date: '2026-11-24',
        primary: true,
      },
    ],
    view: { year: 2026 },
    changes: [{ collection: 'aws', record: '*', field: '', before: null, after: 38 }],
  },
  {
    id: 'azure-regions-join',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Microsoft Azure’s regions join the map, to compare: 65 regions, every event dated and sourced',
      'zh-CN': 'Microsoft Azure 的区域加入地图以供比较：65 个区域，每个事件均注明日期和来源',
    },
    why: {
      en: 'Every region in Microsoft’s regions list, the restricted ones included, and the regions Microsoft has announced with a date; Azure Government, Azure operated by 21Vianet in China and the former Microsoft Cloud Germany are left out. Openings come from Microsoft’s posts and the press where found, else from the earliest dated evidence, marked “by”.',
      'zh-CN':
        '收录微软区域列表中的全部区域（包括受限区域）及微软已注明日期宣布的区域；Azure 政府云、由世纪互联运营的 Azure 中国区域和已停用的 Microsoft Cloud Germany 未收录。开服日期取自找到的微软公告和新闻报道，否则取最早的有日期证据，并标注为“不晚于”。',
    },
    sources: [
      {
        url: 'https://github.com/MicrosoftDocs/reliability-docs/blob/e92155a11a1c0304ccf1b7fb2b0e135c87d0194a/articles/reliability/regions-list.md',
        title:
          'Azure regions list (regions-list.md, source of learn.microsoft.com/azure/reliability/regions-list), version of 20 August 2026',
        publisher: 'Microsoft (MicrosoftDocs/reliability-docs on GitHub)',
        date: '2026-08-20',
        primary: true,
      },
    ],
    view: { year: 2026 },
    changes: [{ collection: 'azure', record: '*', field: '', before: null, after: 65 }],
  },
  {
    id: 'google-regions-join',
    date: '2026-12-06',
    kind: 'facts',
    summary: {
      en: 'Google Cloud’s regions join the map, to compare: 49 regions, every event dated and sourced',
      'zh-CN': 'Google Cloud 的区域加入地图以供比较：49 个区域，每个事件均注明日期和来源',
    },
    why: {
      en: 'Every region in Google Cloud’s list of regions and zones (43), and the six it has announced and not yet opened. Openings come from dated press reports where found, else from the earliest dated evidence (the first commit adding the region to gcping, a latency test now kept under GoogleCloudPlatform), marked “by”.',
      'zh-CN':
        '收录 Google Cloud 区域和可用区列表中的全部区域（43 个）及其已宣布但尚未开放的六个区域。开服日期取自找到的有日期新闻报道，否则取最早的有日期证据（该区域首次加入 gcping 延迟测试的提交，该项目现归 GoogleCloudPlatform 维护），并标注为“不晚于”。',
    },
    sources: [
      {
        url: 'https://cloud.google.com/compute/docs/regions-zones',
        title: 'Regions and zones (Compute Engine documentation)',
        publisher: 'Google Cloud',
        primary: true,
      },
    ],
    view: { year: 2026 },
    changes: [{ collection: 'google', record: '*', field: '', before: null, after: 49 }],
  },
];
