/**
 * 地图的简体中文文字。Shaped like `en.ts`: a missing message fails the type check. Regions are called
 * by Alibaba Cloud's own Chinese names (华东1（杭州）, 法国（巴黎）); event notes and source titles stay
 * in the language they were written in and are marked with it.
 */
import type { Messages } from '../locale.ts';

const numbers = new Intl.NumberFormat('zh-CN');
/** "3 个地域": Chinese counts take a measure word and no plural. */
const count = (value: number, noun: string, measure = '个') =>
  `${numbers.format(value)} ${measure}${noun}`;

const zhCN = {
  formatLocale: 'zh-CN',
  // "11月", as in "9月12日", rather than the long "十一月".
  monthAlone: 'numeric',
  officialNames: 'zh',

  year: (year: number) => `${year}年`,
  mapTitle: '阿里云数据中心地域',
  titleOfYear: (year: string) => `阿里云数据中心地域，${year}`,
  titleOfView: (titleOfYear: string, region: string) => `${titleOfYear}：${region}`,
  placeName: (place: string, country: string) => `${country}（${place}）`,

  by: (date: string) => `不晚于${date}`,
  between: (after: string, date: string) => `${after}至${date}之间`,
  since: (when: string) => `自${when}起`,
  from: (when: string) => `自${when}起`,

  status: {
    operating: '运营中',
    closing: '即将关停（已宣布关停）',
    announced: '已宣布，尚未开服',
    closed: '已关停',
    'not-yet': '尚未宣布',
  },
  event: {
    announced: '宣布',
    listed: '阿里云已列出',
    opened: '开服',
    expanded: '扩建',
    closing: '宣布关停',
    closed: '关停',
  },
  kind: {
    public: '',
    local: '本地地域：单个可用区，服务所在省份',
    partner: '合作伙伴地域：由合作伙伴以阿里云名义运营',
    'joint-venture': '合资地域：与另一家公司共同运营',
  },
  kindLabel: {
    public: '',
    local: '本地地域',
    partner: '合作伙伴地域',
    'joint-venture': '合资',
  },

  pin: {
    operating: (since: string) => (since ? `${since}运营` : '运营中'),
    listed: (when: string) => `阿里云于${when}列出，尚不知是否开服`,
    announced: (when: string) => `${when}宣布，尚未开服`,
    closing: (when: string, operated: string) =>
      `即将关停（${when}宣布关停）${operated ? `，${operated}运营` : ''}`,
    closed: (when: string, operated: string) => `${when}关停${operated ? `，${operated}运营` : ''}`,
    notYet: (year: string) => `${year}尚未宣布`,
    approximate: '（位置为大致位置）',
    label: (title: string, summary: string) => `${title}：${summary}`,
  },

  verb: {
    announced: '宣布',
    expansionAnnounced: '宣布扩建',
    listed: '阿里云已列出',
    opened: '开服',
    recordedRunning: '有运营记录',
    expanded: '扩建',
    closureAnnounced: '宣布关停',
    closed: '关停',
  },
  phrase: (verb: string, within: string, by: boolean) =>
    within ? `${by ? `不晚于${within}` : within}${verb}` : verb,
  phraseBetween: (verb: string, when: string) => `${when}${verb}`,
  yearLine: {
    none: (year: string) => `${year}：没有地域宣布、开服或关停。`,
    line: (year: string, parts: readonly string[]) => `${year}：${parts.join('；')}。`,
    regions: (value: number) => count(value, '地域'),
    group: (who: string, verb: string) => `${who}${verb}`,
    closures: (who: string) => `${who}宣布关停`,
    others: (value: number) => `另有 ${count(value, '地域')}发生变化`,
  },

  credit: (who: string, date: string | undefined) => `${who}，${date ?? '未注明日期'}`,
  aNewsReport: '一篇新闻报道',
  quoted: (title: string) => `“${title}”`,

  growth: {
    regions: (value: number) => count(value, '地域'),
    zones: (value: number) => count(value, '可用区'),
    atLeastZones: (value: number) => `至少 ${count(value, '可用区')}`,
    zonesUnknown: '可用区数量不详',
    locations: (value: number) => count(value, '数据中心所在地'),
    yearLine: (year: string, regions: string, zones: string) => `${year}：${regions}，${zones}`,
    noneDated: (year: string) => `${year}：尚无有日期记载的地域`,
    counted: (what: string, zones: string | undefined) => (zones ? `${what}，${zones}` : what),
    alibaba: (counted: string, credit: string) => `阿里云：${counted}（${credit}）`,
    credited: (counted: string, credit: string) => `${counted}（${credit}）`,
    ours: (date: string, counted: string) => `本地图在${date}：${counted}。`,
    oursShort: (counted: string) => `${counted}。`,
    same: '两者一致。',
  },

  timeline: {
    name: '时间轴',
    play: '逐年播放',
    pause: '暂停',
    year: '年份',
    milestoneMarks: '公司大事',
    milestones: (year: string, titles: readonly string[]) => `${year}：${titles.join('；')}`,
  },

  map: {
    zoomIn: '放大',
    zoomOut: '缩小',
    wholeMap: '全图',
    limited:
      '本页已显示多张交互地图，因此这张保持为静态图：不能缩放或平移，但每个标记仍可打开其地域。',
    noWebgl:
      '此浏览器无法绘制交互地图（不支持 WebGL 2），因此地图不能缩放或平移。每个标记仍可打开其地域，所有地域也都在列表中。',
    failed: (why: string) => `地图无法绘制${why ? `：${why}` : ''}。所有地域都在列表中。`,
    pinsName: '地图上的地域：用方向键切换，按回车键打开',
    pinLinksName: '地图上的地域：每个链接打开其详情',
    regionsHere: (regions: number) => `此处有 ${count(regions, '地域')}`,
    clusterName: (regions: number, names: string) =>
      `此处有 ${count(regions, '地域')}：${names}。请选择一个`,
    someNames: (names: readonly string[], more: number) =>
      more > 0 ? `${names.join('、')}等 ${count(names.length + more, '地域')}` : names.join('、'),
    maplibre: {
      'Map.Title': '地图',
      'NavigationControl.ZoomIn': '放大',
      'NavigationControl.ZoomOut': '缩小',
      'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键并滚动鼠标滚轮以缩放地图',
      'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键并滚动鼠标滚轮以缩放地图',
      'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
    },
  },

  downloads: {
    elsewhereShort: '下载 ↗',
    elsewhere: '在完整地图上获取数据和图片',
    csv: '数据（CSV）',
    json: '数据（JSON）',
    png: '当前视图（PNG）',
    svg: '当前视图，供印刷（SVG）',
    svgName: '当前视图的 SVG，供印刷',
    makingPng: '正在生成图片…',
    makingSvg: '正在生成图形…',
  },

  page: {
    skip: '跳到地域列表',
    title: (mapTitle: string) => `${mapTitle}，逐年变化`,
    dek: (first: string) =>
      `阿里云自${first}以来在哪里宣布、开服、扩建和关停其地域。打开一个地域，查看其日期、可用区和来源。`,
    languages: '语言',
    embed: '嵌入',
    mapArea: '地域地图',
    details: '当年数据与图例',
    download: '下载：',
    about:
      '地图上的每一项事实都注明来源：阿里云自己的网页和代码、新闻报道，以及本地图所依据的五篇新闻报道。日期的精确程度与来源一致；只能从后来的证据得知的日期标为“不晚于”。可用区数量为各日期当时已知的数量；未知的日期和数量均如实标明。',
    data: '数据（CC BY 4.0）：',
    countries: '。国界形状：Natural Earth，经 world-atlas。',
  },

  dialog: {
    title: '嵌入此地图',
    close: '关闭',
    linkLabel: '可粘贴的链接',
    copyLink: '复制链接',
    linkNote:
      '将其单独粘贴在一行，或粘贴到嵌入区块中：WordPress（任何角色）、Ghost、Discourse 等可嵌入链接的工具都会显示此地图。',
    orSnippet: '或使用代码片段',
    iframe: '自适应 iframe',
    iframeHint: '（适用于所有内容管理系统）',
    element: 'Web 组件',
    elementHint: '（适用于允许脚本的页面）',
    theme: '主题',
    themes: { light: '浅色', dark: '深色', auto: '跟随读者的设置' },
    height: '初始高度（像素）',
    keepCompare: (providers: string) => `同时对比${providers}`,
    keepRegion: '在地图上标记所选地域',
    dataLegend: '数据',
    live: '实时',
    liveHint: '（随数据更新）',
    archived: '存档',
    archivedHint: (asOf: string) => `（永久保留截至${asOf}的数据）`,
    snippet: '代码片段',
    copySnippet: '复制代码片段',
    copied: '已复制到剪贴板。',
    selected: '已选中：按 Ctrl+C（或 ⌘C）复制。',
    linkText: (title: string) => `${title}（交互地图）`,
    themeWords: {
      auto: '跟随读者的浅色或深色设置',
      light: '始终为浅色',
      dark: '始终为深色',
    },
    opensAt: (year: string, withRegion: boolean, theme: string) =>
      `嵌入的地图打开时显示${year}${withRegion ? '，在地图上标记此地域，点击即可查看其详情' : ''}，主题${theme}。`,
    iframeNote: (height: number) =>
      `初始高度为 ${height} 像素；脚本随后让 iframe 适应内容高度，没有脚本时固定高度依然可用。`,
    elementNote:
      '其样式限于组件内部；页面须允许加载本站的模块脚本（在内容安全策略下还须允许 worker-src blob:，否则请改用 iframe）。',
    heights: (column: number, width: number, tallest: number) =>
      `无论哪一年，嵌入地图在 ${width} 像素宽的栏中最高 ${column} 像素，在 300 至 1200 像素的任何宽度下最高 ${tallest} 像素；读者要求查看时，地域详情覆盖在地图上打开，因此高度不会改变。在页面中，地图随文章滚动：按住 Ctrl/⌘ 并滚动滚轮，或用两根手指缩放。`,
  },

  embed: {
    title: (mapTitle: string, first: number, last: number) => `${mapTitle}，${first}–${last}年`,
    counts: (regions: number, countries: number) =>
      `：${count(countries, '国家和地区')}共有 ${count(regions, '地域')}运营`,
    source: '来源：阿里云及新闻报道',
    sourceDetail: '，每个事件均注明出处',
    sourceEnd: '。',
    fullMap: '完整地图 ↗',
  },

  figure: {
    summary: (regions: number, countries: number, asOf: string) =>
      `${asOf}，${count(countries, '国家和地区')}共有 ${count(regions, '地域')}运营`,
    endOf: (year: string) => `截至${year}底`,
    asOf: (month: string) => `截至${month}`,
    source:
      '来源：阿里云足迹（Alibaba Cloud Footprint）；每个事件均引用阿里云或新闻报道。国界：Natural Earth。',
    key: {
      operating: '运营中',
      closing: '即将关停',
      announced: '已宣布',
      closed: '已关停',
      changed: '本年有变化',
      uncertain: '不晚于所示日期已运营',
      aws: '亚马逊云科技',
      azure: '微软智能云',
      google: '谷歌云',
    },
  },

  summary: {
    byProvider: '各云服务商运营中的区域',
    yearHidden: '年份 ',
    regions: '运营中的地域',
    zones: '可用区',
    notKnown: '不详',
    countries: '国家和地区',
    noneYet: (year: string) =>
      `截至${year}底，尚无已知已宣布或运营的地域：最早一批地域的开服日期未曾公布。`,
    zonesUnknownFor: (year: string, regions: number) =>
      `可用区数量为截至${year}底已知的数量；当时尚有 ${count(regions, '地域')}未公布数量。`,
    zonesAsKnown: (year: string) => `可用区数量为截至${year}底已知的数量。`,
    inYear: (year: string) => `${year}大事`,
    noChanges: '没有地域宣布、开服、扩建或关停。',
    dated: (within: string, text: string) => `${within}：${text}`,
    phraseSeparator: '；',
    more: (regions: number) => `……另有 ${count(regions, '地域')}发生变化；下方列表列出全部地域。`,
  },

  data: {
    asOf: (date: string) => `数据截至${date}`,
    archivedAsOf: (date: string) => `数据截至${date}（存档）`,
    newer: '更新的数据',
    separator: ' · ',
    changes: '数据变更记录：',
  },

  chosen: {
    hint: '点选地图上的地域，查看其日期、可用区和来源。',
    story: '详情',
    storyName: (name: string) => `打开${name}的详情`,
    clear: (name: string) => `取消标记${name}`,
  },

  panel: {
    close: (name: string) => `关闭${name}详情`,
    placeSeparator: '，',
    regionId: '阿里云地域 ID',
    idInferred: 'ID 为推断',
    noRegionId: '未公布地域 ID',
    sentence: (text: string) => `${text}。`,
    approximate: '位置为大致位置：公开信息只到国家或州，标记代表该范围。',
    statusIn: (year: string) => `${year}的状态`,
    knownBy: (date: string) => `截至${date}已知`,
    notKnownIn: (year: string) => `${year}不详`,
    notPublished: '未公布',
    timeline: '时间线',
    noteSeparator: '：',
    onlyEvidence: '只有相关证据注明了日期；实际可能更早。',
    exactDateUnknown: '确切日期未公布。',
    zoneCounts: '可用区数量的变化',
    namesSources: '名称和地域 ID 的来源',
  },

  list: {
    title: (year: string) => `${year}的全部地域`,
    columns: { name: '地域', country: '国家或地区', status: '状态', date: '日期' },
    zones: '可用区',
    showMore: (more: number, all: number) => `再显示 ${more} 个（共 ${count(all, '地域')}）`,
    later: (regions: number, year: string) => `另有 ${count(regions, '地域')}在${year}之后宣布。`,
    dash: '“–”：可用区数量未公布。',
  },

  legend: {
    title: '图例',
    entries: {
      operating: '运营中（大小：可用区数量）',
      closing: '即将关停：已宣布关停',
      announced: '已宣布，尚未开服',
      closed: '已关停',
      changed: '所选年份有变化',
      uncertain: '虚线圈：不晚于所示日期已运营；开服日期不详',
      aws: '亚马逊云科技区域（空心：已宣布）',
      azure: '微软智能云区域（空心：已宣布）',
      google: '谷歌云区域（空心：已宣布）',
    },
  },

  providers: {
    alibaba: '阿里云',
    aws: '亚马逊云科技',
    azure: '微软智能云',
    google: '谷歌云',
  },

  compare: {
    title: '对比',
    short: { aws: '亚马逊云', azure: '微软云', google: '谷歌云' },
    loading: (name: string) => `正在加载${name}的区域…`,
    failed: (name: string) => `${name}的区域未能加载；请重新打开以重试。`,
    regionOf: (name: string) => `${name}的区域`,
    allProviders: '所有云服务商',
    filter: '云服务商',
    counts: (name: string, regions: string) => `${name}：${regions}`,
    partner: '合作伙伴区域：由合作伙伴公司以该云服务商的名义运营',
    titled: (provider: string, name: string) => `${name}（${provider}）`,
    about:
      '其他云服务商的区域取自其官方区域列表、开服公告和代码，每个事件均注明日期和来源；部分仅知“不晚于”某日。',
  },

  sources: {
    name: '来源',
    newsReport: '一篇新闻报道',
    noPublisher: '文件未注明发布者',
    ownOf: (provider: string) => `${provider}官方`,
    alibabasOwn: '阿里云官方',
  },

  chart: {
    regions: '地域',
    and: '和',
    zones: '可用区',
    atYearEnd: '（各年年底）；',
    alibabasTotals: '阿里云自己公布的总数',
    chooseYear: '从图表中选择年份',
    published: '阿里云公布的总数',
    source: '来源 ↗',
    atEndOfYear: '（年底）。',
    asTable: '以表格查看图表',
    tableCaption: '各年年底的地域和可用区',
    year: '年份',
    regionsColumn: '地域',
    zonesColumn: '可用区',
    noneDated: '尚无日期记载',
    notKnown: '不详',
    atLeast: (zones: string) => `至少 ${zones}`,
    date: '日期',
    alibabaSaid: '阿里云公布',
    thisMap: '本地图',
  },

  milestoneTitles: {
    launch: '阿里云（Aliyun）成立',
    'first-outside-mainland': '在中国内地以外的首个数据中心，位于香港',
    'first-overseas': '首个海外数据中心，位于硅谷',
    'billion-2015': '承诺向当时名为“阿里云”的云计算业务投资 10 亿美元',
    'singapore-headquarters': '选定新加坡为海外扩张总部',
    'four-sites-2016': '四个海外数据中心：欧洲和中东的首个数据中心，以及日本和澳大利亚',
    'pledge-2020': '承诺三年内向云计算投资 2000 亿元人民币（约 280 亿美元）',
    'spin-off-dropped': '放弃分拆云业务的计划',
    'plans-2024': '计划在墨西哥建设首个地域，并在东南亚和韩国新建数据中心',
    'closures-2024': '宣布关停澳大利亚和印度的地域',
    'pledge-2025': '承诺三年内向云计算和人工智能投资 3800 亿元人民币（约 530 亿美元）',
    'apsara-2025': '云栖大会：计划在巴西、法国和荷兰建设首批地域',
    'capex-2026': '阿里巴巴告诉投资者，支出将“远超”此前预计',
    'paris-uefa': '巴黎地域开服，欧足联为其首要客户',
  },
} satisfies Messages;

export default zhCN;
