package nl.sroi.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.ModelRanges;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;

/** The benchmarked models: Jongeren en schulden as published, and with every estimate ranged (triangular). */
final class Models {

    private Models() {
    }

    static byte[] jongerenJson() {
        try (InputStream in = Models.class.getResourceAsStream("/models/jongeren-en-schulden.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidModel jongeren() {
        return ModelJson.read(jongerenJson()).value();
    }

    /** Every estimate of every outcome, the rate and the inputs ranged around its point value. */
    static ValidModel everyEstimateRanged() {
        SroiModel m = jongeren().model();
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome o : m.outcomes()) {
            BigDecimal proxy = m.proxyValueUsed(o.proxy());
            outcomes.add(o.toBuilder().ranges(new OutcomeRanges(range(0.8, 1, 1.2),
                    new EstimateRange(proxy.multiply(new BigDecimal("0.8")), proxy.multiply(new BigDecimal("1.2")), null),
                    range(Math.max(1, wholeYears(o) - 1), wholeYears(o), wholeYears(o) + 1),
                    fraction(o.deadweight()), fraction(o.displacement()), fraction(o.attribution()),
                    fraction(o.dropOff()))).build());
        }
        SroiModel ranged = m.toBuilder().outcomes(outcomes)
                .ranges(new ModelRanges(range(0.01, 0.0225, 0.05), range(0.9, 1, 1.1))).build();
        return ModelValidator.DEFAULT.check(ranged).value();
    }

    /** The duration in whole years (a range on a duration is in whole years around it). */
    private static int wholeYears(Outcome o) {
        return o.duration().setScale(0, java.math.RoundingMode.CEILING).intValueExact();
    }

    private static EstimateRange fraction(BigDecimal point) {
        double p = point.doubleValue();
        return range(Math.max(0, p - 0.1), p, Math.min(1, p + 0.1));
    }

    private static EstimateRange range(double low, double point, double high) {
        return EstimateRange.of(low, high);
    }
}
