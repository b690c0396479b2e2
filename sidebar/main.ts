// The ITA sidebar: tabs over one dashboard DTO read from the server (getDashboard), actions that run once
// at a time per button, every failure shown as a Thai message inside the sidebar, refresh after actions.
import type { DashboardDto } from '../src/shared/rpc';
import { call } from './rpc';
import { thaiError } from '../src/core/errors';
import { clear, el } from './dom';
import { Ctx, State, TABS, TabId } from './state';
import { dashboardView } from './views/dashboard';
import { weakView } from './views/weak';
import { measuresView } from './views/measures';
import { documentsView } from './views/documents';

const state: State = { tab: 'dashboard', data: null, pending: new Set(), division: '', docs: {} };

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function showError(text: string | null): void {
  const box = $('error');
  box.textContent = text ?? '';
  box.hidden = !text;
}

function showNotice(text: string | null): void {
  const box = $('notice');
  box.textContent = text ?? '';
  box.hidden = !text;
}

function selectTab(id: TabId, focus = false): void {
  state.tab = id;
  showNotice(null);
  render();
  if (focus) document.getElementById(`tab-${id}`)?.focus();
}

/** Arrow keys move between tabs (wrapping), Home/End go to the first/last: the WAI-ARIA tabs pattern. */
function onTabKey(e: KeyboardEvent): void {
  const i = TABS.findIndex((t) => t.id === state.tab);
  const next =
    e.key === 'ArrowRight'
      ? (i + 1) % TABS.length
      : e.key === 'ArrowLeft'
        ? (i - 1 + TABS.length) % TABS.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? TABS.length - 1
            : -1;
  if (next < 0) return;
  e.preventDefault();
  selectTab(TABS[next].id, true);
}

function renderTabs(): void {
  const nav = $('tabs');
  clear(nav);
  for (const t of TABS) {
    const count =
      t.id === 'weak' && state.data
        ? state.data.weakQuestions.length +
          (state.data.suggestedMeasures ?? []).filter((s) => s.level !== 'question' && !s.maintain).length
        : null;
    const selected = state.tab === t.id;
    const b = el(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${t.id}`,
        'aria-selected': String(selected),
        'aria-controls': 'content',
        tabindex: selected ? 0 : -1,
        'data-tab': t.id,
        class: selected ? 'tab active' : 'tab',
      },
      t.label,
      count ? el('span', { class: 'count', 'aria-label': `${count} ข้อ` }, String(count)) : null,
    );
    b.addEventListener('click', () => selectTab(t.id));
    b.addEventListener('keydown', onTabKey);
    nav.appendChild(b);
  }
  const panel = $('content');
  panel.setAttribute('role', 'tabpanel');
  panel.setAttribute('aria-labelledby', `tab-${state.tab}`);
}

function issuesView(d: DashboardDto): HTMLElement {
  return el(
    'section',
    { class: 'card issues' },
    el('h2', {}, 'ยังวิเคราะห์ผลไม่ได้'),
    el('ul', {}, ...d.issues.map((i) => el('li', {}, i))),
    el('p', { class: 'muted' }, 'แก้ไขในสมุดงานแล้วกดปุ่ม ⟳ เพื่อโหลดใหม่'),
  );
}

function warningsView(d: DashboardDto): HTMLElement | null {
  if (!d.warnings.length) return null;
  return el(
    'details',
    { class: 'warnings' },
    el('summary', {}, `ข้อควรทราบ ${d.warnings.length} รายการ`),
    el('ul', {}, ...d.warnings.map((w) => el('li', {}, w))),
  );
}

function render(): void {
  renderTabs();
  const content = $('content');
  clear(content);
  ($('refresh') as HTMLButtonElement).disabled = state.pending.has('refresh');
  const d = state.data;
  if (!d) {
    content.appendChild(
      el('p', { class: 'muted' }, state.pending.has('refresh') ? 'กำลังโหลดข้อมูลจากสมุดงาน…' : 'ยังไม่มีข้อมูล'),
    );
    return;
  }
  if (!d.ok && state.tab !== 'documents') {
    content.appendChild(issuesView(d));
    return;
  }
  const view =
    state.tab === 'dashboard'
      ? dashboardView(d)
      : state.tab === 'weak'
        ? weakView(d, ctx)
        : state.tab === 'measures'
          ? measuresView(d, ctx)
          : documentsView(d, ctx);
  content.appendChild(view);
  const w = state.tab === 'dashboard' ? warningsView(d) : null;
  if (w) content.appendChild(w);
}

async function refresh(): Promise<void> {
  if (state.pending.has('refresh')) return;
  state.pending.add('refresh');
  render();
  try {
    state.data = await call('getDashboard');
  } catch (e) {
    showError(thaiError(e));
  } finally {
    state.pending.delete('refresh');
    render();
  }
}

const ctx: Ctx = {
  state,
  rerender: render,
  act(key, run) {
    if (state.pending.has(key)) return;
    state.pending.add(key);
    showError(null);
    showNotice(null);
    render();
    run()
      .then((notice) => {
        if (notice) showNotice(notice);
      })
      .catch((e: unknown) => showError(thaiError(e)))
      .finally(() => {
        state.pending.delete(key);
        render();
        void refresh();
      });
  },
};

$('refresh').addEventListener('click', () => {
  showError(null);
  void refresh();
});
render();
void refresh();
