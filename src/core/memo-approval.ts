/**
 * The บันทึกข้อความ's purpose (setting "บันทึกข้อความ: เพื่อ"): for the executive's information
 * ("เพื่อโปรดทราบ"), or asking the นายก to approve publishing the report on the agency's website
 * (the usual practice), which adds an approval block — ความเห็น, อนุญาต/ไม่อนุญาต, signature, date.
 */
import { fill, PUBLISH_TEXT, REPORT } from './labels';
import { normalizeLabel } from './cells';
import type { Settings } from './model';

export type MemoPurpose = 'inform' | 'approve';

/** The setting's text → purpose; blank or anything else is "for information" (the memo as it was). */
export function memoPurposeOf(text: string): MemoPurpose {
  return normalizeLabel(text) === normalizeLabel(PUBLISH_TEXT.memoPurposeApprove) ? 'approve' : 'inform';
}

export function memoClosing(s: Settings): string {
  return s.memo.purpose === 'approve' ? fill(PUBLISH_TEXT.memoClosingApprove, { agency: s.agencyName }) : REPORT.memoClosing;
}

/** The approval block's lines for the executive who signs last (signer 3, the นายก); null when only informing. */
export function approvalBlock(s: Settings): string[] | null {
  if (s.memo.purpose !== 'approve') return null;
  const executive = s.signatories.length >= 3 ? s.signatories[s.signatories.length - 1] : null;
  const title = executive?.position || `${PUBLISH_TEXT.approvalDefaultTitle}${s.agencyName}`;
  return [
    fill(PUBLISH_TEXT.approvalOpinion, { title }),
    PUBLISH_TEXT.approvalLine,
    PUBLISH_TEXT.approvalChoices,
    '',
    fill(PUBLISH_TEXT.approvalSign, { dots: '.'.repeat(40) }),
    `(${executive?.name || '.'.repeat(40)})`,
    title,
    PUBLISH_TEXT.approvalDate,
  ];
}
