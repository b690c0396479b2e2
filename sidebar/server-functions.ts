// Every server function the sidebar calls through its typed wrapper (sidebar/rpc.ts). The bundle test checks
// that each is a top-level function of dist/Code.js; the preview server answers only these.
import type { RpcName } from '../src/shared/rpc';

const NAMES: Record<RpcName, true> = {
  getDashboard: true,
  addMeasureForQuestion: true,
  generateDocument: true,
  pullComments: true,
};

export const SERVER_FUNCTIONS: string[] = Object.keys(NAMES);
