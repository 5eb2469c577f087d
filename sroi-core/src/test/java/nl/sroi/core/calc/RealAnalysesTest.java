package nl.sroi.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;


import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.model.Basis;
import nl.sroi.core.model.DropOffFrom;
import nl.sroi.core.model.DropOffMode;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.price.PriceIndex;

/**
 * Section 11 of the format, rule by rule on the worked check of section 6 (10 people, proxy 1,000, deadweight 0.2,
 * displacement 0.1, attribution 0.25: 5,400 a year before drop-off; rate 3.5 %, first period discounted, inputs
 * 10,000). Every expected figure is worked out by hand in the comment above it.
 */
class RealAnalysesTest {

    /** An amount in euros as a result holds it: with its cents as scale. */
    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static SroiModel workedCheck(java.util.function.UnaryOperator<Outcome.Builder> change) {
        SroiModel m = SroiCalculatorTest.workedCheck().build();
        return m.toBuilder().outcomes(change.apply(m.outcomes().get(0).toBuilder()).build()).build();
    }

    @Test
    void aFractionalDuration_countsItsLastYearProRata() {
        SroiResult r = SroiCalculator.DEFAULT.calculate(workedCheck(b -> b.duration(2.5)));
        // 5,400, 5,400 × 0.9 = 4,860, and half of 5,400 × 0.9² = 4,374: 2,187
        assertEquals(List.of(eur("5400.00"), eur("4860.00"), eur("2187.00")), r.outcomes().get(0).values());
        // 5,400 / 1.035 + 4,860 / 1.035² + 2,187 / 1.035³ = 5,217.391 + 4,536.862 + 1,972.549 = 11,726.80
        assertEquals(eur("11726.80"), r.totals().presentValue());
    }

    @Test
    void aDurationBelowOneYear_isThatPartOfTheFirstYear() {
        SroiResult r = SroiCalculator.DEFAULT.calculate(workedCheck(b -> b.duration(0.25)));
        // a quarter of 5,400 in period 1 only: 1,350 / 1.035 = 1,304.35
        assertEquals(List.of(eur("1350.00")), r.outcomes().get(0).values());
        assertEquals(eur("1304.35"), r.totals().presentValue());
    }

    @Test
    void dropOffFromTheFirstYear_reducesTheFirstYearOnce() {
        SroiResult geometric = SroiCalculator.DEFAULT.calculate(workedCheck(b -> b.dropOffFrom(DropOffFrom.FIRST_YEAR)));
        // 5,400 × 0.9, × 0.9², × 0.9³
        assertEquals(List.of(eur("4860.00"), eur("4374.00"), eur("3936.60")), geometric.outcomes().get(0).values());
        SroiResult linear = SroiCalculator.DEFAULT.calculate(workedCheck(b -> b.dropOffFrom(DropOffFrom.FIRST_YEAR)
                .dropOffMode(DropOffMode.LINEAR).dropOff(0.4)));
        // 5,400 × max(0, 1 − 0.4 k) for k = 1, 2, 3: 0.6, 0.2, 0
        assertEquals(List.of(eur("3240.00"), eur("1080.00"), eur("0.00")), linear.outcomes().get(0).values());
    }

    @Test
    void anAlreadyNetOutcome_isNotAdjustedAgain_andNotWarnedAbout() {
        SroiModel model = workedCheck(b -> b.alreadyNet(true).deadweight((BigDecimal) null)
                .displacement((BigDecimal) null).attribution((BigDecimal) null));
        SroiResult r = SroiCalculator.DEFAULT.calculate(model);
        // 10 × 1,000 = 10,000, 9,000, 8,100 (drop-off 0.1)
        assertEquals(eur("1000.00"), r.outcomes().get(0).impactPerUnit());
        assertEquals(List.of(eur("10000.00"), eur("9000.00"), eur("8100.00")), r.outcomes().get(0).values());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        // written back with its adjustments spelled out as 0, and read back equal
        assertEquals(model, ModelJson.read(ModelJson.write(model)).value().model());
    }

    @Test
    void aTransfer_countsInTheTotals_butNotInTheWelfareView() {
        SroiModel m = SroiCalculatorTest.workedCheck().build();
        Outcome transfer = m.outcomes().get(0).toBuilder().id("uitkering").transfer(true).quantity(5).build();
        SroiResult r = SroiCalculator.DEFAULT.calculate(m.toBuilder()
                .outcomes(m.outcomes().get(0), transfer).build());
        // the worked check's 13,699.35 plus the same outcome for 5 people: 6,849.68 (half, rounded by the result)
        assertEquals(eur("20549.03"), r.totals().presentValue());
        SroiResult.Welfare welfare = r.welfare().orElseThrow();
        assertEquals(eur("13699.35"), welfare.presentValue());
        assertEquals(eur("3699.35"), welfare.netPresentValue());
        assertEquals(1.3699350702720476, welfare.ratio().getAsDouble(), 1e-12);
        assertEquals("1.37", welfare.ratioDisplay().orElseThrow());
        assertTrue(r.outcomes().get(1).transfer());
        assertFalse(SroiCalculator.DEFAULT.calculate(m).welfare().isPresent(), "no transfer, no welfare view");
    }

    @Test
    void aProxyInOtherPrices_isIndexed_andTheResultShowsTheValueUsedAndTheFactor() {
        SroiModel model = workedCheck(b -> b.proxy(new FinancialProxy(new BigDecimal("1000"), "per persoon per jaar",
                "constructed", 2022, Basis.PUBLISHED, null))).toBuilder().priceYear(2024)
                .priceIndex(PriceIndex.cbsCpi()).build();
        SroiResult r = SroiCalculator.DEFAULT.calculate(model);
        SroiResult.OutcomeValue o = r.outcomes().get(0);
        // 2023 +3.8 %, 2024 +3.3 %: 1,000 × 1.038 × 1.033 = 1,072.254; × 0.8 × 0.9 × 0.75 = 579.02
        assertEquals(1.072254, o.indexFactor(), 1e-15);
        assertEquals(eur("1072.25"), o.proxyValue());
        assertEquals(eur("579.02"), o.impactPerUnit());
        // 13,699.35 × 1.072254 = 14,689.18
        assertEquals(eur("14689.18"), r.totals().presentValue());
        assertEquals(Basis.PUBLISHED, o.proxyBasis());
        // indexed by the calculation: no price-year warning
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void theResultDocument_carriesTheWelfareViewAndWhatEachOutcomeRestsOn() throws Exception {
        JsonNode doc = Jackson.reader().readTree(ResultJson.write(SroiCalculator.DEFAULT.calculate(
                TestResources.referenceModel("net-and-transfer"))));
        // 9,000 transferred in 2024; 10,000 and 5,000 / 1.0225 already net: welfare 14,889.98 against 20,000
        assertEquals(14889.98, doc.at("/welfare/presentValue").asDouble(), 0);
        assertEquals(-5110.02, doc.at("/welfare/netPresentValue").asDouble(), 0);
        assertEquals("0.74", doc.at("/welfare/ratioDisplay").asText());
        assertEquals(List.of("format", "model", "currency", "discounting", "totals", "welfare", "periods",
                "outcomes", "stakeholders", "warnings"), fieldNames(doc));
        assertTrue(doc.at("/outcomes/0/transfer").asBoolean());
        assertEquals(1.0, doc.at("/outcomes/1/indexFactor").asDouble(), 0);
        JsonNode partial = Jackson.reader().readTree(ResultJson.write(SroiCalculator.DEFAULT.calculate(
                TestResources.referenceModel("partial-years"))));
        assertEquals("measured", partial.at("/outcomes/0/quantityBasis").asText());
        assertEquals("assumption", partial.at("/outcomes/0/proxyBasis").asText());
        assertTrue(partial.at("/outcomes/1/proxyBasis").isMissingNode(), "no basis stated, none written");
        assertTrue(partial.at("/welfare").isMissingNode());
    }

    @Test
    void section11Fields_areWrittenBack_andReadBackEqual() throws Exception {
        for (String name : List.of("partial-years", "net-and-transfer", "price-index", "own-price-index")) {
            SroiModel model = TestResources.referenceModel(name);
            assertEquals(model, ModelJson.read(ModelJson.write(model)).value().model(), name);
        }
        JsonNode cpi = Jackson.reader().readTree(ModelJson.write(TestResources.referenceModel("price-index")));
        assertEquals("cbs-cpi", cpi.get("priceIndex").asText());
        assertEquals("constructed-2022", cpi.at("/outcomes/0/proxy/ref").asText());
        JsonNode own = Jackson.reader().readTree(ModelJson.write(TestResources.referenceModel("own-price-index")));
        assertEquals("{\"2019\":100.0,\"2024\":119.3}", own.at("/priceIndex/values").toString());
        JsonNode partial = Jackson.reader().readTree(ModelJson.write(TestResources.referenceModel("partial-years")));
        assertEquals(2.5, partial.at("/outcomes/0/duration").asDouble(), 0);
        assertEquals("firstYear", partial.at("/outcomes/1/dropOffFrom").asText());
        assertEquals("Beschikking 2024", partial.at("/inputs/0/source").asText());
        assertEquals("measured", partial.at("/inputs/0/basis").asText());
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
