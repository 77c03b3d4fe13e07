/**
 * Microsoft Azure regions of the public (global) cloud, past, present and announced, as peer records
 * for the comparison layer. The list is Microsoft's regions list (articles/reliability/regions-list.md in
 * MicrosoftDocs/reliability-docs, read at commit e92155a1 of 20 August 2026), plus Sweden South (named
 * there only as a paired region), the two Jio India regions (named in Microsoft's SDK code but not in the
 * list) and five announced regions. Sovereign clouds (Azure Government, Azure operated by 21Vianet,
 * the former Microsoft Cloud Germany) are left out.
 *
 * Dates: `opened` is the opening a Microsoft post or the press reports. Where no such report could be
 * read but Microsoft's own code, documentation or issue trackers show the region available (a commit
 * titled "Add all GA regions", a regional-pairs table, a service going live there), `opened` takes the
 * date of that earliest evidence (`certainty: 'by'`). Where neither was found, `listed` is the earliest
 * dated appearance of the region name in Microsoft's code or documentation (`certainty: 'by'`). Many
 * Azure dates are only month- or year-precise.
 */
import type { WebSource, Region } from '../types.ts';

/** Sources cited by the records below; `primary` marks Microsoft’s own pages and code. */
const S = {
  regionsList: {
    url: 'https://github.com/MicrosoftDocs/reliability-docs/blob/e92155a11a1c0304ccf1b7fb2b0e135c87d0194a/articles/reliability/regions-list.md',
    title:
      'Azure regions list (regions-list.md, source of learn.microsoft.com/azure/reliability/regions-list), version of 20 August 2026',
    publisher: 'Microsoft (MicrosoftDocs/reliability-docs on GitHub)',
    date: '2026-08-20',
    primary: true,
  },
  azList2022: {
    url: 'https://github.com/MicrosoftDocs/reliability-docs/commit/995dceb85c9c32ce8f5e851e5a143650f2ecd63b',
    title:
      '“first draft”, a commit to reliability-docs (source of Microsoft Learn’s reliability pages): lists the regions with availability zones and says each has a minimum of three',
    publisher: 'Microsoft (MicrosoftDocs/reliability-docs on GitHub)',
    date: '2022-07-12',
    primary: true,
  },
  azItaly2023: {
    url: 'https://github.com/MicrosoftDocs/reliability-docs/commit/6326cd0d4a876b3fd914b817b65b02bb32720186',
    title:
      '“italy”, a commit to reliability-docs (source of Microsoft Learn’s reliability pages): adds Italy North to the regions with availability zones',
    publisher: 'Microsoft (MicrosoftDocs/reliability-docs on GitHub)',
    date: '2023-06-23',
    primary: true,
  },
  docsAustriaGa: {
    url: 'https://github.com/MicrosoftDocs/reliability-docs/commit/a676b88a900cf5b3374b12957b5c9ba48b843a7d',
    title:
      '“Merge pull request #300419 from anaharris-ms/ga-austria-east”, a commit to reliability-docs (source of Microsoft Learn’s reliability pages): Austria East’s general-availability update to the regions list',
    publisher: 'Microsoft (MicrosoftDocs/reliability-docs on GitHub)',
    date: '2025-08-22',
    primary: true,
  },
  docsDenmarkGa: {
    url: 'https://github.com/MicrosoftDocs/reliability-docs/commit/40e43599f26a94b7641d523c531a0812118faba2',
    title:
      '“Merge pull request #23 from johndowns/regions-denmarkeast-ga”, a commit to reliability-docs (source of Microsoft Learn’s reliability pages): drops “coming soon” from Denmark East in the regions list',
    publisher: 'Microsoft (MicrosoftDocs/reliability-docs on GitHub)',
    date: '2026-03-23',
    primary: true,
  },
  docsIndiaScGa: {
    url: 'https://github.com/MicrosoftDocs/reliability-docs/commit/c7803c506e09cb705dd2dd45c338c480a0500e27',
    title:
      '“Update region list - India South Central GA (#331)”, a commit to reliability-docs (source of Microsoft Learn’s reliability pages): drops “coming soon” from India South Central in the regions list',
    publisher: 'Microsoft (MicrosoftDocs/reliability-docs on GitHub)',
    date: '2026-07-28',
    primary: true,
  },
  azPairs2022: {
    url: 'https://github.com/MicrosoftDocs/reliability-docs/blob/995dceb85c9c32ce8f5e851e5a143650f2ecd63b/articles/reliability/cross-region-replication-azure.md',
    title:
      'Cross-region replication in Azure (cross-region-replication-azure.md in reliability-docs), as added by the “first draft” commit: lists the Azure regional pairs and marks the access-restricted regions, available on request',
    publisher: 'Microsoft (MicrosoftDocs/reliability-docs on GitHub)',
    date: '2022-07-12',
    primary: true,
  },
  docsNorwayPairs: {
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/46820',
    title:
      '“Some GA regions are missing on this page”, an issue on Microsoft’s paired-regions documentation: Microsoft’s reply of 4 March 2020 says the article now includes all current regional pairs, including Norway and Switzerland',
    publisher: 'Microsoft (MicrosoftDocs/azure-docs on GitHub)',
    date: '2020-03-04',
    primary: true,
  },
  aksGermany: {
    url: 'https://github.com/Azure/AKS/issues/1001',
    title:
      '“Region: Support Germany North & Germany West Central”, an issue in Microsoft’s Azure Kubernetes Service tracker, closed on 7 November 2019 because AKS in the two regions “went live as of 11/4”',
    publisher: 'Microsoft (Azure/AKS on GitHub)',
    date: '2019-11-07',
    primary: true,
  },
  msSwitzerland2024: {
    url: 'https://news.microsoft.com/de-ch/2024/08/29/5-jahre-microsoft-rechenzentren-in-der-schweiz-500-lokale-services-50000-kunden/',
    title:
      'Microsoft Switzerland news release of 29 August 2024 on five years of its Swiss datacenters (“Heute vor fünf Jahren wurden die Microsoft Rechenzentren in den Regionen Zürich und Genf eröffnet.”)',
    publisher: 'Microsoft',
    date: '2024-08-29',
    primary: true,
  },
  cosmos2019a: {
    url: 'https://github.com/Azure/azure-cosmos-dotnet-v3/commit/94b4ad7e17a3ce55caa4598af79b389869fd3440',
    title:
      '“Bump the SDK and Direct versions (#554)”, a commit to the Azure Cosmos DB .NET SDK adding region names to Regions.cs',
    publisher: 'Microsoft (Azure/azure-cosmos-dotnet-v3 on GitHub)',
    date: '2019-07-19',
    primary: true,
  },
  cosmos2019b: {
    url: 'https://github.com/Azure/azure-cosmos-dotnet-v3/commit/ed09c2404da4bbf0fdf4391011ece115a23f9d45',
    title:
      '“Upgrading to Direct 3.2.1 version (#774)”, a commit to the Azure Cosmos DB .NET SDK adding region names to Regions.cs',
    publisher: 'Microsoft (Azure/azure-cosmos-dotnet-v3 on GitHub)',
    date: '2019-09-09',
    primary: true,
  },
  cosmos2020a: {
    url: 'https://github.com/Azure/azure-cosmos-dotnet-v3/commit/3c0406b3be810ef1bff1707a2e17a876d52f13a9',
    title:
      '“[Internal] Direct: Add version 3.10.0 (#1578)”, a commit to the Azure Cosmos DB .NET SDK adding region names to Regions.cs',
    publisher: 'Microsoft (Azure/azure-cosmos-dotnet-v3 on GitHub)',
    date: '2020-05-31',
    primary: true,
  },
  cosmos2020b: {
    url: 'https://github.com/Azure/azure-cosmos-dotnet-v3/commit/29e81b578c876b1686e532f5a63d229e2b48f327',
    title:
      '“Direct package: Adds direct package 3.13.1 (#1833)”, a commit to the Azure Cosmos DB .NET SDK adding region names to Regions.cs',
    publisher: 'Microsoft (Azure/azure-cosmos-dotnet-v3 on GitHub)',
    date: '2020-09-03',
    primary: true,
  },
  cosmos2021: {
    url: 'https://github.com/Azure/azure-cosmos-dotnet-v3/commit/43f7887d7f5a874488a5617a2bb1784964add6f0',
    title:
      '“Direct 3.21.0: Adds new API changes (#2687)”, a commit to the Azure Cosmos DB .NET SDK adding region names to Regions.cs',
    publisher: 'Microsoft (Azure/azure-cosmos-dotnet-v3 on GitHub)',
    date: '2021-09-02',
    primary: true,
  },
  cosmos2024: {
    url: 'https://github.com/Azure/azure-cosmos-dotnet-v3/commit/2fa580ce31340e6a236fc0383e14bc12b87b839c',
    title:
      '“Region Availability: Adding SDK changes for Upcoming regions (#4934)”, a commit to the Azure Cosmos DB .NET SDK adding region names to Regions.cs',
    publisher: 'Microsoft (Azure/azure-cosmos-dotnet-v3 on GitHub)',
    date: '2024-12-28',
    primary: true,
  },
  cosmos2025: {
    url: 'https://github.com/Azure/azure-cosmos-dotnet-v3/commit/cde0c6da0650ce256593c542dc8c72dc66fea53d',
    title:
      '“[Internal] Region Availability: Adds New Regions for Public Usage (#5415)”, a commit to the Azure Cosmos DB .NET SDK adding region names to Regions.cs',
    publisher: 'Microsoft (Azure/azure-cosmos-dotnet-v3 on GitHub)',
    date: '2025-09-23',
    primary: true,
  },
  java2016a: {
    url: 'https://github.com/Azure/azure-libraries-for-java/commit/95211b883bc84f77bcd4b564adb4e63e36312327',
    title:
      '“Fix access to environments outside AzureCloud”, a commit to the Azure management libraries for Java adding region names to Region.java',
    publisher: 'Microsoft (Azure/azure-libraries-for-java on GitHub)',
    date: '2016-10-03',
    primary: true,
  },
  java2016b: {
    url: 'https://github.com/Azure/azure-libraries-for-java/commit/1deff9bcd6fcc907815425305ae49a04306697ec',
    title:
      '“Add all GA regions”, a commit to the Azure management libraries for Java adding region names to Region.java',
    publisher: 'Microsoft (Azure/azure-libraries-for-java on GitHub)',
    date: '2016-10-04',
    primary: true,
  },
  msDenmark2020: {
    url: 'https://news.microsoft.com/source/emea/features/microsoft-announces-plans-to-establish-a-new-datacenter-region-in-denmark-to-accelerate-the-countrys-green-digital-transformation/',
    title:
      'Microsoft announces plans to establish a new datacenter region in Denmark to accelerate the country’s green, digital transformation',
    publisher: 'Microsoft',
    date: '2020-12-07',
    primary: true,
  },
  msSweden2020: {
    url: 'https://news.microsoft.com/europe/2020/11/24/microsoft-announces-investments-to-accelerate-swedens-digital-transformation-and-plans-to-open-its-sustainable-datacenter-region-in-2021/',
    title:
      'Microsoft announces investments to accelerate Sweden’s digital transformation and plans to open its sustainable datacenter region in 2021',
    publisher: 'Microsoft',
    date: '2020-11-24',
    primary: true,
  },
  msSpain2024: {
    url: 'https://news.microsoft.com/es-es/2024/06/11/microsoft-opens-its-first-cloud-region-in-spain-to-accelerate-the-development-of-the-ai-economy/',
    title:
      'Microsoft opens its first cloud region in Spain to accelerate the development of the AI Economy',
    publisher: 'Microsoft',
    date: '2024-06-11',
    primary: true,
  },
  msAustria2025: {
    url: 'https://news.microsoft.com/source/emea/2025/07/microsoft-will-open-datacenter-region-in-austria/',
    title: 'Microsoft will open datacenter region in Austria',
    publisher: 'Microsoft',
    date: '2025-07',
    primary: true,
  },
  msWestDenmark: {
    url: 'https://news.microsoft.com/source/emea/features/accelerating-europes-digital-future-microsoft-announces-plans-for-a-new-datacenter-region-in-west-denmark',
    title:
      'Accelerating Europe’s Digital Future: Microsoft Announces Plans for a New Datacenter Region in West Denmark',
    publisher: 'Microsoft',
    primary: true,
  },
  msFinland: {
    url: 'https://local.microsoft.com/blog/microsoft-aikoo-rakentaa-uuden-datakeskusalueen-etela-suomeen/',
    title: 'Kirkkonummi datacenter project updates (entry of March 17, 2022)',
    publisher: 'Microsoft',
    primary: true,
  },
  apPoland: {
    url: 'https://newswirenews.com/microsoft-opens-top-cloud-data-processing-hub-in-poland-3/',
    title: 'Microsoft opens top cloud data processing hub in Poland (The Associated Press)',
    publisher: 'The Associated Press (via newswirenews.com)',
    date: '2023-04-26',
  },
  emergingEuropePoland: {
    url: 'https://emerging-europe.com/business/how-microsofts-first-datacenter-region-in-poland-can-offer-new-opportunities-for-the-digital-economy/',
    title:
      'How Microsoft’s first datacentre region in Poland can offer new opportunities for the digital economy',
    publisher: 'Emerging Europe',
  },
  pmrPoland: {
    url: 'https://www.pmrmarketexperts.com/en/news/microsoft-announces-launching-cloud-region-in-poland/',
    title: 'Microsoft announces launching cloud region in Poland',
    publisher: 'PMR Market Experts',
    date: '2020-05-05',
  },
  cioItaly: {
    url: 'https://www.cio.com/article/481506/nasce-in-lombardia-la-prima-cloud-region-di-microsoft-in-italia.html',
    title: 'Nasce in Lombardia la prima cloud region di Microsoft in Italia',
    publisher: 'CIO Italia',
    date: '2023-06',
    lang: 'it',
  },
  youmarkItaly: {
    url: 'https://youmark.it/ym-interactive/microsoft-lancia-la-sua-prima-cloud-region-in-italia-obiettivo-un-impatto-sistemico-di-135-miliardi-di-dollari-per-generare-oltre-200-mila-posti-di-lavoro',
    title: 'Microsoft lancia la sua prima Cloud Region in Italia',
    publisher: 'YouMark',
    lang: 'it',
  },
  zdnetItNzPl: {
    url: 'https://www.zdnet.com/article/microsoft-to-add-new-cloud-regions-in-italy-new-zealand-and-poland/',
    title: 'Microsoft to add new cloud regions in Italy, New Zealand and Poland',
    publisher: 'ZDNet',
  },
  techcrunchAu2018: {
    url: 'https://techcrunch.com/2018/04/02/microsoft-launches-2-new-azure-regions-in-australia/',
    title: 'Microsoft launches 2 new Azure regions in Australia',
    publisher: 'TechCrunch',
    date: '2018-04-02',
  },
  techeratiMexico: {
    url: 'https://www.techerati.com/news-hub/microsoft-cloud-mexico-azure-billion-2020-data-center/',
    title: 'Microsoft to launch Mexico cloud region',
    publisher: 'Techerati',
    date: '2020-02-24',
  },
  codelistMexico: {
    url: 'https://codelist.biz/2022/02/23/microsoft-prepares-to-open-its-data-center-in-queretaro/',
    title: 'Microsoft prepares to open its data center in Querétaro',
    publisher: 'codelist.biz',
    date: '2022-02-23',
  },
  bnamericasMexico: {
    url: 'https://www.bnamericas.com/en/news/microsofts-mexico-datacenter-region-set-to-open-in-h2',
    title: 'Microsoft’s Mexico datacenter region set to open in H2',
    publisher: 'BNamericas',
    date: '2023-02-28',
  },
  mndMexico: {
    url: 'https://mexiconewsdaily.com/business/microsoft-data-center-queretaro/',
    title: 'Microsoft opens new data center region in Querétaro',
    publisher: 'Mexico News Daily',
    date: '2024-06-23',
  },
  lintasanIndonesia: {
    url: 'https://lintasan.id/news/1787/microsoft-resmikan-data-center-pertama-di-indonesia-menkomdigi-harapkan-dampak-ekonomi-rp41-triliun',
    title:
      'Microsoft Resmikan Data Center Pertama di Indonesia, Menkomdigi Harapkan Dampak Ekonomi Rp41 Triliun',
    publisher: 'Lintasan.id',
    lang: 'id',
  },
  humIndonesia: {
    url: 'https://humenglish.com/technology/microsoft-indonesia-data-centre-27-may',
    title: 'Microsoft opens first data centre in Indonesia, betting big on AI and cloud growth',
    publisher: 'HUM English',
    date: '2025-05-27',
  },
  zdnetZa2019: {
    url: 'https://www.zdnet.com/article/microsofts-first-african-data-centers-open-in-cape-town-and-johannesburg/',
    title: 'Microsoft’s first African data centers open in Cape Town and Johannesburg',
    publisher: 'ZDNet',
    date: '2019-03-06',
  },
  convergeZa2017: {
    url: 'https://www.convergedigest.com/2017/05/microsoft-builds-cloud-data-centers-in.html',
    title: 'Microsoft builds cloud data centers in South Africa',
    publisher: 'Converge Digest',
    date: '2017-05-18',
  },
  ecns2018: {
    url: 'https://ecns.cn/2018/03-15/295878.shtml',
    title: 'Microsoft expands cloud services in Europe and Middle East',
    publisher: 'ecns.cn (China News Service)',
    date: '2018-03-15',
  },
  rcpmag2018: {
    url: 'https://rcpmag.com/Articles/2018/03/15/Microsoft-Datacenter-Footprint-Expansion.aspx',
    title: 'Microsoft Bringing Its Datacenter Footprint to China, Middle East',
    publisher: 'Redmond Channel Partner',
    date: '2018-03-15',
  },
  itnetxCh: {
    url: 'https://itnetx.ch/en/2019/08/16/the-microsoft-cloud-is-coming-to-switzerland/',
    title: 'The Microsoft Cloud is coming to Switzerland: this changes nothing – and everything',
    publisher: 'itnetx',
    date: '2019-08-16',
  },
  silrepUae: {
    url: 'https://www.siliconrepublic.com/enterprise/microsoft-data-centres-middle-east',
    title: 'Microsoft opens first data centres in the Middle East',
    publisher: 'Silicon Republic',
    date: '2019-06-19',
  },
  o365Uae: {
    url: 'https://office365itpros.com/2019/06/24/new-middle-east-office-365-datacenter-region/',
    title: 'Microsoft Opens New Middle East Office 365 Datacenter Region',
    publisher: 'Office 365 for IT Pros',
    date: '2019-06-24',
  },
  vbNorway: {
    url: 'https://preprod.venturebeat.com/2018/06/20/microsoft-to-open-its-first-datacenters-in-the-nordics-as-cloud-battle-heats-up',
    title: 'Microsoft to open its first datacenters in the Nordics as cloud battle heats up',
    publisher: 'VentureBeat',
    date: '2018-06-20',
  },
  baxtelWus3: {
    url: 'https://baxtel.com/news/microsoft-launches-new-azure-region-in-arizona',
    title: 'Microsoft launches new Azure region in Arizona',
    publisher: 'Baxtel',
    date: '2021-06-15',
  },
  dcdWus3: {
    url: 'https://www.datacenterdynamics.com/en/news/microsoft-launches-new-west-us-3-azure-region-in-arizona/',
    title: 'Microsoft launches new West US 3 Azure region in Arizona',
    publisher: 'DatacenterDynamics',
  },
  regIndia2015: {
    url: 'https://www.theregister.com/2015/09/29/microsoft_india/',
    title: 'Microsoft stamps its bootprints harder into India',
    publisher: 'The Register',
    date: '2015-09-29',
  },
  regIndia2015b: {
    url: 'https://www.theregister.com/2015/10/20/microsoft_flicks_switch_for_three_azure_bit_barns_in_india/',
    title: 'Microsoft flicks switch for three Azure bit barns in India',
    publisher: 'The Register',
    date: '2015-10-20',
  },
  hinduIndia2014: {
    url: 'https://www.thehindu.com/business/Industry/microsoft-to-set-up-data-centres-in-india/article6461233.ece',
    title: 'Microsoft to set up data centres in India',
    publisher: 'The Hindu',
    date: '2014-09-30',
  },
  dcrSweden: {
    url: 'https://datacentrereview.com/2021/11/microsoft-opens-sustainable-data-centre-hub-in-sweden',
    title: 'Microsoft opens sustainable data centre hub in Sweden',
    publisher: 'Data Centre Review',
    date: '2021-11',
  },
  neowinQatar: {
    url: 'https://www.neowin.net/news/microsoft-announces-that-36000-new-data-centre-jobs-are-coming-to-qatar/',
    title: 'Microsoft announces that 36,000 new data centre jobs are coming to Qatar',
    publisher: 'Neowin',
    date: '2022-08-31',
  },
  regQatar: {
    url: 'https://www.theregister.com/2022/08/16/azure_cloud_region_qatar/',
    title: 'Microsoft Azure cloud region settles over desert in Doha, Qatar',
    publisher: 'The Register',
    date: '2022-08-16',
  },
  globesIsrael: {
    url: 'https://en.globes.co.il/en/article-microsoft-launches-Israel-cloud-region-1001462228',
    title: 'Microsoft launches Israel cloud region',
    publisher: 'Globes',
    date: '2023-11-12',
  },
  geektimeIsrael: {
    url: 'https://www.geektime.com/microsoft-postpones-launch-of-israeli-cloud-data-center-to-2022/',
    title: 'Microsoft postpones launch of Israeli cloud data center to 2022',
    publisher: 'Geektime',
  },
  zdnetSpain: {
    url: 'https://www.zdnet.com/article/microsoft-to-open-azure-regions-in-spain-expands-telefonica-relationship/',
    title: 'Microsoft to open Azure regions in Spain, expands Telefonica relationship',
    publisher: 'ZDNet',
  },
  mspuNz: {
    url: 'https://mspoweruser.com/microsoft-open-datacenter-new-zealand/',
    title: 'Microsoft to open its first datacenter region in New Zealand',
    publisher: 'MSPoweruser',
    date: '2020-05-06',
  },
  regNz: {
    url: 'https://www.theregister.com/2020/05/06/azure_new_zealand_region_announced/',
    title:
      'First it became Middle Earth, now New Zealand will transform into Azure region number 60',
    publisher: 'The Register',
    date: '2020-05-06',
  },
  newdecodedNz: {
    url: 'https://newdecoded.com/news/microsoft-nz-north-cloud-region-one-year-anniversary',
    title: 'Microsoft’s NZ North Cloud Region Marks First Year Powering AI Economy',
    publisher: 'NewDecoded',
    date: '2025-12-23',
  },
  daily8Malaysia: {
    url: 'https://www.daily8.com/en/hashtag/GreaterKualaLumpur',
    title:
      'Microsoft launches first cloud region in Malaysia, AI innovation centre as part of US$2.2b investment (Malay Mail report, as carried by Daily8)',
    publisher: 'Daily8',
  },
  pakMalaysia: {
    url: 'https://profit.pakistantoday.com.pk/2025/03/20/microsoft-to-launch-three-data-centers-in-malaysia/',
    title: 'Microsoft to launch three data centers in Malaysia',
    publisher: 'Profit (Pakistan Today)',
    date: '2025-03-20',
  },
  investvineMalaysia: {
    url: 'https://investvine.com/microsoft-to-build-data-center-network-in-malaysia-for-1-billion/',
    title: 'Microsoft to build data center network in Malaysia for $1 billion',
    publisher: 'Investvine',
  },
  kurierAustria: {
    url: 'https://kurier.at/wirtschaft/microsoft-eroeffnung-rechenzentren-niederoesterreich-cloud-ki/403054241',
    title: 'Microsoft eröffnet Rechenzentren in Niederösterreich',
    publisher: 'Kurier',
    date: '2025-06',
    lang: 'de',
  },
  indenoAustria: {
    url: 'https://inside.indeno.at/microsoft-azure-cloud-region-austria-east-verzogerungen-und-aktuelle-entwicklungen',
    title: 'Microsoft Azure Cloud Region Austria East – Verzögerungen und aktuelle Entwicklungen',
    publisher: 'indeno',
    lang: 'de',
  },
  mediosChile: {
    url: 'https://365medios.cl/2025/06/18/mas-data-centers-en-chile-ahora-es-microsoft-quien-anuncia-la-puesta-en-marcha-de-tres-nuevos-centros-de-datos',
    title:
      'Más data centers en Chile: ahora es Microsoft quien anuncia la puesta en marcha de tres nuevos centros de datos',
    publisher: '365 Medios',
    date: '2025-06-18',
    lang: 'es',
  },
  rcrChile: {
    url: 'https://www.rcrwireless.com/20250620/ai-infrastructure/microsoft-data-china',
    title: 'Microsoft launches first data center region in Chile',
    publisher: 'RCR Wireless News',
    date: '2025-06-20',
  },
  dcdChile: {
    url: 'https://www.datacenterdynamics.com/en/news/microsoft-files-plans-for-chilean-data-center-region/',
    title: 'Microsoft files plans for Chilean data center region',
    publisher: 'DatacenterDynamics',
  },
  icnBelgium: {
    url: 'https://industrialcomputingnews.com/microsoft-opens-belgian-cloud-region-after-4-year-20251119',
    title: 'Microsoft opens Belgian cloud region after 4-year build',
    publisher: 'Industrial Computing News',
    date: '2025-11-19',
  },
  bebeezDenmark: {
    url: 'https://bebeez.eu/?p=70928',
    title:
      'Microsoft launches Denmark East cloud region (DatacenterDynamics report, as carried by BeBeez)',
    publisher: 'BeBeez',
  },
  dcfWestDenmark: {
    url: 'https://www.datacenter-forum.com/microsoft/microsoft-to-launch-data-center-region-in-western-denmark-in-2026',
    title: 'Microsoft to launch data center region in Western Denmark in 2026',
    publisher: 'Datacenter Forum',
    date: '2025-12-16',
  },
  codingoutloud: {
    url: 'https://blog.codingoutloud.com/2014/02/01/mapping-windows-azure-4-years-after-full-general-availability/',
    title: 'Where’s Azure? Mapping Windows Azure 4 years after full General Availability',
    publisher: 'Coding Out Loud (Bill Wilder)',
    date: '2014-02-01',
  },
  rcpmag2012: {
    url: 'https://rcpmag.com/articles/2012/04/09/microsoft-expands-windows-azure-coverage.aspx',
    title: 'Microsoft Expands Windows Azure Coverage to U.S. East and West',
    publisher: 'Redmond Channel Partner',
    date: '2012-04-09',
  },
  redmondJapan2013: {
    url: 'https://redmondmag.com/articles/2013/05/23/azure-expanding-to-asia.aspx',
    title: 'Windows Azure Expanding to China, Japan and Australia',
    publisher: 'Redmond Magazine',
    date: '2013-05-23',
  },
  regJapan2014: {
    url: 'https://www.theregister.com/2014/02/25/microsoft_azure_japan/',
    title: 'Microsoft joins the cloud-empire club with Japanese bit barns',
    publisher: 'The Register',
    date: '2014-02-25',
  },
  tnwBrazil: {
    url: 'https://thenextweb.com/microsoft/2013/12/04/microsoft-open-windows-azure-region-brazil-early-2014-first-major-expansion-south-america/',
    title:
      'Microsoft to open Windows Azure region in Brazil in early 2014, its first major expansion into South America',
    publisher: 'The Next Web',
    date: '2013-12-04',
  },
  dcdBrazil: {
    url: 'https://www.datacenterdynamics.com/en/news/microsoft-plans-data-center-in-sumar%C3%A9-brazil/',
    title: 'Microsoft plans data center in Sumaré, Brazil',
    publisher: 'DatacenterDynamics',
  },
  dmrIowa: {
    url: 'https://www.desmoinesregister.com/story/money/business/2014/07/11/microsoft-azure-cloud-regions-iowa-data-centers/12520727/',
    title: 'Iowa to serve as Microsoft Central US cloud storage hub',
    publisher: 'The Des Moines Register',
    date: '2014-07-11',
  },
  lhAustralia2014: {
    url: 'https://www.lifehacker.com.au/2014/10/microsofts-australian-azure-data-centres-will-open-next-week/',
    title: 'Microsoft’s Australian Azure Data Centres Will Open Next Week',
    publisher: 'Lifehacker Australia',
    date: '2014-10',
  },
  cioAustralia: {
    url: 'https://www.cio.com/article/208127/microsoft-unveils-azure-australia-cloud-services.html',
    title: 'Microsoft unveils Azure Australia cloud services',
    publisher: 'CIO Australia',
  },
  gpAustralia2013: {
    url: 'https://grouppolicy.biz/2013/05/windows-azure-is-coming-to-australia',
    title: 'Windows Azure is coming to Australia',
    publisher: 'GroupPolicy.biz',
    date: '2013-05',
  },
  itproKorea: {
    url: 'https://itprotoday.com/archived-assets/microsoft-to-launch-cloud-data-centers-in-korea',
    title: 'Microsoft to Launch Cloud Data Centers in Korea',
    publisher: 'ITPro Today',
    date: '2016-05-10',
  },
  geekwireKorea: {
    url: 'https://www.geekwire.com/2017/microsoft-rolls-azure-new-korean-data-centers-continuing-global-expansion/',
    title: 'Microsoft rolls out Azure from new Korean data centers, continuing global expansion',
    publisher: 'GeekWire',
    date: '2017',
  },
  sunCanada: {
    url: 'https://sunbehindtheclouds.com/2015/06/02/cloudy-in-canada/',
    title: 'Cloudy in Canada',
    publisher: 'Sun Behind the Clouds (blog)',
    date: '2015-06-02',
  },
  redmondUk: {
    url: 'https://redmondmag.com/articles/2016/09/07/365-services-with-new-datacenters.aspx',
    title: 'Microsoft Expands Azure and Office 365 Services with New U.K. Datacenters',
    publisher: 'Redmond Magazine',
    date: '2016-09-07',
  },
  channelwebUk: {
    url: 'https://www.channelweb.co.uk/news/2470024/microsofts-datacentres-arrive-uk',
    title: 'Microsoft’s datacentres arrive in UK',
    publisher: 'CRN UK (channelweb.co.uk)',
  },
  etUk: {
    url: 'https://www.enterprisetimes.co.uk/2015/11/11/microsoft-to-open-data-centres-in-the-uk/2/',
    title: 'Microsoft to open data centres in the UK',
    publisher: 'Enterprise Times',
    date: '2015-11-11',
  },
  hansIndiaSc: {
    url: 'https://www.thehansindia.com/business/microsoft-india-to-set-up-largest-data-centre-in-hyderabad-732328',
    title: 'Microsoft India to set up largest data centre in Hyderabad',
    publisher: 'The Hans India',
    date: '2022-03-07',
  },
  ecGreece: {
    url: 'https://www.expresscomputer.in/data-center/microsoft-announces-1st-data-centre-region-in-greece-to-skill-1-lakh/64672/',
    title: 'Microsoft announces 1st data centre region in Greece, to skill 1 lakh',
    publisher: 'Express Computer (IANS)',
    date: '2020-10-06',
  },
  zdnetTaiwan: {
    url: 'https://www.zdnet.com/article/microsoft-unveils-plans-for-first-taiwan-cloud-data-centre-region/',
    title: 'Microsoft unveils plans for first Taiwan cloud data centre region',
    publisher: 'ZDNet',
    date: '2020-10-27',
  },
  wcFinland: {
    url: 'https://www.windowscentral.com/microsofts-new-datacenters-finland-will-help-provide-heat-nearby-cities',
    title: 'Microsoft’s new datacenters in Finland will help provide heat to nearby cities',
    publisher: 'Windows Central',
    date: '2022-03-17',
  },
  wmediaSaudi: {
    url: 'https://w.media/microsofts-saudi-arabia-datacenter-region-to-become-available-for-cloud-workloads-from-q4-2026',
    title:
      'Microsoft’s Saudi Arabia Datacenter Region to become available for Cloud workloads from Q4 2026',
    publisher: 'W.Media',
    date: '2026-02-12',
  },
  docsKoreaSouth: {
    url: 'https://github.com/MicrosoftDocs/reliability-docs/commit/c16d29019f2470063cef05d33f02f524533560e0',
    title:
      '“Update restricted regions list”, a commit to reliability-docs (source of Microsoft Learn’s reliability pages): removes the restricted mark from Korea South in the regions list',
    publisher: 'Microsoft (MicrosoftDocs/reliability-docs on GitHub)',
    date: '2025-07-31',
    primary: true,
  },
  golemFrance: {
    url: 'https://www.golem.de/news/satya-nadella-microsoft-verdoppelt-cloud-kapazitaet-in-europa-1610-123638.html',
    title: 'Satya Nadella: Microsoft verdoppelt Cloud-Kapazität in Europa',
    publisher: 'Golem.de',
    date: '2016-10',
    lang: 'de',
  },
} satisfies Record<string, WebSource>;

/** azure regions: see the file's head for what they cover and how each is dated. */
export const REGIONS: readonly Region[] = [
  {
    id: 'azure-northcentralus',
    provider: 'azure',
    regionId: 'northcentralus',
    name: 'North Central US',
    localNames: { 'zh-CN': '美国中北部' },
    officialName: { en: { text: 'North Central US', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Illinois',
    country: 'US',
    lat: 41.88,
    lon: -87.63,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'opened',
        date: '2010-02-01',
        certainty: 'by',
        note: {
          en: 'One of the six regions running when Windows Azure became generally available (billing on) on 1 February 2010; earlier start not dated.',
          'zh-CN':
            'Windows Azure 于2010年2月1日正式商用（开始计费）时运行的六个区域之一；更早的启用日期不详。',
        },
        sources: [S.codingoutloud],
      },
    ],
  },
  {
    id: 'azure-southcentralus',
    provider: 'azure',
    regionId: 'southcentralus',
    name: 'South Central US',
    localNames: { 'zh-CN': '美国中南部' },
    officialName: { en: { text: 'South Central US', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Texas',
    country: 'US',
    lat: 29.42,
    lon: -98.49,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2010-02-01',
        certainty: 'by',
        note: {
          en: 'One of the six regions running when Windows Azure became generally available (billing on) on 1 February 2010; earlier start not dated.',
          'zh-CN':
            'Windows Azure 于2010年2月1日正式商用（开始计费）时运行的六个区域之一；更早的启用日期不详。',
        },
        sources: [S.codingoutloud],
      },
    ],
  },
  {
    id: 'azure-northeurope',
    provider: 'azure',
    regionId: 'northeurope',
    name: 'North Europe',
    localNames: { 'zh-CN': '北欧' },
    officialName: { en: { text: 'North Europe', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Ireland',
    country: 'IE',
    lat: 53.35,
    lon: -6.26,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2010-02-01',
        certainty: 'by',
        note: {
          en: 'One of the six regions running when Windows Azure became generally available (billing on) on 1 February 2010; earlier start not dated.',
          'zh-CN':
            'Windows Azure 于2010年2月1日正式商用（开始计费）时运行的六个区域之一；更早的启用日期不详。',
        },
        sources: [S.codingoutloud],
      },
    ],
  },
  {
    id: 'azure-westeurope',
    provider: 'azure',
    regionId: 'westeurope',
    name: 'West Europe',
    localNames: { 'zh-CN': '西欧' },
    officialName: { en: { text: 'West Europe', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Netherlands',
    country: 'NL',
    lat: 52.37,
    lon: 4.9,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2010-02-01',
        certainty: 'by',
        note: {
          en: 'One of the six regions running when Windows Azure became generally available (billing on) on 1 February 2010; earlier start not dated.',
          'zh-CN':
            'Windows Azure 于2010年2月1日正式商用（开始计费）时运行的六个区域之一；更早的启用日期不详。',
        },
        sources: [S.codingoutloud],
      },
    ],
  },
  {
    id: 'azure-eastasia',
    provider: 'azure',
    regionId: 'eastasia',
    name: 'East Asia',
    localNames: { 'zh-CN': '东亚' },
    officialName: { en: { text: 'East Asia', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Hong Kong',
    country: 'HK',
    lat: 22.32,
    lon: 114.17,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2010-02-01',
        certainty: 'by',
        note: {
          en: 'One of the six regions running when Windows Azure became generally available (billing on) on 1 February 2010; earlier start not dated.',
          'zh-CN':
            'Windows Azure 于2010年2月1日正式商用（开始计费）时运行的六个区域之一；更早的启用日期不详。',
        },
        sources: [S.codingoutloud],
      },
    ],
  },
  {
    id: 'azure-southeastasia',
    provider: 'azure',
    regionId: 'southeastasia',
    name: 'Southeast Asia',
    localNames: { 'zh-CN': '东南亚' },
    officialName: { en: { text: 'Southeast Asia', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Singapore',
    country: 'SG',
    lat: 1.35,
    lon: 103.82,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2010-02-01',
        certainty: 'by',
        note: {
          en: 'One of the six regions running when Windows Azure became generally available (billing on) on 1 February 2010; earlier start not dated.',
          'zh-CN':
            'Windows Azure 于2010年2月1日正式商用（开始计费）时运行的六个区域之一；更早的启用日期不详。',
        },
        sources: [S.codingoutloud],
      },
    ],
  },
  {
    id: 'azure-eastus',
    provider: 'azure',
    regionId: 'eastus',
    name: 'East US',
    localNames: { 'zh-CN': '美国东部' },
    officialName: { en: { text: 'East US', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Virginia',
    country: 'US',
    lat: 37.5,
    lon: -78.8,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2012-04-05',
        note: {
          en: 'Microsoft announced on Thursday 5 April 2012 that the East US and West US datacenters were available (reported 9 April 2012).',
          'zh-CN':
            '微软于2012年4月5日（星期四）宣布美国东部和美国西部数据中心可用（2012年4月9日报道）。',
        },
        sources: [S.rcpmag2012, S.codingoutloud],
      },
    ],
  },
  {
    id: 'azure-westus',
    provider: 'azure',
    regionId: 'westus',
    name: 'West US',
    localNames: { 'zh-CN': '美国西部' },
    officialName: { en: { text: 'West US', sources: [S.regionsList] } },
    kind: 'public',
    city: 'California',
    country: 'US',
    lat: 36.78,
    lon: -119.42,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'opened',
        date: '2012-04-05',
        note: {
          en: 'Microsoft announced on Thursday 5 April 2012 that the East US and West US datacenters were available (reported 9 April 2012).',
          'zh-CN':
            '微软于2012年4月5日（星期四）宣布美国东部和美国西部数据中心可用（2012年4月9日报道）。',
        },
        sources: [S.rcpmag2012, S.codingoutloud],
      },
    ],
  },
  {
    id: 'azure-japaneast',
    provider: 'azure',
    regionId: 'japaneast',
    name: 'Japan East',
    localNames: { 'zh-CN': '日本东部' },
    officialName: { en: { text: 'Japan East', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Tokyo',
    country: 'JP',
    lat: 35.68,
    lon: 139.69,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2013-05-23',
        note: {
          en: 'Microsoft announced its intent to offer Windows Azure from Japan East (Tokyo) and Japan West (Kansai).',
          'zh-CN': '微软宣布计划从日本东部（东京）和日本西部（关西）提供 Windows Azure 服务。',
        },
        sources: [S.redmondJapan2013],
      },
      {
        type: 'opened',
        date: '2014-02-25',
        note: {
          en: 'Microsoft announced on Tuesday 25 February 2014 that the two Japanese regions were online (Saitama and Osaka prefectures).',
          'zh-CN': '微软于2014年2月25日（星期二）宣布两个日本区域上线（埼玉县和大阪府）。',
        },
        sources: [S.regJapan2014],
      },
    ],
  },
  {
    id: 'azure-japanwest',
    provider: 'azure',
    regionId: 'japanwest',
    name: 'Japan West',
    localNames: { 'zh-CN': '日本西部' },
    officialName: { en: { text: 'Japan West', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Osaka',
    country: 'JP',
    lat: 34.69,
    lon: 135.5,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) marks availability zones here, but it says whether a region has zones, not how many; no dated source giving the number was read.',
      'zh-CN':
        '微软区域列表（2026年8月20日版）标明该区域有可用区，但只说明有无、不说明数量；未读到给出数量的带日期来源。',
    },
    events: [
      {
        type: 'announced',
        date: '2013-05-23',
        note: {
          en: 'Microsoft announced its intent to offer Windows Azure from Japan East (Tokyo) and Japan West (Kansai).',
          'zh-CN': '微软宣布计划从日本东部（东京）和日本西部（关西）提供 Windows Azure 服务。',
        },
        sources: [S.redmondJapan2013],
      },
      {
        type: 'opened',
        date: '2014-02-25',
        note: {
          en: 'Microsoft announced on Tuesday 25 February 2014 that the two Japanese regions were online (Saitama and Osaka prefectures).',
          'zh-CN': '微软于2014年2月25日（星期二）宣布两个日本区域上线（埼玉县和大阪府）。',
        },
        sources: [S.regJapan2014],
      },
    ],
  },
  {
    id: 'azure-brazilsouth',
    provider: 'azure',
    regionId: 'brazilsouth',
    name: 'Brazil South',
    localNames: { 'zh-CN': '巴西南部' },
    officialName: { en: { text: 'Brazil South', sources: [S.regionsList] } },
    kind: 'public',
    city: 'São Paulo State',
    country: 'BR',
    lat: -23.55,
    lon: -46.63,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2021',
        count: 3,
        note: {
          en: 'Reported as expanded to three availability zones in 2021.',
          'zh-CN': '据报道于2021年扩展为三个可用区。',
        },
        sources: [S.dcdBrazil],
      },
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2013-12-04',
        note: { en: 'Announced to come online in early 2014.', 'zh-CN': '宣布将于2014年初上线。' },
        sources: [S.tnwBrazil],
      },
      {
        type: 'opened',
        date: '2014',
        note: {
          en: 'Launched in 2014 (Campinas, per the report); month not found.',
          'zh-CN': '2014年启用（据报道位于坎皮纳斯）；未找到月份。',
        },
        sources: [S.dcdBrazil],
      },
    ],
  },
  {
    id: 'azure-centralus',
    provider: 'azure',
    regionId: 'centralus',
    name: 'Central US',
    localNames: { 'zh-CN': '美国中部' },
    officialName: { en: { text: 'Central US', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Iowa',
    country: 'US',
    lat: 41.9,
    lon: -93.4,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2014-07',
        note: {
          en: 'Microsoft said on 11 July 2014 that the two regions would come online the following week.',
          'zh-CN': '微软于2014年7月11日表示这两个区域将于下一周上线。',
        },
        sources: [S.dmrIowa],
      },
    ],
  },
  {
    id: 'azure-eastus2',
    provider: 'azure',
    regionId: 'eastus2',
    name: 'East US 2',
    localNames: { 'zh-CN': '美国东部 2' },
    officialName: { en: { text: 'East US 2', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Virginia',
    country: 'US',
    lat: 37.5,
    lon: -78.8,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2014-07',
        note: {
          en: 'Microsoft said on 11 July 2014 that the two regions would come online the following week.',
          'zh-CN': '微软于2014年7月11日表示这两个区域将于下一周上线。',
        },
        sources: [S.dmrIowa],
      },
    ],
  },
  {
    id: 'azure-australiaeast',
    provider: 'azure',
    regionId: 'australiaeast',
    name: 'Australia East',
    localNames: { 'zh-CN': '澳大利亚东部' },
    officialName: { en: { text: 'Australia East', sources: [S.regionsList] } },
    kind: 'public',
    city: 'New South Wales',
    country: 'AU',
    lat: -33.87,
    lon: 151.21,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2013-05',
        note: {
          en: 'Announced in May 2013: two sub-regions in New South Wales and Victoria.',
          'zh-CN': '2013年5月宣布：在新南威尔士州和维多利亚州设两个子区域。',
        },
        sources: [S.gpAustralia2013],
      },
      {
        type: 'opened',
        date: '2014-10',
        note: {
          en: 'Microsoft said the Sydney and Melbourne regions would open the following week, at TechEd in Sydney (report of October 2014); day not confirmed.',
          'zh-CN':
            '微软表示悉尼和墨尔本区域将于下一周在悉尼 TechEd 大会期间开放（2014年10月报道）；具体日期未确认。',
        },
        sources: [S.lhAustralia2014, S.cioAustralia],
      },
    ],
  },
  {
    id: 'azure-australiasoutheast',
    provider: 'azure',
    regionId: 'australiasoutheast',
    name: 'Australia Southeast',
    localNames: { 'zh-CN': '澳大利亚东南部' },
    officialName: { en: { text: 'Australia Southeast', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Victoria',
    country: 'AU',
    lat: -37.81,
    lon: 144.96,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2013-05',
        note: {
          en: 'Announced in May 2013: two sub-regions in New South Wales and Victoria.',
          'zh-CN': '2013年5月宣布：在新南威尔士州和维多利亚州设两个子区域。',
        },
        sources: [S.gpAustralia2013],
      },
      {
        type: 'opened',
        date: '2014-10',
        note: {
          en: 'Microsoft said the Sydney and Melbourne regions would open the following week, at TechEd in Sydney (report of October 2014); day not confirmed.',
          'zh-CN':
            '微软表示悉尼和墨尔本区域将于下一周在悉尼 TechEd 大会期间开放（2014年10月报道）；具体日期未确认。',
        },
        sources: [S.lhAustralia2014, S.cioAustralia],
      },
    ],
  },
  {
    id: 'azure-centralindia',
    provider: 'azure',
    regionId: 'centralindia',
    name: 'Central India',
    localNames: { 'zh-CN': '印度中部' },
    officialName: { en: { text: 'Central India', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Pune',
    country: 'IN',
    lat: 18.52,
    lon: 73.86,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2014-09-30',
        note: {
          en: 'Announced by Satya Nadella in New Delhi: three data centres to be running by the end of 2015.',
          'zh-CN': '萨提亚·纳德拉在新德里宣布：三个数据中心将于2015年底前投入运行。',
        },
        sources: [S.hinduIndia2014],
      },
      {
        type: 'opened',
        date: '2015-09-29',
        note: {
          en: 'Reported open on 29 September 2015; another report, of 20 October 2015, says the three sites opened “today”. The earlier date is used.',
          'zh-CN':
            '2015年9月29日报道已开放；另一篇2015年10月20日的报道称三处站点“今天”开放。此处采用较早日期。',
        },
        sources: [S.regIndia2015, S.regIndia2015b],
      },
    ],
  },
  {
    id: 'azure-southindia',
    provider: 'azure',
    regionId: 'southindia',
    name: 'South India',
    localNames: { 'zh-CN': '印度南部' },
    officialName: { en: { text: 'South India', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Chennai',
    country: 'IN',
    lat: 13.08,
    lon: 80.27,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2014-09-30',
        note: {
          en: 'Announced by Satya Nadella in New Delhi: three data centres to be running by the end of 2015.',
          'zh-CN': '萨提亚·纳德拉在新德里宣布：三个数据中心将于2015年底前投入运行。',
        },
        sources: [S.hinduIndia2014],
      },
      {
        type: 'opened',
        date: '2015-09-29',
        note: {
          en: 'Reported open on 29 September 2015; another report, of 20 October 2015, says the three sites opened “today”. The earlier date is used.',
          'zh-CN':
            '2015年9月29日报道已开放；另一篇2015年10月20日的报道称三处站点“今天”开放。此处采用较早日期。',
        },
        sources: [S.regIndia2015, S.regIndia2015b],
      },
    ],
  },
  {
    id: 'azure-westindia',
    provider: 'azure',
    regionId: 'westindia',
    name: 'West India',
    localNames: { 'zh-CN': '印度西部' },
    officialName: { en: { text: 'West India', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Mumbai',
    country: 'IN',
    lat: 19.08,
    lon: 72.88,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2014-09-30',
        note: {
          en: 'Announced by Satya Nadella in New Delhi: three data centres to be running by the end of 2015.',
          'zh-CN': '萨提亚·纳德拉在新德里宣布：三个数据中心将于2015年底前投入运行。',
        },
        sources: [S.hinduIndia2014],
      },
      {
        type: 'opened',
        date: '2015-09-29',
        note: {
          en: 'Reported open on 29 September 2015; another report, of 20 October 2015, says the three sites opened “today”. The earlier date is used.',
          'zh-CN':
            '2015年9月29日报道已开放；另一篇2015年10月20日的报道称三处站点“今天”开放。此处采用较早日期。',
        },
        sources: [S.regIndia2015, S.regIndia2015b],
      },
    ],
  },
  {
    id: 'azure-canadacentral',
    provider: 'azure',
    regionId: 'canadacentral',
    name: 'Canada Central',
    localNames: { 'zh-CN': '加拿大中部' },
    officialName: { en: { text: 'Canada Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Toronto',
    country: 'CA',
    lat: 43.65,
    lon: -79.38,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2015-06-02',
        note: {
          en: 'Announced: two regions in Ontario and Quebec, due in 2016.',
          'zh-CN': '宣布：在安大略省和魁北克省设两个区域，预计2016年启用。',
        },
        sources: [S.sunCanada],
      },
      {
        type: 'opened',
        date: '2016-05-10',
        note: {
          en: 'Microsoft’s blog post of 10 May 2016 said the Toronto and Quebec City datacenters had come online.',
          'zh-CN': '微软2016年5月10日的博客文章称多伦多和魁北克市的数据中心已上线。',
        },
        sources: [S.itproKorea],
      },
    ],
  },
  {
    id: 'azure-canadaeast',
    provider: 'azure',
    regionId: 'canadaeast',
    name: 'Canada East',
    localNames: { 'zh-CN': '加拿大东部' },
    officialName: { en: { text: 'Canada East', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Quebec',
    country: 'CA',
    lat: 46.81,
    lon: -71.21,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2015-06-02',
        note: {
          en: 'Announced: two regions in Ontario and Quebec, due in 2016.',
          'zh-CN': '宣布：在安大略省和魁北克省设两个区域，预计2016年启用。',
        },
        sources: [S.sunCanada],
      },
      {
        type: 'opened',
        date: '2016-05-10',
        note: {
          en: 'Microsoft’s blog post of 10 May 2016 said the Toronto and Quebec City datacenters had come online.',
          'zh-CN': '微软2016年5月10日的博客文章称多伦多和魁北克市的数据中心已上线。',
        },
        sources: [S.itproKorea],
      },
    ],
  },
  {
    id: 'azure-westus2',
    provider: 'azure',
    regionId: 'westus2',
    name: 'West US 2',
    localNames: { 'zh-CN': '美国西部 2' },
    officialName: { en: { text: 'West US 2', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Washington',
    country: 'US',
    lat: 47.4,
    lon: -120.5,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'listed',
        date: '2016-10-03',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure management libraries for Java on this date.',
          'zh-CN': '该日微软 Azure Java 管理库中出现此区域名称。',
        },
        sources: [S.java2016a],
      },
      {
        type: 'opened',
        date: '2016-10-04',
        certainty: 'by',
        note: {
          en: 'Included in Microsoft’s Azure management libraries for Java by a change titled “Add all GA regions”, which lists the generally available regions; no dated announcement of the opening was found, so it had opened by this date at the latest.',
          'zh-CN':
            '微软 Azure Java 管理库中标题为“Add all GA regions”（加入所有正式商用区域）的更改将此区域列入正式商用区域；未找到注明日期的开服公告，因此最迟于该日已开服。',
        },
        sources: [S.java2016b],
      },
    ],
  },
  {
    id: 'azure-westcentralus',
    provider: 'azure',
    regionId: 'westcentralus',
    name: 'West Central US',
    localNames: { 'zh-CN': '美国中西部' },
    officialName: { en: { text: 'West Central US', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Wyoming',
    country: 'US',
    lat: 41.14,
    lon: -104.82,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'opened',
        date: '2016-10-04',
        certainty: 'by',
        note: {
          en: 'Included in Microsoft’s Azure management libraries for Java by a change titled “Add all GA regions”, which lists the generally available regions; no dated announcement of the opening was found, so it had opened by this date at the latest.',
          'zh-CN':
            '微软 Azure Java 管理库中标题为“Add all GA regions”（加入所有正式商用区域）的更改将此区域列入正式商用区域；未找到注明日期的开服公告，因此最迟于该日已开服。',
        },
        sources: [S.java2016b],
      },
    ],
  },
  {
    id: 'azure-uksouth',
    provider: 'azure',
    regionId: 'uksouth',
    name: 'UK South',
    localNames: { 'zh-CN': '英国南部' },
    officialName: { en: { text: 'UK South', sources: [S.regionsList] } },
    kind: 'public',
    city: 'London',
    country: 'GB',
    lat: 51.51,
    lon: -0.13,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2015-11',
        note: {
          en: 'Plans announced in November 2015 (Future Decoded, London).',
          'zh-CN': '2015年11月宣布计划（伦敦 Future Decoded 大会）。',
        },
        sources: [S.etUk, S.channelwebUk],
      },
      {
        type: 'opened',
        date: '2016-09-07',
        note: {
          en: 'Microsoft announced that Azure was generally available from London (UK South) and Cardiff (UK West).',
          'zh-CN': '微软宣布 Azure 已在伦敦（英国南部）和加的夫（英国西部）正式可用。',
        },
        sources: [S.redmondUk],
      },
    ],
  },
  {
    id: 'azure-ukwest',
    provider: 'azure',
    regionId: 'ukwest',
    name: 'UK West',
    localNames: { 'zh-CN': '英国西部' },
    officialName: { en: { text: 'UK West', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Cardiff',
    country: 'GB',
    lat: 51.48,
    lon: -3.18,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2015-11',
        note: {
          en: 'Plans announced in November 2015 (Future Decoded, London).',
          'zh-CN': '2015年11月宣布计划（伦敦 Future Decoded 大会）。',
        },
        sources: [S.etUk, S.channelwebUk],
      },
      {
        type: 'opened',
        date: '2016-09-07',
        note: {
          en: 'Microsoft announced that Azure was generally available from London (UK South) and Cardiff (UK West).',
          'zh-CN': '微软宣布 Azure 已在伦敦（英国南部）和加的夫（英国西部）正式可用。',
        },
        sources: [S.redmondUk],
      },
    ],
  },
  {
    id: 'azure-koreacentral',
    provider: 'azure',
    regionId: 'koreacentral',
    name: 'Korea Central',
    localNames: { 'zh-CN': '韩国中部' },
    officialName: { en: { text: 'Korea Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Seoul',
    country: 'KR',
    lat: 37.57,
    lon: 126.98,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2016-05-10',
        note: {
          en: 'Plans for cloud data centers in South Korea announced.',
          'zh-CN': '宣布在韩国建设云数据中心的计划。',
        },
        sources: [S.itproKorea],
      },
      {
        type: 'opened',
        date: '2017',
        note: {
          en: 'Reported generally available from Seoul and Busan in 2017; month not found.',
          'zh-CN': '据报道2017年在首尔和釜山正式可用；未找到月份。',
        },
        sources: [S.geekwireKorea],
      },
    ],
  },
  {
    id: 'azure-koreasouth',
    provider: 'azure',
    regionId: 'koreasouth',
    name: 'Korea South',
    localNames: { 'zh-CN': '韩国南部' },
    officialName: { en: { text: 'Korea South', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Busan',
    country: 'KR',
    lat: 35.18,
    lon: 129.08,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2016-05-10',
        note: {
          en: 'Plans for cloud data centers in South Korea announced.',
          'zh-CN': '宣布在韩国建设云数据中心的计划。',
        },
        sources: [S.itproKorea],
      },
      {
        type: 'opened',
        date: '2017',
        note: {
          en: 'Reported generally available from Seoul and Busan in 2017; month not found. It was marked as restricted in the regions list until July 2025.',
          'zh-CN':
            '据报道2017年在首尔和釜山正式可用；未找到月份。区域列表曾将其标为访问受限，直至2025年7月。',
        },
        sources: [S.geekwireKorea, S.docsKoreaSouth],
      },
    ],
  },
  {
    id: 'azure-francecentral',
    provider: 'azure',
    regionId: 'francecentral',
    name: 'France Central',
    localNames: { 'zh-CN': '法国中部' },
    officialName: { en: { text: 'France Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Paris',
    country: 'FR',
    lat: 48.86,
    lon: 2.35,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2016-10',
        note: {
          en: 'Satya Nadella said in Berlin in October 2016 that cloud services would be offered from French datacenters from 2017.',
          'zh-CN': '萨提亚·纳德拉于2016年10月在柏林表示，将从2017年起由法国数据中心提供云服务。',
        },
        sources: [S.golemFrance],
      },
      {
        type: 'opened',
        date: '2018-03-14',
        note: {
          en: 'General availability of Azure from Paris and the south of France announced on 14 March 2018, after a preview from December 2017.',
          'zh-CN': '2018年3月14日宣布 Azure 在巴黎和法国南部正式可用，此前自2017年12月起为预览。',
        },
        sources: [S.ecns2018, S.rcpmag2018],
      },
    ],
  },
  {
    id: 'azure-francesouth',
    provider: 'azure',
    regionId: 'francesouth',
    name: 'France South',
    localNames: { 'zh-CN': '法国南部' },
    officialName: { en: { text: 'France South', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Marseille',
    country: 'FR',
    lat: 43.3,
    lon: 5.37,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2016-10',
        note: {
          en: 'Satya Nadella said in Berlin in October 2016 that cloud services would be offered from French datacenters from 2017.',
          'zh-CN': '萨提亚·纳德拉于2016年10月在柏林表示，将从2017年起由法国数据中心提供云服务。',
        },
        sources: [S.golemFrance],
      },
      {
        type: 'opened',
        date: '2018-03-14',
        note: {
          en: 'General availability of Azure from Paris and the south of France announced on 14 March 2018, after a preview from December 2017. Access is restricted: Microsoft’s regions list (20 Aug 2026) reserves it for specific customer scenarios, such as disaster recovery within a geographic area.',
          'zh-CN':
            '2018年3月14日宣布 Azure 在巴黎和法国南部正式可用，此前自2017年12月起为预览。访问受限：微软区域列表（2026年8月20日版）将其保留给特定客户场景，例如在特定地理区域内的灾难恢复。',
        },
        sources: [S.ecns2018, S.rcpmag2018, S.regionsList],
      },
    ],
  },
  {
    id: 'azure-australiacentral',
    provider: 'azure',
    regionId: 'australiacentral',
    name: 'Australia Central',
    localNames: { 'zh-CN': '澳大利亚中部' },
    officialName: { en: { text: 'Australia Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Canberra',
    country: 'AU',
    lat: -35.28,
    lon: 149.13,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'opened',
        date: '2018-04-02',
        note: {
          en: 'Launch of Australia Central and Central 2, in Canberra with Canberra Data Centres, announced that day.',
          'zh-CN': '当天宣布在堪培拉与 Canberra Data Centres 合作推出澳大利亚中部和中部 2 区域。',
        },
        sources: [S.techcrunchAu2018],
      },
    ],
  },
  {
    id: 'azure-australiacentral2',
    provider: 'azure',
    regionId: 'australiacentral2',
    name: 'Australia Central 2',
    localNames: { 'zh-CN': '澳大利亚中部 2' },
    officialName: { en: { text: 'Australia Central 2', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Canberra',
    country: 'AU',
    lat: -35.28,
    lon: 149.13,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'opened',
        date: '2018-04-02',
        note: {
          en: 'Launch of Australia Central and Central 2, in Canberra with Canberra Data Centres, announced that day. Access is restricted: Microsoft’s regions list (20 Aug 2026) reserves it for specific customer scenarios, such as disaster recovery within a geographic area.',
          'zh-CN':
            '当天宣布在堪培拉与 Canberra Data Centres 合作推出澳大利亚中部和中部 2 区域。访问受限：微软区域列表（2026年8月20日版）将其保留给特定客户场景，例如在特定地理区域内的灾难恢复。',
        },
        sources: [S.techcrunchAu2018, S.regionsList],
      },
    ],
  },
  {
    id: 'azure-southafricanorth',
    provider: 'azure',
    regionId: 'southafricanorth',
    name: 'South Africa North',
    localNames: { 'zh-CN': '南非北部' },
    officialName: { en: { text: 'South Africa North', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Johannesburg',
    country: 'ZA',
    lat: -26.2,
    lon: 28.05,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2017-05-18',
        note: {
          en: 'Plans for Johannesburg and Cape Town announced, for 2018.',
          'zh-CN': '宣布约翰内斯堡和开普敦的计划，预计2018年启用。',
        },
        sources: [S.convergeZa2017],
      },
      {
        type: 'opened',
        date: '2019-03-06',
        note: {
          en: 'Microsoft announced on 6 March 2019 that Azure was generally available from Cape Town and Johannesburg.',
          'zh-CN': '微软于2019年3月6日宣布 Azure 在开普敦和约翰内斯堡正式可用。',
        },
        sources: [S.zdnetZa2019],
      },
    ],
  },
  {
    id: 'azure-southafricawest',
    provider: 'azure',
    regionId: 'southafricawest',
    name: 'South Africa West',
    localNames: { 'zh-CN': '南非西部' },
    officialName: { en: { text: 'South Africa West', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Cape Town',
    country: 'ZA',
    lat: -33.92,
    lon: 18.42,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2017-05-18',
        note: {
          en: 'Plans for Johannesburg and Cape Town announced, for 2018.',
          'zh-CN': '宣布约翰内斯堡和开普敦的计划，预计2018年启用。',
        },
        sources: [S.convergeZa2017],
      },
      {
        type: 'opened',
        date: '2019-03-06',
        note: {
          en: 'Microsoft announced on 6 March 2019 that Azure was generally available from Cape Town and Johannesburg. Access is restricted: Microsoft’s regions list (20 Aug 2026) reserves it for specific customer scenarios, such as disaster recovery within a geographic area.',
          'zh-CN':
            '微软于2019年3月6日宣布 Azure 在开普敦和约翰内斯堡正式可用。访问受限：微软区域列表（2026年8月20日版）将其保留给特定客户场景，例如在特定地理区域内的灾难恢复。',
        },
        sources: [S.zdnetZa2019, S.regionsList],
      },
    ],
  },
  {
    id: 'azure-uaenorth',
    provider: 'azure',
    regionId: 'uaenorth',
    name: 'UAE North',
    localNames: { 'zh-CN': '阿联酋北部' },
    officialName: { en: { text: 'UAE North', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Dubai',
    country: 'AE',
    lat: 25.2,
    lon: 55.27,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2018-03-14',
        note: {
          en: 'Announced on Wednesday 14 March 2018 with the other new regions in Germany, Switzerland and the UAE.',
          'zh-CN': '于2018年3月14日（星期三）与德国、瑞士、阿联酋的其他新区域一同宣布。',
        },
        sources: [S.ecns2018, S.rcpmag2018],
      },
      {
        type: 'opened',
        date: '2019-06-19',
        note: {
          en: 'Microsoft announced on 19 June 2019 that its Abu Dhabi and Dubai regions were online.',
          'zh-CN': '微软于2019年6月19日宣布阿布扎比和迪拜区域上线。',
        },
        sources: [S.silrepUae, S.o365Uae],
      },
    ],
  },
  {
    id: 'azure-uaecentral',
    provider: 'azure',
    regionId: 'uaecentral',
    name: 'UAE Central',
    localNames: { 'zh-CN': '阿联酋中部' },
    officialName: { en: { text: 'UAE Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Abu Dhabi',
    country: 'AE',
    lat: 24.45,
    lon: 54.38,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2018-03-14',
        note: {
          en: 'Announced on Wednesday 14 March 2018 with the other new regions in Germany, Switzerland and the UAE.',
          'zh-CN': '于2018年3月14日（星期三）与德国、瑞士、阿联酋的其他新区域一同宣布。',
        },
        sources: [S.ecns2018, S.rcpmag2018],
      },
      {
        type: 'opened',
        date: '2019-06-19',
        note: {
          en: 'Microsoft announced on 19 June 2019 that its Abu Dhabi and Dubai regions were online. Access is restricted: Microsoft’s regions list (20 Aug 2026) reserves it for specific customer scenarios, such as disaster recovery within a geographic area.',
          'zh-CN':
            '微软于2019年6月19日宣布阿布扎比和迪拜区域上线。访问受限：微软区域列表（2026年8月20日版）将其保留给特定客户场景，例如在特定地理区域内的灾难恢复。',
        },
        sources: [S.silrepUae, S.o365Uae, S.regionsList],
      },
    ],
  },
  {
    id: 'azure-germanywestcentral',
    provider: 'azure',
    regionId: 'germanywestcentral',
    name: 'Germany West Central',
    localNames: { 'zh-CN': '德国中西部' },
    officialName: { en: { text: 'Germany West Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Frankfurt',
    country: 'DE',
    lat: 50.11,
    lon: 8.68,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2018-03-14',
        note: {
          en: 'Announced on Wednesday 14 March 2018 with the other new regions in Germany, Switzerland and the UAE.',
          'zh-CN': '于2018年3月14日（星期三）与德国、瑞士、阿联酋的其他新区域一同宣布。',
        },
        sources: [S.ecns2018, S.rcpmag2018],
      },
      {
        type: 'listed',
        date: '2019-07-19',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date; a name in code does not show that the region was open.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称；代码中出现名称并不表明区域已开放。',
        },
        sources: [S.cosmos2019a],
      },
      {
        type: 'opened',
        date: '2019-11-04',
        certainty: 'by',
        note: {
          en: 'Microsoft’s Azure Kubernetes Service team wrote on 7 November 2019 that the service had gone live in Germany West Central and Germany North as of 4 November, so the region was open by then; Microsoft’s own announcement of the opening was not found in a readable copy.',
          'zh-CN':
            '微软 Azure Kubernetes 服务团队于2019年11月7日写道，该服务已于11月4日起在德国中西部和德国北部上线，因此该区域最迟当时已开放；未找到可读的微软开服公告原文。',
        },
        sources: [S.aksGermany],
      },
    ],
  },
  {
    id: 'azure-germanynorth',
    provider: 'azure',
    regionId: 'germanynorth',
    name: 'Germany North',
    localNames: { 'zh-CN': '德国北部' },
    officialName: { en: { text: 'Germany North', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Berlin',
    country: 'DE',
    lat: 52.52,
    lon: 13.4,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2018-03-14',
        note: {
          en: 'Announced on Wednesday 14 March 2018 with the other new regions in Germany, Switzerland and the UAE.',
          'zh-CN': '于2018年3月14日（星期三）与德国、瑞士、阿联酋的其他新区域一同宣布。',
        },
        sources: [S.ecns2018, S.rcpmag2018],
      },
      {
        type: 'listed',
        date: '2019-07-19',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date; a name in code does not show that the region was open.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称；代码中出现名称并不表明区域已开放。',
        },
        sources: [S.cosmos2019a],
      },
      {
        type: 'opened',
        date: '2019-11-04',
        certainty: 'by',
        note: {
          en: 'Microsoft’s Azure Kubernetes Service team wrote on 7 November 2019 that the service had gone live in Germany West Central and Germany North as of 4 November, so the region was open by then; Microsoft’s own announcement of the opening was not found in a readable copy. Access is restricted: Microsoft’s regions list (20 Aug 2026) reserves it for specific customer scenarios, such as disaster recovery within a geographic area.',
          'zh-CN':
            '微软 Azure Kubernetes 服务团队于2019年11月7日写道，该服务已于11月4日起在德国中西部和德国北部上线，因此该区域最迟当时已开放；未找到可读的微软开服公告原文。访问受限：微软区域列表（2026年8月20日版）将其保留给特定客户场景，例如在特定地理区域内的灾难恢复。',
        },
        sources: [S.aksGermany, S.regionsList],
      },
    ],
  },
  {
    id: 'azure-switzerlandnorth',
    provider: 'azure',
    regionId: 'switzerlandnorth',
    name: 'Switzerland North',
    localNames: { 'zh-CN': '瑞士北部' },
    officialName: { en: { text: 'Switzerland North', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Zurich',
    country: 'CH',
    lat: 47.38,
    lon: 8.54,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2018-03-14',
        note: {
          en: 'Announced on Wednesday 14 March 2018 with the other new regions in Germany, Switzerland and the UAE.',
          'zh-CN': '于2018年3月14日（星期三）与德国、瑞士、阿联酋的其他新区域一同宣布。',
        },
        sources: [S.ecns2018, S.rcpmag2018],
      },
      {
        type: 'listed',
        date: '2019-07-19',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date; a report of 16 August 2019 said the first Azure services in Switzerland would launch “in a few weeks”.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称；2019年8月16日的报道称瑞士首批 Azure 服务将在“几周内”推出。',
        },
        sources: [S.cosmos2019a, S.itnetxCh],
      },
      {
        type: 'opened',
        date: '2019-08-29',
        note: {
          en: 'Microsoft Switzerland wrote on 29 August 2024 that its datacenters in the Zurich and Geneva regions had opened five years earlier to the day, with 30 early-adopter customers at first.',
          'zh-CN':
            '微软瑞士于2024年8月29日写道，其位于苏黎世和日内瓦区域的数据中心恰于五年前的这一天开放，起初有30家早期客户。',
        },
        sources: [S.msSwitzerland2024],
      },
    ],
  },
  {
    id: 'azure-switzerlandwest',
    provider: 'azure',
    regionId: 'switzerlandwest',
    name: 'Switzerland West',
    localNames: { 'zh-CN': '瑞士西部' },
    officialName: { en: { text: 'Switzerland West', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Geneva',
    country: 'CH',
    lat: 46.2,
    lon: 6.14,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2018-03-14',
        note: {
          en: 'Announced on Wednesday 14 March 2018 with the other new regions in Germany, Switzerland and the UAE.',
          'zh-CN': '于2018年3月14日（星期三）与德国、瑞士、阿联酋的其他新区域一同宣布。',
        },
        sources: [S.ecns2018, S.rcpmag2018],
      },
      {
        type: 'listed',
        date: '2019-07-19',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date; a report of 16 August 2019 said the first Azure services in Switzerland would launch “in a few weeks”.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称；2019年8月16日的报道称瑞士首批 Azure 服务将在“几周内”推出。',
        },
        sources: [S.cosmos2019a, S.itnetxCh],
      },
      {
        type: 'opened',
        date: '2019-08-29',
        note: {
          en: 'Microsoft Switzerland wrote on 29 August 2024 that its datacenters in the Zurich and Geneva regions had opened five years earlier to the day, with 30 early-adopter customers at first. Access is restricted: Microsoft’s regions list (20 Aug 2026) reserves it for specific customer scenarios, such as disaster recovery within a geographic area.',
          'zh-CN':
            '微软瑞士于2024年8月29日写道，其位于苏黎世和日内瓦区域的数据中心恰于五年前的这一天开放，起初有30家早期客户。访问受限：微软区域列表（2026年8月20日版）将其保留给特定客户场景，例如在特定地理区域内的灾难恢复。',
        },
        sources: [S.msSwitzerland2024, S.regionsList],
      },
    ],
  },
  {
    id: 'azure-norwayeast',
    provider: 'azure',
    regionId: 'norwayeast',
    name: 'Norway East',
    localNames: { 'zh-CN': '挪威东部' },
    officialName: { en: { text: 'Norway East', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Norway',
    country: 'NO',
    lat: 59.91,
    lon: 10.75,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2018-06',
        note: {
          en: 'Plans for Oslo and the greater Stavanger region announced, for late 2019.',
          'zh-CN': '宣布奥斯陆和大斯塔万格地区的计划，预计2019年底启用。',
        },
        sources: [S.vbNorway],
      },
      {
        type: 'listed',
        date: '2019-09-09',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date; a name in code does not show that the region was open.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称；代码中出现名称并不表明区域已开放。',
        },
        sources: [S.cosmos2019b],
      },
      {
        type: 'opened',
        date: '2020-03-04',
        certainty: 'by',
        note: {
          en: 'Microsoft’s documentation team wrote on 4 March 2020 that its paired-regions article now listed all current regional pairs, Norway’s included; no dated Microsoft announcement of the opening was found in a readable copy, so it had opened by this date at the latest.',
          'zh-CN':
            '微软文档团队于2020年3月4日写道，其配对区域文章已列出所有现有区域对，包括挪威的区域对；未找到可读的、注明日期的微软开服公告，因此最迟于该日已开服。',
        },
        sources: [S.docsNorwayPairs],
      },
    ],
  },
  {
    id: 'azure-norwaywest',
    provider: 'azure',
    regionId: 'norwaywest',
    name: 'Norway West',
    localNames: { 'zh-CN': '挪威西部' },
    officialName: { en: { text: 'Norway West', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Norway',
    country: 'NO',
    lat: 58.97,
    lon: 5.73,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2018-06',
        note: {
          en: 'Plans for Oslo and the greater Stavanger region announced, for late 2019.',
          'zh-CN': '宣布奥斯陆和大斯塔万格地区的计划，预计2019年底启用。',
        },
        sources: [S.vbNorway],
      },
      {
        type: 'listed',
        date: '2019-09-09',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date; a name in code does not show that the region was open.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称；代码中出现名称并不表明区域已开放。',
        },
        sources: [S.cosmos2019b],
      },
      {
        type: 'opened',
        date: '2020-03-04',
        certainty: 'by',
        note: {
          en: 'Microsoft’s documentation team wrote on 4 March 2020 that its paired-regions article now listed all current regional pairs, Norway’s included; no dated Microsoft announcement of the opening was found in a readable copy, so it had opened by this date at the latest. Access is restricted: Microsoft’s regions list (20 Aug 2026) reserves it for specific customer scenarios, such as disaster recovery within a geographic area.',
          'zh-CN':
            '微软文档团队于2020年3月4日写道，其配对区域文章已列出所有现有区域对，包括挪威的区域对；未找到可读的、注明日期的微软开服公告，因此最迟于该日已开服。访问受限：微软区域列表（2026年8月20日版）将其保留给特定客户场景，例如在特定地理区域内的灾难恢复。',
        },
        sources: [S.docsNorwayPairs, S.regionsList],
      },
    ],
  },
  {
    id: 'azure-brazilsoutheast',
    provider: 'azure',
    regionId: 'brazilsoutheast',
    name: 'Brazil Southeast',
    localNames: { 'zh-CN': '巴西东南部' },
    officialName: { en: { text: 'Brazil Southeast', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Rio',
    country: 'BR',
    lat: -22.91,
    lon: -43.17,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) shows no availability zones for this region.',
      'zh-CN': '微软区域列表（2026年8月20日版）显示该区域没有可用区。',
    },
    events: [
      {
        type: 'announced',
        date: '2020',
        note: {
          en: 'Plans for a second Brazilian region in Rio de Janeiro announced in 2020; month not found here.',
          'zh-CN': '2020年宣布在里约热内卢建设巴西第二个区域；此处未找到月份。',
        },
        sources: [S.dcdBrazil],
      },
      {
        type: 'listed',
        date: '2020-05-31',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date; a name in code does not show that the region was open.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称；代码中出现名称并不表明区域已开放。',
        },
        sources: [S.cosmos2020a],
      },
      {
        type: 'opened',
        date: '2022-07-12',
        certainty: 'by',
        note: {
          en: 'Microsoft’s reliability documentation of this date lists Brazil Southeast among the Azure regional pairs, as an access-restricted region available on request; no dated Microsoft announcement of the opening was found, so it had opened by this date at the latest. Access is restricted: Microsoft’s regions list (20 Aug 2026) reserves it for specific customer scenarios, such as disaster recovery within a geographic area.',
          'zh-CN':
            '该日微软可靠性文档将巴西东南部列入 Azure 区域对，作为按申请开放的访问受限区域；未找到注明日期的微软开服公告，因此最迟于该日已开服。访问受限：微软区域列表（2026年8月20日版）将其保留给特定客户场景，例如在特定地理区域内的灾难恢复。',
        },
        sources: [S.azPairs2022, S.regionsList],
      },
    ],
  },
  {
    id: 'azure-jioindiawest',
    provider: 'azure',
    regionId: 'jioindiawest',
    name: 'Jio India West',
    localNames: { 'zh-CN': 'Jio 印度西部' },
    officialName: { en: { text: 'Jio India West', sources: [S.cosmos2020b] } },
    kind: 'public',
    city: 'western India',
    country: 'IN',
    lat: 21.5,
    lon: 73.0,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Not a row in Microsoft’s regions list, so no zone information is published there.',
      'zh-CN': '微软区域列表中没有此区域的条目，因此那里没有公布可用区信息。',
    },
    events: [
      {
        type: 'listed',
        date: '2020-09-03',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date. It is not in Microsoft’s public regions list, and no opening announcement or location was found; the pin is placed in India by the name only.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称。它不在微软公开的区域列表中，也未找到开服公告或位置；标记仅按名称放在印度境内。',
        },
        sources: [S.cosmos2020b],
      },
    ],
  },
  {
    id: 'azure-jioindiacentral',
    provider: 'azure',
    regionId: 'jioindiacentral',
    name: 'Jio India Central',
    localNames: { 'zh-CN': 'Jio 印度中部' },
    officialName: { en: { text: 'Jio India Central', sources: [S.cosmos2020b] } },
    kind: 'public',
    city: 'central India',
    country: 'IN',
    lat: 21.15,
    lon: 79.09,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Not a row in Microsoft’s regions list, so no zone information is published there.',
      'zh-CN': '微软区域列表中没有此区域的条目，因此那里没有公布可用区信息。',
    },
    events: [
      {
        type: 'listed',
        date: '2020-09-03',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date. It is not in Microsoft’s public regions list, and no opening announcement or location was found; the pin is placed in India by the name only.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称。它不在微软公开的区域列表中，也未找到开服公告或位置；标记仅按名称放在印度境内。',
        },
        sources: [S.cosmos2020b],
      },
    ],
  },
  {
    id: 'azure-westus3',
    provider: 'azure',
    regionId: 'westus3',
    name: 'West US 3',
    localNames: { 'zh-CN': '美国西部 3' },
    officialName: { en: { text: 'West US 3', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Phoenix',
    country: 'US',
    lat: 33.45,
    lon: -112.07,
    precision: 'city',
    zoneCounts: [
      {
        date: '2021-06-15',
        count: 3,
        note: { en: 'Three availability zones at launch.', 'zh-CN': '启用时有三个可用区。' },
        sources: [S.baxtelWus3],
      },
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'opened',
        date: '2021-06-15',
        note: {
          en: 'Microsoft announced the Arizona region on 15 June 2021, with zones in Goodyear, El Mirage and outside Phoenix.',
          'zh-CN':
            '微软于2021年6月15日宣布亚利桑那区域，可用区位于古德伊尔、埃尔米拉日和凤凰城郊外。',
        },
        sources: [S.baxtelWus3, S.dcdWus3],
      },
    ],
  },
  {
    id: 'azure-swedencentral',
    provider: 'azure',
    regionId: 'swedencentral',
    name: 'Sweden Central',
    localNames: { 'zh-CN': '瑞典中部' },
    officialName: { en: { text: 'Sweden Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Gävle',
    country: 'SE',
    lat: 60.67,
    lon: 17.14,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2019',
        note: {
          en: 'Microsoft’s release of 24 November 2020 refers to plans announced the year before; that first announcement was not read. It then confirmed a 2021 opening (Gävle, Sandviken and Staffanstorp).',
          'zh-CN':
            '微软2020年11月24日的新闻稿提到前一年宣布的计划；未读到最初的公告。该稿确认2021年开放（耶夫勒、桑德维肯和斯塔方斯托普）。',
        },
        sources: [S.msSweden2020],
      },
      {
        type: 'opened',
        date: '2021-11',
        note: {
          en: 'Reported open for Azure customers in November 2021, with sites in Gävle, Sandviken and Staffanstorp.',
          'zh-CN': '据报道2021年11月向 Azure 客户开放，站点位于耶夫勒、桑德维肯和斯塔方斯托普。',
        },
        sources: [S.dcrSweden],
      },
    ],
  },
  {
    id: 'azure-swedensouth',
    provider: 'azure',
    regionId: 'swedensouth',
    name: 'Sweden South',
    localNames: { 'zh-CN': '瑞典南部' },
    officialName: { en: { text: 'Sweden South', sources: [S.regionsList] } },
    kind: 'public',
    city: 'southern Sweden',
    country: 'SE',
    lat: 55.6,
    lon: 13.2,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Not a row in Microsoft’s regions list, so no zone information is published there.',
      'zh-CN': '微软区域列表中没有此区域的条目，因此那里没有公布可用区信息。',
    },
    events: [
      {
        type: 'announced',
        date: '2019',
        note: {
          en: 'Microsoft’s release of 24 November 2020 refers to plans announced the year before; that first announcement was not read. It then confirmed a 2021 opening (Gävle, Sandviken and Staffanstorp).',
          'zh-CN':
            '微软2020年11月24日的新闻稿提到前一年宣布的计划；未读到最初的公告。该稿确认2021年开放（耶夫勒、桑德维肯和斯塔方斯托普）。',
        },
        sources: [S.msSweden2020],
      },
      {
        type: 'listed',
        date: '2021-09-02',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date. Microsoft’s regions list names it only as the restricted paired region of Sweden Central and gives no location; the pin is approximate. Access is restricted: Microsoft’s regions list (20 Aug 2026) reserves it for specific customer scenarios, such as disaster recovery within a geographic area.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称。微软区域列表仅将其列为瑞典中部的受限配对区域，未给出位置；标记为近似位置。访问受限：微软区域列表（2026年8月20日版）将其保留给特定客户场景，例如在特定地理区域内的灾难恢复。',
        },
        sources: [S.cosmos2021, S.regionsList],
      },
    ],
  },
  {
    id: 'azure-qatarcentral',
    provider: 'azure',
    regionId: 'qatarcentral',
    name: 'Qatar Central',
    localNames: { 'zh-CN': '卡塔尔中部' },
    officialName: { en: { text: 'Qatar Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Doha',
    country: 'QA',
    lat: 25.29,
    lon: 51.53,
    precision: 'city',
    zoneCounts: [
      {
        date: '2022-07-12',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azList2022],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2019-12',
        note: {
          en: 'First announced in December 2019, per a 2022 report.',
          'zh-CN': '据2022年的报道，最初于2019年12月宣布。',
        },
        sources: [S.regQatar],
      },
      {
        type: 'opened',
        date: '2022-08-31',
        note: {
          en: 'Official launch: datacentres available for Azure “from today” (31 August 2022). A Microsoft post of Monday 15 August 2022 had already called the region launched.',
          'zh-CN':
            '正式启用：数据中心“从今天起”可用于 Azure（2022年8月31日）。微软此前在2022年8月15日（星期一）的文章中已称该区域已启用。',
        },
        sources: [S.neowinQatar, S.regQatar],
      },
    ],
  },
  {
    id: 'azure-polandcentral',
    provider: 'azure',
    regionId: 'polandcentral',
    name: 'Poland Central',
    localNames: { 'zh-CN': '波兰中部' },
    officialName: { en: { text: 'Poland Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Warsaw',
    country: 'PL',
    lat: 52.23,
    lon: 21.01,
    precision: 'city',
    zoneCounts: [
      {
        date: '2023-04-26',
        count: 3,
        note: {
          en: 'Three separate physical locations around Warsaw.',
          'zh-CN': '华沙周边三个相互独立的物理地点。',
        },
        sources: [S.apPoland],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2020-05-05',
        note: {
          en: 'Announced on 5 May 2020 with a US$1 billion plan for Poland.',
          'zh-CN': '于2020年5月5日随10亿美元的波兰投资计划一同宣布。',
        },
        sources: [S.pmrPoland],
      },
      {
        type: 'opened',
        date: '2023-04-26',
        note: {
          en: 'Launch announced on 26 April 2023; three separate physical locations around Warsaw.',
          'zh-CN': '于2023年4月26日宣布启用；在华沙周边有三个相互独立的物理地点。',
        },
        sources: [S.apPoland, S.emergingEuropePoland],
      },
    ],
  },
  {
    id: 'azure-italynorth',
    provider: 'azure',
    regionId: 'italynorth',
    name: 'Italy North',
    localNames: { 'zh-CN': '意大利北部' },
    officialName: { en: { text: 'Italy North', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Milan',
    country: 'IT',
    lat: 45.46,
    lon: 9.19,
    precision: 'city',
    zoneCounts: [
      {
        date: '2023-06-23',
        count: 3,
        note: {
          en: 'At least three: Microsoft’s documentation of this date lists the region among those with availability zones and says each such region has a minimum of three.',
          'zh-CN':
            '至少三个：该日微软文档将此区域列入有可用区的区域，并称每个此类区域至少有三个可用区。',
        },
        sources: [S.azItaly2023],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2020-05',
        note: {
          en: 'Planned region in Milan announced in May 2020 with the Ambizione Italia investment plan, in the same week as New Zealand and Poland.',
          'zh-CN': '2020年5月随“Ambizione Italia”投资计划宣布米兰区域，与新西兰、波兰同一周宣布。',
        },
        sources: [S.youmarkItaly, S.zdnetItNzPl],
      },
      {
        type: 'opened',
        date: '2023',
        note: {
          en: 'Presented on Monday 5 June 2023 with Azure available “in the coming weeks”; the exact opening day was not found.',
          'zh-CN':
            '于2023年6月5日（星期一）正式发布，Azure 将在“未来几周内”可用；未找到确切开放日期。',
        },
        sources: [S.youmarkItaly, S.cioItaly],
      },
    ],
  },
  {
    id: 'azure-israelcentral',
    provider: 'azure',
    regionId: 'israelcentral',
    name: 'Israel Central',
    localNames: { 'zh-CN': '以色列中部' },
    officialName: { en: { text: 'Israel Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Israel',
    country: 'IL',
    lat: 31.9,
    lon: 34.95,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) marks availability zones here, but it says whether a region has zones, not how many; no dated source giving the number was read.',
      'zh-CN':
        '微软区域列表（2026年8月20日版）标明该区域有可用区，但只说明有无、不说明数量；未读到给出数量的带日期来源。',
    },
    events: [
      {
        type: 'announced',
        date: '2020-01',
        note: {
          en: 'Announced in January 2020, for 2021; later delayed.',
          'zh-CN': '2020年1月宣布，原定2021年启用，后推迟。',
        },
        sources: [S.geektimeIsrael],
      },
      {
        type: 'opened',
        date: '2023-11-12',
        note: {
          en: 'Microsoft announced that day that the Israel region was available to all users.',
          'zh-CN': '微软当天宣布以色列区域向所有用户开放。',
        },
        sources: [S.globesIsrael],
      },
    ],
  },
  {
    id: 'azure-spaincentral',
    provider: 'azure',
    regionId: 'spaincentral',
    name: 'Spain Central',
    localNames: { 'zh-CN': '西班牙中部' },
    officialName: { en: { text: 'Spain Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Madrid',
    country: 'ES',
    lat: 40.42,
    lon: -3.7,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) marks availability zones here, but it says whether a region has zones, not how many; no dated source giving the number was read.',
      'zh-CN':
        '微软区域列表（2026年8月20日版）标明该区域有可用区，但只说明有无、不说明数量；未读到给出数量的带日期来源。',
    },
    events: [
      {
        type: 'announced',
        date: '2020-02-25',
        note: {
          en: 'Announced with Telefónica on 25 February (2020: a week after the Mexico announcement).',
          'zh-CN': '与西班牙电信一同于2月25日宣布（2020年：墨西哥公告一周后）。',
        },
        sources: [S.zdnetSpain],
      },
      {
        type: 'opened',
        date: '2024-06-11',
        note: {
          en: 'Microsoft announced the opening of Spain Central, in the Community of Madrid.',
          'zh-CN': '微软宣布位于马德里自治区的西班牙中部区域开放。',
        },
        sources: [S.msSpain2024],
      },
    ],
  },
  {
    id: 'azure-mexicocentral',
    provider: 'azure',
    regionId: 'mexicocentral',
    name: 'Mexico Central',
    localNames: { 'zh-CN': '墨西哥中部' },
    officialName: { en: { text: 'Mexico Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Querétaro State',
    country: 'MX',
    lat: 20.59,
    lon: -100.39,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2023-02-28',
        count: 3,
        note: {
          en: 'Planned count, announced before the region opened.',
          'zh-CN': '计划数量，于区域开服前公布。',
        },
        sources: [S.bnamericasMexico],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2020-02-20',
        note: {
          en: 'Announced by Satya Nadella by video at the Mexican president’s press conference of 20 February 2020.',
          'zh-CN': '萨提亚·纳德拉于2020年2月20日通过视频在墨西哥总统新闻发布会上宣布。',
        },
        sources: [S.codelistMexico, S.techeratiMexico],
      },
      {
        type: 'opened',
        date: '2024-06',
        note: {
          en: 'Reported operational on 23 June 2024, inaugurated the week before; an earlier start of service was not dated.',
          'zh-CN': '2024年6月23日报道已投入运营，前一周举行启用仪式；更早的服务开始日期不详。',
        },
        sources: [S.mndMexico],
      },
    ],
  },
  {
    id: 'azure-newzealandnorth',
    provider: 'azure',
    regionId: 'newzealandnorth',
    name: 'New Zealand North',
    localNames: { 'zh-CN': '新西兰北部' },
    officialName: { en: { text: 'New Zealand North', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Auckland',
    country: 'NZ',
    lat: -36.85,
    lon: 174.76,
    precision: 'city',
    zoneCounts: [
      {
        date: '2020-05-06',
        count: 3,
        note: {
          en: 'Planned count, announced before the region opened. “A proper three-bit-barn region”.',
          'zh-CN': '计划数量，于区域开服前公布。“名副其实的三数据中心区域”。',
        },
        sources: [S.regNz],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2020-05-06',
        note: {
          en: 'Announced as New Zealand North, in Auckland.',
          'zh-CN': '以“新西兰北部”之名宣布，位于奥克兰。',
        },
        sources: [S.mspuNz, S.regNz],
      },
      {
        type: 'opened',
        date: '2024-12',
        note: {
          en: 'Month from its first anniversary in December 2025; day not found.',
          'zh-CN': '月份依据其2025年12月的一周年；未找到具体日期。',
        },
        sources: [S.newdecodedNz],
      },
    ],
  },
  {
    id: 'azure-indonesiacentral',
    provider: 'azure',
    regionId: 'indonesiacentral',
    name: 'Indonesia Central',
    localNames: { 'zh-CN': '印度尼西亚中部' },
    officialName: { en: { text: 'Indonesia Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Jakarta',
    country: 'ID',
    lat: -6.21,
    lon: 106.85,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) marks availability zones here, but it says whether a region has zones, not how many; no dated source giving the number was read.',
      'zh-CN':
        '微软区域列表（2026年8月20日版）标明该区域有可用区，但只说明有无、不说明数量；未读到给出数量的带日期来源。',
    },
    events: [
      {
        type: 'opened',
        date: '2025-05-27',
        note: {
          en: 'Launched on Tuesday 27 May 2025 in Jakarta; one report dated 27 May says “Monday”.',
          'zh-CN': '于2025年5月27日（星期二）在雅加达启用；一篇5月27日的报道称“星期一”。',
        },
        sources: [S.lintasanIndonesia, S.humIndonesia],
      },
    ],
  },
  {
    id: 'azure-malaysiawest',
    provider: 'azure',
    regionId: 'malaysiawest',
    name: 'Malaysia West',
    localNames: { 'zh-CN': '马来西亚西部' },
    officialName: { en: { text: 'Malaysia West', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Kuala Lumpur',
    country: 'MY',
    lat: 3.14,
    lon: 101.69,
    precision: 'city',
    zoneCounts: [
      {
        date: '2025-05-28',
        count: 3,
        note: {
          en: 'Three availability zones in Greater Kuala Lumpur at launch.',
          'zh-CN': '启用时在大吉隆坡地区有三个可用区。',
        },
        sources: [S.daily8Malaysia],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2021-04-19',
        note: {
          en: 'First Malaysian datacenter region announced on 19 April (2021) under Bersama Malaysia; named Malaysia West on 20 March 2025.',
          'zh-CN':
            '首个马来西亚数据中心区域于（2021年）4月19日在“Bersama Malaysia”计划下宣布；2025年3月20日定名为马来西亚西部。',
        },
        sources: [S.investvineMalaysia],
      },
      {
        type: 'opened',
        date: '2025-05-28',
        note: {
          en: 'Launched on 28 May (2025) at the Microsoft AI Tour in Kuala Lumpur.',
          'zh-CN': '于（2025年）5月28日在吉隆坡微软 AI Tour 上启用。',
        },
        sources: [S.daily8Malaysia, S.pakMalaysia],
      },
    ],
  },
  {
    id: 'azure-austriaeast',
    provider: 'azure',
    regionId: 'austriaeast',
    name: 'Austria East',
    localNames: { 'zh-CN': '奥地利东部' },
    officialName: { en: { text: 'Austria East', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Vienna',
    country: 'AT',
    lat: 48.21,
    lon: 16.37,
    precision: 'city',
    zoneCounts: [
      {
        date: '2025-06-30',
        count: 3,
        note: {
          en: 'Three availability zones in the Vienna area.',
          'zh-CN': '维也纳地区三个可用区。',
        },
        sources: [S.msAustria2025],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2020',
        note: {
          en: 'Originally announced in 2020; month not found here.',
          'zh-CN': '最初于2020年宣布；此处未找到月份。',
        },
        sources: [S.indenoAustria],
      },
      {
        type: 'opened',
        date: '2025-08-22',
        certainty: 'by',
        after: '2025-06-30',
        note: {
          en: 'Inaugurated on 30 June 2025 with test customers only; Microsoft said it would go live in August 2025. Its general-availability update to the regions list was merged on 22 August 2025.',
          'zh-CN':
            '2025年6月30日举行启用仪式，当时仅供测试客户使用；微软称将于2025年8月上线。区域列表的正式可用更新于2025年8月22日合并。',
        },
        sources: [S.docsAustriaGa, S.msAustria2025, S.kurierAustria],
      },
    ],
  },
  {
    id: 'azure-chilecentral',
    provider: 'azure',
    regionId: 'chilecentral',
    name: 'Chile Central',
    localNames: { 'zh-CN': '智利中部' },
    officialName: { en: { text: 'Chile Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Santiago',
    country: 'CL',
    lat: -33.45,
    lon: -70.67,
    precision: 'city',
    zoneCounts: [
      {
        date: '2025-06-20',
        count: 3,
        note: {
          en: 'Three physically independent sites in the Santiago metropolitan region.',
          'zh-CN': '圣地亚哥大区三个物理上相互独立的站点。',
        },
        sources: [S.rcrChile],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2020-12',
        note: { en: 'First announced in December 2020.', 'zh-CN': '最初于2020年12月宣布。' },
        sources: [S.dcdChile],
      },
      {
        type: 'opened',
        date: '2025-06',
        note: {
          en: 'Launch reported on 18 and 20 June 2025; exact day not confirmed.',
          'zh-CN': '2025年6月18日和20日报道启用；确切日期未确认。',
        },
        sources: [S.mediosChile, S.rcrChile],
      },
    ],
  },
  {
    id: 'azure-belgiumcentral',
    provider: 'azure',
    regionId: 'belgiumcentral',
    name: 'Belgium Central',
    localNames: { 'zh-CN': '比利时中部' },
    officialName: { en: { text: 'Belgium Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Brussels',
    country: 'BE',
    lat: 50.85,
    lon: 4.35,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) marks availability zones here, but it says whether a region has zones, not how many; no dated source giving the number was read.',
      'zh-CN':
        '微软区域列表（2026年8月20日版）标明该区域有可用区，但只说明有无、不说明数量；未读到给出数量的带日期来源。',
    },
    events: [
      {
        type: 'announced',
        date: '2021-11',
        note: { en: 'Originally announced in November 2021.', 'zh-CN': '最初于2021年11月宣布。' },
        sources: [S.icnBelgium],
      },
      {
        type: 'opened',
        date: '2025-11-18',
        note: {
          en: 'Microsoft announced the launch of Azure Belgium Central, with three new data centres, on 18 November 2025.',
          'zh-CN': '微软于2025年11月18日宣布推出拥有三个新数据中心的 Azure 比利时中部区域。',
        },
        sources: [S.icnBelgium],
      },
    ],
  },
  {
    id: 'azure-denmarkeast',
    provider: 'azure',
    regionId: 'denmarkeast',
    name: 'Denmark East',
    localNames: { 'zh-CN': '丹麦东部' },
    officialName: { en: { text: 'Denmark East', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Copenhagen',
    country: 'DK',
    lat: 55.68,
    lon: 12.57,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) marks availability zones here, but it says whether a region has zones, not how many; no dated source giving the number was read.',
      'zh-CN':
        '微软区域列表（2026年8月20日版）标明该区域有可用区，但只说明有无、不说明数量；未读到给出数量的带日期来源。',
    },
    events: [
      {
        type: 'announced',
        date: '2020-12-07',
        note: {
          en: 'Denmark announced as the location of Microsoft’s next sustainable datacenter region.',
          'zh-CN': '丹麦被宣布为微软下一个可持续数据中心区域的所在地。',
        },
        sources: [S.msDenmark2020],
      },
      {
        type: 'listed',
        date: '2024-12-28',
        certainty: 'by',
        note: {
          en: 'Named as an upcoming region in Microsoft’s Azure Cosmos DB .NET SDK on this date.',
          'zh-CN': '该日作为即将推出的区域出现在微软 Azure Cosmos DB .NET SDK 中。',
        },
        sources: [S.cosmos2024],
      },
      {
        type: 'opened',
        date: '2026-03-23',
        certainty: 'by',
        after: '2025-12-16',
        note: {
          en: 'Microsoft’s regions list dropped “coming soon” for it on 23 March 2026; a press report of the opening is undated, and in December 2025 it was still due in 2026. Documentation changes can precede the public launch by days.',
          'zh-CN':
            '微软区域列表于2026年3月23日去掉其“即将推出”标记；一篇报道开放的新闻未注明日期，而2025年12月时它仍计划于2026年启用。文档更改可能比正式发布早几天。',
        },
        sources: [S.docsDenmarkGa, S.bebeezDenmark, S.dcfWestDenmark],
      },
    ],
  },
  {
    id: 'azure-indiasouthcentral',
    provider: 'azure',
    regionId: 'indiasouthcentral',
    name: 'India South Central',
    localNames: { 'zh-CN': '印度中南部' },
    officialName: { en: { text: 'India South Central', sources: [S.regionsList] } },
    kind: 'public',
    city: 'Hyderabad',
    country: 'IN',
    lat: 17.39,
    lon: 78.49,
    precision: 'city',
    zoneCounts: [],
    zonesNote: {
      en: 'Microsoft’s regions list (20 Aug 2026) marks availability zones here, but it says whether a region has zones, not how many; no dated source giving the number was read.',
      'zh-CN':
        '微软区域列表（2026年8月20日版）标明该区域有可用区，但只说明有无、不说明数量；未读到给出数量的带日期来源。',
    },
    events: [
      {
        type: 'announced',
        date: '2022-03-07',
        note: {
          en: 'Hyderabad datacenter region announced on Monday 7 March 2022, across three sites.',
          'zh-CN': '于2022年3月7日（星期一）宣布海得拉巴数据中心区域，分布于三个站点。',
        },
        sources: [S.hansIndiaSc],
      },
      {
        type: 'listed',
        date: '2025-09-23',
        certainty: 'by',
        note: {
          en: 'Named in Microsoft’s Azure Cosmos DB .NET SDK on this date; a name in code does not show that the region was open.',
          'zh-CN':
            '该日微软 Azure Cosmos DB .NET SDK 中出现此区域名称；代码中出现名称并不表明区域已开放。',
        },
        sources: [S.cosmos2025],
      },
      {
        type: 'opened',
        date: '2026-07-28',
        certainty: 'by',
        note: {
          en: 'Microsoft’s regions list dropped “coming soon” for it in a change titled “India South Central GA” on 28 July 2026; no press date was found.',
          'zh-CN':
            '微软区域列表于2026年7月28日在标题为“India South Central GA”的更改中去掉其“即将推出”标记；未找到新闻报道日期。',
        },
        sources: [S.docsIndiaScGa],
      },
    ],
  },
  {
    id: 'azure-greece',
    provider: 'azure',
    name: 'Greece',
    localNames: { 'zh-CN': '希腊' },
    officialName: { en: { text: 'datacenter region in Greece', sources: [S.ecGreece] } },
    kind: 'public',
    city: 'Greece',
    country: 'GR',
    lat: 37.98,
    lon: 23.73,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Not open; no zone count was read for it.',
      'zh-CN': '尚未开放；未读到其可用区数量。',
    },
    events: [
      {
        type: 'announced',
        date: '2020-10-05',
        note: {
          en: 'Microsoft announced its first datacenter region in Greece on Monday 5 October 2020. Not in Microsoft’s regions list as of 20 August 2026; no region name or programmatic name was found.',
          'zh-CN':
            '微软于2020年10月5日（星期一）宣布在希腊的首个数据中心区域。截至2026年8月20日不在微软区域列表中；未找到区域名称或程序名称。',
        },
        sources: [S.ecGreece],
      },
    ],
  },
  {
    id: 'azure-taiwan',
    provider: 'azure',
    name: 'Taiwan',
    localNames: { 'zh-CN': '台湾' },
    officialName: { en: { text: 'cloud datacenter region in Taiwan', sources: [S.zdnetTaiwan] } },
    kind: 'public',
    city: 'Taiwan',
    country: 'TW',
    lat: 25.03,
    lon: 121.57,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Not open; no zone count was read for it.',
      'zh-CN': '尚未开放；未读到其可用区数量。',
    },
    events: [
      {
        type: 'announced',
        date: '2020-10-27',
        note: {
          en: 'Microsoft announced plans for its first cloud datacenter region in Taiwan, with availability zones, on Tuesday 27 October 2020. Not in Microsoft’s regions list as of 20 August 2026; no region name or programmatic name was found.',
          'zh-CN':
            '微软于2020年10月27日（星期二）宣布在台湾建设首个含可用区的云数据中心区域的计划。截至2026年8月20日不在微软区域列表中；未找到区域名称或程序名称。',
        },
        sources: [S.zdnetTaiwan],
      },
    ],
  },
  {
    id: 'azure-finland',
    provider: 'azure',
    name: 'Southern Finland',
    localNames: { 'zh-CN': '芬兰南部' },
    officialName: { en: { text: 'datacenter region in Southern Finland', sources: [S.msFinland] } },
    kind: 'public',
    city: 'Southern Finland',
    country: 'FI',
    lat: 60.21,
    lon: 24.66,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Not open; no zone count was read for it.',
      'zh-CN': '尚未开放；未读到其可用区数量。',
    },
    events: [
      {
        type: 'announced',
        date: '2022-03-17',
        note: {
          en: 'Microsoft announced a new datacenter region in Southern Finland, with availability zones (Espoo, Kauniainen, Kirkkonummi heat reuse). Not in Microsoft’s regions list as of 20 August 2026; no region name or programmatic name was found.',
          'zh-CN':
            '微软宣布在芬兰南部新建含可用区的数据中心区域（余热供埃斯波、考尼艾宁和基尔科努米使用）。截至2026年8月20日不在微软区域列表中；未找到区域名称或程序名称。',
        },
        sources: [S.msFinland, S.wcFinland],
      },
    ],
  },
  {
    id: 'azure-west-denmark',
    provider: 'azure',
    name: 'West Denmark',
    localNames: { 'zh-CN': '丹麦西部' },
    officialName: { en: { text: 'datacenter region in West Denmark', sources: [S.msWestDenmark] } },
    kind: 'public',
    city: 'Esbjerg and Varde',
    country: 'DK',
    lat: 55.48,
    lon: 8.45,
    precision: 'approximate',
    zoneCounts: [],
    zonesNote: {
      en: 'Not open; no zone count was read for it.',
      'zh-CN': '尚未开放；未读到其可用区数量。',
    },
    events: [
      {
        type: 'announced',
        date: '2025-12',
        note: {
          en: 'Microsoft announced a second Danish datacenter region, in the municipalities of Esbjerg and Varde (reported in December 2025). Not in Microsoft’s regions list as of 20 August 2026; no region name or programmatic name was found.',
          'zh-CN':
            '微软宣布在埃斯比约和瓦尔德市建设第二个丹麦数据中心区域（2025年12月报道）。截至2026年8月20日不在微软区域列表中；未找到区域名称或程序名称。',
        },
        sources: [S.msWestDenmark, S.dcfWestDenmark],
      },
    ],
  },
  {
    id: 'azure-saudi-arabia-east',
    provider: 'azure',
    name: 'Saudi Arabia East',
    localNames: { 'zh-CN': '沙特阿拉伯东部' },
    officialName: { en: { text: 'Saudi Arabia East', sources: [S.wmediaSaudi] } },
    kind: 'public',
    city: 'Eastern Province',
    country: 'SA',
    lat: 26.43,
    lon: 50.1,
    precision: 'approximate',
    zoneCounts: [
      {
        date: '2026-02-12',
        count: 3,
        note: {
          en: 'Planned count, announced before the region opened.',
          'zh-CN': '计划数量，于区域开服前公布。',
        },
        sources: [S.wmediaSaudi],
      },
    ],
    events: [
      {
        type: 'announced',
        date: '2026-02-12',
        certainty: 'by',
        note: {
          en: 'By this date Microsoft had announced the Saudi Arabia East region, in the Eastern Province, for customer workloads from Q4 2026; the first announcement was earlier and its date was not read. Not open as of 20 August 2026; no programmatic name found.',
          'zh-CN':
            '截至该日，微软已宣布位于东部省的沙特阿拉伯东部区域，将于2026年第四季度起承载客户工作负载；最初的公告更早，未读到其日期。截至2026年8月20日尚未开放；未找到程序名称。',
        },
        sources: [S.wmediaSaudi],
      },
    ],
  },
];
