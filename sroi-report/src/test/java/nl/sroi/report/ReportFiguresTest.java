package nl.sroi.report;

import nl.sroi.core.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import javax.money.MonetaryAmount;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.analysis.EstimateRef;
import nl.sroi.core.analysis.SensitivityAnalysis;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Basis;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.SroiModel;

/**
 * Every figure in the report, read back from the page, equals the figure the library gives: the result, the
 * simulation and the business case are computed here again, apart from the report, and each figure the page marks
 * with {@code data-figure} is parsed from its Dutch or English text and compared at the precision it is shown.
 */
class ReportFiguresTest {

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of(Reports.JONGEREN, "nl", null, null),
                Arguments.of(Reports.JONGEREN, "en", "gemeenten", null),
                Arguments.of(Reports.LOKAAL, "nl", "gemeenten", "hengelo-2027"),
                Arguments.of(Reports.LOKAAL, "en", "werkgevers", "enschede-2027"),
                Arguments.of(Reports.MODELS.resolve("respijtzorg.json"), "nl", null, null),
                Arguments.of(Reports.MODELS.resolve("participatie-naar-vermogen.json"), "nl", null, null));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyFigure_equalsTheLibrarysFigure(Path file, String lang, String party, String scenario) {
        Report report = Reports.report(file, lang, party, scenario);
        Language language = Language.of(lang).orElseThrow();
        Document page = Reports.parse(ReportHtml.write(report));
        Map<String, String> shown = Reports.figures(page);
        Map<String, String> switching = new LinkedHashMap<>();
        shown.keySet().removeIf(k -> k.startsWith("switching/") && switching.put(k, shown.get(k)) == null);
        Map<String, BigDecimal> expected = expected(report);

        assertEquals(expected.keySet(), shown.keySet(), "the page shows exactly the figures expected");
        for (Map.Entry<String, BigDecimal> e : expected.entrySet()) {
            BigDecimal read = Reports.number(shown.get(e.getKey()), language);
            if (e.getValue() == null) {
                assertNull(read, e.getKey() + " shows no number: " + shown.get(e.getKey()));
            } else {
                assertEquals(0, e.getValue().compareTo(read), e.getKey() + ": expected " + e.getValue() + ", shown "
                        + shown.get(e.getKey()));
            }
        }
        assertTrue(expected.size() > 40, "a report shows many figures, was " + expected.size());
        switchingValues_equalTheSensitivityAnalysis(report, switching, language);
    }

    /**
     * Every switching value in a sentence equals the sensitivity analysis's value at the precision shown (an
     * adjustment or multiplier as a fraction, "0,84"; the rate in percent; a proxy in money; a duration in years),
     * and the sentences name exactly the switching values of the estimates with a range and of the model's rate and
     * inputs that exist (a proxy keeping its sign, section 11.4 of the format).
     */
    private static void switchingValues_equalTheSensitivityAnalysis(Report report, Map<String, String> shown,
                                                                    Language language) {
        SensitivityResult s = SensitivityAnalysis.DEFAULT.calculate(report.valid());
        Set<String> ranged = new HashSet<>();
        EstimateRef.ranged(report.model()).forEach(r -> ranged.add(r.ref().pointer()));
        Set<String> expected = new TreeSet<>();
        for (SensitivityResult.SwitchingValue sv : s.switchingValues()) {
            EstimateRef ref = sv.estimate();
            boolean keepsSign = ref.estimate() != Estimate.PROXY || sv.value().isPresent()
                    && Math.signum(sv.value().getAsDouble()) == Math.signum(ref.pointValue(report.model()));
            if ((ranged.contains(ref.pointer()) || ref.outcome() < 0) && sv.value().isPresent() && keepsSign) {
                expected.add("switching" + ref.pointer());
            }
        }
        assertEquals(expected, new TreeSet<>(shown.keySet()), "the switching values in sentences");
        for (SensitivityResult.SwitchingValue sv : s.switchingValues()) {
            String text = shown.get("switching" + sv.estimate().pointer());
            if (text == null) {
                continue;
            }
            BigDecimal read = Reports.number(text, language);
            BigDecimal api = BigDecimal.valueOf(sv.value().getAsDouble());
            if (sv.estimate().estimate() == Estimate.RATE) {
                api = api.movePointRight(2);
            }
            assertEquals(0, api.setScale(read.scale(), RoundingMode.HALF_UP).compareTo(read),
                    sv.estimate().pointer() + ": the API gives " + api + ", the report " + text);
            if (EnumSet.of(Estimate.DEADWEIGHT, Estimate.DISPLACEMENT, Estimate.ATTRIBUTION, Estimate.DROP_OFF)
                    .contains(sv.estimate().estimate())) {
                assertTrue(!text.contains("%") && read.scale() >= 2, "an adjustment as a fraction: " + text);
            }
        }
    }

    /**
     * Section 6 read back: every quantity, proxy and input shows the basis the model states ({@code quantityBasis},
     * proxy and input {@code basis}, via the result for outcomes), every other ranged estimate is marked as an
     * assumption, the conventions are the model's, and every warning of the result is listed, in the report's
     * language.
     */
    @ParameterizedTest
    @MethodSource("reports")
    void assumptionsAndSources_areTheModels(Path file, String lang, String party, String scenario) {
        Report report = Reports.report(file, lang, party, scenario);
        Language language = Language.of(lang).orElseThrow();
        Document page = Reports.parse(ReportHtml.write(report));
        SroiModel model = report.model();
        SroiResult r = SroiCalculator.DEFAULT.calculate(report.valid());
        Map<String, String> expected = new LinkedHashMap<>();
        String[] words = language == Language.NL ? new String[] {"gemeten", "gepubliceerd", "aanname",
                "niet opgegeven", "aanname, onzeker"} : new String[] {"measured", "published", "assumption",
                "not stated", "assumption, uncertain"};
        for (int i = 0; i < model.outcomes().size(); i++) {
            String id = model.outcomes().get(i).id();
            expected.put("outcome." + id + ".quantity", basis(r.outcomes().get(i).quantityBasis(), words));
            expected.put("outcome." + id + ".proxy", basis(r.outcomes().get(i).proxyBasis(), words));
        }
        for (EstimateRef.Ranged ranged : EstimateRef.ranged(model)) {
            // a ranged estimate is an uncertain assumption: the other estimates have no basis of their own; a
            // quantity or proxy keeps the basis the model states, marked uncertain where that is an assumption
            EstimateRef ref = ranged.ref();
            String name = ref.outcome() < 0 ? ref.estimate().key()
                    : "outcome." + model.outcomes().get(ref.outcome()).id() + "." + ref.estimate().key();
            if (!expected.containsKey(name) || expected.get(name).equals(words[2])) {
                expected.put(name, words[4]);
            }
        }
        model.inputs().forEach(in -> expected.put("input." + in.id(), basis(in.basis(), words)));
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(Reports.attributes(page,
                "data-basis")));

        Map<String, String> conventions = Reports.attributes(page, "data-convention");
        assertEquals(0, model.discounting().rate().movePointRight(2).compareTo(
                Reports.number(conventions.get("rate"), language)), conventions.get("rate"));
        assertEquals(model.priceYear() == null ? (language == Language.NL ? "niet opgegeven" : "not stated")
                : String.valueOf(model.priceYear()), conventions.get("priceYear"));
        String[] discounted = language == Language.NL ? new String[] {"verdisconteerd", "niet verdisconteerd"}
                : new String[] {"discounted", "not discounted"};
        assertTrue(conventions.get("inputs").startsWith(discounted[model.discounting().inputs() ? 0 : 1]),
                conventions.get("inputs"));
        assertTrue(conventions.get("firstPeriod").startsWith(discounted[model.discounting().firstPeriod()
                == nl.sroi.core.model.FirstPeriod.DISCOUNTED ? 0 : 1]), conventions.get("firstPeriod"));
        assertTrue(model.priceIndex() == null || conventions.get("priceIndex").startsWith(
                language == Language.NL ? "CBS-consumentenprijsindex" : "CBS consumer price index"),
                conventions.get("priceIndex"));

        Map<String, String> warnings = new LinkedHashMap<>();
        NodeList items = page.getElementsByTagName("li");
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element li = (Element) items.item(i);
            if (li.hasAttribute("data-warning")) {
                codes.add(li.getAttribute("data-warning"));
                warnings.put(li.getAttribute("data-warning") + i, li.getTextContent());
            }
        }
        assertEquals(r.warnings().stream().map(w -> w.code().name()).toList(), codes);
        if (language == Language.NL) {
            for (nl.sroi.core.validation.Problem w : r.warnings()) {
                assertTrue(!warnings.containsValue(w.message(Language.EN)), "a warning in English: " + w);
            }
        }
    }

    private static String basis(Basis basis, String[] words) {
        return basis == null ? words[3] : words[basis.ordinal()];
    }

    /**
     * The figures, computed apart from the report: the calculation, the simulation with the default iterations and
     * seed, and the business case of the party, each at the precision the page shows it (money to the cent, ratios
     * to two decimals half up as the result's ratioDisplay, months to one decimal, probabilities in percent to two).
     */
    private static Map<String, BigDecimal> expected(Report report) {
        SroiModel model = report.model();
        SroiResult r = SroiCalculator.DEFAULT.calculate(report.valid());
        Map<String, BigDecimal> x = new LinkedHashMap<>();
        SroiResult.Totals t = r.totals();
        x.put("ratio", new BigDecimal(t.ratioDisplay().orElseThrow()));
        x.put("presentValue", t.presentValue());
        x.put("inputsValue", t.inputsValue());
        x.put("netPresentValue", t.netPresentValue());
        x.put("paybackMonths", decimals(t.paybackMonths(), 1));
        r.welfare().flatMap(SroiResult.Welfare::ratioDisplay).ifPresent(w -> x.put("welfareRatio", new BigDecimal(w)));
        for (SroiResult.StakeholderValue s : r.stakeholders()) {
            x.put("stakeholder." + s.id() + ".invested", s.invested());
            x.put("stakeholder." + s.id() + ".received", s.received());
            x.put("stakeholder." + s.id() + ".net", s.net());
            x.put("stakeholder." + s.id() + ".ratio", decimals(s.ratio(), 2));
        }
        x.put("total.invested", t.inputsValue());
        x.put("total.received", t.presentValue());
        x.put("total.net", t.netPresentValue());
        x.put("total.ratio", decimals(t.ratio(), 2));
        for (SroiResult.Period p : r.periods()) {
            x.put("period." + p.period() + ".value", p.value());
            x.put("period." + p.period() + ".presentValue", p.presentValue());
            x.put("period." + p.period() + ".inputs", p.inputs());
        }
        for (int i = 0; i < model.outcomes().size(); i++) {
            SroiResult.OutcomeValue o = r.outcomes().get(i);
            String id = model.outcomes().get(i).id();
            x.put("outcome." + id + ".proxyValue", o.proxyValue());
            x.put("outcome." + id + ".presentValue", o.presentValue());
            if (o.indexFactor() != 1) {
                x.put("outcome." + id + ".indexFactor", BigDecimal.valueOf(o.indexFactor()).setScale(4,
                        RoundingMode.HALF_UP));
            }
        }
        x.put("total.presentValue", t.presentValue());
        if (!nl.sroi.core.analysis.EstimateRef.ranged(model).isEmpty()) {
            SimulationResult sim = Simulation.DEFAULT.run(report.valid(), Simulation.DEFAULT_ITERATIONS,
                    Simulation.DEFAULT_SEED).value();
            x.put("probabilityAboveOne", BigDecimal.valueOf(sim.ratio().probabilityAboveOne().getAsDouble())
                    .movePointRight(2).setScale(2, RoundingMode.HALF_UP));
            summary(x, "ratio", sim.ratio(), 2, RoundingMode.HALF_UP);
            summary(x, "npv", sim.netPresentValue(), 2, RoundingMode.HALF_EVEN);
        }
        if (report.options().party() != null) {
            BusinessCaseResult c = BusinessCase.DEFAULT.calculate(report.valid(), report.options().party()).value();
            BusinessCaseResult.Party p = c.party();
            x.put("party.invested", money(p.invested()));
            x.put("party.received", money(p.received()));
            x.put("party.net", money(p.net()));
            x.put("party.ratio", decimals(p.ratio(), 2));
            x.put("party.paybackMonths", decimals(p.paybackMonths(), 1));
            for (BusinessCaseResult.Period row : p.periods()) {
                String k = "party.period." + row.period() + ".";
                x.put(k + "pays", money(row.pays()));
                x.put(k + "receives", money(row.receives()));
                x.put(k + "paysCounted", money(row.paysCounted()));
                x.put(k + "receivesPresentValue", money(row.receivesPresentValue()));
                x.put(k + "balance", money(row.balance()));
                x.put(k + "cumulativeBalance", money(row.cumulativeBalance()));
            }
            for (BusinessCaseResult.Party other : c.parties()) {
                if (!other.id().equals(c.focus())) {
                    x.put("party." + other.id() + ".invested", money(other.invested()));
                    x.put("party." + other.id() + ".received", money(other.received()));
                    x.put("party." + other.id() + ".net", money(other.net()));
                }
            }
        }
        return x;
    }

    private static void summary(Map<String, BigDecimal> x, String name, SimulationResult.Summary s, int scale,
                                RoundingMode rounding) {
        List<String> names = List.of("mean", "sd", "p5", "p25", "p50", "p75", "p95");
        double[] values = {s.mean(), s.sd(), s.p5(), s.p25(), s.p50(), s.p75(), s.p95()};
        for (int i = 0; i < values.length; i++) {
            x.put("simulation." + name + "." + names.get(i), BigDecimal.valueOf(values[i]).setScale(scale, rounding));
        }
    }

    private static BigDecimal money(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    private static BigDecimal decimals(OptionalDouble value, int scale) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(scale, RoundingMode.HALF_UP) : null;
    }
}
