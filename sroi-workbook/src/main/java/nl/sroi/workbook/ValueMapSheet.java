package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.model.DropOffFrom;
import nl.sroi.core.model.DropOffMode;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.Outcome;
import nl.sroi.workbook.Layout.ValueMap;
import nl.sroi.workbook.Styles.Kind;

/** The value map sheet (Waardekaart): each outcome's entered assumptions and its impact formula. */
final class ValueMapSheet extends SheetWriter {

    ValueMapSheet(ModelSheets ms) {
        super(ms);
    }

    void write() {
        Grid g = valueMap;
        headers(g);
        int dw = percentDecimals(m.outcomes().stream().map(Outcome::deadweight).toList());
        int dp = percentDecimals(m.outcomes().stream().map(Outcome::displacement).toList());
        int at = percentDecimals(m.outcomes().stream().map(Outcome::attribution).toList());
        int dr = percentDecimals(m.outcomes().stream().map(Outcome::dropOff).toList());
        int qd = decimals(m.outcomes().stream().flatMap(o -> o.quantity().stream()).toList());
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = ValueMap.FIRST + i;
            described(g, r, o.id(), o.description(), o.stakeholder());
            g.text(r, ValueMap.INDICATOR, o.indicator(), st.get(Kind.WRAP));
            g.number(r, ValueMap.PROXY, o.proxy().value().doubleValue(), st.entered(Kind.MONEY, 0));
            g.text(r, ValueMap.UNIT, o.proxy().unit(), st.get(Kind.WRAP));
            g.text(r, ValueMap.SOURCE, o.proxy().source(), st.get(Kind.WRAP));
            if (o.proxy().priceYear() != null) {
                g.number(r, ValueMap.PROXY_PRICE_YEAR, o.proxy().priceYear(), st.entered(Kind.YEAR, 0));
            }
            // the factor as the library takes it from the model's price index (section 11.3), entered so that it
            // can be checked against the index and changed
            g.number(r, ValueMap.INDEX_FACTOR, m.proxyIndexFactor(o.proxy()).doubleValue(),
                    st.entered(Kind.FACTOR, 0));
            g.number(r, ValueMap.DEADWEIGHT, o.deadweight().doubleValue(), st.entered(Kind.PERCENT, dw));
            g.number(r, ValueMap.DISPLACEMENT, o.displacement().doubleValue(), st.entered(Kind.PERCENT, dp));
            g.number(r, ValueMap.ATTRIBUTION, o.attribution().doubleValue(), st.entered(Kind.PERCENT, at));
            g.number(r, ValueMap.DROP_OFF, o.dropOff().doubleValue(), st.entered(Kind.PERCENT, dr));
            g.text(r, ValueMap.MODE, text(lang, o.dropOffMode() == DropOffMode.LINEAR ? "linear" : "geometric"),
                    st.entered(Kind.TEXT, 0));
            choice(g, r, ValueMap.MODE, text(lang, "geometric"), text(lang, "linear"));
            yesNo(g, r, ValueMap.DROP_OFF_FROM_FIRST_YEAR, o.dropOffFrom() == DropOffFrom.FIRST_YEAR);
            g.number(r, ValueMap.DURATION, o.duration().doubleValue(),
                    st.entered(Kind.DECIMAL, Math.max(0, o.duration().stripTrailingZeros().scale())));
            g.number(r, ValueMap.OFFSET, o.startOffset(), st.entered(Kind.WHOLE, 0));
            yesNo(g, r, ValueMap.TRANSFER, o.transfer());
            if (o.discountRate() != null) {
                g.number(r, ValueMap.OWN_RATE, o.discountRate().doubleValue(),
                        st.entered(Kind.PERCENT, percentDecimals(List.of(o.discountRate()))));
            } else {
                g.cell(r, ValueMap.OWN_RATE).setCellStyle(st.entered(Kind.PERCENT, 1));
            }
            List<String> shares = new ArrayList<>();
            otherFilters(g, r, o, shares);
            g.formula(r, ValueMap.IMPACT, Formulas.filtered(Formulas.impact(Grid.local(r, ValueMap.PROXY),
                    Grid.local(r, ValueMap.INDEX_FACTOR), Grid.local(r, ValueMap.DEADWEIGHT),
                    Grid.local(r, ValueMap.DISPLACEMENT), Grid.local(r, ValueMap.ATTRIBUTION)), shares),
                    st.get(Kind.MONEY));
            for (int c = 0; c < o.quantity().size(); c++) {
                g.number(r, ValueMap.QUANTITY + c, o.quantity().get(c).doubleValue(), st.entered(Kind.DECIMAL, qd));
            }
        }
        Sheets.wrapWidth(g, ValueMap.DESCRIPTION, 36);
        Sheets.wrapWidth(g, ValueMap.INDICATOR, 28);
        Sheets.wrapWidth(g, ValueMap.UNIT, 20);
        Sheets.wrapWidth(g, ValueMap.SOURCE, 44);
        g.sheet.createFreezePane(ValueMap.DESCRIPTION + 1, ValueMap.FIRST);
        Printing.setUp(g, ValueMap.HEADER, ValueMap.HEADER, ValueMap.OUTCOME + 1, true);
    }

    /** The outcome's other filters: each one's name and share; the shares' cells go to shares. */
    private void otherFilters(Grid g, int r, Outcome o, List<String> shares) {
        for (int j = 0; j < filters; j++) {
            int c = filterColumn(j);
            shares.add(Grid.local(r, c + 1));
            if (j < o.filters().size()) {
                g.text(r, c, o.filters().get(j).name(), st.get(Kind.WRAP));
                g.number(r, c + 1, o.filters().get(j).share().doubleValue(), st.entered(Kind.PERCENT,
                        percentDecimals(List.of(o.filters().get(j).share()))));
            } else {
                g.cell(r, c + 1).setCellStyle(st.entered(Kind.PERCENT, 0));
            }
        }
    }

    private void headers(Grid g) {
        String[] headers = {text(lang, "outcome"), text(lang, "description"), text(lang, "stakeholder"),
            text(lang, "stakeholder.name"), text(lang, "indicator"), text(lang, "proxy"), text(lang, "unit"),
            text(lang, "source"), text(lang, "proxy.price.year"), text(lang, "index.factor"),
            Estimate.DEADWEIGHT.heading().in(lang), Estimate.DISPLACEMENT.heading().in(lang),
            Estimate.ATTRIBUTION.heading().in(lang), text(lang, "drop.off"), text(lang, "drop.off.mode"),
            text(lang, "drop.off.from.first.year"), text(lang, "duration"), text(lang, "start.offset"),
            text(lang, "transfer"), text(lang, "own.rate"), text(lang, "impact")};
        for (int c = 0; c < headers.length; c++) {
            g.text(ValueMap.HEADER, c, headers[c], st.get(Kind.HEADER_WRAP));
        }
        for (int c = 0; c < cohorts; c++) {
            g.number(ValueMap.HEADER, ValueMap.QUANTITY + c, c + 1, st.get(Kind.PERIOD_HEADER));
        }
        for (int j = 0; j < filters; j++) {
            g.text(ValueMap.HEADER, filterColumn(j), Estimate.OTHER_FILTER.heading().in(lang) + " " + (j + 1),
                    st.get(Kind.HEADER_WRAP));
            g.text(ValueMap.HEADER, filterColumn(j) + 1, text(lang, "other.filter.share"), st.get(Kind.HEADER_WRAP));
        }
    }
}

