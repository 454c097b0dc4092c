/**
 * Counts every call made on a stand-in service object, by "Class.method" (e.g. "Range.getValues",
 * "Body.appendTable", "Docs.Documents.batchUpdate"). In Apps Script each such call is a round trip
 * to Google, so this count is what the tests and the benchmark measure.
 */
export type ServiceName = 'Sheets' | 'DocumentApp' | 'DocsApi' | 'Drive' | 'Properties' | 'Lock' | 'Other';

const SERVICE_OF_CLASS: Record<string, ServiceName> = {
  SpreadsheetApp: 'Sheets',
  Spreadsheet: 'Sheets',
  Sheet: 'Sheets',
  Range: 'Sheets',
  RangeList: 'Sheets',
  DataValidationBuilder: 'Sheets',
  DataValidation: 'Sheets',
  Protection: 'Sheets',
  Ui: 'Sheets',
  Menu: 'Sheets',
  DocumentApp: 'DocumentApp',
  Document: 'DocumentApp',
  Body: 'DocumentApp',
  Paragraph: 'DocumentApp',
  Table: 'DocumentApp',
  TableRow: 'DocumentApp',
  TableCell: 'DocumentApp',
  Text: 'DocumentApp',
  'Docs.Documents': 'DocsApi',
  'Drive.Files': 'Drive',
  'Drive.Permissions': 'Drive',
  DriveApp: 'Drive',
  File: 'Drive',
  Folder: 'Drive',
  FileIterator: 'Drive',
  FolderIterator: 'Drive',
  User: 'Drive',
  PropertiesService: 'Properties',
  Properties: 'Properties',
  LockService: 'Lock',
  Lock: 'Lock',
};

export function serviceOf(call: string): ServiceName {
  const cls = call.slice(0, call.lastIndexOf('.'));
  return SERVICE_OF_CLASS[cls] ?? 'Other';
}

export class CallLog {
  private readonly counts = new Map<string, number>();

  record(call: string): void {
    this.counts.set(call, (this.counts.get(call) ?? 0) + 1);
  }

  count(call: string): number {
    return this.counts.get(call) ?? 0;
  }

  total(): number {
    let t = 0;
    for (const n of this.counts.values()) t += n;
    return t;
  }

  /** Calls whose name starts with a class, e.g. byPrefix('Range.') */
  byPrefix(prefix: string): number {
    let t = 0;
    for (const [k, n] of this.counts) if (k.startsWith(prefix)) t += n;
    return t;
  }

  byService(): Record<ServiceName, number> {
    const out: Record<ServiceName, number> = { Sheets: 0, DocumentApp: 0, DocsApi: 0, Drive: 0, Properties: 0, Lock: 0, Other: 0 };
    for (const [k, n] of this.counts) out[serviceOf(k)] += n;
    return out;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
