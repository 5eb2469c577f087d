package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import nl.sroi.core.model.Outcome;
import nl.sroi.workbook.Layout.Persistence;
import nl.sroi.workbook.Layout.ValueMap;
import nl.sroi.workbook.Styles.Kind;

/** The persistence sheet: what is kept of each outcome per year, and its quantities per cohort reversed. */
final class PersistenceSheet extends SheetWriter {

    PersistenceSheet(ModelSheets ms) {
        super(ms);
    }

    void write() {
        Grid g = persistence;
        g.text(Persistence.NOTE, 0, text(lang, "persistence.note"), st.get(Kind.NOTE));
        for (int block = 0; block < 2; block++) {
            int header = block == 0 ? Persistence.HEADER : reversedRow() - 1;
            g.text(header, Persistence.OUTCOME, text(lang, "outcome"), st.get(Kind.HEADER));
            g.text(header, Persistence.DESCRIPTION, text(lang, block == 0 ? "keep" : "reversed"),
                    st.get(Kind.HEADER));
        }
        for (int j = 1; j <= periods; j++) {
            g.number(Persistence.HEADER, Persistence.FIRST_YEAR + j - 1, j, st.get(Kind.YEAR_NUMBER_HEADER));
        }
        for (int c = 0; c < cohorts; c++) { // cohorts last first
            g.number(reversedRow() - 1, Persistence.FIRST_YEAR + c, cohorts - c, st.get(Kind.PERIOD_HEADER));
        }
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int vr = ValueMap.FIRST + i;
            for (int block = 0; block < 2; block++) {
                int r = (block == 0 ? Persistence.FIRST : reversedRow()) + i;
                g.text(r, Persistence.OUTCOME, o.id(), st.get(Kind.TEXT));
                g.text(r, Persistence.DESCRIPTION, o.description(), st.get(Kind.WRAP));
            }
            for (int j = 1; j <= periods; j++) {
                g.formula(Persistence.FIRST + i, Persistence.FIRST_YEAR + j - 1, Formulas.keep(
                        Grid.fixedRow(Persistence.HEADER, Persistence.FIRST_YEAR + j - 1), valueMap.at(vr, ValueMap.OFFSET),
                        valueMap.at(vr, ValueMap.DURATION), valueMap.at(vr, ValueMap.DROP_OFF),
                        valueMap.at(vr, ValueMap.MODE), text(lang, "linear"),
                        valueMap.at(vr, ValueMap.DROP_OFF_FROM_FIRST_YEAR), text(lang, "yes"), name("FullYear")),
                        st.get(Kind.PERCENT, 1, false, false));
            }
            for (int c = 0; c < cohorts; c++) {
                g.formula(reversedRow() + i, Persistence.FIRST_YEAR + c, "0+" + valueMap.at(vr,
                        ValueMap.QUANTITY + cohorts - 1 - c), st.get(Kind.DECIMAL, 2, false, false));
            }
        }
        Sheets.wrapWidth(g, Persistence.DESCRIPTION, 36);
        g.sheet.createFreezePane(Persistence.FIRST_YEAR, Persistence.FIRST);
        Printing.setUp(g, Persistence.HEADER, Persistence.HEADER, Persistence.OUTCOME + 1, true);
    }
}
