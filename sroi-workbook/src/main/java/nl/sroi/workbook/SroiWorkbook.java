package nl.sroi.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.money.Monetary;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * Writes a model as an Office Open XML workbook that a finance team can check without trusting this library: the
 * assumptions as entered values (sheets Model, Value map, Value to, Inputs) and everything calculated from them as
 * live formulas (Calculation: impact, values per outcome and period, discount factors, inputs, payback, flows per
 * stakeholder; Totals), so that changing an assumption in Excel or LibreOffice recalculates everything. The totals
 * carry the workbook-level names {@code PresentValue}, {@code InputsValue}, {@code NetPresentValue},
 * {@code Ratio} and {@code PaybackMonths}; the settings {@code Rate}, {@code FirstPeriodDiscounted},
 * {@code InputsDiscounted} and {@code Horizon}.
 *
 * <p>The formulas are those of section 2 of the format. The calculation sheet covers the model's periods (as in
 * the result document); a duration raised beyond them needs more period columns.
 */
public final class SroiWorkbook {

    /** Horizon written when the model has none: far beyond any period. */
    static final int NO_HORIZON = 1000;

    // Value map columns
    static final int VM_STAKEHOLDER = 0;
    static final int VM_PROXY = 4;
    static final int VM_DEADWEIGHT = 8;
    static final int VM_DISPLACEMENT = 9;
    static final int VM_ATTRIBUTION = 10;
    static final int VM_DROP_OFF = 11;
    static final int VM_MODE = 12;
    static final int VM_DURATION = 13;
    static final int VM_OFFSET = 14;
    static final int VM_IMPACT = 15;
    static final int VM_QUANTITY = 16;

    private SroiWorkbook() {
    }

    /** An exported model: its id and its workbook. */
    public record Export(String id, byte[] workbook) {
    }

    /** Reads a model document with core's reader and writes its workbook; an invalid one gives its problems. */
    public static Validated<Export> fromJson(byte[] model, ModelValidator validator) {
        return ModelJson.read(model, validator).map(valid -> new Export(valid.model().id(), write(valid)));
    }

    public static byte[] write(ValidModel valid) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(wb, valid).write();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final XSSFWorkbook wb;
        private final SroiModel m;
        private final int periods;
        private final int outcomes;
        private final int inputs;
        private final List<Stakeholder> stakeholders;
        private final CellStyle money;
        private final CellStyle decimal;
        private final CellStyle factor;
        private final CellStyle bold;

        Writer(XSSFWorkbook wb, ValidModel valid) {
            this.wb = wb;
            this.m = valid.model();
            this.periods = SroiCalculator.DEFAULT.calculate(valid).periods().size();
            this.outcomes = m.outcomes().size();
            this.inputs = m.inputs().size();
            this.stakeholders = m.stakeholders();
            int digits = Monetary.getCurrency(m.currency()).getDefaultFractionDigits();
            String amount = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
            this.money = style(amount + " \"" + m.currency() + "\"");
            this.decimal = style("0.00##");
            this.factor = style("0.000000");
            this.bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
        }

        private CellStyle style(String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }

        void write() {
            settings();
            valueMap();
            valueTo();
            inputsSheet();
            calculation();
            totals();
        }

        private void settings() {
            Sheet s = wb.createSheet("Model");
            label(s, 0, "Title", m.title());
            label(s, 1, "Currency", m.currency());
            number(s, 2, "Discount rate", m.discounting().rate(), "Rate");
            number(s, 3, "First period discounted (1 = yes, 0 = base year)",
                    BigDecimal.valueOf(m.discounting().firstPeriod() == FirstPeriod.DISCOUNTED ? 1 : 0),
                    "FirstPeriodDiscounted");
            number(s, 4, "Inputs discounted (1 = yes, 0 = undiscounted total)",
                    BigDecimal.valueOf(m.discounting().inputs() ? 1 : 0), "InputsDiscounted");
            number(s, 5, "Horizon in years (" + NO_HORIZON + " = none)",
                    BigDecimal.valueOf(m.horizonYears() == null ? NO_HORIZON : m.horizonYears()), "Horizon");
            if (m.priceYear() != null) {
                number(s, 6, "Price year", BigDecimal.valueOf(m.priceYear()), null);
            }
            if (m.firstYear() != null) {
                number(s, 7, "First year", BigDecimal.valueOf(m.firstYear()), null);
            }
            s.setColumnWidth(0, 48 * 256);
            s.setColumnWidth(1, 40 * 256);
        }

        private void valueMap() {
            Sheet s = wb.createSheet("Value map");
            int cohorts = m.outcomes().stream().mapToInt(o -> o.quantity().size()).max().orElse(1);
            Row header = s.createRow(0);
            String[] names = {"Stakeholder", "Outcome", "Description", "Indicator", "Proxy", "Unit", "Source",
                "Proxy price year", "Deadweight", "Displacement", "Attribution", "Drop-off", "Drop-off mode",
                "Duration (years)", "Start offset", "Impact per unit"};
            for (int c = 0; c < names.length; c++) {
                text(header, c, names[c]).setCellStyle(bold);
            }
            for (int c = 0; c < cohorts; c++) {
                text(header, VM_QUANTITY + c, "Quantity period " + (c + 1)).setCellStyle(bold);
            }
            for (int i = 0; i < outcomes; i++) {
                Outcome o = m.outcomes().get(i);
                Row r = s.createRow(i + 1);
                text(r, VM_STAKEHOLDER, o.stakeholder());
                text(r, 1, o.id());
                text(r, 2, o.description());
                text(r, 3, o.indicator());
                value(r, VM_PROXY, o.proxy().value(), money);
                text(r, 5, o.proxy().unit());
                text(r, 6, o.proxy().source());
                if (o.proxy().priceYear() != null) {
                    r.createCell(7).setCellValue(o.proxy().priceYear());
                }
                value(r, VM_DEADWEIGHT, o.deadweight(), decimal);
                value(r, VM_DISPLACEMENT, o.displacement(), decimal);
                value(r, VM_ATTRIBUTION, o.attribution(), decimal);
                value(r, VM_DROP_OFF, o.dropOff(), decimal);
                text(r, VM_MODE, ModelJson.name(o.dropOffMode()));
                r.createCell(VM_DURATION).setCellValue(o.duration());
                r.createCell(VM_OFFSET).setCellValue(o.startOffset());
                int row = i + 2;
                formula(r, VM_IMPACT, ref(VM_PROXY, row) + "*(1-" + ref(VM_DEADWEIGHT, row) + ")*(1-"
                        + ref(VM_DISPLACEMENT, row) + ")*(1-" + ref(VM_ATTRIBUTION, row) + ")", money);
                for (int c = 0; c < o.quantity().size(); c++) {
                    value(r, VM_QUANTITY + c, o.quantity().get(c), decimal);
                }
            }
            s.setColumnWidth(2, 36 * 256);
            s.setColumnWidth(6, 48 * 256);
            s.createFreezePane(2, 1);
        }

        private void valueTo() {
            Sheet s = wb.createSheet("Value to");
            Row header = s.createRow(0);
            text(header, 0, "Outcome").setCellStyle(bold);
            for (int j = 0; j < stakeholders.size(); j++) {
                text(header, j + 1, stakeholders.get(j).id()).setCellStyle(bold);
            }
            for (int i = 0; i < outcomes; i++) {
                Outcome o = m.outcomes().get(i);
                Row r = s.createRow(i + 1);
                text(r, 0, o.id());
                for (int j = 0; j < stakeholders.size(); j++) {
                    BigDecimal share = BigDecimal.ZERO;
                    for (ValueShare v : o.valueShares()) {
                        if (v.stakeholder().equals(stakeholders.get(j).id())) {
                            share = share.add(v.share());
                        }
                    }
                    value(r, j + 1, share, decimal);
                }
            }
        }

        private void inputsSheet() {
            Sheet s = wb.createSheet("Inputs");
            Row header = s.createRow(0);
            String[] names = {"Stakeholder", "Input", "Description", "In kind"};
            for (int c = 0; c < names.length; c++) {
                text(header, c, names[c]).setCellStyle(bold);
            }
            for (int t = 1; t <= periods; t++) {
                text(header, 3 + t, "Period " + t).setCellStyle(bold);
            }
            for (int j = 0; j < inputs; j++) {
                Input in = m.inputs().get(j);
                Row r = s.createRow(j + 1);
                text(r, 0, in.stakeholder());
                text(r, 1, in.id());
                text(r, 2, in.description());
                text(r, 3, in.inKind() ? "yes" : "no");
                for (int t = 0; t < in.amounts().size(); t++) {
                    value(r, 4 + t, in.amounts().get(t), money);
                }
            }
            s.setColumnWidth(2, 48 * 256);
        }

        // Calculation rows (0-based): 0 period, 1 year, 2 factor, 3.. outcomes, then totals and stakeholders
        private int valueRow() {
            return 3 + outcomes;
        }

        private void calculation() {
            Sheet s = wb.createSheet("Calculation");
            Row period = s.createRow(0);
            Row year = s.createRow(1);
            Row factorRow = s.createRow(2);
            text(period, 0, "Period").setCellStyle(bold);
            text(year, 0, "Year");
            text(factorRow, 0, "Discount factor");
            for (int t = 1; t <= periods; t++) {
                period.createCell(t).setCellValue(t);
                if (m.firstYear() != null) {
                    year.createCell(t).setCellValue(m.firstYear() + t - 1);
                }
                formula(factorRow, t, "1/(1+Rate)^(" + col(t) + "$1-1+FirstPeriodDiscounted)", factor);
            }
            for (int i = 0; i < outcomes; i++) {
                Row r = s.createRow(3 + i);
                text(r, 0, "Value of " + m.outcomes().get(i).id());
                for (int t = 1; t <= periods; t++) {
                    formula(r, t, outcomeValue(i, t), money);
                }
            }
            int v = valueRow();
            int[] rows = {v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6};
            String[] labels = {"Value", "Present value", "Inputs", "Inputs as counted", "Cumulative inputs as counted",
                "Cumulative present value", "Payback in this period (months)"};
            for (int k = 0; k < rows.length; k++) {
                text(s.createRow(rows[k]), 0, labels[k]);
            }
            for (int t = 1; t <= periods; t++) {
                String c = col(t);
                formula(s.getRow(v), t, "SUM(" + c + "4:" + c + (3 + outcomes) + ")", money);
                formula(s.getRow(v + 1), t, c + (v + 1) + "*" + c + "3", money);
                formula(s.getRow(v + 2), t, inputs == 0 ? "0"
                        : "SUM(Inputs!" + col(3 + t) + "2:" + col(3 + t) + (1 + inputs) + ")", money);
                formula(s.getRow(v + 3), t, c + (v + 3) + "*IF(InputsDiscounted=1," + c + "3,1)", money);
                formula(s.getRow(v + 4), t, "SUM($B" + (v + 4) + ":" + c + (v + 4) + ")", money);
                formula(s.getRow(v + 5), t, "SUM($B" + (v + 2) + ":" + c + (v + 2) + ")", money);
                String invested = c + (v + 5);
                String before = t == 1 ? "0" : col(t - 1) + (v + 6);
                String pv = c + (v + 2);
                formula(s.getRow(v + 6), t, "IF(AND(" + invested + ">0," + before + ">=" + invested + "),12*(" + c
                        + "$1-1),IF(AND(" + invested + ">0," + pv + ">0," + before + "+" + pv + ">=" + invested
                        + "),12*(" + c + "$1-1)+12*(" + invested + "-" + before + ")/" + pv + ",\"\"))", decimal);
            }
            int first = v + 8;
            for (int j = 0; j < stakeholders.size(); j++) {
                String id = stakeholders.get(j).id();
                Row invested = s.createRow(first + 2 * j);
                Row received = s.createRow(first + 2 * j + 1);
                text(invested, 0, "Invested by " + id);
                text(received, 0, "Received by " + id);
                String share = col(j + 1);
                for (int t = 1; t <= periods; t++) {
                    String c = col(t);
                    formula(invested, t, inputs == 0 ? "0" : "SUMIF(Inputs!$A$2:$A$" + (1 + inputs) + ",\"" + id
                            + "\",Inputs!" + col(3 + t) + "$2:" + col(3 + t) + "$" + (1 + inputs) + ")", money);
                    formula(received, t, "SUMPRODUCT(" + c + "$4:" + c + "$" + (3 + outcomes) + ",'Value to'!$"
                            + share + "$2:$" + share + "$" + (1 + outcomes) + ")", money);
                }
            }
            s.setColumnWidth(0, 36 * 256);
            s.createFreezePane(1, 1);
        }

        /**
         * value_i(t) = Σ_c quantity[c] × impact × keep(k), k = t − (c + offset) + 1, counted when 1 ≤ k ≤ duration
         * and t ≤ horizon; keep(k) = (1 − dropOff)^(k − 1), or max(0, 1 − dropOff × (k − 1)) when linear.
         */
        private String outcomeValue(int i, int t) {
            int row = i + 2;
            String vm = "'Value map'!";
            String impact = vm + ref(VM_IMPACT, row);
            String dropOff = vm + ref(VM_DROP_OFF, row);
            String duration = vm + ref(VM_DURATION, row);
            String mode = vm + ref(VM_MODE, row);
            String offset = vm + ref(VM_OFFSET, row);
            StringBuilder sum = new StringBuilder();
            int cohorts = m.outcomes().get(i).quantity().size();
            for (int c = 1; c <= cohorts; c++) {
                String k = "(" + col(t) + "$1-(" + c + "+" + offset + ")+1)";
                String keep = "IF(" + mode + "=\"linear\",MAX(0,1-" + dropOff + "*(" + k + "-1)),IF(" + k
                        + "=1,1,(1-" + dropOff + ")^(" + k + "-1)))";
                if (c > 1) {
                    sum.append('+');
                }
                sum.append(vm).append(ref(VM_QUANTITY + c - 1, row)).append('*').append(impact)
                        .append("*IF(AND(").append(k).append(">=1,").append(k).append("<=").append(duration)
                        .append("),").append(keep).append(",0)");
            }
            return "IF(" + col(t) + "$1>Horizon,0," + sum + ")";
        }

        private void totals() {
            Sheet s = wb.createSheet("Totals");
            int v = valueRow();
            String last = col(periods);
            String calc = "Calculation!";
            String values = calc + "$B$" + (v + 1) + ":$" + last + "$" + (v + 1);
            String factors = calc + "$B$3:$" + last + "$3";
            total(s, 0, "Present value", "SUMPRODUCT(" + values + "," + factors + ")", "PresentValue", money);
            total(s, 1, "Inputs value", "SUM(" + calc + "$B$" + (v + 4) + ":$" + last + "$" + (v + 4) + ")",
                    "InputsValue", money);
            total(s, 2, "Net present value", "B1-B2", "NetPresentValue", money);
            total(s, 3, "Ratio", "IF(B2=0,NA(),B1/B2)", "Ratio", decimal);
            String payback = calc + "$B$" + (v + 7) + ":$" + last + "$" + (v + 7);
            total(s, 4, "Payback (months)", "IF(COUNT(" + payback + ")=0,\"none\",MIN(" + payback + "))",
                    "PaybackMonths", decimal);
            Row header = s.createRow(6);
            String[] names = {"Stakeholder", "Invested", "Received", "Net", "Ratio"};
            for (int c = 0; c < names.length; c++) {
                text(header, c, names[c]).setCellStyle(bold);
            }
            int first = v + 9;
            for (int j = 0; j < stakeholders.size(); j++) {
                Row r = s.createRow(7 + j);
                int row = 8 + j;
                text(r, 0, stakeholders.get(j).id());
                String invested = calc + "$B$" + (first + 2 * j) + ":$" + last + "$" + (first + 2 * j);
                String received = calc + "$B$" + (first + 2 * j + 1) + ":$" + last + "$" + (first + 2 * j + 1);
                formula(r, 1, "IF(InputsDiscounted=1,SUMPRODUCT(" + invested + "," + factors + "),SUM(" + invested
                        + "))", money);
                formula(r, 2, "SUMPRODUCT(" + received + "," + factors + ")", money);
                formula(r, 3, "C" + row + "-B" + row, money);
                formula(r, 4, "IF(B" + row + "=0,NA(),C" + row + "/B" + row + ")", decimal);
            }
            s.setColumnWidth(0, 28 * 256);
            s.setColumnWidth(1, 20 * 256);
            s.setColumnWidth(2, 20 * 256);
            s.setColumnWidth(3, 20 * 256);
        }

        private void total(Sheet s, int row, String label, String formula, String name, CellStyle style) {
            Row r = s.createRow(row);
            text(r, 0, label).setCellStyle(bold);
            formula(r, 1, formula, style);
            name(name, "Totals!$B$" + (row + 1));
        }

        private void label(Sheet s, int row, String label, String value) {
            Row r = s.createRow(row);
            text(r, 0, label);
            text(r, 1, value);
        }

        private void number(Sheet s, int row, String label, BigDecimal value, String name) {
            Row r = s.createRow(row);
            text(r, 0, label);
            value(r, 1, value, decimal);
            if (name != null) {
                name(name, "Model!$B$" + (row + 1));
            }
        }

        private void name(String name, String reference) {
            Name n = wb.createName();
            n.setNameName(name);
            n.setRefersToFormula(reference);
        }

        private static org.apache.poi.ss.usermodel.Cell text(Row r, int col, String value) {
            org.apache.poi.ss.usermodel.Cell cell = r.createCell(col);
            cell.setCellValue(value);
            return cell;
        }

        private static void value(Row r, int col, BigDecimal value, CellStyle style) {
            org.apache.poi.ss.usermodel.Cell cell = r.createCell(col);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }

        private static void formula(Row r, int col, String formula, CellStyle style) {
            org.apache.poi.ss.usermodel.Cell cell = r.createCell(col);
            cell.setCellFormula(formula);
            cell.setCellStyle(style);
        }

        private static String col(int index) {
            return CellReference.convertNumToColString(index);
        }

        /** A relative reference to a column and a 1-based row: "E2". */
        private static String ref(int column, int row) {
            return col(column) + row;
        }
    }
}
