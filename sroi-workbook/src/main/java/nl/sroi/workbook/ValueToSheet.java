package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.ValueShare;
import nl.sroi.workbook.Layout.ValueTo;
import nl.sroi.workbook.Styles.Kind;

/** The value-to sheet (Waarde naar): each outcome's shares per stakeholder, entered. */
final class ValueToSheet extends SheetWriter {

    ValueToSheet(ModelSheets ms) {
        super(ms);
    }

    void write() {
        Grid g = valueTo;
        g.text(ValueTo.IDS, ValueTo.OUTCOME, text(lang, "outcome"), st.get(Kind.HEADER));
        g.text(ValueTo.IDS, ValueTo.DESCRIPTION, text(lang, "description"), st.get(Kind.HEADER));
        g.text(ValueTo.NAMES, ValueTo.OUTCOME, "", st.get(Kind.HEADER));
        g.text(ValueTo.NAMES, ValueTo.DESCRIPTION, "", st.get(Kind.HEADER));
        for (int s = 0; s < stakeholders; s++) {
            g.text(ValueTo.IDS, ValueTo.SHARE + s, m.stakeholders().get(s).id(), st.get(Kind.HEADER));
            g.text(ValueTo.NAMES, ValueTo.SHARE + s, m.stakeholders().get(s).name(), st.get(Kind.HEADER_WRAP));
        }
        List<BigDecimal> all = new ArrayList<>();
        m.outcomes().forEach(o -> o.valueShares().forEach(v -> all.add(v.share())));
        int decimals = percentDecimals(all);
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = ValueTo.FIRST + i;
            g.text(r, ValueTo.OUTCOME, o.id(), st.get(Kind.TEXT));
            g.text(r, ValueTo.DESCRIPTION, o.description(), st.get(Kind.WRAP));
            for (int s = 0; s < stakeholders; s++) {
                BigDecimal share = BigDecimal.ZERO;
                for (ValueShare v : o.valueShares()) {
                    if (v.stakeholder().equals(m.stakeholders().get(s).id())) {
                        share = share.add(v.share());
                    }
                }
                g.number(r, ValueTo.SHARE + s, share.doubleValue(), st.entered(Kind.PERCENT, decimals));
            }
        }
        Sheets.wrapWidth(g, ValueTo.DESCRIPTION, 36);
        for (int s = 0; s < stakeholders; s++) {
            Sheets.wrapWidth(g, ValueTo.SHARE + s, 14);
        }
        g.sheet.createFreezePane(ValueTo.SHARE, ValueTo.FIRST);
        Printing.setUp(g, ValueTo.IDS, ValueTo.NAMES, ValueTo.OUTCOME + 1, true);
    }
}
