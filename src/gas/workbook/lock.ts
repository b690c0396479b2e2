// Every write runs under the document lock; a second user gets a plain Thai message.
import { withTableScope } from './tables';

export const BUSY_MESSAGE = 'มีผู้ใช้อื่นกำลังบันทึกข้อมูลในสมุดงานนี้ กรุณาลองใหม่อีกครั้งในอีกสักครู่';
/** How long to wait for another user's run to finish before giving up (ms). */
export const LOCK_WAIT_MS = 3000;

export class BusyError extends Error {
  constructor() {
    super(BUSY_MESSAGE);
  }
}

/**
 * Runs `fn` holding the document lock; flushes before releasing. Throws BusyError when it is held. The
 * tables are located at most once inside (withTableScope).
 */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) throw new BusyError();
  try {
    const value = withTableScope(fn);
    SpreadsheetApp.flush();
    return value;
  } finally {
    lock.releaseLock();
  }
}
