// Weak questions: sorted by gap, with part scores, the recommendation and a button that adds a measure.
import type { DashboardDto, SuggestedMeasureDto, WeakQuestionDto } from '../../src/shared/rpc';
import { call } from '../rpc';
import { el } from '../dom';
import { gapText, partLabels, score } from '../format';
import { Ctx, isBusy } from '../state';

function scoresLine(q: WeakQuestionDto, threshold: number): HTMLElement {
  const labels = partLabels(q.scores.length);
  const line = el('div', { class: 'scores' });
  q.scores.forEach((s, i) => {
    const weak = typeof s === 'number' && s < threshold;
    line.appendChild(el('span', { class: weak ? 'part weak' : 'part' }, `${labels[i]} `, el('b', {}, score(s))));
  });
  line.appendChild(el('span', { class: 'part gap' }, gapText(q.gap, 'เกณฑ์')));
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

/** A measure the result calls for above the question level (a failing indicator or instrument, missed OIT items, keeping a passing result). */
function suggestionCard(s: SuggestedMeasureDto): HTMLElement {
  const c = el(
    'article',
    { class: 'card suggestion', 'data-key': s.key },
    el('div', { class: 'q-head' }, el('span', { class: 'muted' }, `ตัวชี้วัดที่ ${s.indicator}`)),
    el('p', { class: 'q-text' }, el('b', {}, s.title)),
    el('p', { class: 'muted' }, s.reason),
  );
  if (s.oitRefs.length) c.appendChild(el('p', { class: 'muted' }, `ข้อ OIT ที่เกี่ยวข้อง: ${s.oitRefs.join(', ')}`));
  c.appendChild(
    s.coveredBy
      ? el('p', { class: 'covered' }, `✓ มีมาตรการ ${s.coveredBy} รองรับแล้ว`)
      : el('p', { class: 'muted' }, 'ยังไม่มีในชีตมาตรการ: ใช้เมนู เสนอมาตรการ เพื่อเพิ่ม'),
  );
  return c;
}

export function weakView(d: DashboardDto, ctx: Ctx): HTMLElement {
  const root = el('div', { class: 'view', id: 'view-weak' });
  root.appendChild(
    el(
      'p',
      { class: 'muted' },
      d.questionScoresNote
        ? d.questionScoresNote
        : d.weakQuestions.length
          ? `ข้อคำถามที่ต่ำกว่า ${d.weakThreshold} คะแนน ${d.weakQuestions.length} ข้อ เรียงจากที่ต่ำกว่าเกณฑ์มากที่สุด`
          : `ไม่มีข้อคำถามที่ต่ำกว่า ${d.weakThreshold} คะแนน`,
    ),
  );
  for (const q of d.weakQuestions) root.appendChild(card(q, d, ctx));
  const others = (d.suggestedMeasures ?? []).filter((s) => s.level !== 'question');
  if (others.length) {
    const keep = others.every((s) => s.maintain);
    root.appendChild(
      el(
        'p',
        { class: 'muted' },
        keep
          ? 'ไม่มีส่วนใดต่ำกว่าค่าเป้าหมาย มาตรการรักษามาตรฐานที่เสนอ:'
          : `มาตรการที่เสนอตามตัวชี้วัดและแบบวัดที่ต่ำกว่าค่าเป้าหมาย ${others.length} รายการ เรียงจากที่ต่ำกว่าค่าเป้าหมายมากที่สุด`,
      ),
    );
    for (const s of others) root.appendChild(suggestionCard(s));
  }
  return root;
}
