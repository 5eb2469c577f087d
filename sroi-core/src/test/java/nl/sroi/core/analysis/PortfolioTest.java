package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.RandomModels;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.PortfolioJson;
import nl.sroi.core.model.AllocationBasis;
import nl.sroi.core.model.MunicipalityShare;
import nl.sroi.core.model.PortfolioSection;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.TwentseKoers;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * The portfolio against sums made here, apart from {@link Portfolio}: each analysis calculated alone through the
 * public API ({@link SroiCalculator#calculate}, its amounts as rounded decimals) and its figures added up.
 */
class PortfolioTest {

    static final Path MODELS = Path.of("../models");

    static List<PortfolioEntry> bundled() throws IOException {
        List<PortfolioEntry> entries = new ArrayList<>();
        for (String name : List.of("jongeren-en-schulden", "participatie-naar-vermogen", "respijtzorg")) {
            Validated<ValidModel> v = ModelJson.read(Files.readAllBytes(MODELS.resolve(name + ".json")));
            assertTrue(v.isValid(), name + ": " + v.errors());
            entries.add(PortfolioEntry.of(name, 1, null, v.value()));
        }
        return entries;
    }

    /** Random EUR analyses, each with a random theme line (or none) and random municipality shares (or none). */
    static List<PortfolioEntry> random(long seed, int count) {
        Random rnd = new Random(seed);
        List<PortfolioEntry> entries = new ArrayList<>();
        for (int i = 0; entries.size() < count; i++) {
            SroiModel m = RandomModels.generate(seed * 1000 + i, rnd.nextBoolean());
            if (!m.currency().equals("EUR")) {
                continue;
            }
            SroiModel withSection = m.toBuilder().id("r" + seed + "-" + i).portfolio(section(rnd)).build();
            Validated<ValidModel> v = ModelValidator.DEFAULT.check(withSection);
            assertTrue(v.isValid(), () -> v.errors().toString());
            entries.add(PortfolioEntry.of(withSection.id(), 1 + rnd.nextInt(3), null, v.value()));
        }
        return entries;
    }

    static PortfolioSection section(Random rnd) {
        if (rnd.nextInt(6) == 0) {
            return null;
        }
        String theme = rnd.nextInt(7) == 0 ? null : TwentseKoers.THEME_LINES.get(rnd.nextInt(5));
        List<String> all = new ArrayList<>(TwentseKoers.MUNICIPALITIES.keySet());
        java.util.Collections.shuffle(all, rnd);
        int n = 1 + rnd.nextInt(5);
        List<MunicipalityShare> shares = new ArrayList<>();
        int left = 100;
        for (int j = 0; j < n; j++) {
            int pct = j == n - 1 ? left : 1 + rnd.nextInt(left - (n - 1 - j));
            left -= pct;
            shares.add(new MunicipalityShare(all.get(j), BigDecimal.valueOf(pct, 2)));
        }
        return new PortfolioSection(TwentseKoers.PROGRAMME, theme, null, shares, AllocationBasis.ASSUMPTION);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** Σ of the single results, made with the public API. */
    record Sum(BigDecimal presentValue, BigDecimal inputsValue, BigDecimal welfare, Map<String, BigDecimal[]> parties) {
    }

    static Sum independentSum(List<PortfolioEntry> entries) {
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal welfare = BigDecimal.ZERO;
        Map<String, BigDecimal[]> parties = new LinkedHashMap<>();
        for (PortfolioEntry e : entries) {
            SroiResult r = SroiCalculator.DEFAULT.calculate(e.model());
            BigDecimal rpv = r.totals().presentValue();
            pv = pv.add(rpv);
            in = in.add(r.totals().inputsValue());
            welfare = welfare.add(r.welfare().map(SroiResult.Welfare::presentValue)
                    .orElse(rpv));
            for (SroiResult.StakeholderValue s : r.stakeholders()) {
                BigDecimal[] p = parties.computeIfAbsent(s.id(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                p[0] = p[0].add(s.invested());
                p[1] = p[1].add(s.received());
            }
        }
        return new Sum(pv, in, welfare, parties);
    }

    static void assertAmount(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + ", was " + actual);
    }

    static void assertSums(List<PortfolioEntry> entries, PortfolioResult p) {
        Sum sum = independentSum(entries);
        assertAmount(sum.presentValue(), p.totals().presentValue(), "presentValue");
        assertAmount(sum.inputsValue(), p.totals().inputsValue(), "inputsValue");
        assertAmount(sum.presentValue().subtract(sum.inputsValue()), p.totals().netPresentValue(), "netPresentValue");
        assertAmount(sum.welfare(), p.totals().welfarePresentValue(), "welfarePresentValue");
        assertEquals(sum.parties().keySet(), p.parties().stream().map(PortfolioResult.Party::id)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        for (PortfolioResult.Party party : p.parties()) {
            assertAmount(sum.parties().get(party.id())[0], party.invested(), party.id() + " invested");
            assertAmount(sum.parties().get(party.id())[1], party.received(), party.id() + " received");
        }
        // per theme line: each the sum of its own analyses, alone
        for (PortfolioResult.ThemeLine t : p.themeLines()) {
            List<PortfolioEntry> own = entries.stream().filter(e -> java.util.Objects.equals(t.themeLine(),
                    e.model().model().portfolio() == null ? null : e.model().model().portfolio().themeLine()))
                    .toList();
            assertEquals(own.size(), t.analyses());
            Sum line = independentSum(own);
            assertAmount(line.presentValue(), t.figures().presentValue(), t.themeLine() + " presentValue");
            assertAmount(line.inputsValue(), t.figures().inputsValue(), t.themeLine() + " inputsValue");
        }
    }

    @Test
    void bundled_totalsThemeLinesAndPartiesAreTheSumsOfTheSingleAnalyses() throws IOException {
        List<PortfolioEntry> entries = bundled();
        PortfolioResult p = Portfolio.DEFAULT.calculate(entries, PortfolioSelection.ALL).value();
        assertSums(entries, p);
        // the published figures of models/README.md: 454,219.49 + the other two
        assertEquals(List.of("bestaanszekerheid", "ouderen"),
                p.themeLines().stream().map(PortfolioResult.ThemeLine::themeLine).toList());
        assertEquals(2, p.themeLines().get(0).analyses());
        assertAmount(new BigDecimal("454219.49"), p.analyses().get(0).figures().presentValue(), "jongeren");
        // a ratio of sums, not a mean of ratios
        double ratio = p.totals().presentValue().doubleValue() / p.totals().inputsValue().doubleValue();
        assertEquals(ratio, p.totals().ratio().getAsDouble(), 1e-7);
        double mean = p.analyses().stream().mapToDouble(a -> a.figures().ratio().getAsDouble()).average().orElseThrow();
        assertTrue(Math.abs(mean - p.totals().ratio().getAsDouble()) > 0.01, "the ratio must not be the mean");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void random_totalsThemeLinesAndPartiesAreTheSumsOfTheSingleAnalyses(long seed) {
        List<PortfolioEntry> entries = random(seed, 3 + (int) (seed % 8));
        PortfolioResult p = Portfolio.DEFAULT.calculate(entries, PortfolioSelection.ALL).value();
        assertSums(entries, p);
        assertRowsAddUp(p);
    }

    /** Every list of rows adds up exactly to its total; each party's cells in an analysis to the analysis. */
    static void assertRowsAddUp(PortfolioResult p) {
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal wpv = BigDecimal.ZERO;
        for (PortfolioResult.Analysis a : p.analyses()) {
            pv = pv.add(a.figures().presentValue());
            in = in.add(a.figures().inputsValue());
            wpv = wpv.add(a.figures().welfarePresentValue());
            assertAmount(a.figures().presentValue().subtract(a.figures().inputsValue()),
                    a.figures().netPresentValue(), "net of " + a.id());
        }
        assertAmount(pv, p.totals().presentValue(), "Σ rows presentValue");
        assertAmount(in, p.totals().inputsValue(), "Σ rows inputsValue");
        assertAmount(wpv, p.totals().welfarePresentValue(), "Σ rows welfarePresentValue");
        BigDecimal linesPv = p.themeLines().stream().map(t -> t.figures().presentValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertAmount(linesPv, p.totals().presentValue(), "Σ theme lines");
        Map<String, BigDecimal> invested = new HashMap<>();
        for (PortfolioResult.Party party : p.parties()) {
            BigDecimal cells = BigDecimal.ZERO;
            for (PortfolioResult.Cell c : party.analyses()) {
                cells = cells.add(c.received());
                invested.merge(c.analysis(), c.invested(), BigDecimal::add);
            }
            assertAmount(cells, party.received(), "Σ cells of " + party.id());
            assertAmount(party.received().subtract(party.invested()), party.net(), "net of " + party.id());
        }
        for (PortfolioResult.Analysis a : p.analyses()) {
            assertAmount(a.figures().inputsValue(), invested.get(a.id()), "Σ parties' inputs in " + a.id());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void municipality_eachAnalysisAtItsShare_roundedByLargestRemainder(long seed) {
        List<PortfolioEntry> entries = random(seed, 6 + (int) (seed % 10));
        String municipality = "enschede";
        PortfolioResult p = Portfolio.DEFAULT.calculate(entries,
                new PortfolioSelection("adopted", null, municipality)).value();
        BigDecimal exact = BigDecimal.ZERO;
        int counted = 0;
        for (PortfolioEntry e : entries) {
            PortfolioSection s = e.model().model().portfolio();
            BigDecimal share = s == null ? null : s.shareOf(municipality);
            if (share == null) {
                continue;
            }
            PortfolioResult.Analysis row = p.analyses().get(counted++);
            assertEquals(e.analysis(), row.id());
            assertAmount(share, row.share(), "share");
            SroiResult r = SroiCalculator.DEFAULT.calculate(e.model());
            BigDecimal product = r.totals().presentValue().multiply(share);
            exact = exact.add(product);
            assertTrue(product.subtract(row.figures().presentValue()).abs().compareTo(new BigDecimal("0.01")) < 0,
                    "row within a cent of its exact amount × share: " + product + " " + row.figures().presentValue());
            r.totals().ratio().ifPresent(ratio -> assertEquals(ratio, row.figures().ratio().getAsDouble(),
                    1e-12 * Math.abs(ratio) + 1e-15, "a share leaves the ratio"));
        }
        assertEquals(counted, p.analyses().size());
        if (counted > 0) {
            assertTrue(exact.subtract(p.totals().presentValue()).abs().compareTo(new BigDecimal("0.005")) <= 0,
                    "total is the exact sum rounded: " + exact + " " + p.totals().presentValue());
            assertRowsAddUp(p);
        } else {
            assertTrue(p.isEmpty());
        }
    }

    @Test
    void themeLine_selectsItsAnalyses_andAnAbsentOneIsAnEmptyPortfolioThatSaysSo() throws IOException {
        List<PortfolioEntry> entries = bundled();
        PortfolioResult ouderen = Portfolio.DEFAULT.calculate(entries,
                new PortfolioSelection("adopted", "ouderen", null)).value();
        assertEquals(List.of("respijtzorg"), ouderen.analyses().stream().map(PortfolioResult.Analysis::id).toList());
        PortfolioResult jeugd = Portfolio.DEFAULT.calculate(entries,
                new PortfolioSelection("adopted", "jeugd", null)).value();
        assertTrue(jeugd.isEmpty());
        assertEquals(ProblemCode.EMPTY_SELECTION, jeugd.warnings().get(0).code());
        assertEquals("geen analyse past bij deze selectie (themalijn \"jeugd\"): de portefeuille is leeg",
                jeugd.warnings().get(0).message(Language.NL));
        String json = PortfolioJson.write(jeugd, Language.EN);
        assertTrue(json.contains("\"analyses\": [ ]"), json);
        assertTrue(json.contains("\"currency\": null"), json);
        assertTrue(json.contains("EMPTY_SELECTION"), json);
    }

    @Test
    void analysesInAnotherCurrency_areRefused_naming_them() throws IOException {
        List<PortfolioEntry> entries = new ArrayList<>(bundled());
        SroiModel yen = null;
        for (long s = 1; yen == null; s++) {
            SroiModel m = RandomModels.generate(s, true);
            yen = m.currency().equals("JPY") ? m : null;
        }
        entries.add(PortfolioEntry.of("in-yen", 1, null, ModelValidator.DEFAULT.check(yen).value()));
        Validated<PortfolioResult> p = Portfolio.DEFAULT.calculate(entries, PortfolioSelection.ALL);
        assertFalse(p.isValid());
        assertEquals(Validated.Failure.INCOMPATIBLE_ANALYSES, p.failure());
        assertEquals(ProblemCode.MIXED_CURRENCIES, p.errors().get(0).code());
        assertTrue(p.errors().get(0).message(Language.EN).contains("in-yen (JPY)"), p.errors().get(0).message());
        assertTrue(p.errors().get(0).message(Language.NL).contains("EUR"), p.errors().get(0).message(Language.NL));
    }

    @Test
    void wrongPocket_aPartyPayingMuchAndReceivingLittle() throws IOException {
        PortfolioResult p = Portfolio.DEFAULT.calculate(bundled(), PortfolioSelection.ALL).value();
        for (PortfolioResult.Party party : p.parties()) {
            boolean expected = party.inputsShare() >= 0.2 && party.valueShare() < 0.5 * party.inputsShare();
            assertEquals(expected, party.wrongPocket(), party.id());
            double inputsShare = party.invested().doubleValue() / p.totals().inputsValue().doubleValue();
            assertEquals(inputsShare, party.inputsShare(), 1e-6, party.id());
        }
        assertTrue(Portfolio.isWrongPocket(0.6, 0.05));
        assertFalse(Portfolio.isWrongPocket(0.19, 0.0));
        assertFalse(Portfolio.isWrongPocket(0.4, 0.2));
        assertTrue(Portfolio.isWrongPocket(0.4, 0.199));
    }

    @Test
    void document_hasTheKeysOfPortfolioMd() throws IOException {
        PortfolioResult p = Portfolio.DEFAULT.calculate(bundled(), PortfolioSelection.ALL).value();
        var tree = Jackson.reader().readTree(PortfolioJson.write(p, Language.NL));
        assertEquals("sroi-portfolio/1", tree.get("format").asText());
        assertEquals(List.of("format", "selection", "currency", "analyses", "totals", "themeLines", "parties",
                "warnings"), names(tree));
        assertEquals(List.of("id", "version", "hash", "title", "themeLine", "kind", "share", "presentValue",
                "inputsValue", "netPresentValue", "welfarePresentValue", "ratio", "welfareRatio"),
                names(tree.get("analyses").get(0)));
        assertEquals(List.of("themeLine", "name", "analyses", "presentValue", "inputsValue", "netPresentValue",
                "welfarePresentValue", "ratio", "welfareRatio"), names(tree.get("themeLines").get(0)));
        assertEquals("Bestaanszekerheid", tree.get("themeLines").get(0).get("name").asText());
        assertEquals(List.of("id", "name", "invested", "received", "net", "ratio", "analyses"),
                names(tree.get("parties").get(0)));
        assertEquals("454219.49", tree.get("analyses").get(0).get("presentValue").decimalValue().toPlainString());
    }

    private static List<String> names(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
