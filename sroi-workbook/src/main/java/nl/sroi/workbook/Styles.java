package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.util.HashMap;
import java.util.Map;

import javax.money.CurrencyUnit;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.sroi.core.text.Language;
import nl.sroi.core.text.NumberText;

/**
 * The workbook's cell styles, made once each. Number formats are written with the file format's own separators
 * ({@code #,##0.00}), which every spreadsheet shows in its reader's convention, so Dutch settings show
 * {@code € 454.258,52} and English ones {@code € 454,258.52}; the € sign is literal text, not the machine's currency.
 * Entered assumptions are blue, calculated cells black (the usual convention in financial models).
 */
final class Styles {

    /** What a cell holds, which decides its number format. */
    enum Kind {
        TEXT, WRAP, NOTE, TITLE, SUBTITLE, HEADER, HEADER_WRAP, PERIOD_HEADER, YEAR_NUMBER_HEADER, MONEY, MONEY_EXACT, MONEY_DIFFERENCE,
        RATIO, MONTHS, FACTOR, YEAR, YEAR_LABEL, WHOLE, PERCENT, PERCENT_LABEL, DECIMAL, REMAINDER
    }

    /** A style's key: its kind, decimals (for percentages and decimals), bold, entered (blue). */
    private record Key(Kind kind, int decimals, boolean bold, boolean entered) {
    }

    private final XSSFWorkbook wb;
    private final Language language;
    private final String money;
    private final String moneyExact;
    private final String moneyDifference;
    private final Map<Key, CellStyle> styles = new HashMap<>();
    private Font bold;
    private Font blue;
    private Font blueBold;
    private Font title;
    private Font italic;

    Styles(XSSFWorkbook wb, Language language, CurrencyUnit currency) {
        this.wb = wb;
        this.language = language;
        int digits = currency.getDefaultFractionDigits();
        String sign = "\"" + NumberText.symbol(currency) + " \"";
        String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        String exact = "#,##0." + "0".repeat(digits + 4);
        this.money = sign + number + ";" + sign + "-" + number;
        this.moneyExact = sign + exact + ";" + sign + "-" + exact;
        this.moneyDifference = money + ";\"" + text(language, "none") + "\"";
    }

    CellStyle get(Kind kind) {
        return get(kind, 0, false, false);
    }

    CellStyle bold(Kind kind) {
        return get(kind, 0, true, false);
    }

    CellStyle entered(Kind kind, int decimals) {
        return get(kind, decimals, false, true);
    }

    CellStyle get(Kind kind, int decimals, boolean isBold, boolean entered) {
        return styles.computeIfAbsent(new Key(kind, decimals, isBold, entered), this::make);
    }

    private CellStyle make(Key key) {
        CellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        String format = switch (key.kind()) {
            case MONEY -> money;
            case MONEY_EXACT -> moneyExact;
            case MONEY_DIFFERENCE -> moneyDifference;
            case RATIO -> "0.00";
            case MONTHS -> text(language, "months.format");
            case FACTOR -> "0.000000";
            case YEAR, YEAR_LABEL, WHOLE -> "0";
            case PERIOD_HEADER -> text(language, "period.format");
            case YEAR_NUMBER_HEADER -> text(language, "year.number.format");
            case PERCENT, PERCENT_LABEL -> key.decimals() == 0 ? "0%" : "0." + "0".repeat(key.decimals()) + "%";
            case DECIMAL -> key.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(key.decimals());
            case REMAINDER -> "0.000000";
            default -> null;
        };
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        switch (key.kind()) {
            case RATIO, MONTHS, MONEY_DIFFERENCE -> s.setAlignment(HorizontalAlignment.RIGHT); // also "geen"
            case YEAR_LABEL, PERCENT_LABEL -> s.setAlignment(HorizontalAlignment.LEFT); // a year heading a row, not an amount
            case WRAP, HEADER_WRAP -> s.setWrapText(true);
            case HEADER, PERIOD_HEADER, YEAR_NUMBER_HEADER -> s.setAlignment(key.kind() == Kind.HEADER
                    ? HorizontalAlignment.GENERAL : HorizontalAlignment.RIGHT);
            default -> {
            }
        }
        if (key.kind() == Kind.HEADER || key.kind() == Kind.HEADER_WRAP || key.kind() == Kind.PERIOD_HEADER
                || key.kind() == Kind.YEAR_NUMBER_HEADER) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setFont(boldFont());
        } else if (key.kind() == Kind.TITLE) {
            s.setFont(titleFont());
        } else if (key.kind() == Kind.SUBTITLE) {
            s.setFont(boldFont());
        } else if (key.kind() == Kind.NOTE) {
            s.setFont(italicFont());
        } else if (key.entered()) {
            s.setFont(key.bold() ? blueBoldFont() : blueFont());
        } else if (key.bold()) {
            s.setFont(boldFont());
            s.setBorderTop(BorderStyle.THIN);
        } else {
            // named on the cell, not only inherited: LibreOffice gives cells that inherit their font its own default
            s.setFont(wb.getFontAt(0));
        }
        return s;
    }

    private Font boldFont() {
        if (bold == null) {
            bold = wb.createFont();
            bold.setBold(true);
        }
        return bold;
    }

    private Font blueFont() {
        if (blue == null) {
            blue = wb.createFont();
            blue.setColor(IndexedColors.BLUE.getIndex());
        }
        return blue;
    }

    private Font blueBoldFont() {
        if (blueBold == null) {
            blueBold = wb.createFont();
            blueBold.setColor(IndexedColors.BLUE.getIndex());
            blueBold.setBold(true);
        }
        return blueBold;
    }

    private Font titleFont() {
        if (title == null) {
            title = wb.createFont();
            title.setBold(true);
            title.setFontHeightInPoints((short) 14);
        }
        return title;
    }

    private Font italicFont() {
        if (italic == null) {
            italic = wb.createFont();
            italic.setItalic(true);
        }
        return italic;
    }
}
