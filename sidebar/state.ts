// The sidebar's state and what a view may ask the app to do.
import type { DashboardDto } from '../src/shared/rpc';

export type TabId = 'dashboard' | 'weak' | 'measures' | 'documents';

export const TABS: { id: TabId; label: string }[] = [
  { id: 'dashboard', label: 'ภาพรวม' },
  { id: 'weak', label: 'ข้อที่ต้องพัฒนา' },
  { id: 'measures', label: 'มาตรการ' },
  { id: 'documents', label: 'เอกสาร' },
];

export interface DocOutcome {
  message: string;
  url: string | null;
  /** The generation failed: its Thai message is shown once, in the document's card (not in the error area). */
  failed: boolean;
}

export interface State {
  tab: TabId;
  data: DashboardDto | null;
  /** Keys of actions running now ("add:e7", "doc:measures-plan", "pull", "refresh"): their buttons stay disabled. */
  pending: Set<string>;
  /** Division shown in the measures list ("" = all). */
  division: string;
  /** Last result of each document generation, by kind. */
  docs: Record<string, DocOutcome>;
}

export interface Ctx {
  state: State;
  /** Runs an action once (ignored while the same key runs); shows its Thai failure; refreshes after. */
  act(key: string, run: () => Promise<string | null>): void;
  rerender(): void;
}

/** A button bound to an action key: disabled while that action (or a refresh) runs. */
export function isBusy(state: State, key: string): boolean {
  return state.pending.has(key) || state.pending.has('refresh');
}
