package nl.sroi.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import nl.sroi.core.Documents;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/** Each warning of section 5, raised by one change to a model that deserves none. */
class ModelWarningsTest {

    /** Calculates the valid test model (which deserves no warning) after one change. */
    private static List<Problem> warnings(UnaryOperator<ObjectNode> change) {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(change.apply(Documents.validModel())));
        return SroiCalculator.DEFAULT.calculate(reading.value().model()).warnings();
    }

    private static List<String> codesAt(List<Problem> warnings) {
        return warnings.stream().map(p -> p.code() + " " + p.pointer()).toList();
    }

    @Test
    void sharesThatLookLikePercentages_areNamed() {
        List<Problem> w = warnings(d -> {
            Documents.set(d, "/outcomes/2/deadweight", "1");
            return Documents.set(d, "/outcomes/2/attribution", "1");
        });
        Problem p = w.stream().filter(x -> x.code() == ProblemCode.SHARES_LOOK_LIKE_PERCENTAGES).findFirst()
                .orElseThrow(() -> new AssertionError(w.toString()));
        assertEquals("/outcomes/2", p.pointer());
        assertEquals("outcome \"minder-ggz\" has deadweight and attribution equal to 1: these look like percentages "
                + "written as whole numbers; shares are decimals, so 1 % is 0.01", p.message());
        assertEquals("outcome \"minder-ggz\" heeft deadweight en attribution gelijk aan 1: dit lijken "
                + "percentages die als hele getallen zijn geschreven; aandelen zijn decimale getallen, dus 1 % is 0.01",
                p.message(nl.sroi.core.text.Language.NL));
    }

    /** Outcome 1's proxy (5854.27, price year 2024) is the library entry of four months of social assistance. */
    private static final String FOUR_MONTHS = "\"bijstand-4-maanden-incl-uitvoering\"";

    @Test
    void aReferenceToTheLibraryEntryItsValueCameFrom_deservesNoWarning() {
        assertEquals(List.of(), warnings(d -> Documents.set(d, "/outcomes/1/proxy/ref", FOUR_MONTHS)));
    }

    @Test
    void aReferenceToNoLibraryEntry_isWarnedAtTheReference() {
        assertEquals(List.of("PROXY_REF_UNKNOWN /outcomes/1/proxy/ref"),
                codesAt(warnings(d -> Documents.set(d, "/outcomes/1/proxy/ref", "\"bestaat-niet\""))));
    }

    @Test
    void aWrittenValueThatIsNotTheEntrysValue_isWarnedAtTheReference() {
        // outcome 0 writes 3500 in 2024 prices; the entry is 5854.27 in 2024 prices (factor 1)
        assertEquals(List.of("PROXY_REF_VALUE_DIFFERS /outcomes/0/proxy/ref"),
                codesAt(warnings(d -> Documents.set(d, "/outcomes/0/proxy/ref", FOUR_MONTHS))));
    }

    @Test
    void aSoundModel_deservesNoWarning() {
        assertEquals(List.of(), warnings(d -> d));
    }

    @Test
    void noDeadweightDisplacementOrAttribution_isLikelyOverClaiming() {
        assertEquals(List.of("NO_ADJUSTMENT /outcomes/2"), codesAt(warnings(d -> {
            Documents.set(d, "/outcomes/2/deadweight", "0");
            return Documents.set(d, "/outcomes/2/attribution", "0");
        })));
    }

    @Test
    void aNegativeOutcomeWithoutAdjustments_isConservative_notOverClaiming() {
        List<Problem> w = warnings(d -> {
            Documents.set(d, "/outcomes/2/proxy/value", "-10");
            Documents.set(d, "/outcomes/2/deadweight", "0");
            return Documents.set(d, "/outcomes/2/attribution", "0");
        });
        assertEquals(List.of(), w.stream().filter(p -> p.code() == ProblemCode.NO_ADJUSTMENT).toList());
    }

    @Test
    void oneOutcomeCarryingMostOfTheValue_isFlagged() {
        List<Problem> w = warnings(d -> Documents.set(d, "/outcomes/1/quantity", "80"));
        assertEquals(List.of("DOMINANT_OUTCOME /outcomes/1"), codesAt(w));
        // 80 × 2458.79 in period 2 and × 0.75 in period 3, discounted: 316,686 of 444,188 in all
        assertEquals("outcome \"minder-bijstand\" carries 71 % of the present value: the result stands or falls "
                + "with it", w.get(0).message());
    }

    @Test
    void aLongDurationWithoutDropOff_isFlagged() {
        assertEquals(List.of("LONG_DURATION_WITHOUT_DROP_OFF /outcomes/2/dropOff"), codesAt(warnings(d -> {
            Documents.remove(d, "/horizonYears");
            Documents.set(d, "/outcomes/2/duration", "6");
            return Documents.set(d, "/outcomes/2/dropOff", "0");
        })));
    }

    @Test
    void aProxyWithoutPriceYear_whileTheModelHasOne_isFlagged() {
        assertEquals(List.of("PROXY_WITHOUT_PRICE_YEAR /outcomes/0/proxy"),
                codesAt(warnings(d -> Documents.remove(d, "/outcomes/0/proxy/priceYear"))));
    }

    @Test
    void aProxyInOtherPrices_isFlagged() {
        assertEquals(List.of("PROXY_PRICE_YEAR_DIFFERS /outcomes/0/proxy/priceYear"),
                codesAt(warnings(d -> Documents.set(d, "/outcomes/0/proxy/priceYear", "2021"))));
    }

    @Test
    void valueCutOffByTheHorizon_isFlagged() {
        assertEquals(List.of("VALUE_BEYOND_HORIZON /outcomes/0", "VALUE_BEYOND_HORIZON /outcomes/1"),
                codesAt(warnings(d -> Documents.set(d, "/horizonYears", "3"))));
    }

    @Test
    void zeroInputs_meanNoRatio() {
        assertEquals(List.of("ZERO_INPUTS /inputs"),
                codesAt(warnings(d -> Documents.set(d, "/inputs/0/amounts", "[0, 0]"))));
    }

    @Test
    void anAdjustmentOfOne_leavesAnOutcomeWorthNothing() {
        // (the other outcomes then carry the value: DOMINANT_OUTCOME may come too, and is left out here)
        assertEquals(List.of("OUTCOME_WITHOUT_VALUE /outcomes/2/deadweight"),
                withoutValue(warnings(d -> Documents.set(d, "/outcomes/2/deadweight", "1"))));
        assertEquals(List.of("OUTCOME_WITHOUT_VALUE /outcomes/2/attribution"),
                withoutValue(warnings(d -> Documents.set(d, "/outcomes/2/attribution", "1.0"))));
        // a drop-off of 1 from the second year still leaves the first
        assertEquals(List.of(), codesAt(warnings(d -> Documents.set(d, "/outcomes/2/dropOff", "1"))));
        List<Problem> w = warnings(d -> {
            Documents.set(d, "/outcomes/2/dropOff", "1");
            return Documents.set(d, "/outcomes/2/dropOffFrom", "\"firstYear\"");
        });
        assertEquals(List.of("OUTCOME_WITHOUT_VALUE /outcomes/2/dropOff"), withoutValue(w));
        assertEquals("outcome \"minder-ggz\" is worth nothing: its dropOff is 1 from the first year, so none of its "
                + "value counts", w.stream().filter(p -> p.code() == ProblemCode.OUTCOME_WITHOUT_VALUE).findFirst()
                .orElseThrow().message());
    }

    private static List<String> withoutValue(List<Problem> warnings) {
        return codesAt(warnings.stream().filter(p -> p.code() == ProblemCode.OUTCOME_WITHOUT_VALUE).toList());
    }

    @Test
    void anAlreadyNetOutcome_isNotOverClaiming() {
        assertEquals(List.of(), codesAt(warnings(d -> {
            Documents.set(d, "/outcomes/2/alreadyNet", "true");
            Documents.remove(d, "/outcomes/2/deadweight");
            Documents.remove(d, "/outcomes/2/displacement");
            return Documents.remove(d, "/outcomes/2/attribution");
        })));
    }

    @Test
    void aProxyInOtherPrices_isNotFlagged_whenTheModelIndexesIt() {
        assertEquals(List.of(), codesAt(warnings(d -> {
            Documents.set(d, "/priceIndex", "\"cbs-cpi\"");
            return Documents.set(d, "/outcomes/0/proxy/priceYear", "2021");
        })));
        // a proxy without a price year is still flagged: it is taken as in the model's prices
        assertEquals(List.of("PROXY_WITHOUT_PRICE_YEAR /outcomes/0/proxy"), codesAt(warnings(d -> {
            Documents.set(d, "/priceIndex", "\"cbs-cpi\"");
            return Documents.remove(d, "/outcomes/0/proxy/priceYear");
        })));
    }

    @Test
    void aFractionalDuration_isComparedAsTheNumberItIs() {
        assertEquals(List.of("LONG_DURATION_WITHOUT_DROP_OFF /outcomes/2/dropOff"), codesAt(warnings(d -> {
            Documents.remove(d, "/horizonYears");
            Documents.set(d, "/outcomes/2/duration", "5.5");
            return Documents.set(d, "/outcomes/2/dropOff", "0");
        })));
        // 2.5 years of the second cohort (period 2) reach into period 4, beyond a horizon of 3
        assertEquals(List.of("VALUE_BEYOND_HORIZON /outcomes/2"), codesAt(warnings(d -> {
            Documents.set(d, "/horizonYears", "3");
            Documents.set(d, "/outcomes/0/duration", "1");
            Documents.remove(d, "/outcomes/0/ranges");
            Documents.set(d, "/outcomes/1/quantity", "12");
            Documents.set(d, "/outcomes/1/duration", "1");
            return Documents.set(d, "/outcomes/2/duration", "2.5");
        })));
    }

    /** The valid test model as text with one piece of text replaced, calculated. */
    private static List<Problem> warningsOfText(String from, String to) {
        String doc = new String(nl.sroi.core.TestResources.bytes("valid-model.json"),
                java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(doc.contains(from), from);
        Validated<ValidModel> reading = ModelJson.read(doc.replace(from, to)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return SroiCalculator.DEFAULT.calculate(reading.value().model()).warnings().stream()
                .filter(p -> p.code() == ProblemCode.THOUSANDS_DOT).toList();
    }

    @Test
    void aThousandsDot_isWarnedAtTheNumber_inBothLanguages() {
        List<Problem> w = warningsOfText("\"amounts\": [44000, 44000]", "\"amounts\": [52.000, 44000]");
        assertEquals(List.of("THOUSANDS_DOT /inputs/0/amounts/0"), codesAt(w));
        assertEquals("amounts is written as 52.000, which JSON reads as 52: did you mean 52000? JSON has no "
                + "thousands separator", w.get(0).message());
        assertEquals("amounts is geschreven als 52.000, wat JSON leest als 52: bedoelt u 52000? JSON kent geen "
                + "duizendtalscheiding", w.get(0).message(nl.sroi.core.text.Language.NL));
        assertEquals(List.of("THOUSANDS_DOT /outcomes/0/quantity/1"),
                codesAt(warningsOfText("\"quantity\": [10, 15]", "\"quantity\": [10, 1.500]")));
        List<Problem> proxy = warningsOfText("\"value\": 1500,", "\"value\": 1.500,");
        assertEquals(List.of("THOUSANDS_DOT /outcomes/2/proxy/value"), codesAt(proxy));
        assertEquals("value is written as 1.500, which JSON reads as 1.5: did you mean 1500? JSON has no "
                + "thousands separator", proxy.get(0).message());
    }

    @Test
    void decimalsThatAreMeant_areNotWarned() {
        // two decimals (money), three that are not a thousands group ending in 0, below 1, or a dot with one zero
        for (String written : List.of("1500.50", "12.345", "0.500", "52.0", "52000")) {
            assertEquals(List.of(), codesAt(warningsOfText("\"value\": 1500,", "\"value\": " + written + ",")),
                    written);
        }
    }
}
