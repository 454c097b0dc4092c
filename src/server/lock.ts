/**
 * The one place that takes the document lock. Every write to the sheets or the report Doc (a
 * sidebar save, ตั้งค่าชีต, สร้างรายงาน) runs under it, so two people never interleave writes.
 * `busy` answers instead of `body` when another run holds the lock for longer than `waitMs`.
 */
export function withDocumentLock<T>(waitMs: number, busy: () => T, body: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return busy();
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
