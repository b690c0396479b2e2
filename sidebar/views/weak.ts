// Weak questions: sorted by gap, with part scores, the recommendation and a button that adds a measure.
import type { DashboardDto, WeakQuestionDto } from '../../src/shared/rpc';
import { call } from '../rpc';
import { el } from '../dom';
import { partLabels, score } from '../format';
import { Ctx, isBusy } from '../state';

function scoresLine(q: WeakQuestionDto, threshold: number): HTMLElement {
  const labels = partLabels(q.scores.length);
  const line = el('div', { class: 'scores' });
  q.scores.forEach((s, i) => {
    const weak = typeof s === 'number' && s < threshold;
    line.appendChild(el('span', { class: weak ? 'part weak' : 'part' }, `${labels[i]} `, el('b', {}, score(s))));
  });
  line.appendChild(el('span', { class: 'part gap' }, `ห่างเกณฑ์ ${score(q.gap)}`));
  return line;
}

function card(q: WeakQuestionDto, d: DashboardDto, ctx: Ctx): HTMLElement {
  const key = `add:${q.code}`;
  const c = el(
    'article',
    { class: 'card question', 'data-code': q.code },
    el(
      'div',
      { class: 'q-head' },
      el('span', { class: 'code' }, q.code.toUpperCase()),
      el('span', { class: 'muted' }, `${q.instrument} · ตัวชี้วัดที่ ${q.indicator}`),
    ),
    el('p', { class: 'q-text' }, q.text),
    scoresLine(q, d.weakThreshold),
  );
  if (q.problem) c.appendChild(el('p', {}, el('b', {}, 'ปัญหา: '), q.problem));
  if (q.measure) c.appendChild(el('p', {}, el('b', {}, 'ควรทำ: '), q.measure));
  if (q.oitRefs.length) c.appendChild(el('p', { class: 'muted' }, `ข้อ OIT ที่เกี่ยวข้อง: ${q.oitRefs.join(', ')}`));
  if (q.coveredBy) {
    c.appendChild(el('p', { class: 'covered' }, `✓ มีมาตรการ ${q.coveredBy} รองรับแล้ว`));
  } else if (q.canAdd) {
    const busy = isBusy(ctx.state, key);
    const button = el(
      'button',
      {
        type: 'button',
        class: 'primary add-measure',
        disabled: busy,
        'aria-label': busy ? `กำลังเพิ่มข้อ ${q.code} เป็นมาตรการ` : `เพิ่มข้อ ${q.code} เป็นมาตรการ`,
      },
      busy ? 'กำลังเพิ่ม…' : 'เพิ่มเป็นมาตรการ',
    );
    button.addEventListener('click', () =>
      ctx.act(key, async () => (await call('addMeasureForQuestion', q.code)).message),
    );
    c.appendChild(button);
  }
  return c;
}

export function weakView(d: DashboardDto, ctx: Ctx): HTMLElement {
  const root = el('div', { class: 'view', id: 'view-weak' });
  root.appendChild(
    el(
      'p',
      { class: 'muted' },
      d.weakQuestions.length
        ? `ข้อคำถามที่ต่ำกว่า ${d.weakThreshold} คะแนน ${d.weakQuestions.length} ข้อ เรียงจากห่างเกณฑ์มากที่สุด`
        : `ไม่มีข้อคำถามที่ต่ำกว่า ${d.weakThreshold} คะแนน`,
    ),
  );
  for (const q of d.weakQuestions) root.appendChild(card(q, d, ctx));
  return root;
}
