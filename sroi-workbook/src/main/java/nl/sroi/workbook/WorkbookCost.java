package nl.sroi.workbook;

import nl.sroi.core.analysis.WorkEstimate;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ValidModel;

/**
 * What writing a model's workbook costs, in the steps of {@link WorkEstimate}, estimated before it is written. The
 * cost is POI's: every formula cell is parsed, and an outcome's value in a period is a formula with a term per
 * cohort, so the work grows with outcomes × cohorts × periods and with stakeholders × periods. Measured on this
 * project's machine: about 0.3 ms per formula cell or cohort term (Jongeren en schulden: 0.29 s; a model of 20
 * outcomes, 100 stakeholders and 10 periods: 1.9 s); priced here at {@link #STEPS_PER_FORMULA_PART}.
 */
public final class WorkbookCost {

    /** Steps per formula cell or cohort term: 0.5 ms at a step a nanosecond, above the 0.3 ms measured. */
    static final long STEPS_PER_FORMULA_PART = 500_000;

    private WorkbookCost() {
    }

    public static long steps(ValidModel valid) {
        SroiModel m = valid.model();
        long periods = m.lastPeriod();
        long cells = periods * (m.outcomes().size() + 2L * m.stakeholders().size() + 8) + m.outcomes().size();
        long terms = 0;
        for (Outcome o : m.outcomes()) {
            terms += (long) o.quantity().size() * periods;
        }
        return (cells + terms) * STEPS_PER_FORMULA_PART;
    }
}
