// The page's own words in English and Chinese; the model's labels come from the API (label.en, label.zh).
const WORDS = {
  en: {
    title: 'Xinlu explorer', fan: 'Ensemble fan', exportYaml: 'Scenario file', exportCsv: 'Results CSV', reset: 'Reset',
    levers: 'Levers', uncertain: 'Uncertain parameters', kpiCo2: 'CO2 in 2030', kpiCo2End: 'CO2 in the last year',
    kpiGdp: 'GDP in the last year', kpiDisplaced: 'Displaced workers at the peak', kpiTargets: 'Targets met',
    reference: 'reference', scenario: 'Scenario', target: 'Target', bnCny: 'bn CNY', thousand: 'thousand',
    mix: 'Industrial mix (share of GDP, %)', gdp: 'GDP (bn CNY)', co2: 'CO2 emissions (Mt)',
    jobs: 'Jobs and displaced workers (thousand)', primary: 'Primary', secondary: 'Secondary', tertiary: 'Tertiary',
    refBoundary: 'reference: primary + secondary', employment: 'Employment', displaced: 'Displaced workers',
    met: 'met', missed: 'missed', fanBand: 'ensemble', running: 'running the ensemble...',
    fanDone: (n) => `ensemble of ${n} runs: 5-95 % and 25-75 % bands`, lang: '中文', year: 'year',
  },
  zh: {
    title: '新路 情景探索', fan: '不确定性区间', exportYaml: '导出情景文件', exportCsv: '导出结果 CSV', reset: '重置',
    levers: '政策杠杆', uncertain: '不确定参数', kpiCo2: '2030年二氧化碳排放', kpiCo2End: '末年二氧化碳排放',
    kpiGdp: '末年地区生产总值', kpiDisplaced: '下岗待业人员峰值', kpiTargets: '目标达成',
    reference: '基准情景', scenario: '情景', target: '目标', bnCny: '十亿元', thousand: '千人',
    mix: '产业结构（占GDP比重，%）', gdp: '地区生产总值（十亿元）', co2: '二氧化碳排放（百万吨）',
    jobs: '就业与下岗待业人员（千人）', primary: '第一产业', secondary: '第二产业', tertiary: '第三产业',
    refBoundary: '基准情景：第一、二产业合计', employment: '就业人数', displaced: '下岗待业人员',
    met: '达成', missed: '未达成', fanBand: '模拟区间', running: '正在计算不确定性区间……',
    fanDone: (n) => `${n} 次模拟：5-95 % 与 25-75 % 区间`, lang: 'English', year: '年份',
  },
};

let current = 'en';

/** The current language, 'en' or 'zh'. */
export function lang() {
  return current;
}

/** Switches the language and rewrites every element marked data-i18n. */
export function setLang(l) {
  current = l === 'zh' ? 'zh' : 'en';
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const w = WORDS[current][el.dataset.i18n];
    if (typeof w === 'string') {
      el.textContent = w;
    }
  }
}

/** A word of the page in the current language. */
export function t(key, ...args) {
  const w = WORDS[current][key];
  return typeof w === 'function' ? w(...args) : w;
}

/** A model label ({en, zh}) in the current language. */
export function label(l) {
  return l ? l[current] || l.en : '';
}
