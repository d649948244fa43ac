// The pair panel's what-if control: move the assumed pace (slider or number) and see P(meet) and the fan change.
// Each change asks POST /api/pairs/{j}/{i}/what-if (read-only, rate-limited per client), debounced, the last one wins.
// It reads app.js's globals (state, t, fmt, fanChart, withScenario) and hears 'pair-rendered' from renderPair.
'use strict';

const WHAT_IF_DEBOUNCE_MS = 200;

const WHAT_IF_TEXT = {
  zh: {
    heading: '假设分析', pace: '假设进度', reset: '恢复情景假设', assumed: '情景假设', running: '计算中…',
    result: (run, now, flag) => `完成概率 ${run} → ${now}（${flag}）`,
    takes: (needed, unit, p, assumed) => needed === null ? `任何进度都难以达到 ${p} 的完成概率` : `完成概率达到 ${p} 需要 ${needed} ${unit}；情景假设为 ${assumed}`,
    none: { settled: '已有实际数据定论，无需假设分析。', 'insufficient-data': '数据不足，无预测可供假设分析。', 'out-of-reach': '已记录的年份已决定结果，任何进度都难以达标。' },
    busy: '请求过于频繁，稍后重试…', failed: '假设分析失败：',
  },
  en: {
    heading: 'What if', pace: 'Assumed pace', reset: "Back to the scenario's pace", assumed: "scenario's pace", running: 'computing…',
    result: (run, now, flag) => `P(meet) ${run} → ${now} (${flag})`,
    takes: (needed, unit, p, assumed) => needed === null ? `No pace reaches P(meet) ${p}` : `P(meet) ${p} needs ${needed} ${unit}; the scenario assumes ${assumed}`,
    none: { settled: 'Settled by a recorded figure: nothing to vary.', 'insufficient-data': 'Insufficient data: no forecast to vary.', 'out-of-reach': 'A recorded year already decides it: no pace gets there.' },
    busy: 'Too many requests; retrying shortly…', failed: 'What-if failed: ',
  },
};

const whatIf = { pair: null, forecast: null, pace: null, timer: null, controller: null, answer: null };

function wt(key, ...args) {
  const entry = (WHAT_IF_TEXT[state.lang] ?? WHAT_IF_TEXT.en)[key];
  return typeof entry === 'function' ? entry(...args) : entry;
}

function paceText(value, pace) {
  if (value === null || value === undefined) return '—';
  return pace.measure === 'units-per-year' ? fmt(value, Math.abs(value) >= 100 ? 0 : 2) : `${value > 0 ? '+' : ''}${fmt(value, 2)}`;
}

// The slider spans the scenario's pace and what it takes, with room either side; a flow's pace stays above zero.
function paceRange(pace) {
  const a = pace.assumed, n = pace.needed ?? pace.assumed;
  const room = Math.max(Math.abs(n - a), Math.abs(a) * 0.25, pace.measure === 'units-per-year' ? 1 : 0.5);
  let lo = Math.min(a, n) - room, hi = Math.max(a, n) + room;
  if (pace.measure === 'units-per-year') lo = Math.max(lo, Math.min(a, n) / 10);
  if (pace.measure === 'percent-per-year') lo = Math.max(lo, -99);
  return { lo, hi, step: (hi - lo) / 200 };
}

function renderWhatIf(forecast) {
  const panel = document.getElementById('what-if');
  const samePair = whatIf.pair === forecast?.definition?.pair;
  whatIf.pair = forecast?.definition?.pair ?? null;
  whatIf.forecast = forecast;
  if (!samePair) { whatIf.pace = null; whatIf.answer = null; }
  document.getElementById('what-if-heading').textContent = wt('heading');
  document.getElementById('what-if-label').textContent = wt('pace');
  document.getElementById('what-if-reset').textContent = wt('reset');
  const note = document.getElementById('what-if-note');
  const controls = document.getElementById('what-if-controls');
  panel.hidden = !forecast;
  if (!forecast) return;
  const pace = forecast.whatItTakes;
  if (!pace) {
    controls.hidden = true;
    note.textContent = wt('none')[forecast.whatItTakesNote] ?? wt('none')['insufficient-data'];
    return;
  }

  controls.hidden = false;
  note.textContent = wt('takes', pace.needed === null ? null : paceText(pace.needed, pace), pace.unit, fmt(pace.probability, 2), paceText(pace.assumed, pace));
  const { lo, hi, step } = paceRange(pace);
  const range = document.getElementById('what-if-range');
  const number = document.getElementById('what-if-pace');
  for (const input of [range, number]) {
    input.min = String(lo);
    input.max = String(hi);
    input.step = String(step);
  }
  number.step = 'any';
  const current = whatIf.pace ?? pace.assumed;
  range.value = String(current);
  number.value = String(Number(current.toPrecision(6)));
  document.getElementById('what-if-unit').textContent = pace.unit;
  if (whatIf.answer) showAnswer(whatIf.answer);
  else document.getElementById('what-if-result').textContent = '';
}

function showAnswer(answer) {
  const forecast = whatIf.forecast;
  const result = document.getElementById('what-if-result');
  if (answer.pMeet === null) {
    result.textContent = wt('none')[answer.noForecast] ?? '';
    return;
  }
  result.textContent = wt('result', fmt(answer.runPMeet, 3), fmt(answer.pMeet, 3), t(answer.flag));
  result.dataset.flag = answer.flag;
  result.dataset.pmeet = String(answer.pMeet);
  const chart = fanChart({ ...forecast, fan: answer.fan });
  chart.classList.add('what-if');
  chart.dataset.pace = String(answer.pace);
  document.getElementById('fan').replaceChildren(chart);
}

function askWhatIf(pace) {
  whatIf.pace = pace;
  clearTimeout(whatIf.timer);
  whatIf.timer = setTimeout(() => sendWhatIf(whatIf.pair, pace), WHAT_IF_DEBOUNCE_MS);
}

async function sendWhatIf(pair, pace) {
  whatIf.controller?.abort();
  const controller = new AbortController();
  whatIf.controller = controller;
  const result = document.getElementById('what-if-result');
  result.textContent = wt('running');
  try {
    const response = await fetch(withScenario(`/api/pairs/${pair}/what-if`), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ pace }),
      signal: controller.signal,
    });
    if (response.status === 429) {
      result.textContent = wt('busy');
      const wait = Number(response.headers.get('Retry-After') ?? '1') * 1000;
      whatIf.timer = setTimeout(() => sendWhatIf(pair, pace), wait);
      return;
    }
    const body = await response.json();
    if (!response.ok) {
      result.textContent = wt('failed') + (body.detail ?? response.status);
      return;
    }
    if (pair !== whatIf.pair || pace !== whatIf.pace) return;
    whatIf.answer = body;
    showAnswer(body);
  } catch (error) {
    if (error.name !== 'AbortError') result.textContent = wt('failed') + (error.message ?? error);
  }
}

document.getElementById('what-if-range').addEventListener('input', (e) => {
  const pace = Number(e.target.value);
  document.getElementById('what-if-pace').value = String(Number(pace.toPrecision(6)));
  askWhatIf(pace);
});

document.getElementById('what-if-pace').addEventListener('change', (e) => {
  const pace = Number(e.target.value);
  if (e.target.value === '' || !Number.isFinite(pace)) return;
  document.getElementById('what-if-range').value = String(pace);
  askWhatIf(pace);
});

document.getElementById('what-if-reset').addEventListener('click', () => {
  clearTimeout(whatIf.timer);
  whatIf.controller?.abort();
  whatIf.pace = null;
  whatIf.answer = null;
  const forecast = whatIf.forecast;
  if (forecast) document.getElementById('fan').replaceChildren(fanChart(forecast));
  renderWhatIf(forecast);
});

document.addEventListener('pair-rendered', (e) => renderWhatIf(e.detail.forecast));
