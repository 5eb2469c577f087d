package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.workbook.Layout.Calculation;
import nl.sroi.workbook.Layout.Inputs;
import nl.sroi.workbook.Layout.Result;
import nl.sroi.workbook.Layout.ValueMap;
import nl.sroi.workbook.Layout.ValueTo;
import nl.sroi.workbook.Styles.Kind;

/** The result sheet (Resultaat): the figures the API gives, rounded as it rounds them, in total, per stakeholder, period and outcome. */
final class ResultSheet extends SheetWriter {

    ResultSheet(ModelSheets ms) {
        super(ms);
    }

    void write(Rounding rounding) {
        Grid g = result;
        int v = valueRow();
        g.text(Result.TITLE, 0, text(lang, "result.title"), st.get(Kind.TITLE));
        g.text(Result.NOTE, 0, text(lang, "rounding.note"), st.get(Kind.NOTE));
        g.text(Result.HEADER, 0, "", st.get(Kind.HEADER));
        g.text(Result.HEADER, Result.ROUNDED, text(lang, "rounded"), st.get(Kind.HEADER));
        g.text(Result.HEADER, Result.EXACT, text(lang, "exact"), st.get(Kind.HEADER));
        String[] labels = {"present.value", "inputs.value", "net.present.value", "ratio", "payback"};
        for (int k = 0; k < labels.length; k++) {
            g.text(Result.PRESENT_VALUE + k, 0, text(lang, labels[k]), st.get(Kind.SUBTITLE));
        }
        String pvExact = Grid.local(Result.PRESENT_VALUE, Result.EXACT);
        String ivExact = Grid.local(Result.INPUTS_VALUE, Result.EXACT);
        g.formula(Result.PRESENT_VALUE, Result.EXACT, !ownRates() ? "SUMPRODUCT(" + calculationRow(v + Calculation.VALUE)
                + "," + calculationRow(Calculation.FACTOR) + ")" : "SUM(" + calculationRow(v + Calculation.PRESENT_VALUE)
                + ")", st.get(Kind.MONEY_EXACT));
        g.formula(Result.INPUTS_VALUE, Result.EXACT, "SUM(" + calculationRow(v + Calculation.INPUTS_COUNTED) + ")",
                st.get(Kind.MONEY_EXACT));
        g.formula(Result.NET_PRESENT_VALUE, Result.EXACT, pvExact + "-" + ivExact, st.get(Kind.MONEY_EXACT));
        g.formula(Result.PRESENT_VALUE, Result.ROUNDED, Formulas.roundHalfEven(pvExact, scale), st.bold(Kind.MONEY));
        g.formula(Result.INPUTS_VALUE, Result.ROUNDED, Formulas.roundHalfEven(ivExact, scale), st.bold(Kind.MONEY));
        g.formula(Result.NET_PRESENT_VALUE, Result.ROUNDED, Grid.local(Result.PRESENT_VALUE, Result.ROUNDED) + "-"
                + Grid.local(Result.INPUTS_VALUE, Result.ROUNDED), st.bold(Kind.MONEY));
        g.formula(Result.RATIO, Result.ROUNDED, Formulas.ratio(pvExact, ivExact, text(lang, "none")),
                st.bold(Kind.RATIO));
        g.formula(Result.PAYBACK, Result.ROUNDED, Formulas.payback(calculationRow(v + Calculation.PAYBACK),
                text(lang, "not.within.horizon")), st.bold(Kind.MONTHS));
        define("PresentValue", g, Result.PRESENT_VALUE, Result.ROUNDED);
        define("InputsValue", g, Result.INPUTS_VALUE, Result.ROUNDED);
        define("NetPresentValue", g, Result.NET_PRESENT_VALUE, Result.ROUNDED);
        define("Ratio", g, Result.RATIO, Result.ROUNDED);
        define("PaybackMonths", g, Result.PAYBACK, Result.ROUNDED);
        String pv = g.at(Result.PRESENT_VALUE, Result.ROUNDED);
        String iv = g.at(Result.INPUTS_VALUE, Result.ROUNDED);
        Rounding.Block pvByOutcome = byStakeholder(g, rounding, pv, iv);
        byPeriod(g, rounding, v, pv, iv);
        byOutcome(g, pvByOutcome, pvExact, ivExact);
        Sheets.wrapWidth(g, Result.OUTCOME_DESCRIPTION, 40);
        Printing.setUp(g, -1, -1, 0, false);
    }

    /**
     * The welfare view (section 11.2 of the format), for a model with transfers: the present value of the outcomes
     * that are not transfers (the sum of their rounded present values, as the API adds them), its net present
     * value, and the welfare ratio from the unrounded values.
     */
    private void welfare(Grid g, int top, String exactByOutcome, String roundedByOutcome, String ivExact) {
        String notTransfer = valueMap.at(ValueMap.FIRST, ValueMap.TRANSFER, ValueMap.FIRST + outcomes - 1,
                ValueMap.TRANSFER) + ",\"<>" + text(lang, "yes") + "\",";
        g.text(top, 0, text(lang, "welfare.title"), st.get(Kind.SUBTITLE));
        String[] labels = {"welfare.present.value", "welfare.net.present.value", "welfare.ratio"};
        for (int k = 0; k < labels.length; k++) {
            g.text(top + 1 + k, 0, text(lang, labels[k]), st.get(Kind.SUBTITLE));
        }
        int pv = top + 1;
        g.formula(pv, Result.ROUNDED, "SUMIF(" + notTransfer + roundedByOutcome + ")", st.bold(Kind.MONEY));
        g.formula(pv, Result.EXACT, "SUMIF(" + notTransfer + exactByOutcome + ")",
                st.get(Kind.MONEY_EXACT));
        g.formula(pv + 1, Result.ROUNDED, Grid.local(pv, Result.ROUNDED) + "-"
                + Grid.local(Result.INPUTS_VALUE, Result.ROUNDED), st.bold(Kind.MONEY));
        g.formula(pv + 2, Result.ROUNDED, Formulas.ratio(Grid.local(pv, Result.EXACT), ivExact, text(lang, "none")),
                st.bold(Kind.RATIO));
        define("WelfarePresentValue", g, pv, Result.ROUNDED);
        define("WelfareNetPresentValue", g, pv + 1, Result.ROUNDED);
        define("WelfareRatio", g, pv + 2, Result.ROUNDED);
    }

    private void byOutcome(Grid g, Rounding.Block pvByOutcome, String pvExact, String ivExact) {
        // by outcome
        int oh = outcomeHeaderRow();
        String[] ot = {"outcome", "description", "impact", "present.value.row", "share"};
        for (int c = 0; c < ot.length; c++) {
            g.text(oh, c, text(lang, ot[c]), st.get(Kind.HEADER));
        }
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = oh + 1 + i;
            g.text(r, Result.OUTCOME, o.id(), st.get(Kind.TEXT));
            g.text(r, Result.OUTCOME_DESCRIPTION, o.description(), st.get(Kind.WRAP));
            g.formula(r, Result.OUTCOME_IMPACT, Formulas.roundHalfEven(valueMap.at(ValueMap.FIRST + i, ValueMap.IMPACT),
                    scale), st.get(Kind.MONEY));
            g.formula(r, Result.OUTCOME_PRESENT_VALUE, pvByOutcome.rounded().get(i), st.get(Kind.MONEY));
            g.formula(r, Result.OUTCOME_SHARE, "IF(" + pvExact + "=0,\"\"," + pvByOutcome.exact().get(i) + "/"
                    + pvExact + ")", st.get(Kind.PERCENT, 1, false, false));
        }
        if (m.outcomes().stream().anyMatch(Outcome::transfer)) {
            welfare(g, oh + outcomes + 2, pvByOutcome.exactRange(), g.at(oh + 1, Result.OUTCOME_PRESENT_VALUE,
                    oh + outcomes, Result.OUTCOME_PRESENT_VALUE), ivExact);
        }
    }

    private void byPeriod(Grid g, Rounding rounding, int v, String pv, String iv) {
        // by period
        int ph = periodHeaderRow();
        String[] pt = {"period", "year", "value.total", "factor", "present.value.row",
            "inputs.row"};
        for (int c = 0; c < pt.length; c++) {
            g.text(ph, c, text(lang, pt[c]), st.get(Kind.HEADER));
        }
        List<String> periodLabels = new ArrayList<>();
        List<String> periodPv = new ArrayList<>();
        List<String> periodInputs = new ArrayList<>();
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            int r = periodRow(t);
            periodLabels.add(text(lang, "period") + " " + t);
            periodPv.add(calculation.at(v + Calculation.PRESENT_VALUE, c));
            periodInputs.add(calculation.at(v + Calculation.INPUTS, c));
            g.formula(r, Result.PERIOD, calculation.at(Calculation.PERIOD, c), st.get(Kind.WHOLE));
            g.formula(r, Result.YEAR, calculation.at(Calculation.YEAR, c), st.get(Kind.YEAR));
            g.formula(r, Result.PERIOD_VALUE, Formulas.roundHalfEven(calculation.at(v + Calculation.VALUE, c), scale),
                    st.get(Kind.MONEY));
            g.formula(r, Result.PERIOD_FACTOR, calculation.at(Calculation.FACTOR, c), st.get(Kind.FACTOR));
        }
        Rounding.Block pvByPeriod = rounding.allocate(text(lang, "present.value.row") + ", " + text(lang, "by.period")
                .toLowerCase(lang.locale()), pv, periodLabels, periodPv);
        String inputsTotal = "IF(" + name("InputsDiscounted") + "=\"" + yes + "\"," + Formulas.roundHalfEven("SUM("
                + calculationRow(v + Calculation.INPUTS) + ")", scale) + "," + iv + ")";
        Rounding.Block inputsByPeriod = rounding.allocate(text(lang, "inputs.row") + ", "
                + text(lang, "by.period").toLowerCase(lang.locale()), inputsTotal, periodLabels, periodInputs);
        for (int t = 1; t <= periods; t++) {
            g.formula(periodRow(t), Result.PERIOD_PRESENT_VALUE, pvByPeriod.rounded().get(t - 1), st.get(Kind.MONEY));
            g.formula(periodRow(t), Result.PERIOD_INPUTS, inputsByPeriod.rounded().get(t - 1), st.get(Kind.MONEY));
        }
        int periodTotal = periodRow(periods + 1);
        g.text(periodTotal, Result.PERIOD, text(lang, "total"), st.get(Kind.SUBTITLE));
        for (int c : new int[] {Result.PERIOD_PRESENT_VALUE, Result.PERIOD_INPUTS}) {
            g.formula(periodTotal, c, "SUM(" + Grid.local(periodRow(1), c) + ":" + Grid.local(periodRow(periods), c) + ")",
                    st.bold(Kind.MONEY));
        }
    }

    private Rounding.Block byStakeholder(Grid g, Rounding rounding, String pv, String iv) {
        // by stakeholder
        String[] sh = {"stakeholder", "stakeholder.name", "invested", "received", "net",
            "ratio.short", "invested", "received"};
        for (int c = 0; c < sh.length; c++) {
            g.text(Result.STAKEHOLDER_HEADER, c, text(lang, sh[c]) + (c >= Result.INVESTED_EXACT
                    ? " (" + text(lang, "exact").toLowerCase(lang.locale()) + ")" : ""), st.get(Kind.HEADER_WRAP));
        }
        // by outcome first: the stakeholders' exact receipts are the outcomes' present values times their shares
        List<String> outcomeLabels = new ArrayList<>();
        List<String> outcomePv = new ArrayList<>();
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            outcomeLabels.add(o.description() + " (" + o.id() + ")");
            outcomePv.add("SUMPRODUCT(" + calculationRow(Calculation.FIRST_OUTCOME + i) + ","
                    + calculationRow(ownRates() ? ownFactorRow() + i : Calculation.FACTOR) + ")");
        }
        Rounding.Block pvByOutcome = rounding.allocate(text(lang, "present.value.row") + ", "
                + text(lang, "by.outcome").toLowerCase(lang.locale()), pv, outcomeLabels, outcomePv);
        List<String> names = new ArrayList<>();
        List<String> investedExact = new ArrayList<>();
        List<String> receivedExact = new ArrayList<>();
        for (int s = 0; s < stakeholders; s++) {
            Stakeholder p = m.stakeholders().get(s);
            int r = stakeholderRow(s);
            names.add(p.name() + " (" + p.id() + ")");
            g.text(r, Result.ID, p.id(), st.get(Kind.TEXT));
            g.text(r, Result.NAME, p.name(), st.get(Kind.TEXT));
            g.formula(r, Result.INVESTED_EXACT, "SUMIF(" + inputsColumn(Inputs.STAKEHOLDER) + "," + Grid.local(r, Result.ID)
                    + "," + inputsColumn(Inputs.COUNTED) + ")", st.get(Kind.MONEY_EXACT));
            g.formula(r, Result.RECEIVED_EXACT, "SUMPRODUCT(" + pvByOutcome.exactRange() + "," + valueTo.at(ValueTo.FIRST,
                    ValueTo.SHARE + s, ValueTo.FIRST + outcomes - 1, ValueTo.SHARE + s) + ")", st.get(Kind.MONEY_EXACT));
            investedExact.add(g.at(r, Result.INVESTED_EXACT));
            receivedExact.add(g.at(r, Result.RECEIVED_EXACT));
        }
        Rounding.Block invested = rounding.allocate(text(lang, "invested"), iv, names, investedExact);
        Rounding.Block received = rounding.allocate(text(lang, "received"), pv, names, receivedExact);
        for (int s = 0; s < stakeholders; s++) {
            int r = stakeholderRow(s);
            g.formula(r, Result.INVESTED, invested.rounded().get(s), st.get(Kind.MONEY));
            g.formula(r, Result.RECEIVED, received.rounded().get(s), st.get(Kind.MONEY));
            g.formula(r, Result.NET, Grid.local(r, Result.RECEIVED) + "-" + Grid.local(r, Result.INVESTED),
                    st.get(Kind.MONEY));
            g.formula(r, Result.STAKEHOLDER_RATIO, Formulas.ratio(Grid.local(r, Result.RECEIVED_EXACT),
                    Grid.local(r, Result.INVESTED_EXACT), text(lang, "none")), st.get(Kind.RATIO));
        }
        int total = stakeholderRow(stakeholders);
        g.text(total, Result.ID, text(lang, "total"), st.get(Kind.SUBTITLE));
        for (int c : new int[] {Result.INVESTED, Result.RECEIVED, Result.NET}) {
            g.formula(total, c, "SUM(" + Grid.local(stakeholderRow(0), c) + ":" + Grid.local(stakeholderRow(stakeholders - 1), c)
                    + ")", st.bold(Kind.MONEY));
        }
        return pvByOutcome;
    }
}
