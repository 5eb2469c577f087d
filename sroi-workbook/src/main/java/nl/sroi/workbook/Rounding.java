package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.text.Language;
import nl.sroi.workbook.Styles.Kind;

/**
 * The rounding sheet: every breakdown the API rounds by largest remainder, rounded the same way by formulas, one
 * block per breakdown. A block's first row holds its rounded total, the missing minor units, the threshold
 * remainder and how many parts are beyond it; each following row one part: exact, rounded down, remainder,
 * rounded. The sheets a person reads take their rounded amounts from here, so they equal the API's to the cent.
 */
final class Rounding {

    // columns of a block
    static final int LABEL = 0;
    static final int EXACT = 1;
    static final int FLOOR = 2;
    static final int REMAINDER = 3;
    static final int ROUNDED = 4;
    // in a block's first row
    static final int TOTAL = EXACT;
    static final int MISSING = FLOOR;
    static final int THRESHOLD = REMAINDER;
    static final int BEYOND = ROUNDED;

    private static final int FIRST_BLOCK_ROW = 3;

    /** The references (from other sheets) of one block's parts: rounded and exact, and the range of the exact. */
    record Block(List<String> rounded, List<String> exact, String exactRange) {
    }

    private final Grid g;
    private final Styles st;
    private final int scale;
    private int next = FIRST_BLOCK_ROW;

    Rounding(Grid g, Styles st, Language lang, int scale) {
        this.g = g;
        this.st = st;
        this.scale = scale;
        g.text(0, 0, text(lang, "rounding.title"), st.get(Kind.TITLE));
        String[] headers = {text(lang, "part"), text(lang, "exact"), text(lang, "floor"),
            text(lang, "remainder"), text(lang, "rounded")};
        for (int c = 0; c < headers.length; c++) {
            g.text(2, c, headers[c], st.get(Kind.HEADER));
        }
        g.text(1, 0, text(lang, "rounding.note"), st.get(Kind.NOTE));
        g.sheet.createFreezePane(1, FIRST_BLOCK_ROW);
        Sheets.wrapWidth(g, LABEL, 50);
        Printing.setUp(g, 2, 2, 1, false);
    }

    /**
     * Rounds the parts (exact formulas) so that they add up to {@code total} (a formula giving a rounded amount).
     */
    Block allocate(String label, String total, List<String> labels, List<String> exact) {
        int head = next;
        int first = head + 1;
        int last = head + exact.size();
        g.text(head, LABEL, label, st.get(Kind.SUBTITLE));
        g.formula(head, TOTAL, total, st.bold(Kind.MONEY));
        String floors = Grid.range(first, FLOOR, last, FLOOR);
        String remainders = Grid.range(first, REMAINDER, last, REMAINDER);
        String missing = Grid.fixed(head, MISSING);
        String threshold = Grid.fixed(head, THRESHOLD);
        String beyond = Grid.fixed(head, BEYOND);
        g.formula(head, MISSING, Formulas.missing(Grid.fixed(head, TOTAL), floors, scale), st.get(Kind.WHOLE));
        g.formula(head, THRESHOLD, Formulas.threshold(missing, remainders, exact.size()), st.get(Kind.REMAINDER));
        g.formula(head, BEYOND, Formulas.beyond(missing, remainders, threshold), st.get(Kind.WHOLE));
        List<String> rounded = new ArrayList<>();
        List<String> exactRefs = new ArrayList<>();
        for (int j = 0; j < exact.size(); j++) {
            int r = first + j;
            g.text(r, LABEL, labels.get(j), st.get(Kind.WRAP));
            g.formula(r, EXACT, exact.get(j), st.get(Kind.MONEY_EXACT));
            g.formula(r, FLOOR, Formulas.floor(Grid.local(r, EXACT), scale), st.get(Kind.WHOLE));
            g.formula(r, REMAINDER, Formulas.remainder(Grid.local(r, EXACT), Grid.local(r, FLOOR), scale),
                    st.get(Kind.REMAINDER));
            String earlier = j == 0 ? null : Grid.range(first, REMAINDER, r - 1, REMAINDER);
            g.formula(r, ROUNDED, Formulas.allocated(Grid.local(r, FLOOR), Grid.local(r, REMAINDER), missing,
                    threshold, beyond, earlier, scale), st.get(Kind.MONEY));
            rounded.add(g.at(r, ROUNDED));
            exactRefs.add(g.at(r, EXACT));
        }
        next = last + 2;
        return new Block(rounded, exactRefs, g.at(first, EXACT, last, EXACT));
    }
}
