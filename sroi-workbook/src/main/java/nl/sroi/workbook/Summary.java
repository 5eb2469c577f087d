package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.util.CellRangeAddress;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.workbook.Layout.Calculation;
import nl.sroi.workbook.Layout.Parties;
import nl.sroi.workbook.Layout.Result;
import nl.sroi.workbook.Layout.Settings;
import nl.sroi.workbook.Layout.ValueMap;
import nl.sroi.workbook.Styles.Kind;

/**
 * The first sheet, "Samenvatting": for one party (or for society when none is named) what it pays, in cash and in
 * kind, and receives per year, its cumulative balance, ratio and payback, with society's totals beside it, every
 * party's figures and the assumptions it rests on with their sources; printed on A4 at a readable size. For a scenarios
 * document exported whole, the base and every scenario side by side instead. Every amount is a reference to a
 * model's Resultaat or Per partij (the API's figures) or is rounded here, with the rounding difference shown.
 */
final class Summary {

    /** Columns of the single-model summary: labels, the party (or society), society beside the party. */
    static final int LABEL = 0;
    static final int PARTY = 1;
    /** Rows of the single-model summary: the key figures' header, then one row per figure in this order. */
    static final int KEY_HEADER = 4;
    static final int PAYS = 5;
    static final int PAYS_CASH = 6;
    static final int PAYS_IN_KIND = 7;
    static final int ROUNDING_DIFFERENCE = 8;
    static final int RECEIVES = 9;
    static final int NET = 10;
    static final int RATIO = 11;
    static final int PAYBACK = 12;
    /** The per-year table's header; years follow, then a total row. */
    static final int YEAR_HEADER = 14;
    /** Columns of the per-year table for a party. */
    static final int YEAR_PAYS = 1;
    static final int YEAR_IN_KIND = 2;
    static final int YEAR_RECEIVES = 3;
    static final int YEAR_PAYS_COUNTED = 4;
    static final int YEAR_RECEIVES_PRESENT_VALUE = 5;
    static final int YEAR_BALANCE = 6;
    static final int YEAR_CUMULATIVE_BALANCE = 7;
    /** How many outcomes the assumptions list; the rest are on the value map. */
    static final int OUTCOMES_LISTED = 8;

    private final Grid g;
    private final Styles st;
    private final Language lang;
    private final int scale;
    private int row;

    Summary(Grid g, Styles st, Language lang, int scale) {
        this.g = g;
        this.st = st;
        this.lang = lang;
        this.scale = scale;
    }

    private String t(String text) {
        return text(lang, text);
    }

    // --------------------------------------------------------------------------------------- one model

    void single(ModelSheets ms, ValidModel valid, String focus) {
        SroiModel m = ms.m;
        int s = focus == null ? -1 : index(m, focus);
        String party = s < 0 ? null : m.stakeholders().get(s).name();
        g.text(0, LABEL, s < 0 ? t("summary.society") : t("summary.for") + " " + party, st.get(Kind.TITLE));
        g.text(1, LABEL, m.title() + (ms.scenario == null ? "" : " — " + ms.scenarioTitle), st.get(Kind.SUBTITLE));
        g.text(2, LABEL, t("amounts.in") + " " + m.currency() + (m.priceYear() == null ? "" : ", "
                + t("price.level") + " " + m.priceYear()) + ". " + t("rounding.explained"), st.get(Kind.NOTE));
        row = KEY_HEADER;
        int society = s < 0 ? PARTY : PARTY + 1;
        g.text(row, LABEL, t("key.figures"), st.get(Kind.HEADER));
        if (s >= 0) {
            g.text(row, PARTY, party, st.get(Kind.HEADER_WRAP));
        }
        g.text(row, society, t("society"), st.get(Kind.HEADER_WRAP));
        row++;
        int v = ms.valueRow();
        String cashSociety = Formulas.roundHalfEven("SUM(" + ms.calculationRow(v + Calculation.CASH_COUNTED) + ")", scale);
        String inKindSociety = Formulas.roundHalfEven("SUM(" + ms.calculationRow(v + Calculation.IN_KIND_COUNTED) + ")",
                scale);
        String[] partyRefs = s < 0 ? null : partyFigures(ms, s);
        String[] societyRefs = {ms.result.at(Result.INPUTS_VALUE, Result.ROUNDED), cashSociety, inKindSociety,
            ms.result.at(Result.PRESENT_VALUE, Result.ROUNDED), ms.result.at(Result.NET_PRESENT_VALUE, Result.ROUNDED),
            ms.result.at(Result.RATIO, Result.ROUNDED), ms.result.at(Result.PAYBACK, Result.ROUNDED)};
        keyFigures(partyRefs, societyRefs, society);

        row++;
        check(YEAR_HEADER);
        if (s >= 0) {
            partyYears(ms, s);
        } else {
            societyYears(ms, v);
        }
        row++;
        everyParty(ms, s);
        welfare(ms, society);

        assumptions(ms, valid, s);
        finish(8, false);
    }

    /** The business case of one party per year. */
    private void partyYears(ModelSheets ms, int s) {
        String[] headers = {"year", "pays", "pays.in.kind", "receives", "pays.counted",
            "receives.pv", "balance", "cumulative.balance"};
        header(headers);
        int first = row;
        for (int t = 1; t <= ms.periods; t++) {
            int pr = ms.partyPeriodRow(s, t);
            int c = Calculation.FIRST_PERIOD + t - 1;
            year(ms, t);
            g.formula(row, 1, ms.parties.at(pr, Parties.PAYS), st.get(Kind.MONEY));
            g.formula(row, 2, Formulas.roundHalfEven(ms.calculation.at(ms.partyRow(s) + Calculation.PARTY_IN_KIND, c),
                    scale), st.get(Kind.MONEY));
            g.formula(row, 3, ms.parties.at(pr, Parties.RECEIVES), st.get(Kind.MONEY));
            g.formula(row, 4, ms.parties.at(pr, Parties.PAYS_COUNTED), st.get(Kind.MONEY));
            g.formula(row, 5, ms.parties.at(pr, Parties.RECEIVES_PRESENT_VALUE), st.get(Kind.MONEY));
            g.formula(row, 6, ms.parties.at(pr, Parties.BALANCE), st.get(Kind.MONEY));
            g.formula(row, 7, ms.parties.at(pr, Parties.CUMULATIVE_BALANCE), st.get(Kind.MONEY));
            row++;
        }
        totals(first, 1, 6);
    }

    /** Society's inputs and value per year. */
    private void societyYears(ModelSheets ms, int v) {
        String[] headers = {"year", "inputs.row", "pays.in.kind", "value.total",
            "present.value.row"};
        header(headers);
        int first = row;
        for (int t = 1; t <= ms.periods; t++) {
            int pr = ms.periodRow(t);
            int c = Calculation.FIRST_PERIOD + t - 1;
            year(ms, t);
            g.formula(row, 1, ms.result.at(pr, Result.PERIOD_INPUTS), st.get(Kind.MONEY));
            g.formula(row, 2, Formulas.roundHalfEven(ms.calculation.at(v + Calculation.IN_KIND, c), scale),
                    st.get(Kind.MONEY));
            g.formula(row, 3, ms.result.at(pr, Result.PERIOD_VALUE), st.get(Kind.MONEY));
            g.formula(row, 4, ms.result.at(pr, Result.PERIOD_PRESENT_VALUE), st.get(Kind.MONEY));
            row++;
        }
        totals(first, 1, 4);
    }

    /** Every party's inputs, value, net and ratio; the focused party in bold. */
    private void everyParty(ModelSheets ms, int s) {
        SroiModel m = ms.m;
        header(new String[] {"all.parties", "invested", "received", "net", "ratio.short"});
        int first = row;
        for (int p = 0; p < m.stakeholders().size(); p++) {
            Stakeholder sh = m.stakeholders().get(p);
            int r = ms.stakeholderRow(p);
            boolean bold = p == s;
            g.text(row, LABEL, sh.name() + " (" + sh.id() + ")", bold ? st.get(Kind.SUBTITLE) : st.get(Kind.TEXT));
            g.formula(row, 1, ms.result.at(r, Result.INVESTED), money(bold));
            g.formula(row, 2, ms.result.at(r, Result.RECEIVED), money(bold));
            g.formula(row, 3, ms.result.at(r, Result.NET), money(bold));
            g.formula(row, 4, ms.result.at(r, Result.STAKEHOLDER_RATIO), bold ? st.bold(Kind.RATIO) : st.get(Kind.RATIO));
            row++;
        }
        totals(first, 1, 3);
    }

    /** Society's welfare view, for a model with transfers: the figures of the model's Resultaat. */
    private void welfare(ModelSheets ms, int society) {
        if (ms.m.outcomes().stream().noneMatch(nl.sroi.core.model.Outcome::transfer)) {
            return;
        }
        row++;
        g.text(row, LABEL, t("welfare.title"), st.get(Kind.HEADER));
        g.text(row, society, t("society"), st.get(Kind.HEADER_WRAP));
        row++;
        String[] labels = {"welfare.present.value", "welfare.net.present.value", "welfare.ratio"};
        String[] names = {"WelfarePresentValue", "WelfareNetPresentValue", "WelfareRatio"};
        for (int k = 0; k < labels.length; k++) {
            g.text(row, LABEL, text(lang, labels[k]), st.get(Kind.SUBTITLE));
            g.formula(row, society, ms.name(names[k]), st.get(k == 2 ? Kind.RATIO : Kind.MONEY, 0, true, false));
            row++;
        }
    }

    private org.apache.poi.ss.usermodel.CellStyle money(boolean bold) {
        return bold ? st.get(Kind.MONEY, 0, true, false) : st.get(Kind.MONEY);
    }

    private static int index(SroiModel m, String id) {
        return IntStream.range(0, m.stakeholders().size()).filter(i -> m.stakeholders().get(i).id().equals(id))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no stakeholder " + id));
    }

    /** The party's figures in the order of {@link #keyFigures}. */
    private String[] partyFigures(ModelSheets ms, int s) {
        int r = ms.stakeholderRow(s);
        int b = ms.partyRow(s);
        return new String[] {ms.result.at(r, Result.INVESTED),
            Formulas.roundHalfEven("SUM(" + ms.calculationRow(b + Calculation.PARTY_CASH_COUNTED) + ")", scale),
            Formulas.roundHalfEven("SUM(" + ms.calculationRow(b + Calculation.PARTY_IN_KIND_COUNTED) + ")", scale),
            ms.result.at(r, Result.RECEIVED), ms.result.at(r, Result.NET), ms.result.at(r, Result.STAKEHOLDER_RATIO),
            ms.parties.at(ms.partyAfterRow(s, Parties.PAYBACK), Parties.PAYS)};
    }

    /** Pays (of which cash, in kind, the rounding difference), receives, net, ratio, payback: one column each. */
    private void keyFigures(String[] party, String[] society, int societyColumn) {
        String[] labels = {"pays.counted", "pays.cash", "pays.in.kind", "rounding.difference",
            "receives.pv", "net.present.value", "ratio", "payback"};
        int[] from = {0, 1, 2, -1, 3, 4, 5, 6};
        check(PAYS);
        int top = row;
        for (int k = 0; k < labels.length; k++) {
            boolean part = k >= 1 && k <= 3;
            g.text(row, LABEL, (part ? "   " : "") + text(lang, labels[k]), part ? st.get(Kind.TEXT) : st.get(Kind.SUBTITLE));
            Kind kind = k == 6 ? Kind.RATIO : k == 7 ? Kind.MONTHS : k == 3 ? Kind.MONEY_DIFFERENCE : Kind.MONEY;
            for (int side = 0; side < 2; side++) {
                String[] refs = side == 0 ? party : society;
                if (refs == null) {
                    continue;
                }
                int col = side == 0 ? PARTY : societyColumn;
                String formula = k == 3 ? Formulas.roundingDifference(Grid.local(top, col), Grid.local(top + 1, col),
                        Grid.local(top + 2, col), scale) : refs[from[k]];
                g.formula(row, col, formula, part ? st.get(kind) : st.get(kind, 0, true, false));
            }
            row++;
        }
    }

    private void check(int expected) {
        if (row != expected) {
            throw new IllegalStateException("the summary's layout moved: row " + row + ", expected " + expected);
        }
    }

    private void header(String[] headers) {
        for (int c = 0; c < headers.length; c++) {
            g.text(row, c, text(lang, headers[c]), c == 0 ? st.get(Kind.HEADER) : st.get(Kind.HEADER_WRAP));
        }
        row++;
    }

    private void year(ModelSheets ms, int t) {
        int c = Calculation.FIRST_PERIOD + t - 1;
        if (ms.m.firstYear() != null) {
            g.formula(row, LABEL, ms.calculation.at(Calculation.YEAR, c), st.get(Kind.YEAR_LABEL));
        } else {
            g.formula(row, LABEL, ms.calculation.at(Calculation.PERIOD, c), st.get(Kind.PERIOD_HEADER));
        }
    }

    /** A total row under the rows from {@code first}: sums of columns from to last. */
    private void totals(int first, int from, int last) {
        g.text(row, LABEL, t("total"), st.get(Kind.SUBTITLE));
        for (int c = from; c <= last; c++) {
            g.formula(row, c, "SUM(" + Grid.local(first, c) + ":" + Grid.local(row - 1, c) + ")", st.bold(Kind.MONEY));
        }
        row++;
    }

    /** The settings and the outcomes that bring the party (or society) most value, with their sources. */
    private void assumptions(ModelSheets ms, ValidModel valid, int s) {
        row++;
        g.text(row, LABEL, t("assumptions"), st.get(Kind.HEADER));
        for (int c = 1; c < 8; c++) {
            g.text(row, c, "", st.get(Kind.HEADER));
        }
        row++;
        Object[][] settings = {{Estimate.RATE.heading().in(lang), Settings.RATE, Kind.PERCENT},
            {t("first.period.discounted"), Settings.FIRST_PERIOD_DISCOUNTED, Kind.TEXT},
            {t("inputs.discounted"), Settings.INPUTS_DISCOUNTED, Kind.TEXT},
            {t("horizon"), Settings.HORIZON, Kind.YEAR_LABEL}, {t("price.year"), Settings.PRICE_YEAR, Kind.YEAR_LABEL}};
        for (Object[] setting : settings) {
            int r = (Integer) setting[1];
            if (r == Settings.PRICE_YEAR && ms.m.priceYear() == null) {
                continue;
            }
            g.text(row, LABEL, (String) setting[0], st.get(Kind.TEXT));
            Kind kind = (Kind) setting[2];
            kind = kind == Kind.PERCENT ? Kind.PERCENT_LABEL : kind;
            int decimals = kind == Kind.PERCENT_LABEL
                    ? ModelSheets.percentDecimals(List.of(ms.m.discounting().rate())) : 0;
            g.formula(row, 1, ms.settings.at(r, Settings.VALUE), st.get(kind, decimals, false, false));
            row++;
        }
        row++;
        String[] headers = {s < 0 ? "outcome" : "value.for.party", "quantity.total", "proxy",
            "unit", "source"};
        int[] columns = {0, 1, 2, 3, 5};
        for (int c = 0; c < 8; c++) {
            g.text(row, c, "", st.get(Kind.HEADER_WRAP));
        }
        for (int c = 0; c < headers.length; c++) {
            g.text(row, columns[c], text(lang, headers[c]), st.get(Kind.HEADER_WRAP));
        }
        merge(row);
        row++;
        List<Integer> order = valueOrder(valid, s);
        int cohorts = ms.m.outcomes().stream().mapToInt(o -> o.quantity().size()).max().orElse(1);
        for (int k = 0; k < Math.min(OUTCOMES_LISTED, order.size()); k++) {
            int i = order.get(k);
            Outcome o = ms.m.outcomes().get(i);
            int vr = ValueMap.FIRST + i;
            g.formula(row, 0, ms.valueMap.at(vr, ValueMap.DESCRIPTION), st.get(Kind.WRAP));
            g.formula(row, 1, "SUM(" + ms.valueMap.at(vr, ValueMap.QUANTITY, vr, ValueMap.QUANTITY + cohorts - 1) + ")",
                    st.get(Kind.DECIMAL, ModelSheets.decimals(o.quantity()), false, false));
            g.formula(row, 2, ms.valueMap.at(vr, ValueMap.PROXY), st.get(Kind.MONEY));
            g.formula(row, 3, ms.valueMap.at(vr, ValueMap.UNIT), st.get(Kind.WRAP));
            g.formula(row, 5, ms.valueMap.at(vr, ValueMap.SOURCE), st.get(Kind.WRAP));
            merge(row);
            row++;
        }
        if (order.size() > OUTCOMES_LISTED) {
            g.text(row, LABEL, "+ " + (order.size() - OUTCOMES_LISTED) + " " + t("other.outcomes"), st.get(Kind.NOTE));
            row++;
        }
    }

    /** Unit over columns D:E, source over F:H. */
    private void merge(int r) {
        g.sheet.addMergedRegion(new CellRangeAddress(r, r, 3, 4));
        g.sheet.addMergedRegion(new CellRangeAddress(r, r, 5, 7));
    }

    /**
     * The outcomes that bring value (to party s, or to all when s &lt; 0), largest present value first; an
     * outcome worth nothing to the party is left out.
     */
    static List<Integer> valueOrder(ValidModel valid, int s) {
        SroiModel m = valid.model();
        SroiResult r = SroiCalculator.DEFAULT.calculate(valid);
        double[] value = new double[m.outcomes().size()];
        double[] share = new double[value.length];
        for (int i = 0; i < value.length; i++) {
            for (ValueShare v : m.outcomes().get(i).valueShares()) {
                if (s >= 0 && v.stakeholder().equals(m.stakeholders().get(s).id())) {
                    share[i] += v.share().doubleValue();
                }
            }
            value[i] = r.outcomes().get(i).presentValue().doubleValue() * (s < 0 ? 1 : share[i]);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < value.length; i++) {
            if (s < 0 || share[i] > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(value[i])));
        return order;
    }

    // ------------------------------------------------------------------------------ scenarios side by side

    void comparison(List<ModelSheets> sets, String focus) {
        ModelSheets base = sets.get(0);
        int s0 = focus == null ? -1 : index(base.m, focus);
        String party = s0 < 0 ? null : base.m.stakeholders().get(s0).name();
        g.text(0, LABEL, t("summary.comparison") + (party == null ? "" : ": " + t("summary.for")
                .toLowerCase(lang.locale()) + " " + party), st.get(Kind.TITLE));
        g.text(1, LABEL, base.m.title(), st.get(Kind.SUBTITLE));
        g.text(2, LABEL, t("amounts.in") + " " + base.m.currency() + ". " + t("rounding.explained"),
                st.get(Kind.NOTE));
        row = 4;
        g.text(row, LABEL, "", st.get(Kind.HEADER));
        for (int k = 0; k < sets.size(); k++) {
            ModelSheets ms = sets.get(k);
            g.text(row, 1 + k, ms.scenario == null ? t("base.model") : ms.scenarioTitle, st.get(Kind.HEADER_WRAP));
        }
        row++;
        g.text(row, LABEL, t("year"), st.get(Kind.TEXT));
        for (int k = 0; k < sets.size(); k++) {
            ModelSheets ms = sets.get(k);
            Integer first = ms.m.firstYear();
            g.text(row, 1 + k, first == null ? t("period").toLowerCase(lang.locale()) + " 1–" + ms.periods
                    : first + "–" + (first + ms.periods - 1), st.get(Kind.TEXT));
        }
        row += 2;
        g.text(row++, LABEL, t("society"), st.get(Kind.SUBTITLE));
        String[] labels = {"present.value", "inputs.value", "net.present.value", "ratio", "payback"};
        int[] resultRows = {Result.PRESENT_VALUE, Result.INPUTS_VALUE, Result.NET_PRESENT_VALUE, Result.RATIO,
            Result.PAYBACK};
        for (int k = 0; k < labels.length; k++) {
            g.text(row, LABEL, text(lang, labels[k]), st.get(Kind.TEXT));
            for (int m = 0; m < sets.size(); m++) {
                Kind kind = k == 3 ? Kind.RATIO : k == 4 ? Kind.MONTHS : Kind.MONEY;
                g.formula(row, 1 + m, sets.get(m).result.at(resultRows[k], Result.ROUNDED), st.get(kind));
            }
            row++;
        }
        if (s0 >= 0) {
            comparedParty(sets, focus, party);
        }
        comparedNet(sets);
        for (int m = 0; m < sets.size(); m++) {
            Sheets.wrapWidth(g, 1 + m, 18);
        }
        finish(1 + sets.size(), sets.size() > 3);
    }

    /** One party's figures in each model, compared. */
    private void comparedParty(List<ModelSheets> sets, String focus, String party) {
        row++;
        g.text(row++, LABEL, party + " (" + focus + ")", st.get(Kind.SUBTITLE));
        String[] partyLabels = {"pays.counted", "pays.cash", "pays.in.kind", "rounding.difference",
            "receives.pv", "net.present.value", "ratio", "payback"};
        int[] from = {0, 1, 2, -1, 3, 4, 5, 6};
        int top = row;
        for (int k = 0; k < partyLabels.length; k++) {
            boolean part = k >= 1 && k <= 3;
            g.text(row, LABEL, (part ? "   " : "") + text(lang, partyLabels[k]), st.get(Kind.TEXT));
            Kind kind = k == 6 ? Kind.RATIO : k == 7 ? Kind.MONTHS : k == 3 ? Kind.MONEY_DIFFERENCE : Kind.MONEY;
            for (int m = 0; m < sets.size(); m++) {
                ModelSheets ms = sets.get(m);
                String[] refs = partyFigures(ms, index(ms.m, focus));
                int col = 1 + m;
                String formula = k == 3 ? Formulas.roundingDifference(Grid.local(top, col),
                        Grid.local(top + 1, col), Grid.local(top + 2, col), ms.scale()) : refs[from[k]];
                g.formula(row, col, formula, st.get(kind));
            }
            row++;
        }
    }

    /** Every party's net present value in each model, compared (a party a model lacks stays empty). */
    private void comparedNet(List<ModelSheets> sets) {
        row++;
        g.text(row++, LABEL, t("net") + " " + t("by.stakeholder").toLowerCase(lang.locale()),
                st.get(Kind.SUBTITLE));
        Map<String, String> names = new LinkedHashMap<>();
        for (ModelSheets ms : sets) {
            ms.m.stakeholders().forEach(sh -> names.putIfAbsent(sh.id(), sh.name()));
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            g.text(row, LABEL, e.getValue() + " (" + e.getKey() + ")", st.get(Kind.TEXT));
            for (int m = 0; m < sets.size(); m++) {
                ModelSheets ms = sets.get(m);
                List<String> ids = ms.m.stakeholders().stream().map(Stakeholder::id).toList();
                int s = ids.indexOf(e.getKey());
                if (s >= 0) {
                    g.formula(row, 1 + m, ms.result.at(ms.stakeholderRow(s), Result.NET), st.get(Kind.MONEY));
                }
            }
            row++;
        }
    }

    private void finish(int columns, boolean landscape) {
        Sheets.wrapWidth(g, LABEL, 40);
        // the labels repeated on the pages to the right when the summary is wider than a page at a readable size
        Printing.setUp(g, -1, -1, LABEL + 1, landscape);
        g.sheet.getWorkbook().setPrintArea(g.sheet.getWorkbook().getSheetIndex(g.sheet), 0, columns - 1, 0, row - 1);
    }
}
