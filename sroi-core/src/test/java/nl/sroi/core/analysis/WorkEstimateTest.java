package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import nl.sroi.core.TestResources;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;

class WorkEstimateTest {

    static ValidModel workedCheck() {
        return ModelValidator.DEFAULT.check(TestResources.referenceModel("worked-check")).value();
    }

    @Test
    void sensitivity_ofTheWorkedCheck_countsEveryEvaluation() {
        // worked check: 1 outcome of 1 cohort, 2 stakeholders, inputs in period 1, no ranges.
        // periods = 1 cohort + offset 0 + 50 years = 51; one evaluation at durations of 50 years:
        // 51 (factors) + 2 × 51 (inputs) + (2 × 51 + 1 × 50) (the outcome) = 305 steps.
        // evaluations: deadweight, displacement, attribution, proxy, quantity 3 each (15), drop-off 301, duration 50,
        // rate 301, inputs 3 = 670.
        assertEquals(670L * 305, WorkEstimate.sensitivity(workedCheck()));
    }

    @Test
    void simulation_growsWithIterations() {
        // no ranges: per iteration one evaluation at the entered duration of 3 years: 51 + 102 + (102 + 3) = 258
        assertEquals(1000L * 258, WorkEstimate.simulation(workedCheck(), 1000));
    }

    @Test
    void aCancelledAnalysis_stopsAtItsNextCheck() {
        ValidModel valid = workedCheck();
        int[] asked = new int[1];
        Cancellation afterTen = () -> ++asked[0] > 10;
        assertThrows(Cancellation.Cancelled.class, () -> SensitivityAnalysis.DEFAULT.calculate(valid, afterTen));
        assertEquals(11, asked[0]);
        assertThrows(Cancellation.Cancelled.class, () -> Simulation.DEFAULT.run(valid, 1000, 1, () -> true));
    }
}
