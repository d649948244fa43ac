// The dashboard: the jurisdiction tree with traffic lights, a jurisdiction's pairs, and a pair's fan chart.
// It polls the API with If-None-Match, so an unchanged answer costs a 304 and no re-render.
'use strict';

const POLL_MS = 5000;
const POLL_WHILE_RUNNING_MS = 1500;
// Settled goals (a recorded outcome, no probability) bracket the forecasts: misses first, met after on track.
const FLAG_ORDER = ['missed', 'likely-missed', 'at-risk', 'on-track', 'met', 'insufficient-data'];

const I18N = {
  zh: {
    title: '民生目标预测', tree: '行政区划', 'on-track': '进展顺利', 'at-risk': '存在风险',
    'likely-missed': '可能无法完成', 'insufficient-data': '数据不足', pending: '尚无预测',
    met: '已达标（实际数据）', missed: '未达标（实际数据）',
    light: '状态', indicator: '指标', pmeet: '完成概率', reason: '原因', gap: '差距（中位数）',
    shortfall: '预期缺口', basis: '依据', sources: '来源', role: '类别', year: '年份', value: '数值',
    clause: '条款', evidence: '原文', scenario: '情景', running: '运行中…', completed: '已完成',
    failed: '运行失败', 'not-started': '未开始', expand: '展开', collapse: '收起', toggle: 'English',
    target: '目标', commitment: '承诺', baseline: '基数', observed: '观测', planned: '计划',
    linked: '关联指标计划', pooled: '借鉴其他地区', 'base-rate': '同类目标兑现率', assumption: '情景假设', none: '无数据',
    nowcast: '（目标年份已过，为现时估计）', goalSource: '目标出处',
    final: '最终', estimated: '预计', preliminary: '初步', superseded: '已被更新的数字取代',
    periodSince: (from, to) => `${from}–${to}年累计`, periodStock: (year) => `${year}年末`,
    rollup: (r) => `目标 ${r.targets} 项，可评估 ${r.assessed} 项，预计完成 ${fmt(r.expectedMet, 1)} 项，数据不足 ${r.insufficientData} 项（${r.paths.toLocaleString()} 条路径）`,
    ofTarget: (s) => `（目标的 ${pct(s)}）`,
    fanLabel: (name) => `${name} 扇形图：P5–P95 与 P25–P75 区间、中位数、目标线`,
    noForecast: '该情景尚未完成此指标的预测。',
    noScenario: (id) => `情景“${id}”不存在：没有它的运行记录。`, available: '可选情景：',
    settledNoFan: (year) => `${year}年的结果已有实际数据确定，没有需要预测的年份，因此没有扇形区间；图中为实际与计划数据及目标。`,
    nowcastNoFan: (year) => `目标年份${year}年已过、尚无当年数据：竖条为对${year}年的现时估计（P5–P95、P25–P75），不是逐年路径。`,
    noFan: '缺少可推算的数据，因此没有扇形区间；图中为已有数据及目标。',
  },
  en: {
    title: 'Livelihood target forecast', tree: 'Jurisdictions', 'on-track': 'on track', 'at-risk': 'at risk',
    'likely-missed': 'likely missed', 'insufficient-data': 'insufficient data', pending: 'no forecast yet',
    met: 'met (recorded)', missed: 'missed (recorded)',
    light: 'Light', indicator: 'Indicator', pmeet: 'P(meet)', reason: 'Why', gap: 'Median gap',
    shortfall: 'Expected shortfall', basis: 'Basis', sources: 'Sources', role: 'Role', year: 'Year', value: 'Value',
    clause: 'Clause', evidence: 'Evidence', scenario: 'Scenario', running: 'running…', completed: 'completed',
    failed: 'run failed', 'not-started': 'not started', expand: 'expand', collapse: 'collapse', toggle: '中文',
    target: 'target', commitment: 'commitment', baseline: 'baseline', observed: 'observed', planned: 'planned',
    linked: "its linked pair's plan", pooled: 'borrowed from other jurisdictions', 'base-rate': 'base rate of like goals', assumption: 'scenario assumption', none: 'no data',
    nowcast: ' (goal year already past: a nowcast)', goalSource: 'Where the goal is set',
    final: 'final', estimated: 'estimated', preliminary: 'preliminary', superseded: 'superseded by a later figure',
    periodSince: (from, to) => `${from}–${to} total`, periodStock: (year) => `end of ${year}`,
    rollup: (r) => `${r.targets} targets, ${r.assessed} assessed, ${fmt(r.expectedMet, 1)} expected to be met, ${r.insufficientData} with insufficient data (${r.paths.toLocaleString()} paths)`,
    ofTarget: (s) => ` (${pct(s)} of the target)`,
    fanLabel: (name) => `${name} fan chart: P5–P95 and P25–P75 bands, median, target line`,
    noForecast: 'No completed run of this scenario has forecast this pair yet.',
    noScenario: (id) => `Scenario “${id}” does not exist: it has no run.`, available: 'Scenarios with runs: ',
    settledNoFan: (year) => `${year}'s outcome is settled by recorded figures: no year is left to forecast, so there is no fan; the chart shows the recorded and planned figures and the target.`,
    nowcastNoFan: (year) => `The goal year ${year} is past with no figure recorded for it: the bar is a nowcast of ${year} (P5–P95, P25–P75), not a path over years.`,
    noFan: 'Too little data to forecast, so there is no fan; the chart shows the figures there are and the target.',
  },
};

// The catalog's units are Chinese measure words; the English page names them in English. A unit not listed here is
// shown as the catalog spells it. 个 counts things and needs no word in English.
const UNIT_EN = {
  '个': '', '%': '%', '人': 'people', '场': 'events', '家': 'establishments', '公里': 'km', '元': 'yuan',
  '所': 'institutions', '户': 'households', '座': 'facilities', '亩': 'mu', '元/月': 'yuan/month',
  '人次': 'person-times', '项': 'items', '平方米': 'm²', '场次': 'sessions', '套': 'units', '台': 'devices',
  '部': 'works', '条': 'routes/roads', '次': 'times', '株': 'plants', '批次/千人': 'batches per 1,000 people', '倍': '×',
  '个次': 'times', '间': 'rooms', '门': 'courses', '辆': 'vehicles', '节次': 'sessions', '节': 'lessons', '类': 'types',
  '篇': 'articles', '立方米': 'm³', '次/季度': 'times a quarter', '支': 'teams', '批次': 'batches',
  '微克/立方米': 'µg/m³', '张': 'beds', '年': 'years', '平方公里': 'km²', '岁': 'years of age', '小时': 'hours',
  '天': 'days', '处': 'sites', '块': 'units', '公顷': 'ha', '人/万人': 'per 10,000 people', '个百分点': 'percentage points',
};

function unitOf(definition) {
  const unit = definition.unit ?? '';
  return state.lang === 'en' && Object.hasOwn(UNIT_EN, unit) ? UNIT_EN[unit] : unit;
}

// A value with its unit: "6 场", "6 events"; a unit-less English count is the number alone.
function withUnit(text, definition) {
  const unit = unitOf(definition);
  return unit ? `${text} ${unit}` : text;
}

// The page speaks the languages of I18N only: a ?lang= or a stored choice of any other (an old build's, a typo) falls
// back to Chinese rather than leaving every label undefined.
function supportedLanguage(...candidates) {
  return candidates.map((c) => (c ?? '').trim().toLowerCase().split('-')[0]).find((c) => Object.hasOwn(I18N, c)) ?? 'zh';
}

function storedLanguage() {
  try { return localStorage.getItem('forecast.lang'); } catch { return null; }
}

const params = new URLSearchParams(location.search);
const state = {
  lang: supportedLanguage(params.get('lang'), storedLanguage()),
  scenario: params.get('scenario') || '',
  tree: null,
  expanded: new Set(['china']),
  jurisdiction: null,
  pair: null,
  running: true,
};

const etags = new Map();
const bodies = new Map();

function t(key, ...args) {
  const entry = I18N[state.lang][key];
  return typeof entry === 'function' ? entry(...args) : (entry ?? key);
}

function fmt(value, digits = 2) {
  if (value === null || value === undefined) return '—';
  return Number(value).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits });
}

function pct(share) {
  return share === null || share === undefined ? '—' : `${fmt(share * 100, 1)}%`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function withScenario(url) {
  return state.scenario ? `${url}${url.includes('?') ? '&' : '?'}scenario=${encodeURIComponent(state.scenario)}` : url;
}

// GET with the last ETag seen: { changed, body, status }. A 304 returns the body kept from before.
async function getJson(url) {
  const headers = {};
  if (etags.has(url)) headers['If-None-Match'] = etags.get(url);
  const response = await fetch(url, { headers, cache: 'no-store' });
  if (response.status === 304) return { changed: false, body: bodies.get(url), status: 200 };
  if (response.status === 404) {
    const was = bodies.get(url);
    etags.delete(url);
    bodies.set(url, null);
    return { changed: was !== null, body: null, status: 404 };
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const body = await response.json();
  etags.set(url, response.headers.get('ETag'));
  bodies.set(url, body);
  return { changed: true, body, status: 200 };
}

function name(item) {
  return state.lang === 'zh' ? item.nameZh : item.nameEn;
}

// ---- tree ----

function countsOf(node) {
  const span = el('span', { class: 'counts' });
  if (!node.flags) {
    span.append(el('span', { class: 'light pending' }), t(state.running ? 'running' : 'pending'));
    return span;
  }
  const counts = {
    'on-track': node.flags.onTrack, 'at-risk': node.flags.atRisk, 'likely-missed': node.flags.likelyMissed,
    'insufficient-data': node.flags.insufficientData, met: node.flags.met ?? 0, missed: node.flags.missed ?? 0,
  };
  for (const flag of FLAG_ORDER) {
    span.append(el('span', { class: 'count', 'data-flag': flag, title: t(flag) }, el('span', { class: `light ${flag}` }), String(counts[flag])));
  }
  return span;
}

function renderNode(node) {
  const open = state.expanded.has(node.id);
  const hasChildren = node.children.length > 0;
  const li = el('li', { role: 'treeitem', 'data-node': node.id, 'aria-expanded': hasChildren ? String(open) : null });
  const toggle = el('button', {
    type: 'button', class: 'toggle', 'aria-label': t(open ? 'collapse' : 'expand'), disabled: !hasChildren,
    text: open ? '▾' : '▸',
    onclick: () => { if (open) state.expanded.delete(node.id); else state.expanded.add(node.id); renderTree(); },
  });
  const label = el('button', {
    type: 'button', class: 'node-name', 'aria-current': state.jurisdiction === node.id ? 'true' : null,
    text: `${name(node)}`, onclick: () => selectJurisdiction(node.id),
  });
  li.append(el('div', { class: 'node-row' }, toggle, label, countsOf(node)));
  if (hasChildren && open) {
    const ul = el('ul', { role: 'group' });
    for (const child of node.children) ul.append(renderNode(child));
    li.append(ul);
  }
  return li;
}

function findNode(node, id) {
  if (node.id === id) return node;
  for (const child of node.children) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return null;
}

function renderTree() {
  const tree = document.getElementById('tree');
  tree.replaceChildren();
  if (state.tree) tree.append(renderNode(state.tree.root));
  renderStatus();
}

function renderStatus() {
  const view = state.tree;
  document.getElementById('scenario').textContent = view ? `${t('scenario')}: ${view.scenario}` : '';
  const status = document.getElementById('run-status');
  status.dataset.state = view?.exists === false ? 'missing' : view?.run?.state ?? '';
  if (view?.exists === false) { status.replaceChildren(...missingScenario(view)); return; }
  const run = view?.run;
  if (!run) { status.textContent = state.running ? t('running') : ''; return; }
  const progress = run.pairsTotal > 0 ? ` ${run.pairsDone}/${run.pairsTotal}` : '';
  status.textContent = run.state === 'failed' ? `${t('failed')}: ${run.error ?? ''}` : `${t(run.state)}${run.state === 'completed' ? '' : progress}`;
}

// The API answers a scenario nobody ran with the bare tree, exists: false, and the scenarios that have runs.
function missingScenario(view) {
  const links = (view.available ?? []).flatMap((id, i) => {
    const query = new URLSearchParams(location.search);
    query.set('scenario', id);
    return [i > 0 ? ', ' : '', el('a', { href: `?${query}`, 'data-scenario': id, text: id })];
  });
  return [el('span', { class: 'missing', role: 'alert', text: t('noScenario', view.scenario) }), ...(links.length ? [' ', t('available'), ...links] : [])];
}

// ---- jurisdiction ----

async function selectJurisdiction(id) {
  state.jurisdiction = id;
  renderTree();
  await refreshJurisdiction(true);
}

async function refreshJurisdiction(force) {
  const id = state.jurisdiction;
  if (!id) return;
  const [pairs, rollup] = await Promise.all([
    getJson(withScenario(`/api/jurisdictions/${encodeURIComponent(id)}/pairs`)),
    getJson(withScenario(`/api/jurisdictions/${encodeURIComponent(id)}/rollup`)),
  ]);
  if (id !== state.jurisdiction || (!force && !pairs.changed && !rollup.changed)) return;
  renderJurisdiction(pairs.body ?? [], rollup.body);
}

function renderJurisdiction(pairs, rollup) {
  const node = state.tree && findNode(state.tree.root, state.jurisdiction);
  document.getElementById('jurisdiction-panel').hidden = false;
  document.getElementById('jurisdiction-name').textContent = node ? name(node) : state.jurisdiction;
  document.getElementById('rollup-summary').textContent = rollup ? t('rollup', rollup) : t(state.running ? 'running' : 'pending');
  const rank = (p) => (p.flag ? FLAG_ORDER.indexOf(p.flag) : FLAG_ORDER.length);
  const sorted = [...pairs].sort((a, b) => rank(a) - rank(b) || (a.pMeet ?? 2) - (b.pMeet ?? 2));
  const body = document.querySelector('#pairs tbody');
  body.replaceChildren();
  for (const p of sorted) {
    const flag = p.flag ?? 'pending';
    body.append(el('tr', {
      'data-pair': p.pair, 'data-flag': flag, tabindex: '0', 'aria-selected': state.pair === p.pair ? 'true' : 'false',
      onclick: () => selectPair(p.pair),
      onkeydown: (e) => { if (e.key === 'Enter') selectPair(p.pair); },
    },
    el('td', {}, el('span', { class: `light ${flag}`, title: t(flag) }), el('span', { class: 'flag-word', text: t(flag) })),
    el('td', { text: name(p) }),
    el('td', { text: p.pMeet === null || p.pMeet === undefined ? '—' : fmt(p.pMeet, 2) }),
    el('td', { title: (state.lang === 'zh' ? p.reasonZh : p.reasonEn) ?? '' }, el('div', { text: (state.lang === 'zh' ? p.reasonZh : p.reasonEn) ?? '' }))));
  }
}

// ---- pair ----

async function selectPair(pair) {
  state.pair = pair;
  for (const row of document.querySelectorAll('#pairs tbody tr')) row.setAttribute('aria-selected', String(row.dataset.pair === pair));
  await refreshPair(true);
}

async function refreshPair(force) {
  const pair = state.pair;
  if (!pair) return;
  const [forecast, detail] = await Promise.all([
    getJson(withScenario(`/api/pairs/${pair}/forecast`)),
    getJson(`/api/pairs/${pair}`),
  ]);
  if (pair !== state.pair || (!force && !forecast.changed && !detail.changed)) return;
  renderPair(forecast.body, detail.body);
}

function renderPair(forecast, detail) {
  const definition = forecast?.definition ?? detail?.definition;
  if (!definition) return;
  document.getElementById('pair-panel').hidden = false;
  const unit = unitOf(definition);
  document.getElementById('pair-name').textContent = unit ? `${name(definition)} · ${unit}` : name(definition);
  const flag = forecast?.flag ?? 'pending';
  const flagLine = document.getElementById('pair-flag');
  flagLine.replaceChildren(el('span', { class: `light ${flag}` }), t(flag), forecast?.nowcast ? t('nowcast') : '');
  flagLine.dataset.flag = flag;

  document.getElementById('fan').replaceChildren(forecast ? fanChart(forecast) : el('p', { class: 'muted', text: t('noForecast') }));
  document.getElementById('pair-pmeet').textContent = forecast?.outcome
    ? `${t(forecast.flag)}: ${fmt(forecast.outcome.value)} (${forecast.outcome.year})`
    : forecast?.pMeet === null || forecast?.pMeet === undefined ? '—' : `${fmt(forecast.pMeet, 3)} ± ${fmt(forecast.standardError, 3)}`;
  document.getElementById('pair-gap').textContent = forecast?.medianGap === null || forecast?.medianGap === undefined
    ? '—' : `${withUnit(fmt(forecast.medianGap), definition)}${t('ofTarget', forecast.medianGapShare)}`;
  document.getElementById('pair-shortfall').textContent = forecast?.expectedShortfall === null || forecast?.expectedShortfall === undefined
    ? '—' : `${withUnit(fmt(forecast.expectedShortfall), definition)}${t('ofTarget', forecast.shortfallShare)}`;
  // What was fitted, in the page's language (a run stored before the Chinese was kept has the English only).
  const fit = state.lang === 'zh' ? forecast?.fitDescriptionZh : forecast?.fitDescription;
  document.getElementById('pair-basis').textContent = forecast ? `${t(forecast.basis)}${fit ? ` — ${fit}` : ''}` : '—';
  document.getElementById('pair-reason').textContent = forecast ? (state.lang === 'zh' ? forecast.reasonZh : forecast.reasonEn) : '';
  // The what-if control (what-if.js) follows the pair shown.
  document.dispatchEvent(new CustomEvent('pair-rendered', { detail: { forecast } }));

  renderGoalSource(forecast?.goal);
  const body = document.querySelector('#pair-sources tbody');
  body.replaceChildren();
  for (const f of definition.figures) {
    body.append(el('tr', { 'data-role': f.role },
      el('td', { text: t(f.role) }),
      el('td', { text: f.fromYear ? `${f.fromYear}–${f.year}` : String(f.year) }),
      el('td', { text: `${f.comparator} ${withUnit(fmt(f.value), definition)}` }),
      el('td', { text: f.source.clause }),
      el('td', {}, el('q', { class: 'evidence', text: f.source.evidence }))));
  }
  // The pair's own observations are the current ones; a forecast's are those its run started from.
  for (const o of (detail?.observations ?? forecast?.observations ?? [])) body.append(observationRow(o, definition));
}

// Only a page on the web is linked: the API checks source URLs, and the page does not trust that alone.
function isWebLink(url) {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);
}

function periodText(o) {
  const since = /^since-(\d{4})$/.exec(o.period ?? '');
  if (since) return t('periodSince', since[1], o.year);
  return o.period === 'stock' ? t('periodStock', o.year) : String(o.year);
}

// A published figure: its status, span, value, publisher linked to its page, and its verbatim quote. A value recorded
// through the single-value endpoint has none of these and shows who recorded it and where they read it.
function observationRow(o, definition) {
  const role = o.status ? `${t('observed')} · ${t(o.status)}` : t('observed');
  const source = isWebLink(o.sourceUrl)
    ? el('a', { class: 'source-link', href: o.sourceUrl, target: '_blank', rel: 'noopener noreferrer', text: o.publisher ?? o.source })
    : el('span', { text: o.recordedBy });
  const quote = o.evidence ? el('q', { class: 'evidence', text: o.evidence }) : el('span', { text: o.source });
  const note = o.note ? el('div', { class: 'muted note', text: o.note }) : null;
  return el('tr', {
    'data-role': 'observed', 'data-status': o.status ?? null, class: o.supersededBy ? 'superseded' : null,
    title: o.supersededBy ? t('superseded') : null,
  },
  el('td', { text: role }), el('td', { text: periodText(o) }),
  el('td', { text: withUnit(fmt(o.value), definition) }), el('td', {}, source), el('td', {}, quote, note));
}

function renderGoalSource(goal) {
  let p = document.getElementById('goal-source');
  if (!p) {
    p = el('p', { id: 'goal-source' });
    document.getElementById('pair-sources').before(p);
  }
  if (!goal) { p.replaceChildren(); return; }
  p.replaceChildren(
    el('strong', { text: `${t('goalSource')}: ` }),
    el('span', { class: 'clause', text: `${goal.source.clause} ` }),
    el('q', { class: 'evidence', id: 'goal-evidence', text: goal.source.evidence }));
}

// ---- fan chart ----

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// Ticks at multiples of a step of 1, 2, 2.5 or 5 × 10^k, so the axis reads 1,400,000 and 1,450,000 rather than the
// data's own 1,397,418: { step, ticks } with every tick in [lo, hi], free of floating-point dust (0.3, not 0.30000000000000004).
function niceTicks(lo, hi, count = 4) {
  const range = hi > lo ? hi - lo : Math.max(1, Math.abs(hi));
  const raw = range / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw * (1 - 1e-9)) * magnitude;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + (Number.isInteger(step * 10 ** -Math.floor(Math.log10(step))) ? 0 : 1));
  const ticks = [];
  for (let k = Math.ceil(lo / step - 1e-9); k <= Math.floor(hi / step + 1e-9); k++) ticks.push(Number((k * step).toFixed(decimals)));
  return { step, ticks, decimals };
}

// Why a pair's chart has no fan over years: settled by a recorded figure, a nowcast of a past goal year (one year's
// spread, no path), or no forecast at all. Null where there is a fan to draw.
function noFanReason(forecast) {
  if (forecast.fan.length > 1) return null;
  if (forecast.nowcast && forecast.fan.length === 1) return 'nowcast';
  if (forecast.outcome) return 'settled';
  return forecast.fan.length === 0 ? 'none' : null;
}

function fanChart(forecast) {
  const width = 640, height = 320, left = 64, right = 16, top = 16, bottom = 32;
  const fan = forecast.fan;
  const goal = forecast.goal;
  const points = forecast.points ?? [];
  const reason = noFanReason(forecast);
  const years = [...fan.map((b) => b.year), ...points.map((p) => p.year), goal.year];
  const values = [...fan.flatMap((b) => [b.p5, b.p95]), ...points.map((p) => p.value), goal.value];
  let x0 = Math.min(...years), x1 = Math.max(...years);
  // A single year is drawn in the middle of three, so its marks stand clear of the axes.
  if (x1 === x0) { x0 -= 1; x1 += 1; }
  const lo = Math.min(...values), hi = Math.max(...values);
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.1 || 1;
  const axis = niceTicks(lo - pad, hi + pad, 4);
  const y0 = Math.min(lo - pad, axis.ticks[0] ?? lo), y1 = Math.max(hi + pad, axis.ticks.at(-1) ?? hi);
  const x = (year) => left + ((year - x0) / (x1 - x0)) * (width - left - right);
  const y = (v) => top + (1 - (v - y0) / (y1 - y0)) * (height - top - bottom);

  const chart = svg('svg', { class: 'fan', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t('fanLabel', name(forecast.definition)) });
  chart.append(svg('line', { class: 'axis', x1: left, y1: height - bottom, x2: width - right, y2: height - bottom }));
  chart.append(svg('line', { class: 'axis', x1: left, y1: top, x2: left, y2: height - bottom }));
  for (let year = x0; year <= x1; year++) {
    chart.append(svg('text', { x: x(year), y: height - bottom + 16, 'text-anchor': 'middle' }, String(year)));
  }
  for (const v of axis.ticks) {
    chart.append(svg('text', { class: 'tick', x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, fmt(v, axis.decimals)));
  }

  if (reason === 'nowcast') {
    // One past year's spread: bars at that year, the outer band wide and pale, the inner one narrower, the median a tick.
    const b = fan[0];
    const bar = (lo, hi, cls, half) => chart.append(svg('rect', {
      class: `band ${cls}`, 'data-band': `${lo}-${hi}`, x: x(b.year) - half, width: 2 * half, y: y(b[hi]), height: Math.max(1, y(b[lo]) - y(b[hi])),
    }));
    bar('p5', 'p95', 'outer', 14);
    bar('p25', 'p75', 'inner', 9);
    chart.append(svg('line', { class: 'median', x1: x(b.year) - 14, x2: x(b.year) + 14, y1: y(b.p50), y2: y(b.p50) }));
  } else {
    const band = (lo, hi, cls) => {
      if (fan.length === 0) return;
      const upper = fan.map((b) => `${x(b.year)},${y(b[hi])}`);
      const lower = [...fan].reverse().map((b) => `${x(b.year)},${y(b[lo])}`);
      chart.append(svg('path', { class: `band ${cls}`, 'data-band': `${lo}-${hi}`, d: `M${upper.join('L')}L${lower.join('L')}Z` }));
    };
    band('p5', 'p95', 'outer');
    band('p25', 'p75', 'inner');
    if (fan.length > 0) {
      chart.append(svg('path', { class: 'median', d: `M${fan.map((b) => `${x(b.year)},${y(b.p50)}`).join('L')}` }));
    }
  }

  chart.append(svg('line', { class: 'target', x1: left, x2: width - right, y1: y(goal.value), y2: y(goal.value) }));
  chart.append(svg('text', { x: width - right, y: y(goal.value) - 4, 'text-anchor': 'end' }, `${t('target')} ${goal.comparator} ${fmt(goal.value)}`));
  const goalMark = svg('circle', { class: 'point target-point', cx: x(goal.year), cy: y(goal.value), r: 4 });
  goalMark.append(svg('title', {}, `${t('target')} ${goal.year}: ${fmt(goal.value)}`));
  chart.append(goalMark);

  for (const p of points) {
    const cls = p.basis === 'planned' ? 'commitment' : p.basis;
    const mark = svg('circle', { class: `point ${cls}`, 'data-basis': p.basis, cx: x(p.year), cy: y(p.value), r: 5 });
    mark.append(svg('title', {}, `${t(p.basis)} ${p.year}: ${fmt(p.value)} — ${p.source}`));
    chart.append(mark);
  }
  if (!reason) return chart;
  const key = { settled: 'settledNoFan', nowcast: 'nowcastNoFan', none: 'noFan' }[reason];
  const figure = el('figure', { class: 'no-fan', 'data-reason': reason });
  figure.append(chart, el('figcaption', { class: 'no-fan-reason', text: t(key, goal.year) }));
  return figure;
}

// ---- language and polling ----

function applyLanguage() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = t('toggle');
  toggle.setAttribute('aria-label', t('toggle'));
}

async function refreshTree() {
  const result = await getJson(withScenario('/api/tree'));
  state.tree = result.body;
  const run = state.tree?.run;
  state.running = state.tree?.exists === false ? false
    : run ? run.state === 'running' || run.state === 'not-started' : !hasFlags(state.tree?.root);
  if (result.changed) renderTree();
  return result.changed;
}

function hasFlags(node) {
  return !!node && !!node.flags;
}

async function poll() {
  try {
    const changed = await refreshTree();
    await refreshJurisdiction(changed);
    await refreshPair(changed);
  } catch (error) {
    document.getElementById('run-status').textContent = String(error.message ?? error);
  } finally {
    setTimeout(poll, state.running ? POLL_WHILE_RUNNING_MS : POLL_MS);
  }
}

document.getElementById('lang-toggle').addEventListener('click', () => {
  state.lang = state.lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem('forecast.lang', state.lang);
  applyLanguage();
  renderTree();
  if (state.jurisdiction) {
    renderJurisdiction(bodies.get(withScenario(`/api/jurisdictions/${encodeURIComponent(state.jurisdiction)}/pairs`)) ?? [],
      bodies.get(withScenario(`/api/jurisdictions/${encodeURIComponent(state.jurisdiction)}/rollup`)));
  }
  if (state.pair) renderPair(bodies.get(withScenario(`/api/pairs/${state.pair}/forecast`)), bodies.get(`/api/pairs/${state.pair}`));
});

applyLanguage();
poll();
