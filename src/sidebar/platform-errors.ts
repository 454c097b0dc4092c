/**
 * What a failed google.script.run call says, in Thai with what to do. Google's own messages come
 * in English ("Service Spreadsheets timed out…", "Failed to fetch", "PERMISSION_DENIED" when several
 * Google accounts are signed in to the browser); the original text is kept at the end for support.
 */
const KNOWN: [RegExp, string][] = [
  [/timed out|timeout|Exceeded maximum execution time/i, 'Google ตอบช้าเกินไป (หมดเวลา) — รอสักครู่แล้วกดอีกครั้ง'],
  [/Failed to fetch|NetworkError|network|offline|ERR_INTERNET/i, 'การเชื่อมต่ออินเทอร์เน็ตขาดหาย — ตรวจสอบเครือข่าย แล้วกดอีกครั้ง'],
  [
    /PERMISSION_DENIED|permission|authori[sz]ation is required|ScriptError/i,
    'Google ไม่อนุญาตคำขอนี้ — มักเกิดเมื่อลงชื่อเข้าใช้ Google หลายบัญชีในเบราว์เซอร์เดียว: ใช้บัญชีเดียวต่อโปรไฟล์เบราว์เซอร์ (หรือเปิดในหน้าต่างไม่ระบุตัวตน) แล้วเปิดแถบนี้ใหม่',
  ],
  [/Service .* (unavailable|error)|Internal error|backend error/i, 'บริการของ Google ขัดข้องชั่วคราว — รอสักครู่แล้วกดอีกครั้ง'],
];

export function platformMessage(raw: string): string {
  const known = KNOWN.find(([re]) => re.test(raw));
  return known ? `${known[1]} (${raw})` : raw;
}
