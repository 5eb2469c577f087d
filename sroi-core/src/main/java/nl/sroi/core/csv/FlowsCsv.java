package nl.sroi.core.csv;

import java.util.List;

import javax.money.MonetaryAmount;

import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.NumberText;

/**
 * Every party's flows per period as CSV for a spreadsheet or a finance system: one row per party and period, a
 * header row, CRLF line ends, UTF-8.
 *
 * <ul>
 *   <li>English ({@link Language#EN}, the default): RFC 4180, comma-separated, decimal point, English headers.
 *   <li>Dutch ({@link Language#NL}): what Dutch Excel opens into columns by a double click: semicolon-separated,
 *       decimal comma, Dutch headers, and a byte order mark so that Excel reads the text as UTF-8.
 * </ul>
 *
 * <p>Text fields (ids, names, titles) that begin with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return are written with a leading apostrophe, quoted, so that a spreadsheet shows them as text instead
 * of running them as a formula (OWASP, "CSV injection"). Amounts are written by this class and never neutralised.
 * A scenarios document gives two leading columns, the scenario's id (empty for the base model) and its title.
 */
public final class FlowsCsv {

    static final String HEADER = "stakeholder,name,period,year,pays,receives,paysCounted,receivesPresentValue,"
            + "balance,cumulativeBalance";
    private static final String HEADER_NL = "partij;naam;periode;jaar;betaalt;ontvangt;betaalt (zoals geteld);"
            + "ontvangt (contante waarde);saldo;cumulatief saldo";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /**
     * One calculated model: a plain model, or the base or one scenario of a scenarios document.
     *
     * @param scenario     the scenario's id, or {@code null} for a model or a scenarios document's base
     * @param title        the scenario's title (the model's for the base)
     * @param businessCase every party's flows
     */
    public record Side(String scenario, String title, BusinessCaseResult businessCase) {
    }

    private FlowsCsv() {
    }

    /**
     * English CSV of every party of one model.
     *
     * @param c the business case of the model (all its parties are written)
     * @return the CSV text
     */
    public static String write(BusinessCaseResult c) {
        return write(List.of(new Side(null, null, c)), null, Language.EN, false);
    }

    /**
     * The flows of each side, one after the other.
     *
     * @param sides          the models, in order
     * @param party          only this party's rows, or {@code null} for every party
     * @param language       English (RFC 4180) or Dutch (semicolons, decimal commas, byte order mark)
     * @param scenarioColumn whether to lead with the scenario's id and title (for a scenarios document)
     * @return the CSV text
     */
    public static String write(List<Side> sides, String party, Language language, boolean scenarioColumn) {
        char sep = language == Language.NL ? ';' : ',';
        StringBuilder out = new StringBuilder(language == Language.NL ? BYTE_ORDER_MARK : "");
        if (scenarioColumn) {
            out.append(language == Language.NL ? "scenario;scenariotitel;" : "scenario,scenarioTitle,");
        }
        out.append(language == Language.NL ? HEADER_NL : HEADER).append("\r\n");
        for (Side side : sides) {
            BusinessCaseResult c = side.businessCase();
            for (BusinessCaseResult.Party p : c.parties()) {
                if (party != null && !party.equals(p.id())) {
                    continue;
                }
                for (BusinessCaseResult.Period t : p.periods()) {
                    if (scenarioColumn) {
                        out.append(text(side.scenario() == null ? "" : side.scenario(), sep)).append(sep)
                                .append(text(side.title(), sep)).append(sep);
                    }
                    out.append(text(p.id(), sep)).append(sep).append(text(p.name(), sep)).append(sep)
                            .append(t.period()).append(sep).append(t.year() == null ? "" : t.year().toString());
                    for (MonetaryAmount a : List.of(t.pays(), t.receives(), t.paysCounted(), t.receivesPresentValue(),
                            t.balance(), t.cumulativeBalance())) {
                        out.append(sep).append(NumberText.plain(MinorUnits.decimal(a), language));
                    }
                    out.append("\r\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * A text field: neutralised when a spreadsheet would read it as a formula, quoted when it holds the separator,
     * a quote or a line break.
     */
    static String text(String value, char sep) {
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        String v = formula ? "'" + value : value;
        if (!formula && v.indexOf(sep) < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
