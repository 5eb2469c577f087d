package nl.sroi.workbook;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import nl.sroi.core.text.Language;

/**
 * One sheet being written: cells by 0-based row and column, and references to them for formulas. Enforces Excel's
 * limits on what it writes: text is cut to 32,767 characters (with a note that it was), a formula longer than
 * 8,192 characters is a bug.
 */
final class Grid {

    static final int MAX_FORMULA = 8_192;
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    final Sheet sheet;
    private final String qualifier;
    private final String cut;

    Grid(Sheet sheet, Language language) {
        this.sheet = sheet;
        this.cut = WorkbookTexts.text(language, "cell.cut");
        this.qualifier = "'" + sheet.getSheetName().replace("'", "''") + "'!";
    }

    String name() {
        return sheet.getSheetName();
    }

    Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        Cell c = r.getCell(col);
        return c == null ? r.createCell(col) : c;
    }

    Cell text(int row, int col, String value, CellStyle style) {
        Cell c = cell(row, col);
        c.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - cut.length()) + cut : value);
        c.setCellStyle(style);
        return c;
    }

    Cell number(int row, int col, double value, CellStyle style) {
        Cell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    Cell formula(int row, int col, String formula, CellStyle style) {
        check(formula);
        Cell c = cell(row, col);
        c.setCellFormula(formula);
        c.setCellStyle(style);
        return c;
    }

    private static void check(String formula) {
        if (formula.length() > MAX_FORMULA) {
            throw new IllegalStateException("a formula of " + formula.length() + " characters: " + formula.substring(0, 200));
        }
    }

    /** A reference on this sheet, column and row relative: {@code B3}. */
    static String local(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    /** An absolute reference on this sheet: {@code $B$3}. */
    static String fixed(int row, int col) {
        return "$" + CellReference.convertNumToColString(col) + "$" + (row + 1);
    }

    /** A reference with the row fixed: {@code B$3}. */
    static String fixedRow(int row, int col) {
        return CellReference.convertNumToColString(col) + "$" + (row + 1);
    }

    /** An absolute range on this sheet: {@code $B$3:$E$3}. */
    static String range(int row1, int col1, int row2, int col2) {
        return fixed(row1, col1) + ":" + fixed(row2, col2);
    }

    /** An absolute reference from another sheet: {@code 'Berekening'!$B$3}. */
    String at(int row, int col) {
        return qualifier + fixed(row, col);
    }

    /** An absolute range from another sheet. */
    String at(int row1, int col1, int row2, int col2) {
        return qualifier + range(row1, col1, row2, col2);
    }

    static String col(int col) {
        return CellReference.convertNumToColString(col);
    }
}
