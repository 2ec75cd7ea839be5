// The four charts, drawn with Apache ECharts (served from the jar: /vendor/echarts.min.js). Animation is off, so a
// chart is painted within setOption.
import { t } from './i18n.js';

/* global echarts */

const GREEN = '#2f7d4f';
const GREY = '#7a8a80';
const COLORS = ['#c9a227', '#8c5a3c', '#3f88c5'];

let charts = null;

function base(title, unitAxis) {
  return {
    animation: false,
    title: { text: title, left: 8, top: 4, textStyle: { fontSize: 13, fontWeight: 600 } },
    grid: { left: 56, right: unitAxis ? 56 : 16, top: 60, bottom: 28 },
    legend: { top: 24, left: 8, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis' },
  };
}

function line(name, data, opts = {}) {
  return Object.assign({ name, type: 'line', data, showSymbol: false, lineStyle: { width: 2 } }, opts);
}

function dashed(name, data, color, opts = {}) {
  return line(name, data, Object.assign({ lineStyle: { width: 1.5, type: 'dashed', color }, itemStyle: { color } }, opts));
}

export function init() {
  charts = {
    mix: echarts.init(document.getElementById('chart-mix')),
    gdp: echarts.init(document.getElementById('chart-gdp')),
    co2: echarts.init(document.getElementById('chart-co2')),
    jobs: echarts.init(document.getElementById('chart-jobs')),
  };
  // a container's size changes with the window and when a scroll bar comes or goes
  const observer = new ResizeObserver(() => Object.values(charts).forEach((c) => c.resize()));
  Object.values(charts).forEach((c) => observer.observe(c.getDom()));
}

function round(v, d) {
  const f = 10 ** d;
  return Math.round(v * f) / f;
}

/** Draws a run's answer (POST /api/run), with the ensemble's fan (POST /api/ensemble) on the CO2 chart if given. */
export function draw(run, fan, names) {
  const years = run.years.map(String);
  const s = run.scenario.series;
  const r = run.reference.series;
  const xAxis = { type: 'category', data: years, boundaryGap: false };

  const shares = ['share:group:primary', 'share:group:secondary', 'share:group:tertiary'];
  const groupNames = [t('primary'), t('secondary'), t('tertiary')];
  const mixSeries = shares.filter((id) => s[id]).map((id, k) => line(groupNames[k], s[id].map((v) => round(v * 100, 2)), {
    stack: 'mix', areaStyle: { opacity: 0.75 }, lineStyle: { width: 0.5 }, itemStyle: { color: COLORS[k] } }));
  if (r['share:group:primary'] && r['share:group:secondary']) {
    mixSeries.push(dashed(t('refBoundary'), r['share:group:primary'].map((v, i) => round((v + r['share:group:secondary'][i]) * 100, 2)), '#222'));
  }
  charts.mix.setOption(Object.assign(base(t('mix')), {
    xAxis, yAxis: { type: 'value', min: 0, max: 100 }, series: mixSeries,
  }), { replaceMerge: ['series'] });

  charts.gdp.setOption(Object.assign(base(t('gdp')), {
    xAxis, yAxis: { type: 'value', scale: true },
    series: [line(names.scenario, s.gdp, { itemStyle: { color: GREEN }, lineStyle: { color: GREEN, width: 2 } }),
      dashed(`${t('reference')} (${names.reference})`, r.gdp, GREY)],
  }), { replaceMerge: ['series'] });

  const co2Series = [];
  if (fan && fan.series.co2) {
    const f = fan.series.co2;
    const band = (lo, hi, name, opacity) => [
      line(`${name}-lo`, lo, { stack: name, lineStyle: { opacity: 0 }, itemStyle: { color: 'transparent' }, tooltip: { show: false } }),
      line(name, hi.map((v, i) => v - lo[i]), { stack: name, lineStyle: { opacity: 0 }, areaStyle: { color: GREEN, opacity }, itemStyle: { color: GREEN }, tooltip: { show: false } }),
    ];
    co2Series.push(...band(f.p5, f.p95, `${t('fanBand')} 5-95 %`, 0.15), ...band(f.p25, f.p75, `${t('fanBand')} 25-75 %`, 0.25));
  }
  co2Series.push(line(names.scenario, s.co2, { itemStyle: { color: GREEN }, lineStyle: { color: GREEN, width: 2 } }),
    dashed(`${t('reference')} (${names.reference})`, r.co2, GREY));
  const co2 = base(t('co2'));
  co2.legend.data = [names.scenario, `${t('reference')} (${names.reference})`];
  charts.co2.setOption(Object.assign(co2, { xAxis, yAxis: { type: 'value', scale: true }, series: co2Series }), { replaceMerge: ['series'] });

  const jobs = [];
  if (s.employment) {
    jobs.push(line(t('employment'), s.employment, { itemStyle: { color: '#3f88c5' }, lineStyle: { color: '#3f88c5', width: 2 } }),
      dashed(`${t('employment')} (${t('reference')})`, r.employment, '#3f88c5'));
  }
  if (s['displaced-workers']) {
    jobs.push(line(t('displaced'), s['displaced-workers'], { yAxisIndex: 1, itemStyle: { color: '#b03a2e' }, lineStyle: { color: '#b03a2e', width: 2 } }),
      dashed(`${t('displaced')} (${t('reference')})`, r['displaced-workers'], '#b03a2e', { yAxisIndex: 1 }));
  }
  charts.jobs.setOption(Object.assign(base(t('jobs'), true), {
    xAxis, yAxis: [{ type: 'value', scale: true }, { type: 'value', scale: true, splitLine: { show: false } }], series: jobs,
  }), { replaceMerge: ['series'] });
}
