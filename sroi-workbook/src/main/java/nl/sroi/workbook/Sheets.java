package nl.sroi.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheet-wide layout: column widths that fit what the cells show and row heights for wrapped text (printing is
 * {@link Printing}'s).
 *
 * <p>Widths are measured, not guessed from character counts: each cell's text as the spreadsheet shows it (its
 * stored value through its number format) is summed from the advance widths of Carlito, which has the metrics of
 * Calibri, the workbook's font. A column is 7 pixels per width unit at 100 % zoom (Calibri 11's digit width).
 */
final class Sheets {

    /** Pixels per column width unit: the maximum digit width of Calibri 11 at 96 dpi. */
    static final double PIXELS_PER_UNIT = 7;
    /** Pixels of a cell's left and right margins and grid line that text cannot use. */
    static final double PADDING = 7;
    private static final double POINTS_11 = 11 * 96.0 / 72;
    private static final int WIDEST_FITTED = 70;
    private static final int WIDEST_WORD = 24;
    private static final double LINE_POINTS = 15;

    /** Advance widths of Carlito Regular (units of 1/2048 em) for the characters 32 to 126. */
    private static final int[] ADVANCE = {463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627,
        517, 791, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949, 1831,
        1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058, 1378, 1112, 941,
        998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020, 596, 981, 1076, 866, 1076, 1019, 625, 964,
        1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644,
        943, 644, 1020};
    /** For any other character: as wide as a capital M, more than almost any letter. */
    private static final int OTHER = 1751;

    private Sheets() {
    }

    /** A column of wrapped text: this many width units, its rows made tall enough by {@link #fit}. */
    static void wrapWidth(Grid g, int col, int units) {
        g.sheet.setColumnWidth(col, units * 256);
    }

    /** The width in pixels of text in Calibri (Carlito) 11, at 100 % zoom; bold is about 4 % wider. */
    static double pixels(String text, boolean bold, double points) {
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            units += ch >= 32 && ch <= 126 ? ADVANCE[ch - 32] : ch == '€' ? 1038 : OTHER;
        }
        return units / 2048 * points * 96 / 72 * (bold ? 1.05 : 1);
    }

    /** What fitting needs of a cell style, read once per style (POI reads styles from XML each time). */
    private record Look(boolean wrap, boolean bold, boolean overflows, double points) {
    }

    /**
     * A written workbook's last steps, the same for every workbook: formulas evaluated (cached values for readers that
     * do not calculate), columns fitted, print scale set, recalculation on opening, the first sheet active.
     */
    static byte[] finished(XSSFWorkbook wb, Locale locale) throws IOException {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        fit(wb, locale);
        Printing.scale(wb);
        wb.setForceFormulaRecalculation(true);
        wb.setActiveSheet(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /**
     * Widens every column to what its cells show (wrapped cells keep their column's width and get taller rows),
     * after the formulas have been evaluated. Numbers are measured at the extremes of each column and style (the
     * widest text of a number format is that of its largest or smallest value), text cell by cell.
     */
    static void fit(XSSFWorkbook wb, Locale locale) {
        DataFormatter formatter = new DataFormatter(locale);
        Map<Short, CellStyle> wrapped = new HashMap<>();
        Map<Short, Look> looks = new HashMap<>();
        for (Sheet sheet : wb) {
            double[] widest = new double[64];
            // per column and style: the smallest and largest number, and a cell holding each
            Map<Long, Cell[]> extremes = new HashMap<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    Look look = look(wb, looks, cell.getCellStyle());
                    if (look.overflows()) {
                        continue;
                    }
                    int col = cell.getColumnIndex();
                    if (col >= widest.length) {
                        widest = Arrays.copyOf(widest, Math.max(col + 1, widest.length * 2));
                    }
                    if (numeric(cell)) {
                        extremes(extremes, cell);
                    } else {
                        widest[col] = Math.max(widest[col], textPixels(wb, wrapped, formatter, cell, look));
                    }
                }
            }
            for (Cell[] range : extremes.values()) {
                for (Cell cell : range) {
                    Look look = look(wb, looks, cell.getCellStyle());
                    widest[cell.getColumnIndex()] = Math.max(widest[cell.getColumnIndex()],
                            pixels(shown(formatter, cell), look.bold(), look.points()));
                }
            }
            for (int col = 0; col < widest.length; col++) {
                if (widest[col] == 0) {
                    continue;
                }
                double units = Math.ceil((widest[col] + PADDING) / PIXELS_PER_UNIT + 0.5);
                sheet.setColumnWidth(col, (int) Math.max(sheet.getColumnWidth(col), units * 256));
            }
            heights(sheet, formatter, wb, looks);
        }
    }

    /** Whether a cell shows a number (a formula by its cached result). */
    private static boolean numeric(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return type == CellType.NUMERIC;
    }

    /** Keeps, per column and style, the cell with the smallest and the cell with the largest number. */
    private static void extremes(Map<Long, Cell[]> extremes, Cell cell) {
        Cell[] range = extremes.computeIfAbsent(((long) cell.getColumnIndex() << 16) | cell.getCellStyle().getIndex(),
                k -> new Cell[] {cell, cell});
        double v = cell.getNumericCellValue();
        if (v < range[0].getNumericCellValue()) {
            range[0] = cell;
        }
        if (v > range[1].getNumericCellValue()) {
            range[1] = cell;
        }
    }

    /**
     * The pixels a cell of text needs in its column (0 when it shows nothing); text too long for the widest column
     * is wrapped instead of cut, and wrapped text needs its longest word.
     */
    private static double textPixels(XSSFWorkbook wb, Map<Short, CellStyle> wrapped, DataFormatter formatter,
                                     Cell cell, Look look) {
        String shown = shown(formatter, cell);
        if (shown.isEmpty()) {
            return 0;
        }
        boolean wrap = look.wrap();
        if (!wrap && pixels(shown, look.bold(), look.points()) + PADDING > WIDEST_FITTED * PIXELS_PER_UNIT) {
            CellStyle style = cell.getCellStyle();
            cell.setCellStyle(wrapped.computeIfAbsent(style.getIndex(), i -> {
                CellStyle w = wb.createCellStyle();
                w.cloneStyleFrom(style);
                w.setWrapText(true);
                return w;
            }));
            wrap = true;
        }
        // wrapped text breaks at spaces: its longest word must fit (up to a limit; longer ones break)
        return wrap ? Math.min(WIDEST_WORD * PIXELS_PER_UNIT, widestWord(shown, look.bold(), look.points()))
                : pixels(shown, look.bold(), look.points());
    }

    private static Look look(XSSFWorkbook wb, Map<Short, Look> looks, CellStyle style) {
        return looks.computeIfAbsent(style.getIndex(), i -> {
            XSSFFont font = wb.getFontAt(style.getFontIndex());
            return new Look(style.getWrapText(), font.getBold(), overflows(font), font.getFontHeightInPoints());
        });
    }

    private static double widestWord(String text, boolean bold, double points) {
        double widest = 0;
        for (String word : text.split("[ \\n]")) {
            widest = Math.max(widest, pixels(word, bold, points));
        }
        return widest;
    }

    /** Titles (larger) and notes (italic) run over into the empty cells beside them: they set no width. */
    static boolean overflows(XSSFFont font) {
        return font.getItalic() || font.getFontHeightInPoints() > 11;
    }

    /** Rows with wrapped text: as many lines as the widest wrapped cell needs. */
    private static void heights(Sheet sheet, DataFormatter formatter, XSSFWorkbook wb, Map<Short, Look> looks) {
        for (Row row : sheet) {
            int lines = 1;
            boolean wrapped = false;
            for (Cell cell : row) {
                Look look = look(wb, looks, cell.getCellStyle());
                if (!look.wrap()) {
                    continue;
                }
                wrapped = true;
                double width = columnPixels(sheet, cell) - PADDING;
                lines = Math.max(lines, lines(shown(formatter, cell), width, look.bold(), look.points()));
            }
            if (wrapped) {
                row.setHeightInPoints((float) (lines * LINE_POINTS + 2));
            }
        }
    }

    /** The width a cell has in pixels: its column, or its merged region. */
    static double columnPixels(Sheet sheet, Cell cell) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(cell)) {
                double px = 0;
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    px += sheet.getColumnWidth(c) / 256.0 * PIXELS_PER_UNIT;
                }
                return px;
            }
        }
        return sheet.getColumnWidth(cell.getColumnIndex()) / 256.0 * PIXELS_PER_UNIT;
    }

    /** Lines a text takes when wrapped at spaces within this many pixels (a longer word breaks inside). */
    static int lines(String text, double width, boolean bold, double points) {
        int lines = 0;
        double space = pixels(" ", bold, points);
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = -1;
            for (String word : paragraph.split(" ")) {
                double w = pixels(word, bold, points);
                if (used >= 0 && used + space + w <= width) {
                    used += space + w;
                    continue;
                }
                if (used >= 0) {
                    lines++;
                }
                while (w > width) {
                    lines++;
                    w -= width;
                }
                used = w;
            }
        }
        return Math.max(1, lines);
    }

    /** The text a cell shows: its value (a formula's stored result) through its number format. */
    static String shown(DataFormatter formatter, Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#N/A";
            default -> "";
        };
    }
}
