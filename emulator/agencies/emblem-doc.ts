/**
 * A Doc holding a stand-in for an agency's ครุฑ, for the demo and the tests: a neutral grey disc
 * (a PNG made here), never the real emblem. The Doc is the user's own, as a letterhead would be.
 */
import { deflateSync } from 'node:zlib';
import { newDocModel, OBJECT_CHAR, type ParagraphNode } from '../doc-model';
import type { Workspace } from '../workspace';

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

/** A grey disc on white, `width` × `height` pixels (8-bit greyscale PNG), as a latin1 string. */
export function placeholderEmblemPng(width = 48, height = 56): string {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows: number[] = [];
  const r = Math.min(width, height) / 2 - 1;
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x++) rows.push(Math.hypot(x + 0.5 - width / 2, y + 0.5 - height / 2) <= r ? 0x99 : 0xff);
  }
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return png.toString('latin1');
}

/**
 * Creates a Doc with the placeholder emblem as an inline or a positioned image in its body or its
 * header (as a letterhead has it), owned by the workspace's active user. Returns its ID.
 */
export function addEmblemDoc(
  ws: Workspace,
  where: 'body' | 'header' = 'body',
  name = 'หัวกระดาษหน่วยงาน',
  kind: 'inline' | 'positioned' = 'inline',
): string {
  const file = ws.newDriveItem('file', name, 'application/vnd.google-apps.document', [ws.data.drive.rootId]);
  const doc = newDocModel(file.id, name);
  const data = { data: placeholderEmblemPng(), contentType: 'image/png', width: 48, height: 56 };
  const image: ParagraphNode =
    kind === 'inline'
      ? { type: 'paragraph', runs: [{ text: OBJECT_CHAR, style: {}, image: data }] }
      : { type: 'paragraph', runs: [{ text: name, style: {} }], positionedImages: [data] };
  if (where === 'body') doc.content.splice(1, 0, image);
  else doc.header = [image];
  ws.data.docs[file.id] = doc;
  return file.id;
}
