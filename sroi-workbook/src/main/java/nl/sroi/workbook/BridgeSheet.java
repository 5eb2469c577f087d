package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;

import nl.sroi.core.analysis.BridgeFactor;
import nl.sroi.core.analysis.BridgeResult;
import nl.sroi.core.analysis.FieldValue;
import nl.sroi.core.text.Language;
import nl.sroi.workbook.Styles.Kind;

/**
 * The sheet "Verschil": the change bridge from a scenario's base model (or a forecast) to the model, as values: the
 * factors' rounded effects on every figure with a check that they add up, each factor's effect per outcome, all 128
 * hybrid models' totals (so a finance officer can retrace one step: M(S ∪ {factor}) − M(S)), and the changes.
 */
final class BridgeSheet {

    private static final int FIGURES = 5;
    /** The longest value a cell of the changes shows (a description can run to a page; the model's sheets hold it). */
    private static final int VALUE_LENGTH = 160;
    private final Grid g;
    private final Styles st;
    private final Language language;
    private final BridgeResult b;

    BridgeSheet(Workbook wb, String name, Styles styles, Language language, BridgeResult bridge) {
        this.g = new Grid(wb.createSheet(name), language);
        this.st = styles;
        this.language = language;
        this.b = bridge;
    }

    /**
     * Writes the sheet.
     *
     * @param title     the key of "Verschil met het basismodel" or "Verschil met de prognose"
     * @param fromLabel what the first and the totals' first row are called (the base model's title, the forecast)
     * @param toLabel   what the model is called (the scenario's title, the evaluation)
     */
    void write(String title, String fromLabel, String toLabel) {
        g.text(0, 0, text(language, title) + ": " + fromLabel + " → " + toLabel, st.get(Kind.TITLE));
        g.text(1, 0, text(language, "bridge.note"), st.get(Kind.NOTE));
        int row = factors(3, fromLabel, toLabel);
        row = outcomes(row + 2);
        row = hybrids(row + 2);
        changes(row + 2);
        Sheets.wrapWidth(g, 0, 38);
        Sheets.wrapWidth(g, 1, 30);
        Sheets.wrapWidth(g, 3, 24); // the changes' old and new values wrap; the figures above are narrower
        Sheets.wrapWidth(g, 4, 24);
        Printing.setUp(g, -1, -1, 0, true);
    }

    private void figureHeaders(int row, int col) {
        String[] names = {"bridge.present.value", "bridge.inputs.value", "bridge.net.present.value",
            "bridge.welfare", "bridge.ratio"};
        for (int k = 0; k < FIGURES; k++) {
            g.text(row, col + k, text(language, names[k]), st.get(Kind.HEADER_WRAP));
        }
    }

    private void figures(int row, int col, BridgeResult.Rounded r, boolean bold) {
        for (int k = 0; k < FIGURES - 1; k++) {
            g.number(row, col + k, r.get(k).doubleValue(), st.get(Kind.MONEY, 0, bold, false));
        }
        if (r.ratio() != null) {
            g.number(row, col + 4, r.ratio().doubleValue(), st.get(Kind.DECIMAL, 4, bold, false));
        } else {
            g.text(row, col + 4, text(language, "none"), st.get(Kind.TEXT));
        }
    }

    /** FROM, the seven factors, TO, and a formula that checks FROM plus the factors is TO. */
    private int factors(int row, String fromLabel, String toLabel) {
        g.text(row, 0, text(language, "bridge.factor"), st.get(Kind.HEADER));
        figureHeaders(row, 1);
        g.text(row + 1, 0, fromLabel, st.bold(Kind.TEXT));
        figures(row + 1, 1, b.from().rounded(), true);
        int r = row + 2;
        for (BridgeResult.FactorEffect e : b.factors()) {
            g.text(r, 0, e.factor().label().in(language), st.get(Kind.WRAP));
            figures(r++, 1, e.rounded(), false);
        }
        g.text(r, 0, toLabel, st.bold(Kind.TEXT));
        figures(r, 1, b.to().rounded(), true);
        g.text(r + 1, 0, text(language, "bridge.check"), st.get(Kind.NOTE));
        for (int k = 0; k < FIGURES; k++) {
            String c = Grid.col(k + 1);
            g.formula(r + 1, k + 1, "ROUND(" + c + (row + 2) + "+SUM(" + c + (row + 3) + ":" + c + r + ")-" + c
                    + (r + 1) + ",6)", st.get(Kind.DECIMAL, 4, false, false));
        }
        return r + 1;
    }

    /** Each factor's effect on each outcome's present value (exact, shown to the cent). */
    private int outcomes(int row) {
        g.text(row, 0, text(language, "bridge.outcomes"), st.get(Kind.SUBTITLE));
        g.text(row + 1, 0, text(language, "bridge.outcome"), st.get(Kind.HEADER));
        List<BridgeResult.FactorEffect> factors = b.factors();
        for (int f = 0; f < factors.size(); f++) {
            g.text(row + 1, f + 1, factors.get(f).factor().label().in(language), st.get(Kind.HEADER_WRAP));
        }
        int outcomes = factors.get(0).outcomes().size();
        for (int o = 0; o < outcomes; o++) {
            g.text(row + 2 + o, 0, factors.get(0).outcomes().get(o).description(), st.get(Kind.WRAP));
            for (int f = 0; f < factors.size(); f++) {
                g.number(row + 2 + o, f + 1, factors.get(f).outcomes().get(o).presentValue(), st.get(Kind.MONEY));
            }
        }
        return row + 2 + outcomes;
    }

    /** M(S) for every S: which factors come from TO (×), and its totals. */
    private int hybrids(int row) {
        g.text(row, 0, text(language, "bridge.hybrids"), st.get(Kind.SUBTITLE));
        g.text(row + 1, 0, text(language, "bridge.hybrids.note"), st.get(Kind.NOTE));
        int head = row + 2;
        g.text(head, 0, text(language, "bridge.hybrid"), st.get(Kind.HEADER));
        BridgeFactor[] all = BridgeFactor.values();
        for (int f = 0; f < all.length; f++) {
            g.text(head, 1 + f, all[f].label().in(language), st.get(Kind.HEADER_WRAP));
        }
        figureHeaders(head, 1 + all.length);
        int r = head + 1;
        for (int h = 0; h < b.hybrids().size(); h++, r++) {
            BridgeResult.Hybrid hybrid = b.hybrids().get(h);
            g.number(r, 0, h, st.get(Kind.WHOLE));
            for (int f = 0; f < all.length; f++) {
                g.text(r, 1 + f, hybrid.factors().contains(all[f]) ? "×" : "", st.get(Kind.TEXT));
            }
            BridgeResult.Figures x = hybrid.figures();
            for (int k = 0; k < FIGURES - 1; k++) {
                g.number(r, 1 + all.length + k, x.get(k), st.get(Kind.MONEY));
            }
            if (x.ratio().isPresent()) {
                g.number(r, 1 + all.length + 4, x.ratio().getAsDouble(), st.get(Kind.DECIMAL, 4, false, false));
            } else {
                g.text(r, 1 + all.length + 4, text(language, "none"), st.get(Kind.TEXT));
            }
        }
        return r;
    }

    private void changes(int row) {
        g.text(row, 0, text(language, "bridge.changes"), st.get(Kind.SUBTITLE));
        String[] heads = {"bridge.factor", "bridge.what", "bridge.pointer", "bridge.was",
            "bridge.becomes"};
        for (int c = 0; c < heads.length; c++) {
            g.text(row + 1, c, text(language, heads[c]), st.get(Kind.HEADER));
        }
        int r = row + 2;
        for (BridgeResult.Change c : b.changes()) {
            g.text(r, 0, c.factor() == null ? text(language, "none") : c.factor().label().in(language),
                    st.get(Kind.TEXT));
            g.text(r, 1, c.name() == null ? "" : c.name(), st.get(Kind.WRAP));
            g.text(r, 2, c.pointerTo() != null ? c.pointerTo() : c.pointerFrom(), st.get(Kind.TEXT));
            g.text(r, 3, value(c.from()), st.get(Kind.WRAP));
            g.text(r++, 4, value(c.to()), st.get(Kind.WRAP));
        }
    }

    /** A changed value as a cell shows it: an outcome's or input's id, else its JSON, long texts shortened. */
    private static String value(FieldValue v) {
        String s = v == null ? "" : v.isEntry() && v.id() != null ? v.id() : v.isText() ? v.text() : v.json();
        return s.length() <= VALUE_LENGTH ? s : s.substring(0, VALUE_LENGTH - 1) + "…";
    }
}
