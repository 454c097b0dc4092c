// The Docs API gained these after @types/google-apps-script's docs_v1 typings were generated.
declare namespace GoogleAppsScript.Docs.Schema {
  interface PinTableHeaderRowsRequest {
    tableStartLocation?: Location;
    pinnedHeaderRowsCount?: number;
  }
  interface Request {
    pinTableHeaderRows?: PinTableHeaderRowsRequest;
  }
  /** TableRowStyle.preventOverflow: the row may not break across pages (API reference, TableRowStyle). */
  interface TableRowStyle {
    preventOverflow?: boolean;
    tableHeader?: boolean;
  }
  interface UpdateTableRowStyleRequest {
    tableStartLocation?: Location;
    rowIndices?: number[];
    tableRowStyle?: TableRowStyle;
    fields?: string;
  }
  interface Request {
    updateTableRowStyle?: UpdateTableRowStyleRequest;
  }
  interface SectionStyle {
    flipPageOrientation?: boolean;
  }
  /** Pages or pageless (DocumentStyle.documentFormat); a pageless Doc ignores size, margins and orientation. */
  interface DocumentFormat {
    documentMode?: 'DOCUMENT_MODE_UNSPECIFIED' | 'PAGES' | 'PAGELESS';
  }
  interface DocumentStyle {
    documentFormat?: DocumentFormat;
  }
}
