/**
 * Google Cloud regions for the peer-provider layer: every public region in Google's current lists
 * (43 in the newest list read, of July 2026), plus regions Google has announced and not yet opened
 * where a dated announcement was read. README ("Other providers") says what is uncertain.
 *
 * Dates: `opened` with `certainty: 'on'` comes from a dated report of the opening; `by` comes from
 * the first dated commit that adds the region to a Google-run latency test (imjasonh/gcping, moved
 * in 2021 to GoogleCloudPlatform/gcping), which proves the region ran by then, not that it opened
 * then. Google's own launch blog posts were not in the stored corpora and are not cited.
 */
import type { Note, WebSource, Region } from '../types.ts';

/** Every source cited below; `primary` marks Google's own pages and code. */
const S = {
  CE_ZONES: {
    url: 'https://cloud.google.com/compute/docs/regions-zones',
    title: 'Regions and zones (Compute Engine documentation)',
    publisher: 'Google Cloud',
    primary: true,
  },
  ZH_LOCATIONS: {
    url: 'https://docs.cloud.google.com/infrastructure-manager/docs/locations?hl=zh-cn',
    title: 'Infrastructure Manager locations (Chinese edition, hl=zh-cn)',
    publisher: 'Google Cloud',
    primary: true,
  },
  PRESS_NORWAY: {
    url: 'https://www.googlecloudpresscorner.com/2022-10-11-Google-Cloud-Announces-Plans-for-First-Cloud-Region-in-Norway-to-Accelerate-Sustainable-Digital-Transformation',
    title:
      'Google Cloud Announces Plans for First Cloud Region in Norway to Accelerate Sustainable Digital Transformation',
    publisher: 'Google Cloud Press Corner',
    date: '2022-10-11',
    primary: true,
  },
  JH_US_EAST4: {
    url: 'https://github.com/imjasonh/gcping/commit/5298c75000698ebf4e7b25b544c58e94462d0bb5',
    title:
      '“Add us-east4”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2017-05-09',
  },
  JH_ASIA_SOUTHEAST1: {
    url: 'https://github.com/imjasonh/gcping/commit/a8305997a59afe62ce872a206315643352e05603',
    title:
      '“Add asia-southeast1”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2017-04-12',
  },
  JH_AUSTRALIA_SOUTHEAST1: {
    url: 'https://github.com/imjasonh/gcping/commit/152a496c6dd775b00eef231c5801fd965d93de40',
    title:
      '“Add australia-southeast1”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2017-06-20',
  },
  JH_EUROPE_WEST2: {
    url: 'https://github.com/imjasonh/gcping/commit/07b6c75458fbc03bb5fd9b98f332be84b893a7fd',
    title:
      '“Add europe-west2”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2017-06-09',
  },
  JH_EUROPE_WEST3: {
    url: 'https://github.com/imjasonh/gcping/commit/401c07be810d620e85ec27834e18ab66548250c8',
    title:
      '“Add europe-west3”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2017-08-07',
  },
  JH_SAO_PAULO: {
    url: 'https://github.com/imjasonh/gcping/commit/b5909012245b4ce7e056ba5ac9c9361158c08b30',
    title:
      '“Add Sao Paulo”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2017-09-11',
  },
  JH_MUMBAI: {
    url: 'https://github.com/imjasonh/gcping/commit/80dc5ec544c362607b1e0c4ee77130ecca3c1cf3',
    title:
      '“Add asia-south1 (Mumbai)”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2017-10-31',
  },
  JH_MONTREAL_NL: {
    url: 'https://github.com/imjasonh/gcping/commit/3e969d79fb40fc3cbc1b006b6d975c637a39558b',
    title:
      '“Add northamerica-northeast1 and europe-west4”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2018-01-10',
  },
  JH_FINLAND: {
    url: 'https://github.com/imjasonh/gcping/commit/9089aa5fa7b3ff3253cc379616c989fbd262c8e0',
    title:
      '“Add europe-north1”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2018-06-11',
  },
  JH_LOS_ANGELES: {
    url: 'https://github.com/imjasonh/gcping/commit/58246bcbeaeaba22fc02b062c3f39e6cf9994ec9',
    title:
      '“Add us-west2 Los Angeles”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2018-07-10',
  },
  JH_HONG_KONG: {
    url: 'https://github.com/imjasonh/gcping/commit/360f7cbc0b4912d3572411836b6257acb3198fec',
    title:
      '“Add asia-east2 (Hong Kong)”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2018-10-22',
  },
  JH_ZURICH: {
    url: 'https://github.com/imjasonh/gcping/commit/121f71742eeeae81b7be8176f0ac456d2bff13b9',
    title:
      '“Add europe-west6”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2019-03-05',
  },
  JH_OSAKA: {
    url: 'https://github.com/imjasonh/gcping/commit/d9af1c88bf4ececb02c25e50b1266d400b1cf38c',
    title:
      '“Add asia-northeast2”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2019-04-15',
  },
  JH_SEOUL: {
    url: 'https://github.com/imjasonh/gcping/commit/0f6e7aae9ff4c521b17c6521402b5b14844031e1',
    title:
      '“Add support for asia-northeast3 (Seoul)”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2020-01-24',
  },
  JH_SALT_LAKE: {
    url: 'https://github.com/imjasonh/gcping/commit/965b40afc43ff9c45ba77f805b1599027c6b95f6',
    title:
      '“respond to ping with your region”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2020-02-14',
  },
  JH_LAS_VEGAS: {
    url: 'https://github.com/imjasonh/gcping/commit/ddcb65b31d858f543218a221b698e0b691e57573',
    title:
      '“Add us-west4 (Las Vegas)”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2020-04-13',
  },
  JH_JAKARTA: {
    url: 'https://github.com/imjasonh/gcping/commit/333ac53ac622e138d5b3e00202a302d1f53579a8',
    title:
      '“add asia-southeast2”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2020-06-05',
  },
  JH_WARSAW: {
    url: 'https://github.com/imjasonh/gcping/commit/5d69e83d6496ab8e4f6f9cf4b05144d5215b02b8',
    title:
      '“Add europe-central2 (Warsaw, Poland)”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2021-04-11',
  },
  JH_MELBOURNE_DELHI: {
    url: 'https://github.com/imjasonh/gcping/commit/eaaedd16707ee7d5adb5a84717492a54d6738a37',
    title:
      '“Add australia-southeast2 (Melbourne) and asia-south2 (Delhi)”, a commit to imjasonh/gcping, the region latency test later moved to GoogleCloudPlatform/gcping',
    publisher: 'imjasonh/gcping on GitHub (Jason Hall, a Google engineer)',
    date: '2021-07-15',
  },
  GCP_TORONTO: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/d294e5ebcfcd95b65ce691bf7aba687eb45f536e',
    title:
      '“Add new Toronto region to endpoints (#47)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2021-08-20',
    primary: true,
  },
  GCP_SANTIAGO: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/69fa2324c31463b57684cfccbc68c25125613d6b',
    title:
      '“Added support for Santiago (#73)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2021-11-17',
    primary: true,
  },
  GCP_MILAN: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/b751e5cd3ef29fe1d8206879383839efdba2a3fd',
    title:
      '“adding europe-west8 region (#107)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2022-04-22',
    primary: true,
  },
  GCP_MADRID: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/75691baf2b61a90d4b8f11a3ebe327b3de8e7090',
    title:
      '“Add Madrid region (#109)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2022-05-13',
    primary: true,
  },
  GCP_PARIS: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/8261ed137f87382591f911e98a23af6fd353053d',
    title:
      '“Adding new region -  "europe-west9": "Paris" (#110)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2022-05-20',
    primary: true,
  },
  GCP_COLUMBUS: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/76e7da49c602960cc710ceaf9f30a9767f101375',
    title:
      '“add new region: us-east5 Columbus (#114)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2022-06-10',
    primary: true,
  },
  GCP_DALLAS: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/bf480274a048235ff25d3ec8f5f111ce7691729e',
    title:
      '“Add Dallas (us-south1) (#118)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2022-06-21',
    primary: true,
  },
  GCP_TEL_AVIV: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/89584b3a5603e4713bc4be2d43c2e1d25b746b92',
    title:
      '“add new Tel Aviv region (#122)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2022-09-14',
    primary: true,
  },
  GCP_TURIN: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/92ccf13b73788e45129a74fa04b618f94c4a0367',
    title:
      '“add new Turin region (#145)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2023-03-27',
    primary: true,
  },
  GCP_DOHA: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/201a2abdcf3fcdcba0e182ca07ab0ad2a0093635',
    title:
      '“add new Doha region (#146)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2023-03-30',
    primary: true,
  },
  GCP_BERLIN: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/a5509e64d22c5f323a0acae27bf41aae5a051dd6',
    title:
      '“Add europe-west10/Berlin to the config (#152)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2023-08-22',
    primary: true,
  },
  GCP_DAMMAM: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/1c051ad775f6b4f80470a83964662f94b96904c2',
    title:
      '“Add new Daddam region (me-central2) (#154)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2023-09-19',
    primary: true,
  },
  GCP_JOHANNESBURG: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/140a8851f78cf4e2fc54871cee7609aa4a94f3ee',
    title:
      '“Update regions.json (#158)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2024-01-31',
    primary: true,
  },
  GCP_MEXICO: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/39a7389830b5565a9e66c1985375cc0cc8c683e1',
    title:
      '“Add Mexico to Regions (#166)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2025-02-24',
    primary: true,
  },
  GCP_STOCKHOLM: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/2fca9a3f34b11484b45d7688c708f5e5fa83931c',
    title:
      '“Added new europe-north2/Stockholm region (#176)”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2025-03-14',
    primary: true,
  },
  GCP_BANGKOK: {
    url: 'https://github.com/GoogleCloudPlatform/gcping/commit/85ed7a90af8a8f6fce96eccdfb497f529b7841c7',
    title:
      '“fixes(#184): Add new region, Bangkok, Thailand”, a commit to GoogleCloudPlatform/gcping (Google Cloud’s region latency test)',
    publisher: 'Google Cloud (GoogleCloudPlatform on GitHub)',
    date: '2026-01-29',
    primary: true,
  },
  YOURSTORY_2013: {
    url: 'https://yourstory.com/2013/12/google-data-centers-asia/amp',
    title: 'Google opens two data centers in Asia',
    publisher: 'YourStory',
    date: '2013-12',
  },
  SLASHDOT_2016: {
    url: 'https://hardware.slashdot.org/story/16/03/23/0253237/in-major-cloud-expansion-google-to-open-12-more-data-centers',
    title: 'In Major Cloud Expansion, Google To Open 12 More Data Centers',
    publisher: 'Slashdot',
    date: '2016-03-23',
  },
  DELIMITER_2016: {
    url: 'https://delimiter.com.au/2016/03/26/google-leaves-australia-off-cloud-expansion-list/',
    title: 'Google leaves Australia off cloud expansion list',
    publisher: 'Delimiter',
    date: '2016-03-26',
  },
  FORTUNE_2016: {
    url: 'https://fortune.com/2016/07/20/google-adds-more-cloud-data-centers/',
    title: 'Google Adds More Cloud Data Centers',
    publisher: 'Fortune',
    date: '2016-07-20',
  },
  FINEXPRESS_2017: {
    url: 'https://www.financialexpress.com/industry/in-india-public-cloud-expected-to-grow-30-google-cloud-honcho-rick-harshman/501103/',
    title: 'In India, public cloud expected to grow 30%: Google Cloud honcho Rick Harshman',
    publisher: 'The Financial Express',
    date: '2017-01-09',
  },
  MONTREAL_INTL_2017: {
    url: 'https://www.montrealinternational.com/en/news/montreal-becomes-one-of-googles-seven-global-hubs/',
    title: 'Montréal becomes one of Google’s seven global hubs',
    publisher: 'Montréal International',
    date: '2017-03-14',
  },
  SPIRIA_2017: {
    url: 'https://www.spiria.com/en/blog/tech-news-brief/google-cloud-sets-shop-montreal/',
    title: 'Google Cloud sets up shop in Montreal',
    publisher: 'Spiria',
  },
  DCK_VIRGINIA_2017: {
    url: 'https://www.datacenterknowledge.com/cloud/google-launches-its-first-cloud-data-centers-in-aws-s-virginia-backyard',
    title: 'Google Launches Its First Cloud Data Centers in AWS’s Virginia Backyard',
    publisher: 'Data Center Knowledge',
    date: '2017-05-10',
  },
  FORTUNE_2017: {
    url: 'https://fortune.com/2017/06/20/google-cloud-australia/',
    title: 'Google Cloud Expands Down Under',
    publisher: 'Fortune',
    date: '2017-06-20',
  },
  DCK_LONDON_2017: {
    url: 'https://www.datacenterknowledge.com/cloud/gcp-expands-data-center-reach-to-london',
    title: 'GCP Expands Data Center Reach to London',
    publisher: 'Data Center Knowledge',
    date: '2017-07-14',
  },
  SITSI_FRANKFURT: {
    url: 'https://www.sitsi.com/google-move',
    title: 'Google on the move',
    publisher: 'SITSI',
  },
  NEOWIN_SAO_PAULO: {
    url: 'https://neowin.net/news/google-has-charged-375-less-from-its-cloud-platform-customers-in-brazil',
    title: 'Google has charged 37.5% less from its Cloud Platform customers in Brazil',
    publisher: 'Neowin',
  },
  BAGUETE_2018: {
    url: 'https://www.baguete.com.br/noticias/12/12/2018/google-cloud-bomba-no-brasil/',
    title: 'Google Cloud bomba no Brasil',
    publisher: 'Baguete',
    date: '2018-12-12',
    lang: 'pt',
  },
  SILICONANGLE_HK: {
    url: 'https://siliconangle.com/2017/11/23/google-will-launch-new-cloud-region-hong-kong-next-year',
    title: 'Google will launch a new cloud region in Hong Kong next year',
    publisher: 'SiliconANGLE',
    date: '2017-11-23',
  },
  GEPHARDT_2019: {
    url: 'https://gephardtdaily.com/local/google-cloud-opening-new-region-in-salt-lake-city-in-2020',
    title: 'Google Cloud opening new region in Salt Lake City in 2020',
    publisher: 'Gephardt Daily',
    date: '2019-04-10',
  },
  KAFKADESK_2019: {
    url: 'https://kafkadesk.org/2019/09/29/google-cloud-to-open-new-hub-in-poland/',
    title: 'Google Cloud to open new hub in Poland',
    publisher: 'Kafkadesk',
    date: '2019-09-29',
  },
  TECHCIRCLE_2020: {
    url: 'https://www.techcircle.in/2020/03/05/google-cloud-to-have-second-india-cloud-region-in-delhi-in-2021',
    title: 'Google Cloud to have second India cloud region in Delhi in 2021',
    publisher: 'TechCircle',
    date: '2020-03-05',
  },
  AUSDROID_2020: {
    url: 'https://ausdroid.net/2020/03/05/google-is-building-a-new-cloud-region-in-melbourne-rain-not-expected/',
    title: 'Google is building a new cloud region in Melbourne, rain not expected',
    publisher: 'Ausdroid',
    date: '2020-03-05',
  },
  JDN_2020: {
    url: 'https://www.journaldunet.com/web-tech/cloud/1491693-google-ouvrira-son-premier-cloud-en-france-debut-2022/',
    title: 'Google ouvrira son premier cloud en France début 2022',
    publisher: 'Journal du Net',
    date: '2020-05',
    lang: 'fr',
  },
  SIECLE_2020: {
    url: 'https://siecledigital.fr/2020/05/30/en-2022-google-ouvrira-sa-premiere-region-cloud-de-france/',
    title: 'En 2022, Google ouvrira sa première région cloud de France',
    publisher: 'Siècle Digital',
    date: '2020-05-30',
    lang: 'fr',
  },
  INFOBAE_2020: {
    url: 'https://www.infobae.com/america/agencias/2020/06/10/google-sigue-su-expansion-en-latinoamerica-y-anuncia-una-region-de-cloud-en-chile/',
    title: 'Google sigue su expansión en Latinoamérica y anuncia una región de cloud en Chile',
    publisher: 'Infobae (EFE)',
    date: '2020-06-10',
    lang: 'es',
  },
  REGISTER_JAKARTA_2020: {
    url: 'https://forums.theregister.com/forum/all/2020/06/24/google_cloud_asia_southeast2_region_live/',
    title:
      'Indonesia’s capital city is literally sinking. Google just opened a new cloud region there anyway',
    publisher: 'The Register (article comment page)',
    date: '2020-06-24',
  },
  GIGAZINE_2020: {
    url: 'https://gigazine.net/gsc_news/en/20201223-google-cloud-heading-to-saudi-arabia',
    title:
      'New region of Google Cloud expands into Saudi Arabia, some are concerned about environmental and political issues',
    publisher: 'GIGAZINE',
    date: '2020-12-23',
  },
  TECHZINE_2021: {
    url: 'https://www.techzine.nl/nieuws/infrastructure/457222/google-cloud-breidt-uit-naar-warschau/',
    title: 'Google Cloud breidt uit naar Warschau',
    publisher: 'Techzine',
    date: '2021-04',
    lang: 'nl',
  },
  TAIPEI_TIMES_2021: {
    url: 'https://www.taipeitimes.com/News/biz/archives/2021/07/16/2003760919',
    title: 'Google expands data centers in India’s capital',
    publisher: 'Taipei Times (Reuters)',
    date: '2021-07-16',
  },
  ARN_2021: {
    url: 'https://www.arnnet.com.au/article/690052/google-new-cloud-region-finally-lands-melbourne/',
    title: 'Google’s new cloud region finally lands in Melbourne',
    publisher: 'ARN',
    date: '2021-07-28',
  },
  BI_DE_2021: {
    url: 'https://www.businessinsider.de/wirtschaft/google-investition-von-1-milliarden-euro-fuer-cloud-dienste-in-deutschland/',
    title: 'Google: Investition von 1 Milliarde Euro für Cloud-Dienste in Deutschland',
    publisher: 'Business Insider Deutschland',
    date: '2021-08',
    lang: 'de',
  },
  GOLEM_2021: {
    url: 'https://www.golem.de/news/google-cloud-google-braucht-wohl-mehrere-rechenzentren-in-brandenburg-2109-159638.html',
    title: 'Google Cloud: Google braucht wohl mehrere Rechenzentren in Brandenburg',
    publisher: 'Golem.de',
    date: '2021-09',
    lang: 'de',
  },
  MADRID365_2022: {
    url: 'https://madrid365.es/servicios/google-cloud-pone-en-marcha-en-madrid-el-primer-centro-de-datos-del-sur-de-europa-20220525-1053/',
    title: 'Google Cloud pone en marcha en Madrid el primer centro de datos del sur de Europa',
    publisher: 'Madrid365',
    date: '2022-05-25',
    lang: 'es',
  },
  DALLAS_INNOVATES_2022: {
    url: 'https://dallasinnovates.com/tag/stacy-trackey-meagher/',
    title:
      'Google Creates New Cloud Region in Dallas, Expanding Capacity and Flexibility (article listed on an author tag page)',
    publisher: 'Dallas Innovates',
    date: '2022-06-13',
  },
  LASTAMPA_2022: {
    url: 'https://lastampa.it/tecnologia/2022/06/15/news/google_cloud_italia_regioni_milano_torino_telecom-354017302',
    title: 'Google Cloud Italia: regioni Milano e Torino',
    publisher: 'La Stampa',
    date: '2022-06-15',
    lang: 'it',
  },
  ICTBUSINESS_2022: {
    url: 'https://www.ictbusiness.it/cont/news/google-accelera-in-italia-con-la-sua-prima-cloud-region/46837/1.html',
    title: 'Google accelera in Italia con la sua prima cloud region',
    publisher: 'ICT Business',
    date: '2022-06-16',
    lang: 'it',
  },
  SIECLE_2022: {
    url: 'https://siecledigital.fr/2022/07/01/google-cloud-ouvre-sa-nouvelle-region-en-france/',
    title: 'Google Cloud ouvre sa nouvelle région en France',
    publisher: 'Siècle Digital',
    date: '2022-07-01',
    lang: 'fr',
  },
  DCD_MEXICO_2022: {
    url: 'https://www.datacenterdynamics.com/en/news/google-planning-first-mexican-cloud-region/',
    title: 'Google planning first Mexican cloud region',
    publisher: 'DatacenterDynamics',
  },
  TECHALPHA_2022: {
    url: 'https://tech-alpha.com/software/google-is-building-a-greek-cloud',
    title: 'Google is building a Greek cloud',
    publisher: 'Tech Alpha',
    date: '2022-10-04',
  },
  TECHCRUNCH_2022: {
    url: 'https://techcrunch.com/2022/10/11/google-cloud-expands-to-six-more-countries/',
    title: 'Google Cloud expands to six more countries',
    publisher: 'TechCrunch',
    date: '2022-10-11',
  },
  TECHRADAR_2022: {
    url: 'https://www.techradar.com/news/google-cloud-is-expanding-into-a-bunch-of-new-regions-despite-hefty-losses',
    title: 'Google Cloud is expanding into a bunch of new regions, despite hefty losses',
    publisher: 'TechRadar',
  },
  ALARABIYA_2023: {
    url: 'https://english.alarabiya.net/business/technology/2023/01/06/Google-Cloud-to-support-Kuwait-s-digitization-drive',
    title: 'Google Cloud to support Kuwait’s digitization drive',
    publisher: 'Al Arabiya (Reuters)',
    date: '2023-01-06',
  },
  CORCOM_2023: {
    url: 'https://www.corrierecomunicazioni.it/digital-economy/cloud/google-cloud-fregi-litalia-puo-vivere-un-secondo-boom-economico-abilitato-dal-digitale/',
    title:
      'Google Cloud, Fregi: l’Italia può vivere un secondo boom economico abilitato dal digitale',
    publisher: 'CorCom (Corriere Comunicazioni)',
    date: '2023-03',
    lang: 'it',
  },
  ANSA_2023: {
    url: 'https://www.ansa.it/piemonte/notizie/2023/04/13/a-torino-al-via-la-seconda-google-cloud-region-in-italia_cbacaf8a-c539-4a2b-a348-48f9e7465258.html',
    title: 'A Torino al via la seconda Google Cloud Region in Italia',
    publisher: 'ANSA',
    date: '2023-04-13',
    lang: 'it',
  },
  NATIONAL_DOHA_2023: {
    url: 'https://www.thenationalnews.com/business/technology/2023/05/22/google-expands-in-middle-east-with-new-cloud-data-centres-in-qatar/',
    title: 'Google expands in Middle East with new cloud data centres in Qatar',
    publisher: 'The National',
    date: '2023-05-22',
  },
  QRO_POST_2023: {
    url: 'https://thequeretaropost.com/2023/09/29/google-rules-out-opening-its-cloud-region-in-queretaro-this-year/',
    title: 'Google rules out opening its cloud region in Querétaro this year',
    publisher: 'The Querétaro Post',
    date: '2023-09-29',
  },
  DCD_SAUDI_2023: {
    url: 'https://direct.datacenterdynamics.com/en/news/google-to-launch-saudi-cloud-region-this-week/',
    title: 'Google to launch Saudi cloud region this week',
    publisher: 'DatacenterDynamics',
  },
  ALHADATH_DAMMAM: {
    url: 'https://al-hadath.net/?p=48077',
    title:
      'Dammam cloud region could create about 150,000 jobs by 2030 and support 1.2 million SMEs',
    publisher: 'Al-Hadath',
  },
  DAILYLEAKS_2024: {
    url: 'https://thedailyleaks.com/googles-first-africa-cloud-region-now-operational/',
    title: 'Google’s first Africa cloud region now operational',
    publisher: 'The Daily Leaks',
    date: '2024-01-31',
  },
  TECHCENTRAL_2024: {
    url: 'https://techcentral.co.za/google-cloud-africa-data-centre-joburg/238868',
    title: 'Google opens its first Africa cloud data centre – in Joburg',
    publisher: 'TechCentral',
  },
  LIGHTREADING_2024: {
    url: 'https://www.lightreading.com/cloud/google-launches-its-first-african-cloud-region-in-johannesburg-',
    title: 'Google launches its first African cloud region in Johannesburg',
    publisher: 'Light Reading',
    date: '2024-02-02',
  },
  NBC_MALAYSIA_2024: {
    url: 'https://www.nbcwashington.com/news/business/money-report/google-to-invest-2-billion-in-malaysia-and-build-data-center-to-capture-rising-ai-demand/3628052/',
    title:
      'Google to invest $2 billion in Malaysia and build data center to capture rising AI demand',
    publisher: 'NBC Washington (CNBC)',
    date: '2024-05-30',
  },
  MOMENTOLATAM_MEXICO: {
    url: 'https://momentolatam.com/?p=6403',
    title: 'Inicio de operaciones de la región de nube de Google Cloud en México',
    publisher: 'Momento Latam',
    lang: 'es',
  },
  LIBCLOUD_2012: {
    url: 'https://github.com/apache/libcloud/commit/92140c53adeda9ad0bcb93ffd42f83b85eac8a3e',
    title:
      '“Adding Google Compute Engine support”, a commit to Apache Libcloud by a Google engineer (Ziyad Mir), with Compute Engine API responses as test data',
    publisher: 'apache/libcloud on GitHub',
    date: '2012-11-28',
  },
  LIBCLOUD_2013: {
    url: 'https://github.com/apache/libcloud/commit/aed9684bdcdbe3584fbff5ddde7483e4f17b8d82',
    title:
      '“Fixtures for Google Compute Engine Tests”, a commit to Apache Libcloud by a Google engineer (Rick Wright), with Compute Engine API responses as test data',
    publisher: 'apache/libcloud on GitHub',
    date: '2013-06-27',
  },
  LIBCLOUD_2014: {
    url: 'https://github.com/apache/libcloud/commit/b166b4155f41dd9df35f22c32c025336ed9a0c7a',
    title:
      '“[google compute] adding TargetInstance”, a commit to Apache Libcloud by a Google engineer (Eric Johnson), with Compute Engine API responses as test data',
    publisher: 'apache/libcloud on GitHub',
    date: '2014-11-18',
  },
} satisfies Record<string, WebSource>;

/** Why a current region has no dated zone count. */
function zonesListed(count: number, fewSites = false): Note {
  const sites = fewSites
    ? " Google's geography page says its three zones are housed in one or two physical data centres."
    : '';
  const sitesZh = fewSites ? '谷歌的地理位置页面称其三个可用区位于一至两个物理数据中心。' : '';
  return {
    en: `Google's regions-and-zones page lists ${count} zones; the copy read is undated, so no dated count is recorded.${sites}`,
    'zh-CN': `谷歌的地域与可用区页面列出 ${count} 个可用区；所读副本无日期，故不记录带日期的数量。${sitesZh}`,
  };
}

const NOT_OPEN_ZONES: Note = {
  en: 'Not open; no zone count published.',
  'zh-CN': '尚未开放；未公布可用区数量。',
};

/** google regions: see the file's head for what they cover and how each is dated. */
export const REGIONS: readonly Region[] = [
  {
    id: 'google-us-central1',
    provider: 'google',
    regionId: 'us-central1',
    name: 'Council Bluffs',
    officialName: {
      en: { text: 'Council Bluffs, Iowa, North America', sources: [S.CE_ZONES] },
      zh: { text: '爱荷华州,康瑟尔布拉夫斯', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Council Bluffs',
    country: 'US',
    lat: 41.26,
    lon: -95.86,
    precision: 'city',
    zoneCounts: [
      {
        date: '2013-06-27',
        count: 2,
        note: {
          en: 'zones named in Compute Engine API responses saved as test data',
          'zh-CN': '以测试数据保存的 Compute Engine API 响应中列出的可用区',
        },
        sources: [S.LIBCLOUD_2013],
      },
      {
        date: '2014-11-18',
        count: 3,
        note: {
          en: 'zones named in Compute Engine API responses saved as test data',
          'zh-CN': '以测试数据保存的 Compute Engine API 响应中列出的可用区',
        },
        sources: [S.LIBCLOUD_2014],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2012-11-28',
        certainty: 'by',
        note: {
          en: 'Compute Engine API responses saved by a Google engineer on 28 November 2012 list a zone of this region; no opening date was found; a March 2016 report lists Iowa among the regions in operation',
          'zh-CN':
            '谷歌工程师于2012年11月28日保存的 Compute Engine API 响应列出了该区域的一个可用区；未找到开放日期；2016年3月的报道将爱荷华列为已在运营的区域之一',
        },
        sources: [S.LIBCLOUD_2012, S.DELIMITER_2016],
      },
    ],
  },
  {
    id: 'google-europe-west1',
    provider: 'google',
    regionId: 'europe-west1',
    name: 'St. Ghislain',
    officialName: {
      en: { text: 'St. Ghislain, Belgium, Europe', sources: [S.CE_ZONES] },
      zh: { text: '比利时圣吉斯兰', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Saint-Ghislain',
    country: 'BE',
    lat: 50.45,
    lon: 3.82,
    precision: 'city',
    zoneCounts: [
      {
        date: '2013-06-27',
        count: 2,
        note: {
          en: 'zones named in Compute Engine API responses saved as test data',
          'zh-CN': '以测试数据保存的 Compute Engine API 响应中列出的可用区',
        },
        sources: [S.LIBCLOUD_2013],
      },
      {
        date: '2014-11-18',
        count: 3,
        note: {
          en: 'zones named in Compute Engine API responses saved as test data',
          'zh-CN': '以测试数据保存的 Compute Engine API 响应中列出的可用区',
        },
        sources: [S.LIBCLOUD_2014],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2013-06-27',
        certainty: 'by',
        note: {
          en: 'Compute Engine API responses saved by a Google engineer on 27 June 2013 list two zones of this region; no opening date was found; a March 2016 report lists Belgium among the regions in operation',
          'zh-CN':
            '谷歌工程师于2013年6月27日保存的 Compute Engine API 响应列出了该区域的两个可用区；未找到开放日期；2016年3月的报道将比利时列为已在运营的区域之一',
        },
        sources: [S.LIBCLOUD_2013, S.DELIMITER_2016],
      },
    ],
  },
  {
    id: 'google-asia-east1',
    provider: 'google',
    regionId: 'asia-east1',
    name: 'Changhua County',
    localNames: { 'zh-CN': '彰化县' },
    officialName: {
      en: { text: 'Changhua County, Taiwan, APAC', sources: [S.CE_ZONES] },
      zh: { text: '台湾', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Changhua County',
    country: 'TW',
    lat: 24.08,
    lon: 120.54,
    precision: 'city',
    zoneCounts: [
      {
        date: '2014-11-18',
        count: 3,
        note: {
          en: 'zones named in Compute Engine API responses saved as test data',
          'zh-CN': '以测试数据保存的 Compute Engine API 响应中列出的可用区',
        },
        sources: [S.LIBCLOUD_2014],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2014-11-18',
        certainty: 'by',
        after: '2013-12',
        note: {
          en: 'a December 2013 report says Compute Engine then ran only in US and European data centres; Compute Engine API responses saved by a Google engineer on 18 November 2014 list three zones of this region',
          'zh-CN':
            '2013年12月的报道称 Compute Engine 当时只在美国和欧洲的数据中心运行；谷歌工程师于2014年11月18日保存的 Compute Engine API 响应列出了该区域的三个可用区',
        },
        sources: [S.LIBCLOUD_2014, S.YOURSTORY_2013],
      },
    ],
  },
  {
    id: 'google-us-east1',
    provider: 'google',
    regionId: 'us-east1',
    name: 'Moncks Corner',
    officialName: {
      en: { text: 'Moncks Corner, South Carolina, North America', sources: [S.CE_ZONES] },
      zh: { text: '南卡罗来纳州,蒙克斯科纳', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Moncks Corner',
    country: 'US',
    lat: 33.2,
    lon: -80.01,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2016-03-26',
        certainty: 'by',
        note: {
          en: 'a March 2016 report lists South Carolina among the regions already in operation; no opening date was found',
          'zh-CN': '2016年3月的报道将南卡罗来纳列为已在运营的区域之一；未找到开放日期',
        },
        sources: [S.DELIMITER_2016],
      },
    ],
  },
  {
    id: 'google-us-west1',
    provider: 'google',
    regionId: 'us-west1',
    name: 'The Dalles',
    officialName: {
      en: { text: 'The Dalles, Oregon, North America', sources: [S.CE_ZONES] },
      zh: { text: '俄勒冈州,达尔斯', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'The Dalles',
    country: 'US',
    lat: 45.59,
    lon: -121.18,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2016-03',
        note: {
          en: 'announced with Oregon and Tokyo as the first of more than ten new regions',
          'zh-CN': '与俄勒冈、东京一同宣布，为十余个新区域中的首批',
        },
        sources: [S.SLASHDOT_2016, S.DELIMITER_2016],
      },
      {
        type: 'opened',
        date: '2016-07-20',
        note: {
          en: 'reported on Wednesday 20 July 2016: cloud capacity now available from The Dalles, Oregon',
          'zh-CN': '2016年7月20日（星期三）报道：俄勒冈州达尔斯的云容量已开放使用',
        },
        sources: [S.FORTUNE_2016],
      },
    ],
  },
  {
    id: 'google-asia-northeast1',
    provider: 'google',
    regionId: 'asia-northeast1',
    name: 'Tokyo',
    officialName: {
      en: { text: 'Tokyo, Japan, APAC', sources: [S.CE_ZONES] },
      zh: { text: '日本东京', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Tokyo',
    country: 'JP',
    lat: 35.68,
    lon: 139.69,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2016-03',
        note: {
          en: 'announced with Oregon and Tokyo as the first of more than ten new regions',
          'zh-CN': '与俄勒冈、东京一同宣布，为十余个新区域中的首批',
        },
        sources: [S.SLASHDOT_2016, S.DELIMITER_2016],
      },
      {
        type: 'opened',
        date: '2016-11',
        note: {
          en: 'Google’s Asia-Pacific head said in January 2017 that the Japan region launched in November; the day was not read',
          'zh-CN': '谷歌亚太区负责人于2017年1月表示日本区域于11月上线；未读到具体日期',
        },
        sources: [S.FINEXPRESS_2017, S.FORTUNE_2017],
      },
    ],
  },
  {
    id: 'google-us-east4',
    provider: 'google',
    regionId: 'us-east4',
    name: 'Ashburn',
    officialName: {
      en: { text: 'Ashburn, Virginia, North America', sources: [S.CE_ZONES] },
      zh: { text: '弗吉尼亚州,阿什本', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Ashburn',
    country: 'US',
    lat: 39.04,
    lon: -77.49,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2017-05-10',
        note: {
          en: 'launch announced in a Google blog post on Wednesday 10 May 2017; a latency test run by a Google engineer added the region the evening before',
          'zh-CN':
            '谷歌于2017年5月10日（星期三）在博客宣布上线；谷歌工程师维护的延迟测试在前一晚已加入该区域',
        },
        sources: [S.DCK_VIRGINIA_2017, S.JH_US_EAST4],
      },
    ],
  },
  {
    id: 'google-asia-southeast1',
    provider: 'google',
    regionId: 'asia-southeast1',
    name: 'Jurong West',
    localNames: { 'zh-CN': '裕廊西' },
    officialName: {
      en: { text: 'Jurong West, Singapore, APAC', sources: [S.CE_ZONES] },
      zh: { text: '新加坡', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Jurong West',
    country: 'SG',
    lat: 1.34,
    lon: 103.71,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2017-06',
        note: {
          en: 'reported on 20 June 2017 as opened earlier that month; a latency test run by a Google engineer listed it from 12 April 2017, before the public opening',
          'zh-CN':
            '2017年6月20日的报道称其于当月早些时候开放；谷歌工程师维护的延迟测试自2017年4月12日起已列出该区域，早于公开开放',
        },
        sources: [S.FORTUNE_2017, S.JH_ASIA_SOUTHEAST1],
      },
    ],
  },
  {
    id: 'google-australia-southeast1',
    provider: 'google',
    regionId: 'australia-southeast1',
    name: 'Sydney',
    officialName: {
      en: { text: 'Sydney, Australia, APAC', sources: [S.CE_ZONES] },
      zh: { text: '澳大利亚悉尼', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Sydney',
    country: 'AU',
    lat: -33.87,
    lon: 151.21,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2017-06-20',
        note: {
          en: 'Google said on Tuesday 20 June 2017 that the Sydney region was now operating',
          'zh-CN': '谷歌于2017年6月20日（星期二）表示悉尼区域已投入运营',
        },
        sources: [S.FORTUNE_2017, S.JH_AUSTRALIA_SOUTHEAST1],
      },
    ],
  },
  {
    id: 'google-europe-west2',
    provider: 'google',
    regionId: 'europe-west2',
    name: 'London',
    officialName: {
      en: { text: 'London, England, Europe', sources: [S.CE_ZONES] },
      zh: { text: '英国伦敦', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'London',
    country: 'GB',
    lat: 51.51,
    lon: -0.13,
    precision: 'city',
    zoneCounts: [
      {
        date: '2017-07-14',
        count: 3,
        note: { en: 'three zones at opening', 'zh-CN': '开放时有三个可用区' },
        sources: [S.DCK_LONDON_2017],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2017-07-13',
        note: {
          en: 'Google announced the region open on 13 July 2017 (reported the next day); a latency test run by a Google engineer listed it from 9 June 2017',
          'zh-CN':
            '谷歌于2017年7月13日宣布该区域开放（次日报道）；谷歌工程师维护的延迟测试自2017年6月9日起已列出该区域',
        },
        sources: [S.DCK_LONDON_2017, S.JH_EUROPE_WEST2],
      },
    ],
  },
  {
    id: 'google-europe-west3',
    provider: 'google',
    regionId: 'europe-west3',
    name: 'Frankfurt',
    officialName: {
      en: { text: 'Frankfurt, Germany, Europe', sources: [S.CE_ZONES] },
      zh: { text: '德国法兰克福', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Frankfurt',
    country: 'DE',
    lat: 50.11,
    lon: 8.68,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2017-09-12',
        note: {
          en: 'date from an analyst firm’s note; a latency test run by a Google engineer listed the region from 7 August 2017',
          'zh-CN':
            '日期取自一家分析机构的文章；谷歌工程师维护的延迟测试自2017年8月7日起已列出该区域',
        },
        sources: [S.SITSI_FRANKFURT, S.JH_EUROPE_WEST3],
      },
    ],
  },
  {
    id: 'google-southamerica-east1',
    provider: 'google',
    regionId: 'southamerica-east1',
    name: 'Osasco',
    localNames: { 'zh-CN': '奥萨斯库' },
    officialName: {
      en: { text: 'Osasco, São Paulo, Brazil, South America', sources: [S.CE_ZONES] },
    },
    kind: 'public',
    city: 'Osasco',
    country: 'BR',
    lat: -23.53,
    lon: -46.79,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2017-09-19',
        note: {
          en: 'first Google Cloud region in Latin America; one report gives 19 September, another September 2017; a latency test run by a Google engineer listed it from 11 September 2017',
          'zh-CN':
            '谷歌云在拉丁美洲的首个区域；一篇报道给出9月19日，另一篇为2017年9月；谷歌工程师维护的延迟测试自2017年9月11日起已列出该区域',
        },
        sources: [S.NEOWIN_SAO_PAULO, S.BAGUETE_2018, S.JH_SAO_PAULO],
      },
    ],
  },
  {
    id: 'google-asia-south1',
    provider: 'google',
    regionId: 'asia-south1',
    name: 'Mumbai',
    officialName: {
      en: { text: 'Mumbai, India, APAC', sources: [S.CE_ZONES] },
      zh: { text: '印度孟买', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Mumbai',
    country: 'IN',
    lat: 19.08,
    lon: 72.88,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2016-09',
        note: {
          en: 'announced in September 2016 for 2017, with three zones (per Google’s Asia-Pacific head, January 2017)',
          'zh-CN': '2016年9月宣布，计划2017年开放，设三个可用区（据谷歌亚太区负责人2017年1月所述）',
        },
        sources: [S.FINEXPRESS_2017],
      },
      {
        type: 'opened',
        date: '2017-10-31',
        certainty: 'by',
        note: {
          en: 'no launch report was read; a latency test run by a Google engineer added the region on 31 October 2017',
          'zh-CN': '未读到开放报道；谷歌工程师维护的延迟测试于2017年10月31日加入该区域',
        },
        sources: [S.JH_MUMBAI],
      },
    ],
  },
  {
    id: 'google-northamerica-northeast1',
    provider: 'google',
    regionId: 'northamerica-northeast1',
    name: 'Montréal',
    officialName: {
      en: { text: 'Montréal, Québec, North America', sources: [S.CE_ZONES] },
      zh: { text: '加拿大蒙特利尔', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Montréal',
    country: 'CA',
    lat: 45.5,
    lon: -73.57,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3, true),
    events: [
      {
        type: 'announced',
        date: '2017-03',
        note: {
          en: 'announced at Google Cloud Next, held 8–10 March 2017',
          'zh-CN': '于2017年3月8日至10日举行的 Google Cloud Next 大会上宣布',
        },
        sources: [S.MONTREAL_INTL_2017],
      },
      {
        type: 'opened',
        date: '2018-01-10',
        certainty: 'by',
        note: {
          en: 'no launch report was read; a latency test run by a Google engineer added the region on 10 January 2018',
          'zh-CN': '未读到开放报道；谷歌工程师维护的延迟测试于2018年1月10日加入该区域',
        },
        sources: [S.JH_MONTREAL_NL],
      },
    ],
  },
  {
    id: 'google-europe-west4',
    provider: 'google',
    regionId: 'europe-west4',
    name: 'Eemshaven',
    officialName: {
      en: { text: 'Eemshaven, Netherlands, Europe', sources: [S.CE_ZONES] },
      zh: { text: '荷兰埃姆斯哈文', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Eemshaven',
    country: 'NL',
    lat: 53.44,
    lon: 6.83,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2017-03',
        note: {
          en: 'announced with Montréal and California at Google Cloud Next, held 8–10 March 2017',
          'zh-CN':
            '与蒙特利尔、加利福尼亚一同在2017年3月8日至10日举行的 Google Cloud Next 大会上宣布',
        },
        sources: [S.SPIRIA_2017, S.MONTREAL_INTL_2017],
      },
      {
        type: 'opened',
        date: '2018-01-10',
        certainty: 'by',
        note: {
          en: 'no launch report was read; a latency test run by a Google engineer added the region on 10 January 2018',
          'zh-CN': '未读到开放报道；谷歌工程师维护的延迟测试于2018年1月10日加入该区域',
        },
        sources: [S.JH_MONTREAL_NL],
      },
    ],
  },
  {
    id: 'google-us-west2',
    provider: 'google',
    regionId: 'us-west2',
    name: 'Los Angeles',
    officialName: {
      en: { text: 'Los Angeles, California, North America', sources: [S.CE_ZONES] },
      zh: { text: '加利福尼亚州洛杉矶', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Los Angeles',
    country: 'US',
    lat: 34.05,
    lon: -118.24,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2017-03',
        note: {
          en: 'announced with Montréal and the Netherlands (as a California region) at Google Cloud Next, held 8–10 March 2017',
          'zh-CN':
            '与蒙特利尔、荷兰（作为加利福尼亚区域）一同在2017年3月8日至10日举行的 Google Cloud Next 大会上宣布',
        },
        sources: [S.SPIRIA_2017, S.MONTREAL_INTL_2017],
      },
      {
        type: 'opened',
        date: '2018-07-10',
        certainty: 'by',
        note: {
          en: 'no launch report was read; a latency test run by a Google engineer added the region on 10 July 2018',
          'zh-CN': '未读到开放报道；谷歌工程师维护的延迟测试于2018年7月10日加入该区域',
        },
        sources: [S.JH_LOS_ANGELES],
      },
    ],
  },
  {
    id: 'google-europe-north1',
    provider: 'google',
    regionId: 'europe-north1',
    name: 'Hamina',
    officialName: {
      en: { text: 'Hamina, Finland, Europe', sources: [S.CE_ZONES] },
      zh: { text: '芬兰哈米纳', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Hamina',
    country: 'FI',
    lat: 60.57,
    lon: 27.2,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2018-06-11',
        certainty: 'by',
        note: {
          en: 'no launch report was read; a latency test run by a Google engineer added the region on 11 June 2018',
          'zh-CN': '未读到开放报道；谷歌工程师维护的延迟测试于2018年6月11日加入该区域',
        },
        sources: [S.JH_FINLAND],
      },
    ],
  },
  {
    id: 'google-asia-east2',
    provider: 'google',
    regionId: 'asia-east2',
    name: 'Hong Kong',
    officialName: {
      en: { text: 'Hong Kong, APAC', sources: [S.CE_ZONES] },
      zh: { text: '香港', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Hong Kong',
    country: 'HK',
    lat: 22.32,
    lon: 114.17,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2017-11-22',
        note: {
          en: 'announced in a Google blog post on Wednesday 22 November 2017, for 2018',
          'zh-CN': '谷歌于2017年11月22日（星期三）在博客宣布，计划2018年开放',
        },
        sources: [S.SILICONANGLE_HK],
      },
      {
        type: 'opened',
        date: '2018-10-22',
        certainty: 'by',
        note: {
          en: 'no launch report was read; a latency test run by a Google engineer added the region on 22 October 2018',
          'zh-CN': '未读到开放报道；谷歌工程师维护的延迟测试于2018年10月22日加入该区域',
        },
        sources: [S.JH_HONG_KONG],
      },
    ],
  },
  {
    id: 'google-europe-west6',
    provider: 'google',
    regionId: 'europe-west6',
    name: 'Zurich',
    officialName: {
      en: { text: 'Zurich, Switzerland, Europe', sources: [S.CE_ZONES] },
      zh: { text: '瑞士苏黎世', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Zurich',
    country: 'CH',
    lat: 47.37,
    lon: 8.54,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2019-03-05',
        certainty: 'by',
        note: {
          en: 'no launch report was read; a latency test run by a Google engineer added the region on 5 March 2019',
          'zh-CN': '未读到开放报道；谷歌工程师维护的延迟测试于2019年3月5日加入该区域',
        },
        sources: [S.JH_ZURICH],
      },
    ],
  },
  {
    id: 'google-asia-northeast2',
    provider: 'google',
    regionId: 'asia-northeast2',
    name: 'Osaka',
    officialName: {
      en: { text: 'Osaka, Japan, APAC', sources: [S.CE_ZONES] },
      zh: { text: '日本大阪', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Osaka',
    country: 'JP',
    lat: 34.69,
    lon: 135.5,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3, true),
    events: [
      {
        type: 'opened',
        date: '2019-04-15',
        certainty: 'by',
        note: {
          en: 'no launch report was read; a latency test run by a Google engineer added the region on 15 April 2019',
          'zh-CN': '未读到开放报道；谷歌工程师维护的延迟测试于2019年4月15日加入该区域',
        },
        sources: [S.JH_OSAKA],
      },
    ],
  },
  {
    id: 'google-asia-northeast3',
    provider: 'google',
    regionId: 'asia-northeast3',
    name: 'Seoul',
    officialName: {
      en: { text: 'Seoul, South Korea, APAC', sources: [S.CE_ZONES] },
      zh: { text: '韩国首尔', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Seoul',
    country: 'KR',
    lat: 37.57,
    lon: 126.98,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2019-04-10',
        note: {
          en: 'announced on Wednesday 10 April 2019 with Salt Lake City, for early 2020',
          'zh-CN': '2019年4月10日（星期三）与盐湖城一同宣布，计划2020年初开放',
        },
        sources: [S.GEPHARDT_2019],
      },
      {
        type: 'opened',
        date: '2020',
        note: {
          en: 'a December 2020 report lists Seoul among the regions opened in 2020; a latency test run by a Google engineer added it on 24 January 2020',
          'zh-CN':
            '2020年12月的报道将首尔列为2020年开放的区域之一；谷歌工程师维护的延迟测试于2020年1月24日加入该区域',
        },
        sources: [S.GIGAZINE_2020, S.JH_SEOUL],
      },
    ],
  },
  {
    id: 'google-us-west3',
    provider: 'google',
    regionId: 'us-west3',
    name: 'Salt Lake City',
    officialName: {
      en: { text: 'Salt Lake City, Utah, North America', sources: [S.CE_ZONES] },
      zh: { text: '犹他州,盐湖城', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Salt Lake City',
    country: 'US',
    lat: 40.76,
    lon: -111.89,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2019-04-10',
        note: {
          en: 'announced on Wednesday 10 April 2019 with Seoul, for 2020',
          'zh-CN': '2019年4月10日（星期三）与首尔一同宣布，计划2020年开放',
        },
        sources: [S.GEPHARDT_2019],
      },
      {
        type: 'opened',
        date: '2020',
        note: {
          en: 'a December 2020 report lists Salt Lake City among the regions opened in 2020; a latency test run by a Google engineer added it on 14 February 2020',
          'zh-CN':
            '2020年12月的报道将盐湖城列为2020年开放的区域之一；谷歌工程师维护的延迟测试于2020年2月14日加入该区域',
        },
        sources: [S.GIGAZINE_2020, S.JH_SALT_LAKE],
      },
    ],
  },
  {
    id: 'google-us-west4',
    provider: 'google',
    regionId: 'us-west4',
    name: 'Las Vegas',
    officialName: {
      en: { text: 'Las Vegas, Nevada, North America', sources: [S.CE_ZONES] },
      zh: { text: '内华达州,拉斯维加斯', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Las Vegas',
    country: 'US',
    lat: 36.17,
    lon: -115.14,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2020',
        note: {
          en: 'a December 2020 report lists Las Vegas among the regions opened in 2020; a latency test run by a Google engineer added it on 13 April 2020',
          'zh-CN':
            '2020年12月的报道将拉斯维加斯列为2020年开放的区域之一；谷歌工程师维护的延迟测试于2020年4月13日加入该区域',
        },
        sources: [S.GIGAZINE_2020, S.JH_LAS_VEGAS],
      },
    ],
  },
  {
    id: 'google-asia-southeast2',
    provider: 'google',
    regionId: 'asia-southeast2',
    name: 'Jakarta',
    officialName: {
      en: { text: 'Jakarta, Indonesia, APAC', sources: [S.CE_ZONES] },
      zh: { text: '印度尼西亚雅加达', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Jakarta',
    country: 'ID',
    lat: -6.21,
    lon: 106.85,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2020-06-05',
        certainty: 'by',
        note: {
          en: 'a latency test run by a Google engineer added the region on 5 June 2020; The Register reported on 24 June 2020 that it had just opened',
          'zh-CN':
            '谷歌工程师维护的延迟测试于2020年6月5日加入该区域；The Register 于2020年6月24日报道其刚刚开放',
        },
        sources: [S.JH_JAKARTA, S.REGISTER_JAKARTA_2020],
      },
    ],
  },
  {
    id: 'google-europe-central2',
    provider: 'google',
    regionId: 'europe-central2',
    name: 'Warsaw',
    officialName: {
      en: { text: 'Warsaw, Poland, Europe', sources: [S.CE_ZONES] },
      zh: { text: '波兰华沙', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Warsaw',
    country: 'PL',
    lat: 52.23,
    lon: 21.01,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2019-09-27',
        note: {
          en: 'announced by Google Cloud’s chief executive on Friday 27 September 2019, with three zones planned',
          'zh-CN': '谷歌云首席执行官于2019年9月27日（星期五）宣布，计划设三个可用区',
        },
        sources: [S.KAFKADESK_2019],
      },
      {
        type: 'opened',
        date: '2021-04',
        note: {
          en: 'reported in April 2021 as Google Cloud’s 25th location; a latency test run by a Google engineer added it on 11 April 2021',
          'zh-CN':
            '2021年4月报道其为谷歌云第25个区域；谷歌工程师维护的延迟测试于2021年4月11日加入该区域',
        },
        sources: [S.TECHZINE_2021, S.JH_WARSAW],
      },
    ],
  },
  {
    id: 'google-asia-south2',
    provider: 'google',
    regionId: 'asia-south2',
    name: 'Delhi',
    officialName: {
      en: { text: 'Delhi, India, APAC', sources: [S.CE_ZONES] },
      zh: { text: '德里(印度)', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Delhi',
    country: 'IN',
    lat: 28.61,
    lon: 77.21,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2020-03-05',
        note: {
          en: 'announced with Melbourne, Toronto and Doha',
          'zh-CN': '与墨尔本、多伦多、多哈一同宣布',
        },
        sources: [S.TECHCIRCLE_2020],
      },
      {
        type: 'opened',
        date: '2021-07-15',
        note: {
          en: 'formally announced on 15 July 2021, as Reuters reported the next day',
          'zh-CN': '于2021年7月15日正式宣布，路透社次日报道',
        },
        sources: [S.TAIPEI_TIMES_2021, S.JH_MELBOURNE_DELHI],
      },
    ],
  },
  {
    id: 'google-australia-southeast2',
    provider: 'google',
    regionId: 'australia-southeast2',
    name: 'Melbourne',
    officialName: {
      en: { text: 'Melbourne, Australia, APAC', sources: [S.CE_ZONES] },
      zh: { text: '澳大利亚墨尔本', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Melbourne',
    country: 'AU',
    lat: -37.81,
    lon: 144.96,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2020-03-05',
        note: {
          en: 'announced with Delhi, Toronto and Doha',
          'zh-CN': '与德里、多伦多、多哈一同宣布',
        },
        sources: [S.TECHCIRCLE_2020, S.AUSDROID_2020],
      },
      {
        type: 'opened',
        date: '2021-07-15',
        certainty: 'by',
        note: {
          en: 'a latency test run by a Google engineer added the region on 15 July 2021; ARN reported its official launch on 28 July 2021',
          'zh-CN':
            '谷歌工程师维护的延迟测试于2021年7月15日加入该区域；ARN 于2021年7月28日报道其正式上线',
        },
        sources: [S.JH_MELBOURNE_DELHI, S.ARN_2021],
      },
    ],
  },
  {
    id: 'google-northamerica-northeast2',
    provider: 'google',
    regionId: 'northamerica-northeast2',
    name: 'Toronto',
    officialName: {
      en: { text: 'Toronto, Ontario, North America', sources: [S.CE_ZONES] },
      zh: { text: '加拿大多伦多', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Toronto',
    country: 'CA',
    lat: 43.65,
    lon: -79.38,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2020-03-05',
        note: {
          en: 'announced with Delhi, Melbourne and Doha, as a second region in Canada',
          'zh-CN': '与德里、墨尔本、多哈（作为加拿大第二个区域）一同宣布',
        },
        sources: [S.TECHCIRCLE_2020],
      },
      {
        type: 'opened',
        date: '2021-08-20',
        certainty: 'by',
        note: {
          en: 'no launch report was read; Google Cloud’s own latency test added the region on 20 August 2021',
          'zh-CN': '未读到开放报道；谷歌云自己的延迟测试于2021年8月20日加入该区域',
        },
        sources: [S.GCP_TORONTO],
      },
    ],
  },
  {
    id: 'google-southamerica-west1',
    provider: 'google',
    regionId: 'southamerica-west1',
    name: 'Santiago',
    localNames: { 'zh-CN': '圣地亚哥' },
    officialName: { en: { text: 'Santiago, Chile, South America', sources: [S.CE_ZONES] } },
    kind: 'public',
    city: 'Santiago',
    country: 'CL',
    lat: -33.45,
    lon: -70.67,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2020-06-10',
        note: {
          en: 'announced to EFE on 10 June 2020 by Google Cloud’s president for Latin America',
          'zh-CN': '谷歌云拉丁美洲总裁于2020年6月10日向埃菲社宣布',
        },
        sources: [S.INFOBAE_2020],
      },
      {
        type: 'opened',
        date: '2021-11-17',
        certainty: 'by',
        note: {
          en: 'no launch report was read; Google Cloud’s own latency test added the region on 17 November 2021',
          'zh-CN': '未读到开放报道；谷歌云自己的延迟测试于2021年11月17日加入该区域',
        },
        sources: [S.GCP_SANTIAGO],
      },
    ],
  },
  {
    id: 'google-europe-southwest1',
    provider: 'google',
    regionId: 'europe-southwest1',
    name: 'Madrid',
    officialName: {
      en: { text: 'Madrid, Spain, Europe', sources: [S.CE_ZONES] },
      zh: { text: '西班牙马德里', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Madrid',
    country: 'ES',
    lat: 40.42,
    lon: -3.7,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2020',
        note: {
          en: 'a December 2020 report says Google announced Madrid during 2020; the day was not read',
          'zh-CN': '2020年12月的报道称谷歌于2020年内宣布马德里区域；未读到具体日期',
        },
        sources: [S.GIGAZINE_2020],
      },
      {
        type: 'opened',
        date: '2022-05-09',
        note: {
          en: 'began operating on 9 May 2022; the launch event was held on 25 May 2022',
          'zh-CN': '2022年5月9日开始运营；发布活动于2022年5月25日举行',
        },
        sources: [S.MADRID365_2022, S.GCP_MADRID],
      },
    ],
  },
  {
    id: 'google-europe-west8',
    provider: 'google',
    regionId: 'europe-west8',
    name: 'Milan',
    officialName: {
      en: { text: 'Milan, Italy, Europe', sources: [S.CE_ZONES] },
      zh: { text: '意大利米兰', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Milan',
    country: 'IT',
    lat: 45.46,
    lon: 9.19,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-06-16',
        count: 3,
        note: { en: 'three zones at opening', 'zh-CN': '开放时有三个可用区' },
        sources: [S.ICTBUSINESS_2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2020',
        note: {
          en: 'a December 2020 report says Google announced Milan during 2020; the day was not read',
          'zh-CN': '2020年12月的报道称谷歌于2020年内宣布米兰区域；未读到具体日期',
        },
        sources: [S.GIGAZINE_2020],
      },
      {
        type: 'opened',
        date: '2022-06-15',
        note: {
          en: 'presented in Milan on 15 June 2022 as open, Turin to follow; Google Cloud’s latency test listed it from 22 April 2022',
          'zh-CN':
            '2022年6月15日在米兰宣布开放，都灵随后；谷歌云的延迟测试自2022年4月22日起已列出该区域',
        },
        sources: [S.LASTAMPA_2022, S.ICTBUSINESS_2022, S.GCP_MILAN],
      },
    ],
  },
  {
    id: 'google-europe-west9',
    provider: 'google',
    regionId: 'europe-west9',
    name: 'Paris',
    officialName: {
      en: { text: 'Paris, France, Europe', sources: [S.CE_ZONES] },
      zh: { text: '法国巴黎', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Paris',
    country: 'FR',
    lat: 48.86,
    lon: 2.35,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-01',
        count: 3,
        note: {
          en: 'three zones in three data centres at opening',
          'zh-CN': '开放时三个可用区分布于三个数据中心',
        },
        sources: [S.SIECLE_2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2020-05',
        note: {
          en: 'announced in May 2020 for late 2021 or early 2022',
          'zh-CN': '2020年5月宣布，计划2021年底或2022年初开放',
        },
        sources: [S.JDN_2020, S.SIECLE_2020],
      },
      {
        type: 'opened',
        date: '2022-06-30',
        note: {
          en: 'officially inaugurated on 30 June 2022; Google Cloud’s latency test listed it from 20 May 2022',
          'zh-CN': '2022年6月30日正式启用；谷歌云的延迟测试自2022年5月20日起已列出该区域',
        },
        sources: [S.SIECLE_2022, S.GCP_PARIS],
      },
    ],
  },
  {
    id: 'google-us-east5',
    provider: 'google',
    regionId: 'us-east5',
    name: 'Columbus',
    officialName: {
      en: { text: 'Columbus, Ohio, North America', sources: [S.CE_ZONES] },
      zh: { text: '俄亥俄州,哥伦布', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Columbus',
    country: 'US',
    lat: 39.96,
    lon: -83.0,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2022-06-10',
        certainty: 'by',
        note: {
          en: 'Google Cloud’s latency test added the region on 10 June 2022; a 2022 report lists Columbus among that year’s launches',
          'zh-CN':
            '谷歌云的延迟测试于2022年6月10日加入该区域；一篇2022年的报道将哥伦布列为当年上线的区域之一',
        },
        sources: [S.GCP_COLUMBUS, S.DCD_MEXICO_2022],
      },
    ],
  },
  {
    id: 'google-us-south1',
    provider: 'google',
    regionId: 'us-south1',
    name: 'Dallas',
    officialName: {
      en: { text: 'Dallas, Texas, North America', sources: [S.CE_ZONES] },
      zh: { text: '德克萨斯州,达拉斯', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Dallas',
    country: 'US',
    lat: 32.78,
    lon: -96.8,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2022-06-13',
        certainty: 'by',
        note: {
          en: 'reported on 13 June 2022 as a new region; Google Cloud’s latency test added it on 21 June 2022',
          'zh-CN': '2022年6月13日报道为新区域；谷歌云的延迟测试于2022年6月21日加入该区域',
        },
        sources: [S.DALLAS_INNOVATES_2022, S.DCD_MEXICO_2022, S.GCP_DALLAS],
      },
    ],
  },
  {
    id: 'google-me-west1',
    provider: 'google',
    regionId: 'me-west1',
    name: 'Tel Aviv',
    localNames: { 'zh-CN': '特拉维夫' },
    officialName: { en: { text: 'Tel Aviv, Israel, Middle East', sources: [S.CE_ZONES] } },
    kind: 'public',
    city: 'Tel Aviv',
    country: 'IL',
    lat: 32.09,
    lon: 34.78,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2022-09-14',
        certainty: 'by',
        note: {
          en: 'no launch report was read; Google Cloud’s own latency test added the region on 14 September 2022',
          'zh-CN': '未读到开放报道；谷歌云自己的延迟测试于2022年9月14日加入该区域',
        },
        sources: [S.GCP_TEL_AVIV],
      },
    ],
  },
  {
    id: 'google-europe-west12',
    provider: 'google',
    regionId: 'europe-west12',
    name: 'Turin',
    officialName: {
      en: { text: 'Turin, Italy, Europe', sources: [S.CE_ZONES] },
      zh: { text: '意大利都灵', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Turin',
    country: 'IT',
    lat: 45.07,
    lon: 7.69,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2023-03',
        note: {
          en: 'reported in March 2023 as active, making Italy the only European country with two active regions; Google Cloud’s latency test added it on 27 March 2023; presented in Turin on 13 April 2023',
          'zh-CN':
            '2023年3月报道其已启用，意大利成为欧洲唯一拥有两个启用区域的国家；谷歌云的延迟测试于2023年3月27日加入该区域；2023年4月13日在都灵举行发布',
        },
        sources: [S.CORCOM_2023, S.GCP_TURIN, S.ANSA_2023],
      },
    ],
  },
  {
    id: 'google-me-central1',
    provider: 'google',
    regionId: 'me-central1',
    name: 'Doha',
    localNames: { 'zh-CN': '多哈' },
    officialName: { en: { text: 'Doha, Qatar, Middle East', sources: [S.CE_ZONES] } },
    kind: 'public',
    city: 'Doha',
    country: 'QA',
    lat: 25.29,
    lon: 51.53,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2020-03-05',
        note: {
          en: 'announced with Delhi, Melbourne and Toronto, as the first region in Qatar',
          'zh-CN': '与德里、墨尔本、多伦多（卡塔尔首个区域）一同宣布',
        },
        sources: [S.TECHCIRCLE_2020],
      },
      {
        type: 'opened',
        date: '2023-05-22',
        note: {
          en: 'Google said on Monday 22 May 2023 it is launching the region; Google Cloud’s latency test listed it from 30 March 2023',
          'zh-CN':
            '谷歌于2023年5月22日（星期一）宣布上线该区域；谷歌云的延迟测试自2023年3月30日起已列出该区域',
        },
        sources: [S.NATIONAL_DOHA_2023, S.GCP_DOHA],
      },
    ],
  },
  {
    id: 'google-europe-west10',
    provider: 'google',
    regionId: 'europe-west10',
    name: 'Berlin',
    officialName: {
      en: { text: 'Berlin, Germany, Europe', sources: [S.CE_ZONES] },
      zh: { text: '德国柏林', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Berlin',
    country: 'DE',
    lat: 52.52,
    lon: 13.4,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2020-12-21',
        note: {
          en: 'announced on 21 December 2020 as a second region in Germany; named as Berlin-Brandenburg on 31 August 2021',
          'zh-CN': '2020年12月21日宣布为德国第二个区域；2021年8月31日公布地点为柏林-勃兰登堡',
        },
        sources: [S.GIGAZINE_2020, S.BI_DE_2021, S.GOLEM_2021],
      },
      {
        type: 'opened',
        date: '2023-08-22',
        certainty: 'by',
        note: {
          en: 'no launch report was read; Google Cloud’s own latency test added the region on 22 August 2023',
          'zh-CN': '未读到开放报道；谷歌云自己的延迟测试于2023年8月22日加入该区域',
        },
        sources: [S.GCP_BERLIN],
      },
    ],
  },
  {
    id: 'google-me-central2',
    provider: 'google',
    regionId: 'me-central2',
    name: 'Dammam',
    localNames: { 'zh-CN': '达曼' },
    officialName: { en: { text: 'Dammam, Saudi Arabia, Middle East', sources: [S.CE_ZONES] } },
    kind: 'public',
    city: 'Dammam',
    country: 'SA',
    lat: 26.43,
    lon: 50.1,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2020-12-21',
        note: {
          en: 'announced on 21 December 2020 as a region in Saudi Arabia',
          'zh-CN': '2020年12月21日宣布为沙特阿拉伯区域',
        },
        sources: [S.GIGAZINE_2020],
      },
      {
        type: 'opened',
        date: '2023-11',
        note: {
          en: 'opened in November 2023 with a launch event on 15 November; Google Cloud’s latency test listed it from 19 September 2023',
          'zh-CN':
            '2023年11月开放，发布活动于11月15日举行；谷歌云的延迟测试自2023年9月19日起已列出该区域',
        },
        sources: [S.ALHADATH_DAMMAM, S.DCD_SAUDI_2023, S.GCP_DAMMAM],
      },
    ],
  },
  {
    id: 'google-africa-south1',
    provider: 'google',
    regionId: 'africa-south1',
    name: 'Johannesburg',
    localNames: { 'zh-CN': '约翰内斯堡' },
    officialName: { en: { text: 'Johannesburg, South Africa', sources: [S.CE_ZONES] } },
    kind: 'public',
    city: 'Johannesburg',
    country: 'ZA',
    lat: -26.2,
    lon: 28.05,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'announced',
        date: '2022-10',
        note: {
          en: 'announced in October 2022; TechCrunch on 11 October 2022 lists South Africa among six new countries',
          'zh-CN': '2022年10月宣布；TechCrunch 于2022年10月11日将南非列为六个新国家之一',
        },
        sources: [S.LIGHTREADING_2024, S.TECHCRUNCH_2022],
      },
      {
        type: 'opened',
        date: '2024-01-31',
        note: {
          en: 'Google said on 31 January 2024 that the region was ready for customers, bringing it to 40 regions and 121 zones',
          'zh-CN': '谷歌于2024年1月31日宣布该区域可供客户使用，使其区域总数达40个、可用区121个',
        },
        sources: [S.DAILYLEAKS_2024, S.TECHCENTRAL_2024, S.GCP_JOHANNESBURG],
      },
    ],
  },
  {
    id: 'google-northamerica-south1',
    provider: 'google',
    regionId: 'northamerica-south1',
    name: 'Queretaro',
    localNames: { 'zh-CN': '克雷塔罗' },
    officialName: { en: { text: 'Queretaro, Mexico, North America', sources: [S.CE_ZONES] } },
    kind: 'public',
    city: 'Querétaro',
    country: 'MX',
    lat: 20.59,
    lon: -100.39,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3, true),
    events: [
      {
        type: 'announced',
        date: '2022',
        note: {
          en: 'announced in mid-2022, per a September 2023 report; the day was not read',
          'zh-CN': '据2023年9月的报道于2022年年中宣布；未读到具体日期',
        },
        sources: [S.QRO_POST_2023, S.DCD_MEXICO_2022],
      },
      {
        type: 'opened',
        date: '2024-11',
        note: {
          en: 'reported as starting operations in November 2024 as Google Cloud’s 41st region; Google Cloud’s latency test added it on 24 February 2025',
          'zh-CN':
            '报道称其于2024年11月开始运营，为谷歌云第41个区域；谷歌云的延迟测试于2025年2月24日加入该区域',
        },
        sources: [S.MOMENTOLATAM_MEXICO, S.GCP_MEXICO],
      },
    ],
  },
  {
    id: 'google-europe-north2',
    provider: 'google',
    regionId: 'europe-north2',
    name: 'Stockholm',
    officialName: {
      en: { text: 'Stockholm, Sweden, Europe', sources: [S.CE_ZONES] },
      zh: { text: '瑞典斯德哥尔摩', sources: [S.ZH_LOCATIONS] },
    },
    kind: 'public',
    city: 'Stockholm',
    country: 'SE',
    lat: 59.33,
    lon: 18.07,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3, true),
    events: [
      {
        type: 'announced',
        date: '2022-10-11',
        note: {
          en: 'announced on 11 October 2022 with five other new countries',
          'zh-CN': '2022年10月11日与另外五个新国家一同宣布',
        },
        sources: [S.TECHCRUNCH_2022, S.TECHRADAR_2022],
      },
      {
        type: 'opened',
        date: '2025-03-14',
        certainty: 'by',
        note: {
          en: 'no launch report was read; Google Cloud’s own latency test added the region on 14 March 2025',
          'zh-CN': '未读到开放报道；谷歌云自己的延迟测试于2025年3月14日加入该区域',
        },
        sources: [S.GCP_STOCKHOLM],
      },
    ],
  },
  {
    id: 'google-asia-southeast3',
    provider: 'google',
    regionId: 'asia-southeast3',
    name: 'Bangkok',
    localNames: { 'zh-CN': '曼谷' },
    officialName: { en: { text: 'Bangkok, Thailand, APAC', sources: [S.CE_ZONES] } },
    kind: 'public',
    city: 'Bangkok',
    country: 'TH',
    lat: 13.76,
    lon: 100.5,
    precision: 'city',
    zoneCounts: [],
    zonesNote: zonesListed(3),
    events: [
      {
        type: 'opened',
        date: '2026-01-29',
        certainty: 'by',
        note: {
          en: 'no launch report was read; Google Cloud’s own latency test added the region on 29 January 2026',
          'zh-CN': '未读到开放报道；谷歌云自己的延迟测试于2026年1月29日加入该区域',
        },
        sources: [S.GCP_BANGKOK],
      },
    ],
  },
  {
    id: 'google-austria',
    provider: 'google',
    name: 'Austria',
    localNames: { 'zh-CN': '奥地利' },
    officialName: { en: { text: 'Austria', sources: [S.TECHCRUNCH_2022] } },
    kind: 'public',
    city: 'Vienna',
    country: 'AT',
    lat: 48.21,
    lon: 16.37,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NOT_OPEN_ZONES,
    events: [
      {
        type: 'announced',
        date: '2022-10-11',
        note: {
          en: 'announced at Google Cloud Next ’22; city not named; not in Google’s region lists read (newest July 2026)',
          'zh-CN':
            '于 Google Cloud Next ’22 宣布；未公布城市；所读谷歌区域列表（最新为2026年7月）中尚无此区域',
        },
        sources: [S.TECHCRUNCH_2022, S.TECHRADAR_2022],
      },
    ],
  },
  {
    id: 'google-czech-republic',
    provider: 'google',
    name: 'Czech Republic',
    localNames: { 'zh-CN': '捷克' },
    officialName: { en: { text: 'Czech Republic', sources: [S.TECHCRUNCH_2022] } },
    kind: 'public',
    city: 'Prague',
    country: 'CZ',
    lat: 50.08,
    lon: 14.44,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NOT_OPEN_ZONES,
    events: [
      {
        type: 'announced',
        date: '2022-10-11',
        note: {
          en: 'TechCrunch lists the Czech Republic among six new countries, but TechRadar’s list of the same announcement omits it; city not named; not in Google’s region lists read (newest July 2026)',
          'zh-CN':
            'TechCrunch 将捷克列为六个新国家之一，但 TechRadar 对同一公告的列表未包括捷克；未公布城市；所读谷歌区域列表（最新为2026年7月）中尚无此区域',
        },
        sources: [S.TECHCRUNCH_2022],
      },
    ],
  },
  {
    id: 'google-greece',
    provider: 'google',
    name: 'Greece',
    localNames: { 'zh-CN': '希腊' },
    officialName: { en: { text: 'Greece', sources: [S.TECHALPHA_2022] } },
    kind: 'public',
    city: 'Athens',
    country: 'GR',
    lat: 37.98,
    lon: 23.73,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NOT_OPEN_ZONES,
    events: [
      {
        type: 'announced',
        date: '2022-10-04',
        certainty: 'by',
        note: {
          en: 'Alphabet announced its first cloud region in Greece at the end of the week before 4 October 2022; city not named; not in Google’s region lists read (newest July 2026)',
          'zh-CN':
            'Alphabet 于2022年10月4日前一周的周末宣布在希腊建设首个云区域；未公布城市；所读谷歌区域列表（最新为2026年7月）中尚无此区域',
        },
        sources: [S.TECHALPHA_2022],
      },
    ],
  },
  {
    id: 'google-norway',
    provider: 'google',
    name: 'Norway',
    localNames: { 'zh-CN': '挪威' },
    officialName: { en: { text: 'Norway', sources: [S.PRESS_NORWAY] } },
    kind: 'public',
    city: 'Oslo',
    country: 'NO',
    lat: 59.91,
    lon: 10.75,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NOT_OPEN_ZONES,
    events: [
      {
        type: 'announced',
        date: '2022-10-11',
        note: {
          en: 'Google Cloud’s press release is datelined Oslo; the region’s city is not named; not in Google’s region lists read (newest July 2026)',
          'zh-CN':
            '谷歌云新闻稿发自奥斯陆；未公布区域所在城市；所读谷歌区域列表（最新为2026年7月）中尚无此区域',
        },
        sources: [S.PRESS_NORWAY, S.TECHCRUNCH_2022],
      },
    ],
  },
  {
    id: 'google-kuwait',
    provider: 'google',
    name: 'Kuwait',
    localNames: { 'zh-CN': '科威特' },
    officialName: { en: { text: 'Kuwait', sources: [S.ALARABIYA_2023] } },
    kind: 'public',
    city: 'Kuwait City',
    country: 'KW',
    lat: 29.38,
    lon: 47.98,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NOT_OPEN_ZONES,
    events: [
      {
        type: 'announced',
        date: '2023-01-06',
        note: {
          en: 'Google Cloud said on Friday 6 January 2023 it aims to invest in a cloud region in Kuwait; no date given; not in Google’s region lists read (newest July 2026)',
          'zh-CN':
            '谷歌云于2023年1月6日（星期五）表示计划在科威特投资建设云区域；未给出时间；所读谷歌区域列表（最新为2026年7月）中尚无此区域',
        },
        sources: [S.ALARABIYA_2023],
      },
    ],
  },
  {
    id: 'google-malaysia',
    provider: 'google',
    name: 'Malaysia',
    localNames: { 'zh-CN': '马来西亚' },
    officialName: { en: { text: 'Malaysia', sources: [S.NBC_MALAYSIA_2024] } },
    kind: 'public',
    city: 'Kuala Lumpur',
    country: 'MY',
    lat: 3.14,
    lon: 101.69,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: NOT_OPEN_ZONES,
    events: [
      {
        type: 'announced',
        date: '2024-05-30',
        certainty: 'by',
        note: {
          en: 'Google said on 30 May 2024 it will build its first cloud region in Malaysia; an earlier announcement may exist but was not read; not in Google’s region lists read (newest July 2026)',
          'zh-CN':
            '谷歌于2024年5月30日表示将在马来西亚建设首个云区域；可能存在更早的公告，但未读到；所读谷歌区域列表（最新为2026年7月）中尚无此区域',
        },
        sources: [S.NBC_MALAYSIA_2024],
      },
    ],
  },
];
