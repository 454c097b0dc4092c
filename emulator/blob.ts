/**
 * Blob (Base service): bytes with a content type and a name, as getAs/getBlob hand them out and
 * Drive.Files.create/update take them as media.
 *
 * Sources:
 * - Blob: https://developers.google.com/apps-script/reference/base/blob (getBytes, getContentType,
 *   getName, setName, getDataAsString, copyBlob; no authorization needed)
 * - Document.getAs(contentType): "the contents of this object as a blob converted to the specified
 *   content type"; for a Doc only 'application/pdf' is valid:
 *   https://developers.google.com/apps-script/reference/document/document#getAs(String)
 *
 * Bytes are held as a latin1 string (one char per byte) so the workspace stays JSON.
 */
import { Fake } from './fake-base';
import type { Workspace } from './workspace';

type BlobApi = Pick<GoogleAppsScript.Base.Blob, 'getBytes' | 'getContentType' | 'getName' | 'setName' | 'getDataAsString' | 'copyBlob'>;

export interface BlobData {
  data: string;
  contentType: string;
  name: string;
}

export class FakeBlob extends Fake<GoogleAppsScript.Base.Blob> implements BlobApi {
  constructor(
    ws: Workspace,
    readonly _data: BlobData,
  ) {
    super(ws, 'Blob');
  }
  getBytes(): number[] {
    return [...this._data.data].map((c) => {
      const b = c.charCodeAt(0);
      return b > 127 ? b - 256 : b; // Apps Script bytes are signed (Java)
    });
  }
  getContentType(): string {
    return this._data.contentType;
  }
  getName(): string {
    return this._data.name;
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this._data.name = name;
    return this._proxy;
  }
  getDataAsString(): string {
    return Buffer.from(this._data.data, 'latin1').toString('utf8');
  }
  copyBlob(): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this._ws, { ...this._data })._proxy;
  }
}

/** The stand-in's own data behind a Blob handed to add-on code (media for Drive), or null. */
export function blobData(value: unknown): BlobData | null {
  if (!value || typeof value !== 'object') return null;
  const raw = (value as { _data?: unknown })._data;
  if (!raw || typeof raw !== 'object' || typeof (raw as BlobData).data !== 'string') return null;
  return { ...(raw as BlobData) };
}
