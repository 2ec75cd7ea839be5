// The explorer's page: sliders for the levers and the uncertain parameters; a run on every change (debounced, stale
// answers dropped) drawn beside the reference scenario. For the browser test and anyone curious, window.xinlu keeps
// the time from each change to the updated charts (performance.now(), in ms) and the count of updates.
import * as api from './api.js';
import * as charts from './charts.js';
import { label, lang, setLang, t } from './i18n.js';

const DEBOUNCE_MS = 30;

const state = {
  meta: null,          // GET /api/levers
  targets: [],         // GET /api/targets
  levers: {},          // path -> value, the levers moved
  uncertain: {},       // path -> value, the uncertain parameters moved
  run: null,           // the last answer of POST /api/run
  fan: null,           // the last answer of POST /api/ensemble, while the fan is on
  fanOn: false,
};

window.xinlu = { timings: [], phases: [], updates: 0, lastError: null };

let timer = null;
let inputAt = null;
let sequence = 0;

function status(message, error = false) {
  const el = document.getElementById('status');
  el.textContent = message || '';
  el.classList.toggle('error', error);
}

function format(v, digits) {
  return Number(v).toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function shown(v, integer) {
  if (integer) {
    return String(Math.round(v));
  }
  const a = Math.abs(v);
  return a !== 0 && a < 0.1 ? Number(v).toPrecision(2) : Number(v).toFixed(2);
}

function slider(container, item, kind) {
  const div = document.createElement('div');
  div.className = 'control';
  const id = `${kind}-${item.path.replace(/[^a-z0-9]+/gi, '-')}`;
  const lab = document.createElement('label');
  lab.htmlFor = id;
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = label(item.label);
  name.title = item.path + (item.distribution ? ` (${item.distribution})` : '');
  const out = document.createElement('output');
  out.textContent = shown(item.value, item.integer);
  lab.append(name, out);
  const input = document.createElement('input');
  input.type = 'range';
  input.id = id;
  input.min = item.min;
  input.max = item.max;
  input.step = item.step || (item.max - item.min) / 100;
  input.value = item.value;
  input.dataset.path = item.path;
  input.dataset.kind = kind;
  input.addEventListener('input', () => {
    const v = Number(input.value);
    out.textContent = shown(v, item.integer);
    (kind === 'lever' ? state.levers : state.uncertain)[item.path] = v;
    changed();
  });
  div.append(lab, input);
  div._item = item;
  container.append(div);
}

function buildControls() {
  const levers = document.getElementById('levers');
  const uncertain = document.getElementById('uncertain');
  levers.replaceChildren();
  uncertain.replaceChildren();
  state.meta.levers.forEach((l) => slider(levers, l, 'lever'));
  state.meta.uncertain.forEach((u) => slider(uncertain, u, 'uncertain'));
  document.getElementById('uncertain-box').hidden = state.meta.uncertain.length === 0;
  document.getElementById('fan').hidden = state.meta.uncertain.length === 0;
}

function relabel() {
  for (const div of document.querySelectorAll('.control')) {
    div.querySelector('.name').textContent = label(div._item.label);
  }
  document.getElementById('lang').textContent = t('lang');
}

function body() {
  return { levers: state.levers, uncertain: state.uncertain };
}

// Debounced without delaying the first change: a change when no run has started for DEBOUNCE_MS runs at once; the
// changes that follow within the window are gathered into one run at its end. So a dragged slider starts at most one
// run per window, the last position always runs, and a single move waits for nothing.
let trailing = false;

function changed() {
  inputAt = performance.now();
  if (timer === null) {
    update();
    timer = setTimeout(windowEnd, DEBOUNCE_MS);
  } else {
    trailing = true;
  }
}

function windowEnd() {
  timer = null;
  if (trailing) {
    trailing = false;
    update();
    timer = setTimeout(windowEnd, DEBOUNCE_MS);
  }
}

async function update() {
  const mine = ++sequence;
  const startedAt = inputAt;
  const requestedAt = performance.now();
  let run;
  try {
    run = await (await api.post('/api/run', body())).json();
  } catch (e) {
    if (mine === sequence) {
      status(e.message, true);
      window.xinlu.lastError = e.message;
    }
    return;
  }
  if (mine !== sequence) {
    return; // a newer change is under way: this answer is stale
  }
  state.run = run;
  const answeredAt = performance.now();
  status('');
  if (state.fanOn) {
    // the fan belongs to the levers it was computed for: recompute it after the change
    state.fan = null;
    fan();
  }
  render();
  if (startedAt !== null) {
    const drawnAt = performance.now();
    window.xinlu.timings.push(drawnAt - startedAt);
    window.xinlu.phases.push({ wait: requestedAt - startedAt, request: answeredAt - requestedAt, draw: drawnAt - answeredAt });
  }
  window.xinlu.updates += 1;
  document.body.dataset.updates = String(window.xinlu.updates);
  document.dispatchEvent(new CustomEvent('xinlu-updated'));
}

let fanSequence = 0;

async function fan() {
  const mine = ++fanSequence;
  status(t('running'));
  try {
    const f = await (await api.post('/api/ensemble', { levers: state.levers, runs: state.meta.limits.ensembleDefaultRuns })).json();
    if (mine !== fanSequence || !state.fanOn) {
      return;
    }
    state.fan = f;
    status(t('fanDone', f.runs));
    render();
  } catch (e) {
    status(e.message, true);
  }
}

function yearIndex(years, year) {
  const i = years.indexOf(year);
  return i >= 0 ? i : years.length - 1;
}

function render() {
  const run = state.run;
  if (!run) {
    return;
  }
  const names = { scenario: `${run.scenario.name}*`, reference: run.reference.name };
  charts.draw(run, state.fanOn ? state.fan : null, names);
  const s = run.scenario.series;
  const r = run.reference.series;
  const i30 = yearIndex(run.years, 2030);
  const last = run.years.length - 1;
  const kpiCo2 = document.getElementById('kpi-co2');
  kpiCo2.textContent = format(s.co2[i30], 3);
  kpiCo2.dataset.value = String(s.co2[i30]);
  kpiCo2.dataset.year = String(run.years[i30]);
  document.querySelector('[data-i18n="kpiCo2"]').textContent = `${t('kpiCo2').replace('2030', run.years[i30])}`;
  document.getElementById('kpi-co2-ref').textContent = format(r.co2[i30], 3);
  document.getElementById('kpi-co2-end').textContent = format(s.co2[last], 3);
  document.getElementById('kpi-co2-end-ref').textContent = format(r.co2[last], 3);
  document.getElementById('kpi-gdp').textContent = format(s.gdp[last], 1);
  document.getElementById('kpi-gdp-ref').textContent = format(r.gdp[last], 1);
  const peak = (a) => (a ? Math.max(...a) : NaN);
  document.getElementById('kpi-displaced').textContent = s['displaced-workers'] ? format(peak(s['displaced-workers']), 1) : '-';
  document.getElementById('kpi-displaced-ref').textContent = r['displaced-workers'] ? format(peak(r['displaced-workers']), 1) : '-';
  const met = run.targets.filter((x) => x.met).length;
  const refMet = run.targets.filter((x) => x.referenceMet).length;
  document.getElementById('kpi-targets').textContent = `${met} / ${run.targets.length}`;
  document.getElementById('kpi-targets-ref').textContent = `${refMet} / ${run.targets.length}`;
  const tbody = document.querySelector('#targets tbody');
  tbody.replaceChildren(...run.targets.map((x) => {
    const tr = document.createElement('tr');
    const desc = state.targets.find((d) => d.id === x.id);
    const cells = [desc ? desc.description : x.id, x.met, x.referenceMet];
    cells.forEach((c, k) => {
      const td = document.createElement('td');
      if (k === 0) {
        td.textContent = c;
      } else {
        td.textContent = c ? `✓ ${t('met')}` : `✗ ${t('missed')}`;
        td.className = c ? 'met' : 'missed';
      }
      tr.append(td);
    });
    return tr;
  }));
}

function reset() {
  state.levers = {};
  state.uncertain = {};
  buildControls();
  changed();
}

async function main() {
  charts.init();
  setLang('en');
  try {
    const [meta, targets] = await Promise.all([api.get('/api/levers'), api.get('/api/targets')]);
    state.meta = meta;
    state.targets = targets.targets;
  } catch (e) {
    status(e.message, true);
    return;
  }
  document.getElementById('city').textContent = `${state.meta.city} · ${state.meta.scenario}`;
  buildControls();
  relabel();
  document.getElementById('lang').addEventListener('click', () => {
    setLang(lang() === 'en' ? 'zh' : 'en');
    relabel();
    render();
    if (state.fanOn && state.fan) {
      status(t('fanDone', state.fan.runs));
    }
  });
  const fanButton = document.getElementById('fan');
  fanButton.setAttribute('aria-pressed', 'false');
  fanButton.addEventListener('click', () => {
    state.fanOn = !state.fanOn;
    fanButton.setAttribute('aria-pressed', String(state.fanOn));
    if (state.fanOn) {
      fan();
    } else {
      state.fan = null;
      status('');
      render();
    }
  });
  document.getElementById('export-yaml').addEventListener('click', () => api.download('/api/scenario-file', body(), 'explorer.yaml').catch((e) => status(e.message, true)));
  document.getElementById('export-csv').addEventListener('click', () => api.download('/api/results.csv', body(), 'explorer.csv').catch((e) => status(e.message, true)));
  document.getElementById('reset').addEventListener('click', reset);
  inputAt = null;
  await update();
}

main();
