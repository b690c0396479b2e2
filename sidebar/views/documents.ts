// Documents: generate or update each kind (progress while it runs, the link when done), out-of-date mark,
// open comments and a button to pull them.
import type { DashboardDto, DocumentKindDto, DocumentStatusDto } from '../../src/shared/rpc';
import { call } from '../rpc';
import { el, link } from '../dom';
import { thaiError } from '../../src/core/errors';
import { Ctx, isBusy } from '../state';

function docCard(k: DocumentKindDto, status: DocumentStatusDto | undefined, ctx: Ctx): HTMLElement {
  const key = `doc:${k.kind}`;
  const running = ctx.state.pending.has(key);
  const outcome = ctx.state.docs[k.kind];
  const url = status?.url ?? outcome?.url ?? null;
  const card = el('article', { class: 'card doc', 'data-kind': k.kind }, el('h3', {}, k.label));
  if (status) {
    if (status.title) card.appendChild(el('div', { class: 'doc-title' }, status.title));
    card.appendChild(
      el(
        'div',
        { class: 'doc-meta' },
        status.version !== null ? `ฉบับที่ ${status.version}` : '',
        status.generatedAt ? ` · ${status.generatedAt}` : '',
        !status.checked
          ? el('span', { class: 'badge warn not-checked' }, 'ตรวจสอบไม่ได้')
          : status.outOfDate
            ? el('span', { class: 'badge warn out-of-date' }, 'ไม่เป็นปัจจุบัน')
            : el('span', { class: 'badge ok up-to-date' }, 'เป็นปัจจุบัน'),
      ),
    );
    if (!status.checked) {
      card.appendChild(
        el(
          'p',
          { class: 'doc-unchecked' },
          `ตรวจไม่ได้ว่าเอกสารเป็นปัจจุบันหรือไม่ เพราะอ่านข้อมูลในสมุดงานไม่ได้: ${status.uncheckedReason ?? ''}`,
        ),
      );
    }
    if (status.openComments > 0)
      card.appendChild(el('div', { class: 'comments' }, `ความเห็นที่ยังไม่ปิด ${status.openComments} รายการ`));
  }
  if (url) card.appendChild(el('div', { class: 'doc-link' }, link(url, 'เปิดเอกสาร ↗')));
  // link(): target="_blank", only http(s), the URL set as an attribute (never parsed as HTML).
  if (status?.pdfUrl) card.appendChild(el('div', { class: 'pdf-link' }, link(status.pdfUrl, 'เปิดไฟล์ PDF ↗')));
  if (running) {
    card.appendChild(
      el(
        'div',
        { class: 'running', role: 'status' },
        el('progress', { 'aria-label': 'กำลังสร้างเอกสาร' }),
        'กำลังสร้างเอกสาร อาจใช้เวลาสักครู่…',
      ),
    );
  } else if (outcome?.message) {
    // The link is shown above: leave the bare URL line out of the message.
    const text = outcome.message
      .split('\n')
      .filter((l) => !/^https?:\/\/\S+$/.test(l.trim()))
      .join('\n');
    card.appendChild(
      el('p', outcome.failed ? { class: 'doc-message error', role: 'alert' } : { class: 'doc-message' }, text),
    );
  }
  const verb = status?.url ? 'ปรับปรุงเอกสาร' : 'สร้างเอกสาร';
  const button = el(
    'button',
    { type: 'button', class: 'primary generate', disabled: isBusy(ctx.state, key), 'aria-label': `${verb} ${k.label}` },
    verb,
  );
  button.addEventListener('click', () =>
    ctx.act(key, async () => {
      // Success or failure, the outcome goes to this card only: a failed generation's message is shown
      // once, here, next to the button that failed (not again in the sidebar's error area).
      try {
        const r = await call('generateDocument', k.kind);
        const failed = !r || r.ok === false;
        const fallback = failed ? 'สร้างเอกสารไม่สำเร็จ กรุณาลองใหม่อีกครั้ง' : 'สร้างเอกสารแล้ว';
        const message = typeof r?.message === 'string' && r.message ? r.message : fallback;
        ctx.state.docs[k.kind] = { message, url: typeof r?.url === 'string' && r.url ? r.url : null, failed };
      } catch (e) {
        ctx.state.docs[k.kind] = { message: thaiError(e), url: null, failed: true };
      }
      return null;
    }),
  );
  card.appendChild(button);
  return card;
}

export function documentsView(d: DashboardDto, ctx: Ctx): HTMLElement {
  const root = el('div', { class: 'view', id: 'view-documents' });
  for (const k of d.documentKinds)
    root.appendChild(
      docCard(
        k,
        d.documents.find((s) => s.kind === k.kind),
        ctx,
      ),
    );
  const open = d.documents.reduce((n, s) => n + (s.openComments || 0), 0);
  const pull = el(
    'button',
    { type: 'button', class: 'pull', disabled: isBusy(ctx.state, 'pull') },
    isBusy(ctx.state, 'pull') ? 'กำลังดึงความเห็น…' : 'ดึงความเห็นจากเอกสาร',
  );
  pull.addEventListener('click', () =>
    ctx.act('pull', async () => {
      const r = await call('pullComments');
      if (r && r.ok === false) throw new Error(typeof r.message === 'string' ? r.message : 'ดึงความเห็นไม่สำเร็จ');
      return typeof r?.message === 'string' ? r.message : 'ดึงความเห็นแล้ว';
    }),
  );
  root.appendChild(el('section', { class: 'card' }, el('h2', {}, `ความเห็นของผู้ตรวจ (ยังไม่ปิด ${open})`), pull));
  return root;
}
