package nl.sroi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.analysis.SensitivityAnalysis;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * The embedding examples of the README, run. Each example sits between {@code // --- README} markers, and the
 * README must hold it verbatim, so the two cannot drift apart. The expected figures come from the worked check of
 * the format description (present value 13,699.35 against inputs of 10,000: ratio 1.369935).
 */
class ReadmeExampleTest {

    static final double WORKED_CHECK_RATIO = 13_699.35 / 10_000;

    /** The worked check, with 30 % of its value to the financier and its deadweight ranged from 0.1 to 0.3. */
    static SroiModel model() {
        // --- README model
        SroiModel model = SroiModel.builder()
                .id("worked-check").title("Worked check").kind(Kind.FORECAST).currency("EUR")
                .discounting(Discounting.of(0.035))
                .stakeholders(Stakeholder.of("deelnemers", "Deelnemers"), Stakeholder.of("financier", "Financier"))
                .inputs(Input.of("subsidie", "financier", "Subsidie", 10_000))
                .outcomes(Outcome.builder().id("o1").stakeholder("deelnemers").description("Schuldenvrij")
                        .indicator("Afgeronde regeling").quantity(10).duration(3)
                        .proxy(FinancialProxy.of(1000, "per persoon per jaar", "constructed"))
                        .deadweight(0.2).displacement(0.1).attribution(0.25).dropOff(0.1)
                        .valueTo(ValueShare.of("deelnemers", 0.7), ValueShare.of("financier", 0.3))
                        .ranges(OutcomeRanges.builder().deadweight(EstimateRange.of(0.1, 0.3)).build())
                        .build())
                .build();
        // --- README end
        return model;
    }

    @Test
    void calculate() {
        SroiModel model = model();
        // --- README calculate
        SroiResult result = SroiCalculator.DEFAULT.calculate(model);
        System.out.println(result.totals().presentValue() + " " + result.totals().ratioDisplay().get());
        // 13699.35 1.37
        MonetaryAmount presentValue = result.money(result.totals().presentValue());   // EUR 13699.35
        // --- README end
        assertEquals("13699.35 1.37", result.totals().presentValue() + " " + result.totals().ratioDisplay().get());
        assertEquals("EUR 13699.35", presentValue.toString());
    }

    @Test
    void validate() {
        SroiModel model = model();
        // --- README validate
        List<Problem> problems = ModelValidator.DEFAULT.validate(model);      // empty: the model is valid
        Validated<ValidModel> checked = ModelValidator.DEFAULT.check(model.toBuilder()
                .discounting(Discounting.of(1.5)).build());
        for (Problem p : checked.errors()) {
            System.out.println(p.pointer() + " " + p.code() + ": " + p.message());
        }
        // /discounting/rate OUT_OF_RANGE: rate must be at least 0 and below 1, was 1.5: shares are decimals, so 1.5 % is 0.015
        // --- README end
        assertEquals(List.of(), problems);
        assertEquals(List.of("/discounting/rate OUT_OF_RANGE: rate must be at least 0 and below 1, was 1.5: shares are decimals, "
                + "so 1.5 % is 0.015"),
                checked.errors().stream().map(p -> p.pointer() + " " + p.code() + ": " + p.message()).toList());
    }

    @Test
    void sensitivity() {
        ValidModel valid = ModelValidator.DEFAULT.check(model()).value();
        // --- README sensitivity
        SensitivityResult sensitivity = SensitivityAnalysis.DEFAULT.calculate(valid);
        SensitivityResult.TornadoBar bar = sensitivity.tornado().get(0);
        System.out.printf("%s %.3f %.3f%n", bar.estimate().pointer(), bar.low().ratio().getAsDouble(),
                bar.high().ratio().getAsDouble());
        // /outcomes/0/deadweight 1.541 1.199
        // --- README end
        // the value is proportional to 1 − deadweight: at 0.1 the ratio is 1.369935 × 0.9 / 0.8, at 0.3 × 0.7 / 0.8
        assertEquals("/outcomes/0/deadweight", bar.estimate().pointer());
        assertEquals(WORKED_CHECK_RATIO * 0.9 / 0.8, bar.low().ratio().getAsDouble(), 1e-6);
        assertEquals(WORKED_CHECK_RATIO * 0.7 / 0.8, bar.high().ratio().getAsDouble(), 1e-6);
        // and the ratio is 1 where 1 − deadweight = 0.8 / 1.369935
        SensitivityResult.SwitchingValue deadweight = sensitivity.switchingValues().stream()
                .filter(s -> s.estimate().pointer().equals("/outcomes/0/deadweight")).findFirst().orElseThrow();
        assertEquals(1 - 0.8 / WORKED_CHECK_RATIO, deadweight.value().getAsDouble(), 1e-6);
    }

    @Test
    void simulation() {
        ValidModel valid = ModelValidator.DEFAULT.check(model()).value();
        // --- README simulation
        Simulation simulation = new Simulation(ForkJoinPool.commonPool());   // DEFAULT runs on the calling thread
        SimulationResult run = simulation.run(valid, 10_000, 1).value();  // iterations 1 to 1,000,000
        System.out.printf("%.3f %.3f %.4f%n", run.ratio().p5(), run.ratio().p95(),
                run.ratio().probabilityAboveOne().getAsDouble());
        // 1.252 1.486 1.0000
        // --- README end
        // deadweight triangular on 0.1, 0.2, 0.3: the ratio is triangular on 1.199, 1.370, 1.541, whose 5th and
        // 95th percentiles are 1.370 ∓ 0.171 × (1 − √0.1) = 1.253 and 1.487; 10,000 draws come within 0.02
        double half = WORKED_CHECK_RATIO * 0.1 / 0.8;
        assertEquals(WORKED_CHECK_RATIO - half * (1 - Math.sqrt(0.1)), run.ratio().p5(), 0.02);
        assertEquals(WORKED_CHECK_RATIO + half * (1 - Math.sqrt(0.1)), run.ratio().p95(), 0.02);
        assertEquals(1.0, run.ratio().probabilityAboveOne().getAsDouble());
        assertEquals(Simulation.DEFAULT.run(valid, 10_000, 1).value(), run, "the same on one thread as on all");
    }

    @Test
    void businessCase() {
        ValidModel valid = ModelValidator.DEFAULT.check(model()).value();
        // --- README business case
        BusinessCaseResult.Party financier = BusinessCase.DEFAULT.calculate(valid, "financier").value().party();
        System.out.println(financier.invested() + " " + financier.received() + " " + financier.net());
        // EUR 10000 EUR 4109.8 EUR -5890.2 (Moneta prints amounts without trailing zeros)
        Validated<BusinessCaseResult> unknown = BusinessCase.DEFAULT.calculate(valid, "menzis");
        System.out.println(unknown.errors().get(0).parameter() + ": " + unknown.errors().get(0).message());
        // party: there is no stakeholder "menzis"; the stakeholders are "deelnemers", "financier"
        // --- README end
        // 30 % of 13,699.35 is 4,109.805: the half cent goes to the participants' 9,589.545 (the earlier of a tie)
        assertEquals(new BigDecimal("4109.80"), MinorUnits.decimal(financier.received()));
        assertEquals(new BigDecimal("-5890.20"), MinorUnits.decimal(financier.net()));
        assertEquals("party", unknown.errors().get(0).parameter());
    }

    /** Every example between markers above is in the README verbatim (indentation aside). */
    @Test
    void theReadme_showsEveryExampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/nl/sroi/core/ReadmeExampleTest.java"));
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("// --- README (\\w[\\w ]*)\\n(.*?)\\n\\s*// --- README end", Pattern.DOTALL)
                .matcher(source);
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(m.group(1));
            String block = m.group(2).lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                    .reduce((a, b) -> a + "\n" + b).orElseThrow();
            assertTrue(readme.contains(block), "the README does not show the " + m.group(1) + " example:\n" + block);
        }
        assertEquals(List.of("model", "calculate", "validate", "sensitivity", "simulation", "business case"),
                examples);
    }
}
