package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.model.Stakeholder;
import nl.sroi.workbook.Layout.Calculation;
import nl.sroi.workbook.Layout.Parties;
import nl.sroi.workbook.Layout.Result;
import nl.sroi.workbook.Styles.Kind;

/** The per-party sheet (Per partij): each party's rounded pays and receipts per period, balance, ratio and payback. */
final class PartiesSheet extends SheetWriter {

    PartiesSheet(ModelSheets ms) {
        super(ms);
    }

    void write(Rounding rounding) {
        Grid g = parties;
        int v = valueRow();
        g.text(0, 0, text(lang, "parties.title"), st.get(Kind.TITLE));
        List<String> absent = new ArrayList<>();
        for (int s = 0; s < stakeholders; s++) {
            if (!takesPart(s)) {
                absent.add(m.stakeholders().get(s).name() + " (" + m.stakeholders().get(s).id() + ")");
            }
        }
        if (!absent.isEmpty()) {
            g.text(1, 0, text(lang, "no.part") + String.join(", ", absent), st.get(Kind.NOTE));
        }
        // pays and receives per period: allocated over the parties to the period's rounded inputs and value
        List<Rounding.Block> pays = new ArrayList<>();
        List<Rounding.Block> receives = new ArrayList<>();
        List<String> partyNames = new ArrayList<>();
        List<Integer> taking = new ArrayList<>();
        for (int s = 0; s < stakeholders; s++) {
            if (takesPart(s)) {
                taking.add(s);
                partyNames.add(m.stakeholders().get(s).name() + " (" + m.stakeholders().get(s).id() + ")");
            }
        }
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            List<String> paid = new ArrayList<>();
            List<String> got = new ArrayList<>();
            for (int s : taking) {
                paid.add(calculation.at(partyRow(s) + Calculation.PARTY_PAYS, c));
                got.add(calculation.at(partyRow(s) + Calculation.PARTY_RECEIVES, c));
            }
            String when = text(lang, "period").toLowerCase(lang.locale()) + " " + t;
            pays.add(rounding.allocate(text(lang, "pays") + ", " + when, result.at(periodRow(t), Result.PERIOD_INPUTS),
                    partyNames, paid));
            receives.add(rounding.allocate(text(lang, "receives") + ", " + when,
                    result.at(periodRow(t), Result.PERIOD_VALUE), partyNames, got));
        }
        String[] headers = {"period", "year", "pays", "receives", "pays.counted", "receives.pv",
            "balance", "cumulative.balance"};
        List<String> periodLabels = new ArrayList<>();
        for (int t = 1; t <= periods; t++) {
            periodLabels.add(text(lang, "period") + " " + t);
        }
        for (int s : taking) {
            party(g, rounding, s, pays, receives, headers, periodLabels);
        }
        Printing.setUp(g, -1, -1, 0, false);
    }

    /** Party s's block: its rounded pays and receipts per period, balance, total, ratio and payback. */
    private void party(Grid g, Rounding rounding, int s, List<Rounding.Block> pays, List<Rounding.Block> receives,
                       String[] headers, List<String> periodLabels) {
        Stakeholder p = m.stakeholders().get(s);
        int k = party[s];
        int b = partyBlock(s);
        g.text(b + Parties.TITLE, 0, p.name() + " (" + p.id() + ")", st.get(Kind.SUBTITLE));
        for (int c = 0; c < headers.length; c++) {
            g.text(b + Parties.HEADER, c, text(lang, headers[c]), st.get(Kind.HEADER_WRAP));
        }
        List<String> counted = new ArrayList<>();
        List<String> presentValue = new ArrayList<>();
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            counted.add(calculation.at(partyRow(s) + Calculation.PARTY_PAYS_COUNTED, c));
            presentValue.add(calculation.at(partyRow(s) + Calculation.PARTY_RECEIVES_PRESENT_VALUE, c));
        }
        Rounding.Block countedR = rounding.allocate(p.name() + ": " + text(lang, "pays.counted"),
                result.at(stakeholderRow(s), Result.INVESTED), periodLabels, counted);
        Rounding.Block presentValueR = rounding.allocate(p.name() + ": " + text(lang, "receives.pv"),
                result.at(stakeholderRow(s), Result.RECEIVED), periodLabels, presentValue);
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            int r = partyPeriodRow(s, t);
            g.formula(r, Parties.PERIOD, calculation.at(Calculation.PERIOD, c), st.get(Kind.WHOLE));
            g.formula(r, Parties.YEAR, calculation.at(Calculation.YEAR, c), st.get(Kind.YEAR));
            g.formula(r, Parties.PAYS, pays.get(t - 1).rounded().get(k), st.get(Kind.MONEY));
            g.formula(r, Parties.RECEIVES, receives.get(t - 1).rounded().get(k), st.get(Kind.MONEY));
            g.formula(r, Parties.PAYS_COUNTED, countedR.rounded().get(t - 1), st.get(Kind.MONEY));
            g.formula(r, Parties.RECEIVES_PRESENT_VALUE, presentValueR.rounded().get(t - 1), st.get(Kind.MONEY));
            g.formula(r, Parties.BALANCE, Grid.local(r, Parties.RECEIVES_PRESENT_VALUE) + "-"
                    + Grid.local(r, Parties.PAYS_COUNTED), st.get(Kind.MONEY));
            g.formula(r, Parties.CUMULATIVE_BALANCE, t == 1 ? Grid.local(r, Parties.BALANCE)
                    : Grid.local(r - 1, Parties.CUMULATIVE_BALANCE) + "+" + Grid.local(r, Parties.BALANCE),
                    st.get(Kind.MONEY));
        }
        int total = partyAfterRow(s, Parties.TOTAL);
        g.text(total, Parties.PERIOD, text(lang, "total"), st.get(Kind.SUBTITLE));
        for (int c = Parties.PAYS; c <= Parties.BALANCE; c++) {
            g.formula(total, c, "SUM(" + Grid.local(partyPeriodRow(s, 1), c) + ":"
                    + Grid.local(partyPeriodRow(s, periods), c) + ")", st.bold(Kind.MONEY));
        }
        g.text(partyAfterRow(s, Parties.RATIO), Parties.PERIOD, text(lang, "ratio"), st.get(Kind.TEXT));
        g.formula(partyAfterRow(s, Parties.RATIO), Parties.PAYS, result.at(stakeholderRow(s), Result.STAKEHOLDER_RATIO),
                st.get(Kind.RATIO));
        g.text(partyAfterRow(s, Parties.PAYBACK), Parties.PERIOD, text(lang, "payback"), st.get(Kind.TEXT));
        g.formula(partyAfterRow(s, Parties.PAYBACK), Parties.PAYS, Formulas.payback(
                calculationRow(partyRow(s) + Calculation.PARTY_PAYBACK), text(lang, "not.within.horizon")),
                st.get(Kind.MONTHS));
    }
}
