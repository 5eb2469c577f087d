package nl.sroi.workbook;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How the sheets print: A4, never shrunk below a readable size. A sheet that fits the page width at
 * {@link #SMALLEST_SCALE} % or more is printed at the largest scale (up to 100 %) at which it fits; a wider sheet
 * is turned to landscape when that is too narrow in portrait, and when it is still too wide it is printed at
 * {@link #SMALLEST_SCALE} % over several pages side by side, its header rows and id columns repeated on every page.
 * Fitting to the page width, which shrinks a wide sheet to any size (4 pt for a value map of twenty columns), is
 * not used.
 */
final class Printing {

    /** The smallest print scale, in %: the workbook's smallest font, Calibri 11, prints at 8.25 pt. */
    static final int SMALLEST_SCALE = 75;
    /** A4 in points: 210 × 297 mm. */
    private static final double A4_SHORT = 595.3;
    private static final double A4_LONG = 841.9;
    /**
     * Points per column width unit when printed at 100 %: Excel's 7 pixels are 5.25 pt, LibreOffice prints a unit
     * at 5.55 pt (measured); the wider, rounded up, so that what is computed to fit does fit.
     */
    private static final double POINTS_PER_UNIT = 5.6;

    private Printing() {
    }

    /**
     * A4, landscape or portrait; rows {@code first} to {@code last} repeated on every page (-1: none), and the first
     * {@code idColumns} columns repeated on every page across (0: none). The scale is set by {@link #scale}.
     */
    static void setUp(Grid g, int first, int last, int idColumns, boolean landscape) {
        Sheet s = g.sheet;
        PrintSetup p = s.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(landscape);
        s.setFitToPage(false);
        s.setAutobreaks(true);
        if (first >= 0) {
            s.setRepeatingRows(new CellRangeAddress(first, last, -1, -1));
        }
        if (idColumns > 0) {
            s.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, idColumns - 1));
        }
    }

    /** Sets every sheet's print scale, once its column widths are final. */
    static void scale(XSSFWorkbook wb) {
        for (Sheet sheet : wb) {
            XSSFSheet s = (XSSFSheet) sheet;
            PrintSetup p = s.getPrintSetup();
            double width = width(wb, s);
            double margins = 72 * (s.getMargin(PageMargin.LEFT) + s.getMargin(PageMargin.RIGHT));
            if (!p.getLandscape() && (A4_SHORT - margins) * 100 < width * SMALLEST_SCALE) {
                p.setLandscape(true);
            }
            p.setScale((short) scaleFor((p.getLandscape() ? A4_LONG : A4_SHORT) - margins, width));
        }
    }

    /** The largest whole scale from {@link #SMALLEST_SCALE} to 100 at which {@code width} fits {@code page}. */
    static int scaleFor(double page, double width) {
        int fits = (int) Math.floor(100 * page / width);
        return Math.max(SMALLEST_SCALE, Math.min(100, fits));
    }

    /** The printed width in points of the sheet's columns (those of its print area when it has one). */
    private static double width(XSSFWorkbook wb, XSSFSheet s) {
        int last = lastColumn(s);
        String area = wb.getPrintArea(wb.getSheetIndex(s));
        if (area != null) {
            last = Math.min(last, CellRangeAddress.valueOf(area.substring(area.indexOf('!') + 1)).getLastColumn());
        }
        double points = 0;
        for (int c = 0; c <= last; c++) {
            points += s.getColumnWidth(c) / 256.0 * POINTS_PER_UNIT;
        }
        return Math.max(points, 1);
    }

    private static int lastColumn(Sheet s) {
        int last = 0;
        for (var row : s) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        return last;
    }
}
