package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import javax.money.MonetaryAmount;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.rules.PublishedCheck;

/**
 * Calculates a model side by side with its scenarios ({@link ScenarioComparisonResult}): each with the calculator
 * it was made with, each scenario's differences from the base, and the change bridge from the base to it. Stateless and thread-safe.
 */
public final class ScenarioComparison {

    /** With {@link SroiCalculator#DEFAULT}. */
    public static final ScenarioComparison DEFAULT = new ScenarioComparison(SroiCalculator.DEFAULT);

    private final SroiCalculator calculator;

    /**
     * A comparison that calculates the base and every scenario with {@code calculator}.
     *
     * @param calculator the calculator
     */
    public ScenarioComparison(SroiCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * The base and every scenario side by side.
     *
     * @param set the model and its scenarios
     * @return the comparison
     */
    public ScenarioComparisonResult compare(ScenarioSet set) {
        SroiResult baseResult = calculator.calculate(set.base());
        List<ScenarioComparisonResult.Scenario> results = new ArrayList<>();
        for (int i = 0; i < set.scenarios().size(); i++) {
            ScenarioSet.Scenario s = set.scenarios().get(i);
            SroiResult r = calculator.calculate(s.model());
            BridgeResult bridge = ChangeBridge.incomparable(set.base().model(), s.model().model()) != null ? null
                    : ChangeBridge.DEFAULT.bridge(set.base(), s.model());
            List<Problem> warnings = PublishedCheck.scenario("/scenarios/" + i, s.id(), s.published(),
                    set.base().model(), r.totals().ratio().orElse(Double.NaN)).map(List::of).orElse(List.of());
            results.add(new ScenarioComparisonResult.Scenario(s.id(), s.title(), r, difference(baseResult, r),
                    bridge, warnings));
        }
        return new ScenarioComparisonResult(baseResult, results);
    }

    private static ScenarioComparisonResult.Difference difference(SroiResult base, SroiResult scenario) {
        SroiResult.Totals a = base.totals();
        SroiResult.Totals b = scenario.totals();
        OptionalDouble ratio = a.ratio().isPresent() && b.ratio().isPresent()
                ? OptionalDouble.of(b.ratio().getAsDouble() - a.ratio().getAsDouble()) : OptionalDouble.empty();
        BigDecimal zero = a.presentValue().multiply(BigDecimal.ZERO);
        Map<String, SroiResult.StakeholderValue> before = byId(base);
        Map<String, SroiResult.StakeholderValue> after = byId(scenario);
        List<String> ids = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(ids::add);
        List<ScenarioComparisonResult.StakeholderDifference> stakeholders = new ArrayList<>();
        for (String id : ids) {
            SroiResult.StakeholderValue x = before.get(id);
            SroiResult.StakeholderValue y = after.get(id);
            stakeholders.add(new ScenarioComparisonResult.StakeholderDifference(id,
                    minus(base, y == null ? zero : y.invested(), x == null ? zero : x.invested()),
                    minus(base, y == null ? zero : y.received(), x == null ? zero : x.received()),
                    minus(base, y == null ? zero : y.net(), x == null ? zero : x.net())));
        }
        return new ScenarioComparisonResult.Difference(minus(base, b.presentValue(), a.presentValue()),
                minus(base, b.inputsValue(), a.inputsValue()), minus(base, b.netPresentValue(), a.netPresentValue()),
                ratio, stakeholders);
    }

    /** x − y as money of the base's currency (a scenario has the base's currency). */
    private static MonetaryAmount minus(SroiResult base, BigDecimal x, BigDecimal y) {
        return base.money(x.subtract(y));
    }

    private static Map<String, SroiResult.StakeholderValue> byId(SroiResult r) {
        Map<String, SroiResult.StakeholderValue> map = new LinkedHashMap<>();
        r.stakeholders().forEach(s -> map.put(s.id(), s));
        return map;
    }
}
