package nl.sroi.core.csv;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.internal.MinorUnits;

/**
 * Every party's flows per period as CSV (RFC 4180: comma-separated, decimal point, a header row, CRLF line ends),
 * for a spreadsheet or a finance system: one row per party and period.
 */
public final class FlowsCsv {

    static final String HEADER = "stakeholder,name,period,year,pays,receives,paysCounted,receivesPresentValue,"
            + "balance,cumulativeBalance";

    private FlowsCsv() {
    }

    /**
     * Every party's flows, one row per party and period, in the order of the business case.
     *
     * @param c the business case of every party
     * @return the CSV text
     */
    public static String write(BusinessCaseResult c) {
        int digits = c.currency().getDefaultFractionDigits();
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (BusinessCaseResult.Party p : c.parties()) {
            for (BusinessCaseResult.Period t : p.periods()) {
                out.append(text(p.id())).append(',').append(text(p.name())).append(',').append(t.period()).append(',')
                        .append(t.year() == null ? "" : t.year().toString()).append(',')
                        .append(amount(t.pays(), digits)).append(',').append(amount(t.receives(), digits)).append(',')
                        .append(amount(t.paysCounted(), digits)).append(',')
                        .append(amount(t.receivesPresentValue(), digits)).append(',')
                        .append(amount(t.balance(), digits)).append(',')
                        .append(amount(t.cumulativeBalance(), digits)).append("\r\n");
            }
        }
        return out.toString();
    }

    private static String amount(MonetaryAmount amount, int digits) {
        BigDecimal value = MinorUnits.decimal(amount);
        return value.toPlainString();
    }

    /** A field, quoted when it holds a comma, a quote or a line break. */
    private static String text(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
