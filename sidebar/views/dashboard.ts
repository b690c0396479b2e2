// Dashboard: overall score, level and gap; instruments; the indicator chart; trend per indicator.
import type { DashboardDto } from '../../src/shared/rpc';
import { indicatorChart, sparkline } from '../chart';
import { el } from '../dom';
import { gapText, score, signed } from '../format';

/** The last `max` years of the trend (and their values), oldest first. */
function lastYears(d: DashboardDto, max: number): { years: number[]; from: number } {
  const from = Math.max(0, d.trend.years.length - max);
  return { years: d.trend.years.slice(from), from };
}

function trendSection(d: DashboardDto): HTMLElement {
  const { years, from } = lastYears(d, 3);
  const section = el('section', { class: 'card', id: 'trend' }, el('h2', {}, 'แนวโน้มรายตัวชี้วัด'));
  if (years.length < 2) {
    section.appendChild(
      el(
        'p',
        { class: 'muted' },
        `มีคะแนนในสมุดงานเพียงปี ${years.join(', ') || '–'} เพิ่มคะแนนปีก่อน ๆ ในชีต "คะแนนรายปี" เพื่อดูแนวโน้ม`,
      ),
    );
    return section;
  }
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, 'ตัวชี้วัด'),
    ...years.map((y) => el('th', { scope: 'col', class: 'num' }, String(y))),
    el('th', { scope: 'col' }, el('span', { class: 'sr-only' }, 'กราฟแนวโน้มทุกปี')),
  );
  const rows = d.trend.series.map((s) => {
    const ind = d.indicators.find((i) => i.number === s.number);
    const vals = s.values.slice(from);
    return el(
      'tr',
      { class: ind?.pass === false ? 'fail' : '' },
      el('td', { title: ind?.name ?? '' }, String(s.number)),
      ...vals.map((v) => el('td', { class: 'num' }, score(v))),
      el('td', {}, sparkline(s.values, d.target)),
    );
  });
  section.appendChild(el('table', { class: 'trend' }, el('thead', {}, head), el('tbody', {}, ...rows)));
  return section;
}

export function dashboardView(d: DashboardDto): HTMLElement {
  const o = d.overall;
  const root = el('div', { class: 'view', id: 'view-dashboard' });
  const head = el(
    'section',
    { class: `card overall ${o?.pass === false ? 'fail' : 'pass'}` },
    el('div', { class: 'agency' }, [d.agency, d.year ? `ITA ปี ${d.year}` : ''].filter(Boolean).join(' · ')),
    el('div', { class: 'big', id: 'overall-score' }, score(o?.score)),
    el('div', { class: 'level', id: 'overall-level' }, o?.level ?? 'ยังไม่มีระดับ'),
    el('div', { class: 'gap', id: 'overall-gap' }, `${gapText(o?.gap)} (เป้าหมาย ${d.target})`),
  );
  root.appendChild(head);

  const inst = el('section', { class: 'card' }, el('h2', {}, 'แบบวัด'));
  const grid = el('div', { class: 'instruments' });
  for (const i of d.instruments) {
    grid.appendChild(
      el(
        'div',
        {
          class: `instrument ${i.pass === false ? 'fail' : ''}`,
          title: i.name,
          role: 'group',
          'aria-label': `${i.id} ${i.name}`,
          'data-instrument': i.id,
        },
        el('div', { class: 'code' }, i.id),
        el('div', { class: 'score' }, score(i.score)),
        el('div', { class: 'change' }, signed(i.change)),
      ),
    );
  }
  inst.appendChild(grid);
  // The instruments' names in words (visible, not only as a hover title).
  inst.appendChild(
    el('ul', { class: 'instrument-names' }, ...d.instruments.map((i) => el('li', {}, el('b', {}, i.id), ` ${i.name}`))),
  );
  root.appendChild(inst);

  const failing = d.indicators.filter((i) => i.pass === false);
  const chart = el('section', { class: 'card', id: 'indicators' }, el('h2', {}, 'ตัวชี้วัด 10 ตัว'));
  chart.appendChild(indicatorChart(d.indicators, d.target));
  const list = el('ol', { class: 'indicator-names' });
  for (const i of d.indicators) {
    list.appendChild(
      el(
        'li',
        { class: i.pass === false ? 'fail' : '', value: i.number, 'data-indicator': i.number },
        `${i.name} `,
        el('b', {}, score(i.score)),
        i.pass === false ? el('span', { class: 'badge fail' }, 'ต่ำกว่าเป้าหมาย') : null,
      ),
    );
  }
  chart.appendChild(
    el(
      'p',
      { class: failing.length ? 'alert-line' : 'muted' },
      failing.length ? `ต่ำกว่าเป้าหมาย ${failing.length} ตัวชี้วัด` : 'ทุกตัวชี้วัดผ่านเป้าหมาย',
    ),
  );
  chart.appendChild(list);
  root.appendChild(chart);
  root.appendChild(trendSection(d));
  return root;
}
