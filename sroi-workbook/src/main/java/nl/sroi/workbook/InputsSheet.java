package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.math.BigDecimal;

import nl.sroi.core.model.Input;
import nl.sroi.workbook.Layout.Calculation;
import nl.sroi.workbook.Layout.Inputs;
import nl.sroi.workbook.Styles.Kind;

/** The inputs sheet (Investeringen): each input's amounts per period, entered, and what counts of them. */
final class InputsSheet extends SheetWriter {

    InputsSheet(ModelSheets ms) {
        super(ms);
    }

    void write() {
        Grid g = inputsSheet;
        String[] headers = {"input", "description", "stakeholder", "stakeholder.name", "in.kind",
            "inputs.counted"};
        for (int c = 0; c < headers.length; c++) {
            g.text(Inputs.HEADER, c, text(lang, headers[c]), st.get(Kind.HEADER));
        }
        for (int t = 1; t <= periods; t++) {
            g.number(Inputs.HEADER, Inputs.AMOUNT + t - 1, t, st.get(Kind.PERIOD_HEADER));
        }
        for (int j = 0; j < inputs; j++) {
            Input in = m.inputs().get(j);
            int r = Inputs.FIRST + j;
            described(g, r, in.id(), in.description(), in.stakeholder());
            yesNo(g, r, Inputs.IN_KIND, in.inKind());
            String amounts = Grid.range(r, Inputs.AMOUNT, r, Inputs.AMOUNT + periods - 1);
            g.formula(r, Inputs.COUNTED, "IF(" + name("InputsDiscounted") + "=\"" + yes + "\",SUMPRODUCT(" + amounts
                    + "," + calculationRow(Calculation.FACTOR) + "),SUM(" + amounts + "))", st.get(Kind.MONEY));
            for (int t = 0; t < periods; t++) {
                BigDecimal amount = t < in.amounts().size() ? in.amounts().get(t) : BigDecimal.ZERO;
                g.number(r, Inputs.AMOUNT + t, amount.doubleValue(), st.entered(Kind.MONEY, 0));
            }
        }
        Sheets.wrapWidth(g, Inputs.DESCRIPTION, 48);
        g.sheet.createFreezePane(Inputs.DESCRIPTION + 1, Inputs.FIRST);
        Printing.setUp(g, Inputs.HEADER, Inputs.HEADER, Inputs.INPUT + 1, true);
    }
}
