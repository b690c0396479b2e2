// Inline SVG charts: the 10 indicators against the target, and a sparkline of one indicator's trend.
// Labels go in through textContent (svg() helper), never as markup.
import type { IndicatorDto } from '../src/shared/rpc';
import { svg } from './dom';
import { score } from './format';

export const CHART_WIDTH = 276;
const ROW = 19;
const TOP = 16;
const LABEL_W = 20;
const VALUE_W = 40;

/** Lower end of the score axis: 50, or lower when a score is below it (in steps of 10). */
export function axisMin(scores: (number | null)[], target: number): number {
  const lows = scores.filter((s): s is number => typeof s === 'number');
  const lowest = Math.min(target, ...lows);
  return Math.max(0, Math.min(50, Math.floor((lowest - 5) / 10) * 10));
}

/** Horizontal bars, one per indicator, with a dashed target line; failing bars are red and marked. */
export function indicatorChart(indicators: IndicatorDto[], target: number): SVGElement {
  const lo = axisMin(
    indicators.map((i) => i.score),
    target,
  );
  const hi = 100;
  const x0 = LABEL_W + 4;
  const x1 = CHART_WIDTH - VALUE_W;
  const x = (v: number) => x0 + ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * (x1 - x0);
  const height = TOP + indicators.length * ROW + 14;
  const root = svg('svg', {
    viewBox: `0 0 ${CHART_WIDTH} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': `คะแนนตัวชี้วัด 1–10 เทียบกับเป้าหมาย ${target}`,
    class: 'chart',
  });
  indicators.forEach((ind, k) => {
    const y = TOP + k * ROW;
    const fail = ind.pass === false;
    const g = svg('g', { class: fail ? 'bar fail' : 'bar', 'data-indicator': ind.number });
    g.appendChild(svg('title', {}, `ตัวชี้วัดที่ ${ind.number} ${ind.name}: ${score(ind.score)}`));
    g.appendChild(svg('text', { x: LABEL_W, y: y + 12, 'text-anchor': 'end', class: 'axis' }, String(ind.number)));
    if (ind.score !== null) {
      g.appendChild(svg('rect', { x: x0, y: y + 2, width: Math.max(x(ind.score) - x0, 1), height: ROW - 6, rx: 2 }));
    }
    g.appendChild(
      svg(
        'text',
        { x: CHART_WIDTH - 2, y: y + 12, 'text-anchor': 'end', class: 'value' },
        (fail ? '✕ ' : '') + score(ind.score),
      ),
    );
    root.appendChild(g);
  });
  const tx = x(target);
  root.appendChild(svg('line', { x1: tx, x2: tx, y1: TOP - 4, y2: TOP + indicators.length * ROW, class: 'target' }));
  root.appendChild(svg('text', { x: tx, y: 10, 'text-anchor': 'middle', class: 'target-label' }, `เป้าหมาย ${target}`));
  const axisY = TOP + indicators.length * ROW + 11;
  root.appendChild(svg('text', { x: x0, y: axisY, 'text-anchor': 'start', class: 'axis' }, String(lo)));
  root.appendChild(svg('text', { x: x1, y: axisY, 'text-anchor': 'end', class: 'axis' }, String(hi)));
  return root;
}

/** A small line of values over the years (nulls break the line); empty when fewer than two values. */
export function sparkline(values: (number | null)[], target: number, width = 60, height = 18): SVGElement {
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'spark', 'aria-hidden': 'true' });
  const known = values.filter((v): v is number => typeof v === 'number');
  if (known.length < 2) return root;
  const lo = Math.min(target, ...known) - 1;
  const hi = Math.max(target, ...known) + 1;
  const px = (i: number) => (values.length === 1 ? width / 2 : 2 + (i / (values.length - 1)) * (width - 4));
  const py = (v: number) => height - 2 - ((v - lo) / (hi - lo)) * (height - 4);
  root.appendChild(svg('line', { x1: 0, x2: width, y1: py(target), y2: py(target), class: 'spark-target' }));
  let d = '';
  values.forEach((v, i) => {
    if (typeof v !== 'number') return;
    d += `${d && typeof values[i - 1] === 'number' ? 'L' : 'M'}${px(i).toFixed(1)} ${py(v).toFixed(1)} `;
  });
  root.appendChild(svg('path', { d: d.trim(), class: 'spark-line' }));
  const last = values.length - 1;
  const lv = values[last];
  if (typeof lv === 'number')
    root.appendChild(
      svg('circle', { cx: px(last), cy: py(lv), r: 2, class: lv < target ? 'spark-dot fail' : 'spark-dot' }),
    );
  return root;
}
