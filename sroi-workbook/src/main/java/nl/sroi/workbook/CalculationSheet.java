package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.workbook.Layout.Calculation;
import nl.sroi.workbook.Layout.Inputs;
import nl.sroi.workbook.Layout.Persistence;
import nl.sroi.workbook.Layout.Settings;
import nl.sroi.workbook.Layout.ValueMap;
import nl.sroi.workbook.Layout.ValueTo;
import nl.sroi.workbook.Styles.Kind;

/** The calculation sheet (Berekening): values, factors, present values and payback per period, in total and per party. */
final class CalculationSheet extends SheetWriter {

    CalculationSheet(ModelSheets ms) {
        super(ms);
    }

    void write() {
        Grid g = calculation;
        g.text(Calculation.NOTE, Calculation.LABEL, text(lang, "calculation.note"), st.get(Kind.NOTE));
        g.text(Calculation.PERIOD, Calculation.LABEL, text(lang, "period"), st.get(Kind.HEADER));
        g.text(Calculation.YEAR, Calculation.LABEL, text(lang, "year"), st.get(Kind.TEXT));
        g.text(Calculation.FACTOR, Calculation.LABEL, text(lang, "factor"), st.get(Kind.TEXT));
        int v = valueRow();
        periodRows(g);
        outcomeRows(g);
        String[] totals = {"value.total", "present.value.row", "inputs.row", "inputs.counted",
            "cumulative.inputs", "cumulative.pv", "payback.in.period", "pays.in.kind",
            "cash.counted", "in.kind.counted"};
        for (int k = 0; k < totals.length; k++) {
            g.text(v + k, Calculation.LABEL, text(lang, totals[k]),
                    st.get(k == Calculation.VALUE ? Kind.SUBTITLE : Kind.TEXT));
        }
        String inputsStakeholders = inputsColumn(Inputs.STAKEHOLDER);
        String inputsInKind = inputsColumn(Inputs.IN_KIND);
        totalRows(g, v, inputsInKind);
        for (int s = 0; s < stakeholders; s++) {
            if (!takesPart(s)) {
                continue;
            }
            party(g, v, s, inputsStakeholders, inputsInKind);
        }
        if (ownRates()) {
            outcomeFactorRows(g);
        }
        Sheets.wrapWidth(g, Calculation.LABEL, 50);
        g.sheet.createFreezePane(Calculation.FIRST_PERIOD, Calculation.PERIOD + 1);
        Printing.setUp(g, Calculation.PERIOD, Calculation.PERIOD, Calculation.LABEL + 1, true);
    }

    private String scheduledFactor(String period, String previous) {
        int steps = m.discounting().schedule().size();
        String fromYears = settings.at(Settings.SCHEDULE_FIRST, Settings.LABEL, Settings.SCHEDULE_FIRST + steps - 1,
                Settings.LABEL);
        String rates = settings.at(Settings.SCHEDULE_FIRST, Settings.VALUE, Settings.SCHEDULE_FIRST + steps - 1,
                Settings.VALUE);
        return Formulas.scheduledFactor(period, previous, name("Rate"), name("FirstPeriodDiscounted"), yes,
                settings.at(Settings.SCHEDULE_FIRST, Settings.LABEL), fromYears, rates);
    }

    /** Each outcome's discount factors: its own rate's, or the model's (section 12.1). */
    private void outcomeFactorRows(Grid g) {
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = ownFactorRow() + i;
            g.text(r, Calculation.LABEL, text(lang, "outcome.factor") + ": " + o.description() + " (" + o.id() + ")",
                    st.get(Kind.WRAP));
            for (int t = 1; t <= periods; t++) {
                int c = Calculation.FIRST_PERIOD + t - 1;
                g.formula(r, c, Formulas.outcomeFactor(Grid.fixedRow(Calculation.PERIOD, c),
                        valueMap.at(ValueMap.FIRST + i, ValueMap.OWN_RATE), Grid.fixedRow(Calculation.FACTOR, c),
                        name("FirstPeriodDiscounted"), yes), st.get(Kind.FACTOR));
            }
        }
    }

    /** The sum of a row from period 1 up to this column. */
    private static String cumulative(int row, int col) {
        return "SUM(" + Grid.fixed(row, Calculation.FIRST_PERIOD) + ":" + Grid.local(row, col) + ")";
    }

    /** Stakeholder s's block: what it pays and receives per period, counted, cumulated, and its payback. */
    private void party(Grid g, int v, int s, String inputsStakeholders, String inputsInKind) {
        Stakeholder sh = m.stakeholders().get(s);
        int b = partyRow(s);
        g.text(b + Calculation.PARTY_HEADER, Calculation.LABEL, sh.name() + " (" + sh.id() + ")",
                st.get(Kind.SUBTITLE));
        String[] rows = {"pays", "receives", "pays.counted", "receives.pv", "pays.in.kind",
            "cash.counted", "in.kind.counted", "cumulative.inputs", "cumulative.pv",
            "payback.in.period"};
        for (int k = 0; k < rows.length; k++) {
            g.text(b + 1 + k, Calculation.LABEL, text(lang, rows[k]), st.get(Kind.TEXT));
        }
        String shares = valueTo.at(ValueTo.FIRST, ValueTo.SHARE + s, ValueTo.FIRST + outcomes - 1,
                ValueTo.SHARE + s);
        String id = "\"" + sh.id() + "\"";
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            String col = Grid.col(c);
            String period = Grid.fixedRow(Calculation.PERIOD, c);
            String factor = Grid.fixedRow(Calculation.FACTOR, c);
            String amounts = inputsColumn(Inputs.AMOUNT + t - 1);
            String outcomeValues = col + "$" + (Calculation.FIRST_OUTCOME + 1) + ":" + col + "$" + v;
            g.formula(b + Calculation.PARTY_PAYS, c, "SUMIF(" + inputsStakeholders + "," + id + "," + amounts + ")",
                    st.get(Kind.MONEY));
            g.formula(b + Calculation.PARTY_RECEIVES, c, "SUMPRODUCT(" + outcomeValues + "," + shares + ")",
                    st.get(Kind.MONEY));
            g.formula(b + Calculation.PARTY_PAYS_COUNTED, c, Formulas.counted(
                    Grid.local(b + Calculation.PARTY_PAYS, c), factor, name("InputsDiscounted"), yes),
                    st.get(Kind.MONEY));
            g.formula(b + Calculation.PARTY_RECEIVES_PRESENT_VALUE, c, !ownRates()
                    ? Grid.local(b + Calculation.PARTY_RECEIVES, c) + "*" + factor
                    : "SUMPRODUCT(" + outcomeValues + "," + shares + "," + outcomeColumn(ownFactorRow(), c) + ")",
                    st.get(Kind.MONEY));
            g.formula(b + Calculation.PARTY_IN_KIND, c, "SUMIFS(" + amounts + "," + inputsStakeholders + "," + id
                    + "," + inputsInKind + ",\"" + yes + "\")", st.get(Kind.MONEY));
            g.formula(b + Calculation.PARTY_CASH_COUNTED, c, Formulas.counted("(" + Grid.local(b + Calculation.PARTY_PAYS, c)
                    + "-" + Grid.local(b + Calculation.PARTY_IN_KIND, c) + ")", factor, name("InputsDiscounted"), yes),
                    st.get(Kind.MONEY));
            g.formula(b + Calculation.PARTY_IN_KIND_COUNTED, c, Formulas.counted(
                    Grid.local(b + Calculation.PARTY_IN_KIND, c), factor, name("InputsDiscounted"), yes),
                    st.get(Kind.MONEY));
            g.formula(b + Calculation.PARTY_CUMULATIVE_COUNTED, c, cumulative(b + Calculation.PARTY_PAYS_COUNTED, c),
                    st.get(Kind.MONEY));
            g.formula(b + Calculation.PARTY_CUMULATIVE_PRESENT_VALUE, c,
                    cumulative(b + Calculation.PARTY_RECEIVES_PRESENT_VALUE, c), st.get(Kind.MONEY));
            g.formula(b + Calculation.PARTY_PAYBACK, c, Formulas.paybackInPeriod(period,
                    Grid.local(b + Calculation.PARTY_CUMULATIVE_COUNTED, c),
                    t == 1 ? "0" : Grid.local(b + Calculation.PARTY_CUMULATIVE_PRESENT_VALUE, c - 1),
                    Grid.local(b + Calculation.PARTY_RECEIVES_PRESENT_VALUE, c)), st.get(Kind.MONTHS));
        }
    }

    /** The totals over the outcomes and inputs per period. */
    private void totalRows(Grid g, int v, String inputsInKind) {
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            String col = Grid.col(c);
            String period = Grid.fixedRow(Calculation.PERIOD, c);
            String factor = Grid.fixedRow(Calculation.FACTOR, c);
            String amounts = inputsColumn(Inputs.AMOUNT + t - 1);
            g.formula(v + Calculation.VALUE, c, "SUM(" + col + (Calculation.FIRST_OUTCOME + 1) + ":" + col + v + ")",
                    st.bold(Kind.MONEY));
            g.formula(v + Calculation.PRESENT_VALUE, c, !ownRates() ? Grid.local(v, c) + "*" + factor
                    : "SUMPRODUCT(" + outcomeColumn(Calculation.FIRST_OUTCOME, c) + ","
                    + outcomeColumn(ownFactorRow(), c) + ")", st.get(Kind.MONEY));
            g.formula(v + Calculation.INPUTS, c, "SUM(" + amounts + ")", st.get(Kind.MONEY));
            g.formula(v + Calculation.INPUTS_COUNTED, c, Formulas.counted(Grid.local(v + Calculation.INPUTS, c), factor,
                    name("InputsDiscounted"), yes), st.get(Kind.MONEY));
            g.formula(v + Calculation.CUMULATIVE_INPUTS, c, cumulative(v + Calculation.INPUTS_COUNTED, c),
                    st.get(Kind.MONEY));
            g.formula(v + Calculation.CUMULATIVE_PRESENT_VALUE, c, cumulative(v + Calculation.PRESENT_VALUE, c),
                    st.get(Kind.MONEY));
            g.formula(v + Calculation.PAYBACK, c, Formulas.paybackInPeriod(period,
                    Grid.local(v + Calculation.CUMULATIVE_INPUTS, c),
                    t == 1 ? "0" : Grid.local(v + Calculation.CUMULATIVE_PRESENT_VALUE, c - 1),
                    Grid.local(v + Calculation.PRESENT_VALUE, c)), st.get(Kind.MONTHS));
            g.formula(v + Calculation.IN_KIND, c, "SUMIF(" + inputsInKind + ",\"" + yes + "\"," + amounts + ")",
                    st.get(Kind.MONEY));
            g.formula(v + Calculation.CASH_COUNTED, c, Formulas.counted("(" + Grid.local(v + Calculation.INPUTS, c) + "-"
                    + Grid.local(v + Calculation.IN_KIND, c) + ")", factor, name("InputsDiscounted"), yes),
                    st.get(Kind.MONEY));
            g.formula(v + Calculation.IN_KIND_COUNTED, c, Formulas.counted(Grid.local(v + Calculation.IN_KIND, c),
                    factor, name("InputsDiscounted"), yes), st.get(Kind.MONEY));
        }
    }

    /** Each outcome's value per period, over the cohorts that have reached it. */
    private void outcomeRows(Grid g) {
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = Calculation.FIRST_OUTCOME + i;
            int pr = Persistence.FIRST + i;
            int rr = reversedRow() + i;
            g.text(r, Calculation.LABEL, text(lang, "value.of") + ": " + o.description() + " (" + o.id() + ")",
                    st.get(Kind.WRAP));
            for (int t = 1; t <= periods; t++) {
                int c = Calculation.FIRST_PERIOD + t - 1;
                int n = Math.min(cohorts, t); // cohorts 1 .. n can have reached the outcome by period t
                int firstYear = Persistence.FIRST_YEAR + t - n;
                g.formula(r, c, Formulas.outcomeValue(Grid.fixedRow(Calculation.PERIOD, c), name("Horizon"),
                        valueMap.at(ValueMap.FIRST + i, ValueMap.IMPACT),
                        persistence.at(rr, Persistence.FIRST_YEAR + cohorts - n, rr, Persistence.FIRST_YEAR + cohorts - 1),
                        persistence.at(pr, firstYear, pr, firstYear + n - 1)), st.get(Kind.MONEY));
            }
        }
    }

    /** Each period's number, year and discount factor. */
    private void periodRows(Grid g) {
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            String period = Grid.fixedRow(Calculation.PERIOD, c);
            g.number(Calculation.PERIOD, c, t, st.get(Kind.PERIOD_HEADER));
            g.formula(Calculation.YEAR, c, Formulas.year(period, name("FirstYear")), st.get(Kind.YEAR));
            g.formula(Calculation.FACTOR, c, !hasSchedule()
                    ? Formulas.factor(period, name("Rate"), name("FirstPeriodDiscounted"), yes)
                    : scheduledFactor(period, t == 1 ? null : Grid.local(Calculation.FACTOR, c - 1)),
                    st.get(Kind.FACTOR));
        }
    }
}
