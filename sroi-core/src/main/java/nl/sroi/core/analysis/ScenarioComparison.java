package nl.sroi.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import javax.money.MonetaryAmount;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.validation.ValidModel;

/**
 * A model calculated side by side with its scenarios (the model with named values replaced), with each
 * scenario's differences from the base in the totals and per stakeholder. This is how a regional model becomes
 * one municipality's business case.
 */
public record ScenarioComparison(SroiResult base, List<Scenario> scenarios) {

    public ScenarioComparison {
        scenarios = List.copyOf(scenarios);
    }

    /** One scenario's result and its differences from the base (scenario minus base). */
    public record Scenario(String id, String title, SroiResult result, Difference difference) {
    }

    /** Differences of the rounded totals; the ratio's difference is empty when either has no ratio. */
    public record Difference(MonetaryAmount presentValue, MonetaryAmount inputsValue, MonetaryAmount netPresentValue,
                             OptionalDouble ratio, List<StakeholderDifference> stakeholders) {
        public Difference {
            stakeholders = List.copyOf(stakeholders);
        }
    }

    /**
     * A stakeholder's differences; a stakeholder that is in only one of the two counts as zero in the other.
     */
    public record StakeholderDifference(String id, MonetaryAmount invested, MonetaryAmount received,
                                        MonetaryAmount net) {
    }

    /** A named model to compare with the base. */
    public record Named(String id, String title, ValidModel model) {
    }

    public static ScenarioComparison of(ValidModel base, List<Named> scenarios) {
        SroiResult baseResult = SroiCalculator.DEFAULT.calculate(base);
        List<Scenario> results = new ArrayList<>();
        for (Named s : scenarios) {
            SroiResult r = SroiCalculator.DEFAULT.calculate(s.model());
            results.add(new Scenario(s.id(), s.title(), r, difference(baseResult, r)));
        }
        return new ScenarioComparison(baseResult, results);
    }

    private static Difference difference(SroiResult base, SroiResult scenario) {
        SroiResult.Totals a = base.totals();
        SroiResult.Totals b = scenario.totals();
        OptionalDouble ratio = a.ratio().isPresent() && b.ratio().isPresent()
                ? OptionalDouble.of(b.ratio().getAsDouble() - a.ratio().getAsDouble()) : OptionalDouble.empty();
        MonetaryAmount zero = a.presentValue().multiply(0);
        Map<String, SroiResult.StakeholderValue> before = byId(base);
        Map<String, SroiResult.StakeholderValue> after = byId(scenario);
        List<String> ids = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(ids::add);
        List<StakeholderDifference> stakeholders = new ArrayList<>();
        for (String id : ids) {
            SroiResult.StakeholderValue x = before.get(id);
            SroiResult.StakeholderValue y = after.get(id);
            stakeholders.add(new StakeholderDifference(id,
                    minus(y == null ? zero : y.invested(), x == null ? zero : x.invested()),
                    minus(y == null ? zero : y.received(), x == null ? zero : x.received()),
                    minus(y == null ? zero : y.net(), x == null ? zero : x.net())));
        }
        return new Difference(minus(b.presentValue(), a.presentValue()), minus(b.inputsValue(), a.inputsValue()),
                minus(b.netPresentValue(), a.netPresentValue()), ratio, stakeholders);
    }

    private static MonetaryAmount minus(MonetaryAmount x, MonetaryAmount y) {
        return x.subtract(y);
    }

    private static Map<String, SroiResult.StakeholderValue> byId(SroiResult r) {
        Map<String, SroiResult.StakeholderValue> map = new LinkedHashMap<>();
        r.stakeholders().forEach(s -> map.put(s.id(), s));
        return map;
    }
}
