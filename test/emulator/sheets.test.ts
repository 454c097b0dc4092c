import { installGlobals, type AppsScriptGlobals } from '../../emulator';
import { PLAIN_TEXT_BEHAVIOURS, setPlainTextBehaviour } from '../../emulator/sheet-values';
import { Workspace } from '../../emulator/workspace';

function setup(): { ws: Workspace; g: AppsScriptGlobals } {
  const ws = new Workspace({ now: new Date('2025-03-15T05:00:00Z') });
  const g = {} as AppsScriptGlobals;
  installGlobals(ws, g);
  return { ws, g };
}

/** Midnight Asia/Bangkok (UTC+7) of y-m-d, as an ISO instant. */
const bkk = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000).toISOString();

describe('Sheets stand-in', () => {
  test('ranges are 1-based and getValues is rectangular with "" for empty cells', () => {
    const { ws, g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange(2, 2).setValue('x');
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ['', '', ''],
      ['', 'x', ''],
    ]);
    expect(sheet.getRange('B2').getValue()).toBe('x');
    expect(sheet.getRange('A1:C2').getA1Notation()).toBe('A1:C2');
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(2);
    expect(ws.sheetValues('Sheet1')).toEqual([
      ['', ''],
      ['', 'x'],
    ]);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow('outside the dimensions');
  });

  test('empty sheet: last row/column 0, data range A1, size 1000 x 26', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('New');
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('New')).toThrow(
      'A sheet with the name "New" already exists. Please enter another name.',
    );
  });

  test('formulas from "=..." and text from "\'=..."', () => {
    const { g, ws } = setup();
    const r = g.SpreadsheetApp.getActiveSheet().getRange('A1:C1');
    r.setValues([['=1+1', "'=1+1", '=SUM(A1:A2)']]);
    expect(r.getFormulas()).toEqual([['=1+1', '', '=SUM(A1:A2)']]);
    expect(r.getValues()).toEqual([[2, '=1+1', '#N/A']]);
    expect(ws.sheetValues('Sheet1')).toEqual([['=1+1', '=1+1', '=SUM(A1:A2)']]);
  });

  test('number-like text becomes a number unless the cell is plain text (@)', () => {
    const { g } = setup();
    const sh = g.SpreadsheetApp.getActiveSheet();
    sh.getRange('A1').setValue('0812345678');
    sh.getRange('A2').setValue('1,234.5');
    sh.getRange('B1:B2').setNumberFormat('@');
    sh.getRange('B1:B2').setValues([['0812345678'], ['=1+1']]);
    expect(sh.getRange('A1:A2').getValues()).toEqual([[812345678], [1234.5]]);
    expect(sh.getRange('B1').getValue()).toBe('0812345678');
    expect(sh.getRange('B2').getFormula()).toBe('=1+1'); // '=' still makes a formula in a '@' cell
    expect(sh.getRange('A1:B1').getNumberFormats()).toEqual([['', '@']]);
    expect(sh.getRange('A1').getDisplayValue()).toBe('812345678');
  });

  describe.each(PLAIN_TEXT_BEHAVIOURS)('plain-text cells, apostrophe $apostrophe, "=" makes a $formula', (behaviour) => {
    test('the switch changes only what Google leaves open: "\'…" and "=…" in a \'@\' cell', () => {
      const { g, ws } = setup();
      setPlainTextBehaviour(ws, behaviour);
      const sh = g.SpreadsheetApp.getActiveSheet();
      sh.getRange('A1:A4').setNumberFormat('@');
      sh.getRange('A1:B4').setValues([
        ["'quoted", "'quoted"],
        ['=1+1', '=1+1'],
        ['0812345678', "'0812345678"],
        ['-', '1/2'],
      ]);
      const plainText = sh.getRange('A1:A4');
      expect(plainText.getValues()).toEqual([
        [behaviour.apostrophe === 'kept' ? "'quoted" : 'quoted'],
        [behaviour.formula === 'formula' ? 2 : '=1+1'],
        ['0812345678'],
        ['-'],
      ]);
      expect(plainText.getFormulas()).toEqual([[''], [behaviour.formula === 'formula' ? '=1+1' : ''], [''], ['']]);
      // Outside plain text nothing is left open: the apostrophe is hidden, '=' makes a formula.
      const auto = sh.getRange('B1:B4');
      expect(auto.getValues().slice(0, 3)).toEqual([['quoted'], [2], ['0812345678']]);
      expect(auto.getValue()).toBe('quoted');
      expect(auto.getFormulas()[1][0]).toBe('=1+1');
      expect(sh.getRange('B4').getValue()).toBeInstanceOf(Date);
      sh.appendRow(["'x", '=1+1']);
      expect(sh.getRange('A5:B5').getFormulas()).toEqual([['', '=1+1']]);
    });
  });

  test('date-like text becomes a Date (d/m/y, Thai locale) unless plain text', () => {
    const { g } = setup();
    const sh = g.SpreadsheetApp.getActiveSheet();
    sh.getRange('A1:E1').setValues([['1/2', '2/2/2566', '2024-01-05', '31/3/2025', '31/2/2025']]);
    const [row] = sh.getRange('A1:E1').getValues();
    expect(row.slice(0, 4).map((d) => (d as Date).toISOString())).toEqual([
      bkk(2025, 2, 1),
      bkk(2566, 2, 2),
      bkk(2024, 1, 5),
      bkk(2025, 3, 31),
    ]);
    expect(row[4]).toBe('31/2/2025');
    expect(sh.getRange('B1').getDisplayValue()).toBe('2/2/2566');
    sh.getRange('F1').setNumberFormat('@').setValue('1/2');
    expect(sh.getRange('F1').getValue()).toBe('1/2');
    // getValues returns copies
    (sh.getRange('A1').getValue() as Date).setFullYear(1999);
    expect((sh.getRange('A1').getValue() as Date).toISOString()).toBe(bkk(2025, 2, 1));
  });

  test('setValues with the wrong shape throws like Sheets', () => {
    const { g } = setup();
    const r = g.SpreadsheetApp.getActiveSheet().getRange(1, 1, 2, 2);
    expect(() => r.setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setValues([['a'], ['b']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('appendRow grows the sheet; insertRowsAfter shifts rows and copies formats', () => {
    const { g, ws } = setup();
    const sh = g.SpreadsheetApp.getActiveSheet();
    sh.getRange('A1').setNumberFormat('@');
    sh.appendRow(['001', 2]);
    sh.insertRowsAfter(1, 2);
    expect(sh.getMaxRows()).toBe(1002);
    sh.getRange('A2').setValue('002');
    expect(ws.sheetValues('Sheet1')).toEqual([
      ['001', 2],
      ['002', ''],
    ]);
    expect(() => sh.getRange(1003, 1)).toThrow('outside');
    const big = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Big');
    big.getRange(1000, 1).setValue('last');
    big.appendRow(['more']);
    expect(big.getMaxRows()).toBe(1001);
    expect(big.getLastRow()).toBe(1001);
  });

  test('data validation: builder, per-cell storage, script writes are not rejected', () => {
    const { g } = setup();
    const sh = g.SpreadsheetApp.getActiveSheet();
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['ยังไม่เริ่ม', 'เสร็จ'], true)
      .setAllowInvalid(false)
      .setHelpText('เลือก')
      .build();
    sh.getRange('C2:C3').setDataValidation(rule);
    const got = sh.getRange('C3').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['ยังไม่เริ่ม', 'เสร็จ'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('เลือก');
    sh.getRange('C2').setValue('nonsense');
    expect(sh.getRange('C2').getValue()).toBe('nonsense');
    expect(
      sh
        .getRange('C1:C2')
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([true, false]);
    const inRange = g.SpreadsheetApp.newDataValidation().requireValueInRange(sh.getRange('A1:A5')).build();
    sh.getRange('D1').setDataValidation(inRange);
    const vals = sh.getRange('D1').getDataValidation()!.getCriteriaValues();
    expect((vals[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('A1:A5');
    sh.getRange('C2:C3').clearDataValidations();
    expect(sh.getRange('C2').getDataValidation()).toBeNull();
  });

  test('Ui: menus and alerts are recorded; responses can be scripted', () => {
    const { g, ws } = setup();
    const ui = g.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('เปิดแถบข้าง', 'showSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('รายงาน').addItem('รอบ ๖ เดือน', 'report6'))
      .addToUi();
    expect(ws.ui.menus[0].items).toEqual([
      { kind: 'item', caption: 'เปิดแถบข้าง', functionName: 'showSidebar' },
      { kind: 'separator' },
      { kind: 'submenu', title: 'รายงาน', items: [{ kind: 'item', caption: 'รอบ ๖ เดือน', functionName: 'report6' }] },
    ]);
    ws.ui.nextAlertResponse = 'NO';
    expect(ui.alert('ยืนยัน', 'ลบ?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('ok')).toBe(ui.Button.OK);
    ws.setHtmlFiles({ 'Sidebar.html': '<b>hi</b>' });
    ui.showSidebar(g.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('ITA'));
    expect(ws.ui.shown.map((s) => [s.kind, s.title, s.content])).toEqual([
      ['alert', 'ยืนยัน', 'ลบ?'],
      ['alert', '', 'ok'],
      ['sidebar', 'ITA', '<b>hi</b>'],
    ]);
  });

  test('sheet housekeeping: frozen rows, widths, hide/show, tab colour, parent', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const sh = ss.insertSheet('Data');
    sh.setFrozenRows(1);
    sh.setColumnWidths(1, 3, 200);
    sh.setTabColor('#ff0000');
    sh.hideSheet();
    expect(sh.getFrozenRows()).toBe(1);
    expect(sh.isSheetHidden()).toBe(true);
    expect(sh.getParent().getId()).toBe(ss.getId());
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Data']);
    expect(() => ss.getSheetByName('Sheet1')!.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });
});
