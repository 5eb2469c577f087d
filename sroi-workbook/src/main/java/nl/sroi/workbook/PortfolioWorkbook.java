package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.money.Monetary;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.sroi.core.analysis.Portfolio;
import nl.sroi.core.analysis.PortfolioResult;
import nl.sroi.core.json.PortfolioJson;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.TwentseKoers;
import nl.sroi.core.text.Language;

/**
 * The portfolio as a workbook, a sheet per view: {@code Portefeuille} (the key figures), {@code Analyses} (a row
 * per analysis, the portfolio's figures as entered values), {@code Themalijnen} and {@code Partijen} (live
 * {@code SUMIF}s over the analyses' rows and over the matrix), and {@code Matrix} (a row per party and analysis).
 * Every total is a live {@code SUM} over rows and every ratio a sum over a sum, so the finance team can follow and
 * extend it; the values are the API's, rounded to the cent. Dutch unless English is asked for.
 */
public final class PortfolioWorkbook {

    /** The first row of data on the data sheets (below the title and the header). */
    static final int FIRST = 3;

    private final PortfolioResult p;
    private final Language language;
    private final Styles st;
    private final Grid analyses;
    private final Grid themeLines;
    private final Grid parties;
    private final Grid matrix;
    private final Grid summary;

    private PortfolioWorkbook(XSSFWorkbook wb, PortfolioResult p, Language language) {
        this.p = p;
        this.language = language;
        this.st = new Styles(wb, language, Monetary.getCurrency(p.currency() == null ? "EUR" : p.currency()));
        this.summary = new Grid(wb.createSheet(text(language, "sheet.portfolio")), language);
        this.analyses = new Grid(wb.createSheet(text(language, "sheet.analyses")), language);
        this.themeLines = new Grid(wb.createSheet(text(language, "sheet.theme.lines")), language);
        this.parties = new Grid(wb.createSheet(text(language, "sheet.party.totals")), language);
        this.matrix = new Grid(wb.createSheet(text(language, "sheet.matrix")), language);
    }

    /**
     * The workbook of a portfolio.
     *
     * @param portfolio the portfolio
     * @param language  the labels' language
     * @return the .xlsx bytes
     */
    public static byte[] write(PortfolioResult portfolio, Language language) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getFontAt(0).setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
            new PortfolioWorkbook(wb, portfolio, language).sheets();
            return Sheets.finished(wb, language.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(String text) {
        return text(language, text);
    }

    private void sheets() {
        int lastAnalysis = analysesSheet();
        int lastMatrix = matrixSheet();
        themeLinesSheet(lastAnalysis);
        partiesSheet(lastMatrix, lastAnalysis);
        summarySheet(lastAnalysis);
    }

    private String selection() {
        String theme = p.selection().themeLine();
        String municipality = p.selection().municipality();
        String which = theme == null && municipality == null ? t("portfolio.all") : "";
        if (theme != null) {
            which += t("portfolio.theme.line") + " " + PortfolioJson.themeLineName(theme, language);
        }
        if (municipality != null) {
            which += (theme == null ? "" : ", ") + t("portfolio.municipality") + " "
                    + TwentseKoers.municipalityName(municipality);
        }
        return which + " · " + t("latest".equals(p.selection().versions()) ? "portfolio.versions.latest"
                : "portfolio.versions.adopted");
    }

    private void title(Grid g, String title) {
        g.text(0, 0, t(title), st.get(Styles.Kind.TITLE));
        g.text(1, 0, selection(), st.get(Styles.Kind.NOTE));
    }

    private void headers(Grid g, String... columns) {
        for (int c = 0; c < columns.length; c++) {
            g.text(FIRST - 1, c, t(columns[c]), st.get(Styles.Kind.HEADER_WRAP));
        }
    }

    /** A row per analysis; columns H to K the amounts, L and M the ratios. The last data row's index. */
    private int analysesSheet() {
        Grid g = analyses;
        title(g, "sheet.analyses");
        headers(g, "col.analysis", "col.title", "col.theme.line", "col.kind", "col.version",
                "col.hash", "col.share", "col.present.value", "col.inputs.value", "col.net",
                "col.welfare", "col.ratio", "col.welfare.ratio");
        int row = FIRST;
        for (PortfolioResult.Analysis a : p.analyses()) {
            g.text(row, 0, a.id(), st.get(Styles.Kind.TEXT));
            g.text(row, 1, a.title(), st.get(Styles.Kind.TEXT));
            g.text(row, 2, PortfolioJson.themeLineName(a.themeLine(), language), st.get(Styles.Kind.TEXT));
            g.text(row, 3, t(a.kind() == Kind.FORECAST ? "kind.forecast" : "kind.evaluation"),
                    st.get(Styles.Kind.TEXT));
            g.number(row, 4, a.version(), st.get(Styles.Kind.WHOLE));
            g.text(row, 5, a.hash() == null ? t("hash.from.store") : a.hash(), st.get(Styles.Kind.TEXT));
            g.number(row, 6, a.share().doubleValue(), st.entered(Styles.Kind.PERCENT, 2));
            g.number(row, 7, a.figures().presentValue().doubleValue(), st.entered(Styles.Kind.MONEY, 0));
            g.number(row, 8, a.figures().inputsValue().doubleValue(), st.entered(Styles.Kind.MONEY, 0));
            g.formula(row, 9, Grid.local(row, 7) + "-" + Grid.local(row, 8), st.get(Styles.Kind.MONEY));
            g.number(row, 10, a.figures().welfarePresentValue().doubleValue(), st.entered(Styles.Kind.MONEY, 0));
            ratios(g, row, 7, 8, 10, 11, false);
            row++;
        }
        int last = row - 1;
        g.text(row, 0, t("total"), st.bold(Styles.Kind.TEXT));
        for (int c = 7; c <= 10; c++) {
            g.formula(row, c, sum(c, last), st.bold(Styles.Kind.MONEY));
        }
        ratios(g, row, 7, 8, 10, 11, true);
        g.text(row + 2, 0, t("portfolio.sums.note"), st.get(Styles.Kind.NOTE));
        Printing.setUp(g, FIRST - 1, FIRST - 1, 1, true);
        return last;
    }

    /** SUM over a column's data rows, or 0 when there are none. */
    private static String sum(int col, int last) {
        return last < FIRST ? "0" : "SUM(" + Grid.local(FIRST, col) + ":" + Grid.local(last, col) + ")";
    }

    /** The SROI ratio and the welfare ratio of a row: sums over sums, empty without inputs. */
    private void ratios(Grid g, int row, int pv, int inputs, int welfare, int col, boolean bold) {
        String in = Grid.local(row, inputs);
        g.formula(row, col, "IF(" + in + "=0,\"\"," + Grid.local(row, pv) + "/" + in + ")",
                bold ? st.bold(Styles.Kind.RATIO) : st.get(Styles.Kind.RATIO));
        g.formula(row, col + 1, "IF(" + in + "=0,\"\"," + Grid.local(row, welfare) + "/" + in + ")",
                bold ? st.bold(Styles.Kind.RATIO) : st.get(Styles.Kind.RATIO));
    }

    /** A row per theme line: SUMIF over the analyses' rows by the theme line's name. */
    private void themeLinesSheet(int lastAnalysis) {
        Grid g = themeLines;
        title(g, "sheet.theme.lines");
        headers(g, "col.theme.line", "col.count", "col.present.value", "col.inputs.value",
                "col.net", "col.welfare", "col.ratio", "col.welfare.ratio");
        String names = analyses.at(FIRST, 2, Math.max(FIRST, lastAnalysis), 2);
        int row = FIRST;
        for (PortfolioResult.ThemeLine line : p.themeLines()) {
            g.text(row, 0, PortfolioJson.themeLineName(line.themeLine(), language), st.get(Styles.Kind.TEXT));
            String key = Grid.local(row, 0);
            g.formula(row, 1, "COUNTIF(" + names + "," + key + ")", st.get(Styles.Kind.WHOLE));
            int[] from = {7, 8, 9, 10};
            for (int k = 0; k < from.length; k++) {
                g.formula(row, 2 + k, "SUMIF(" + names + "," + key + ","
                        + analyses.at(FIRST, from[k], Math.max(FIRST, lastAnalysis), from[k]) + ")",
                        st.get(Styles.Kind.MONEY));
            }
            ratios(g, row, 2, 3, 5, 6, false);
            row++;
        }
        g.text(row, 0, t("total"), st.bold(Styles.Kind.TEXT));
        g.formula(row, 1, sum(1, row - 1), st.bold(Styles.Kind.WHOLE));
        for (int c = 2; c <= 5; c++) {
            g.formula(row, c, sum(c, row - 1), st.bold(Styles.Kind.MONEY));
        }
        ratios(g, row, 2, 3, 5, 6, true);
        Printing.setUp(g, FIRST - 1, FIRST - 1, 1, true);
    }

    /** A row per party and analysis it appears in. The last data row's index. */
    private int matrixSheet() {
        Grid g = matrix;
        title(g, "sheet.matrix");
        headers(g, "col.party", "col.name", "col.analysis", "col.invests", "col.receives");
        int row = FIRST;
        for (PortfolioResult.Party party : p.parties()) {
            for (PortfolioResult.Cell c : party.analyses()) {
                g.text(row, 0, party.id(), st.get(Styles.Kind.TEXT));
                g.text(row, 1, party.name(), st.get(Styles.Kind.TEXT));
                g.text(row, 2, c.analysis(), st.get(Styles.Kind.TEXT));
                g.number(row, 3, c.invested().doubleValue(), st.entered(Styles.Kind.MONEY, 0));
                g.number(row, 4, c.received().doubleValue(), st.entered(Styles.Kind.MONEY, 0));
                row++;
            }
        }
        int last = row - 1;
        g.text(row, 0, t("total"), st.bold(Styles.Kind.TEXT));
        g.formula(row, 3, sum(3, last), st.bold(Styles.Kind.MONEY));
        g.formula(row, 4, sum(4, last), st.bold(Styles.Kind.MONEY));
        Printing.setUp(g, FIRST - 1, FIRST - 1, 1, false);
        return last;
    }

    /** A row per party: SUMIF over the matrix by its id, its shares of the totals, and the wrong-pocket test. */
    private void partiesSheet(int lastMatrix, int lastAnalysis) {
        Grid g = parties;
        title(g, "sheet.party.totals");
        headers(g, "col.party", "col.name", "col.invests", "col.receives", "col.net",
                "col.ratio", "col.inputs.share", "col.value.share", "col.wrong.pocket");
        String ids = matrix.at(FIRST, 0, Math.max(FIRST, lastMatrix), 0);
        String totalInputs = analyses.at(lastAnalysis + 1, 8);
        String totalValue = analyses.at(lastAnalysis + 1, 7);
        int row = FIRST;
        for (PortfolioResult.Party party : p.parties()) {
            g.text(row, 0, party.id(), st.get(Styles.Kind.TEXT));
            g.text(row, 1, party.name(), st.get(Styles.Kind.TEXT));
            String key = Grid.local(row, 0);
            for (int k = 0; k < 2; k++) {
                g.formula(row, 2 + k, "SUMIF(" + ids + "," + key + ","
                        + matrix.at(FIRST, 3 + k, Math.max(FIRST, lastMatrix), 3 + k) + ")", st.get(Styles.Kind.MONEY));
            }
            String in = Grid.local(row, 2);
            String out = Grid.local(row, 3);
            g.formula(row, 4, out + "-" + in, st.get(Styles.Kind.MONEY));
            g.formula(row, 5, "IF(" + in + "=0,\"\"," + out + "/" + in + ")", st.get(Styles.Kind.RATIO));
            g.formula(row, 6, "IF(" + totalInputs + "=0,0," + in + "/" + totalInputs + ")",
                    st.get(Styles.Kind.PERCENT, 1, false, false));
            g.formula(row, 7, "IF(" + totalValue + "=0,0," + out + "/" + totalValue + ")",
                    st.get(Styles.Kind.PERCENT, 1, false, false));
            g.formula(row, 8, "IF(AND(" + Grid.local(row, 6) + ">=" + Portfolio.WRONG_POCKET_INPUTS_SHARE + ","
                    + Grid.local(row, 7) + "<" + Portfolio.WRONG_POCKET_VALUE_FACTOR + "*" + Grid.local(row, 6)
                    + "),\"" + t("yes") + "\",\"\")", st.get(Styles.Kind.TEXT));
            row++;
        }
        g.text(row, 0, t("total"), st.bold(Styles.Kind.TEXT));
        for (int c = 2; c <= 4; c++) {
            g.formula(row, c, sum(c, row - 1), st.bold(Styles.Kind.MONEY));
        }
        g.text(row + 2, 0, t("wrong.pocket.note"), st.get(Styles.Kind.NOTE));
        Printing.setUp(g, FIRST - 1, FIRST - 1, 1, true);
    }

    /** The key figures, each a reference to the analyses' totals. */
    private void summarySheet(int lastAnalysis) {
        Grid g = summary;
        title(g, "portfolio.title");
        int row = FIRST;
        if (p.selection().municipality() != null) {
            g.text(2, 0, t("portfolio.share.note"), st.get(Styles.Kind.NOTE));
            row++;
        }
        if (p.isEmpty()) {
            g.text(row, 0, t("portfolio.empty"), st.get(Styles.Kind.SUBTITLE));
            return;
        }
        int total = lastAnalysis + 1;
        List<Object[]> figures = List.of(new Object[] {"col.count", "COUNTA(" + analyses.at(FIRST, 0, lastAnalysis, 0)
                        + ")", Styles.Kind.WHOLE}, new Object[] {"col.present.value", analyses.at(total, 7), Styles.Kind.MONEY},
                new Object[] {"col.inputs.value", analyses.at(total, 8), Styles.Kind.MONEY},
                new Object[] {"col.net", analyses.at(total, 9), Styles.Kind.MONEY},
                new Object[] {"col.ratio", analyses.at(total, 11), Styles.Kind.RATIO},
                new Object[] {"col.welfare.ratio", analyses.at(total, 12), Styles.Kind.RATIO});
        for (Object[] f : figures) {
            g.text(row, 0, t((String) f[0]), st.get(Styles.Kind.TEXT));
            g.formula(row, 1, (String) f[1], st.get((Styles.Kind) f[2]));
            row++;
        }
        g.text(row + 1, 0, t("portfolio.sums.note"), st.get(Styles.Kind.NOTE));
        Printing.setUp(g, -1, -1, 0, false);
    }
}
