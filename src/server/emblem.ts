/**
 * The agency's ครุฑ for the บันทึกข้อความ, read from the Google Doc named in ตั้งค่า (its letterhead
 * or any Doc with the emblem): the first inline image in its body, else in its header. Anything
 * that goes wrong leaves the memo without the emblem and a note saying why; the report is still
 * made.
 *
 * Positioned (floating) images are looked for after the inline ones of the same part, in its
 * first few paragraphs only: each paragraph is one call (Paragraph.getPositionedImages), and a
 * letterhead's emblem sits at its top.
 */
import { fill, REPORT } from '../core/labels';

type Image = GoogleAppsScript.Document.InlineImage | GoogleAppsScript.Document.PositionedImage;

/** How many paragraphs of the body and of the header are searched for a positioned image. */
const POSITIONED_SEARCH = 5;

function firstImage(part: {
  getImages(): GoogleAppsScript.Document.InlineImage[];
  getParagraphs(): GoogleAppsScript.Document.Paragraph[];
}): Image | undefined {
  const inline = part.getImages()[0];
  if (inline) return inline;
  for (const p of part.getParagraphs().slice(0, POSITIONED_SEARCH)) {
    const positioned = p.getPositionedImages()[0];
    if (positioned) return positioned;
  }
  return undefined;
}

export interface Emblem {
  blob: GoogleAppsScript.Base.Blob | null;
  /** Aspect ratio (width / height) of the image as it sits in its Doc; 1 when unknown. */
  aspect: number;
  /** In Thai, for the result notes; null when nothing needs saying (no Doc set, or the emblem found). */
  note: string | null;
}

const NONE: Emblem = { blob: null, aspect: 1, note: null };

export function readEmblem(docId: string | undefined): Emblem {
  if (!docId) return NONE;
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(docId);
  } catch {
    return { ...NONE, note: fill(REPORT.emblemUnreadable, { id: docId }) };
  }
  try {
    // getHeader: "the document's header section, if one exists" (null otherwise).
    const header = doc.getHeader() as GoogleAppsScript.Document.HeaderSection | null;
    const image = firstImage(doc.getBody()) ?? (header ? firstImage(header) : undefined);
    if (!image) return { ...NONE, note: fill(REPORT.emblemMissing, { id: docId }) };
    const width = image.getWidth();
    const height = image.getHeight();
    return { blob: image.getBlob(), aspect: width > 0 && height > 0 ? width / height : 1, note: null };
  } catch (e) {
    return { ...NONE, note: fill(REPORT.emblemUnusable, { id: docId, reason: e instanceof Error ? e.message : String(e) }) };
  }
}
