// The seed 001 documents' input now lives in scripts/seed-001.ts (scripts must not import test/).
// Kept for test/cli/page-count.test.ts, whose owner switches its import; then this file goes.
export { seed001Input } from '../../scripts/seed-001';
