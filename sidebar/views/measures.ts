// Measures and results: progress of the results, a division filter, the list with division and status.
import type { DashboardDto } from '../../src/shared/rpc';
import { el } from '../dom';
import { STATUS_TEXT, divisionOptions, inDivision, percent } from '../format';
import { Ctx } from '../state';

function progressBar(d: DashboardDto): HTMLElement {
  const p = d.progress;
  const bar = el('div', { class: 'progress', role: 'img', 'aria-label': `ดำเนินการแล้ว ${p.done} จาก ${p.total}` });
  const seg = (n: number, cls: string) => el('span', { class: cls, style: `width:${percent(n, p.total)}%` });
  bar.appendChild(seg(p.done, 'seg done'));
  bar.appendChild(seg(p.inProgress, 'seg in-progress'));
  return el(
    'section',
    { class: 'card', id: 'progress' },
    el('h2', {}, `ความคืบหน้า ${percent(p.done, p.total)}%`),
    bar,
    el(
      'ul',
      { class: 'legend' },
      el('li', {}, el('i', { class: 'dot done' }), `ดำเนินการแล้ว ${p.done}`),
      el('li', {}, el('i', { class: 'dot in-progress' }), `กำลังดำเนินการ ${p.inProgress}`),
      el('li', {}, el('i', { class: 'dot not-started' }), `ยังไม่เริ่ม ${p.notStarted}`),
    ),
  );
}

export function measuresView(d: DashboardDto, ctx: Ctx): HTMLElement {
  const root = el('div', { class: 'view', id: 'view-measures' });
  root.appendChild(progressBar(d));
  const options = divisionOptions(
    d.divisions,
    d.measures.flatMap((m) => m.divisions),
  );
  const select = el(
    'select',
    { id: 'division-filter', 'aria-label': 'กรองตามกอง/สำนัก' },
    el('option', { value: '' }, 'แสดงทั้งหมด'),
  );
  for (const o of options) select.appendChild(el('option', { value: o, selected: o === ctx.state.division }, o));
  select.addEventListener('change', () => {
    ctx.state.division = select.value;
    ctx.rerender();
  });
  root.appendChild(el('label', { class: 'filter' }, 'ผู้รับผิดชอบ ', select));

  const shown = d.measures.filter((m) => inDivision(m, ctx.state.division));
  if (!d.measures.length) {
    root.appendChild(el('p', { class: 'muted' }, 'ยังไม่มีมาตรการ เพิ่มได้จากแท็บ "ข้อที่ต้องพัฒนา" หรือในชีต "มาตรการ"'));
    return root;
  }
  if (!shown.length) root.appendChild(el('p', { class: 'muted' }, 'ไม่มีมาตรการของกอง/สำนักนี้'));
  const list = el('ul', { class: 'measures' });
  for (const m of shown) {
    list.appendChild(
      el(
        'li',
        { class: `measure ${m.status}`, 'data-id': m.id },
        el(
          'div',
          { class: 'm-head' },
          el('span', { class: 'code' }, m.id || '–'),
          el('span', { class: `status ${m.status}` }, STATUS_TEXT[m.status]),
        ),
        el('div', { class: 'm-title' }, m.title),
        el(
          'div',
          { class: 'muted' },
          m.division || 'ยังไม่ระบุผู้รับผิดชอบ',
          m.questions.length ? ` · ข้อ ${m.questions.join(', ')}` : '',
        ),
      ),
    );
  }
  root.appendChild(list);
  return root;
}
