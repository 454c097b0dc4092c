/**
 * The one place that takes the document lock. Every write to the sheets or the report Doc (a
 * sidebar save, ตั้งค่าชีต, สร้างรายงาน) runs under it, so two people never interleave writes.
 * `busy` answers instead of `body` when another run holds the lock for longer than `waitMs`; the
 * result is either's (`withDocumentLock<T>(…)` when both answer the same type).
 */
export function withDocumentLock<B, R = B>(waitMs: number, busy: () => B, body: () => R): B | R {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return busy();
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
