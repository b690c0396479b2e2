// A typed promise wrapper around google.script.run, driven by the contract in src/shared/rpc.ts.
// A failure rejects with an Error whose message is the server's Thai message.
import type { RpcArgs, RpcName, RpcResult } from '../src/shared/rpc';
import { errorText, thaiError } from '../src/core/errors';

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
}

declare const google: { script: { run: Runner } } | undefined;

export const NOT_IN_SHEETS = 'เปิดแผงนี้จากเมนูส่วนเสริม ITA ใน Google Sheets เท่านั้น';
export const UNKNOWN_FAILURE = 'เกิดข้อผิดพลาดที่ไม่ทราบสาเหตุ กรุณาลองใหม่อีกครั้ง';

/**
 * The Thai message of whatever a failure handler received: the server's Thai message as it is; a raw
 * English one (a service, the network) explained in Thai with the original in parentheses.
 */
export function failureMessage(error: unknown): string {
  return errorText(error) ? thaiError(error) : UNKNOWN_FAILURE;
}

/** Calls server function `name` with `args`; resolves with its (JSON) result. */
export function call<K extends RpcName>(name: K, ...args: RpcArgs<K>): Promise<RpcResult<K>> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script || !google.script.run) {
      reject(new Error(NOT_IN_SHEETS));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as RpcResult<K>))
      .withFailureHandler((error) => reject(new Error(failureMessage(error))));
    const fn = (runner as unknown as Record<string, (...a: unknown[]) => void>)[name];
    if (typeof fn !== 'function') {
      reject(new Error(`ไม่พบฟังก์ชัน ${name} บนเซิร์ฟเวอร์`));
      return;
    }
    fn.apply(runner, args);
  });
}
