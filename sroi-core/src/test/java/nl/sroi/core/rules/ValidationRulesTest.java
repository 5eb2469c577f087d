package nl.sroi.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.Documents;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Kind;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/** Every rule of the format, each broken alone in an otherwise valid document: its pointer and its code. */
public class ValidationRulesTest {

    /** Every rule, broken alone: the pointer and code of the problem, and how to break a valid document. */
    public static Stream<Arguments> rules() {
        return Stream.of(
                rule("/format", ProblemCode.UNSUPPORTED_FORMAT, d -> Documents.set(d, "/format", "\"sroi-model/2\"")),
                rule("/format", ProblemCode.REQUIRED, d -> Documents.remove(d, "/format")),
                rule("/id", ProblemCode.INVALID_ID, d -> Documents.set(d, "/id", "\"Jongeren en schulden\"")),
                rule("/id", ProblemCode.INVALID_ID, d -> Documents.set(d, "/id", "\"" + "a".repeat(65) + "\"")),
                rule("/title", ProblemCode.EMPTY, d -> Documents.set(d, "/title", "\"  \"")),
                rule("/title", ProblemCode.REQUIRED, d -> Documents.remove(d, "/title")),
                rule("/title", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/title", "5")),
                rule("/kind", ProblemCode.INVALID_VALUE, d -> Documents.set(d, "/kind", "\"forcast\"")),
                rule("/kind", ProblemCode.REQUIRED, d -> Documents.remove(d, "/kind")),
                rule("/currency", ProblemCode.UNKNOWN_CURRENCY, d -> Documents.set(d, "/currency", "\"EURO\"")),
                rule("/currency", ProblemCode.UNKNOWN_CURRENCY, d -> Documents.set(d, "/currency", "\"XAU\"")),
                rule("/priceYear", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/priceYear", "0")),
                rule("/firstYear", ProblemCode.NOT_WHOLE, d -> Documents.set(d, "/firstYear", "2024.5")),
                rule("/horizonYears", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/horizonYears", "0")),
                rule("/discounting", ProblemCode.REQUIRED, d -> Documents.remove(d, "/discounting")),
                rule("/discounting/rate", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/discounting/rate", "1")),
                rule("/discounting/rate", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/discounting/rate", "-0.01")),
                rule("/discounting/rate", ProblemCode.REQUIRED, d -> Documents.remove(d, "/discounting/rate")),
                rule("/discounting/firstPeriod", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/discounting/firstPeriod", "\"start\"")),
                rule("/discounting/inputs", ProblemCode.WRONG_TYPE,
                        d -> Documents.set(d, "/discounting/inputs", "\"yes\"")),
                rule("/stakeholders", ProblemCode.EMPTY, d -> Documents.set(d, "/stakeholders", "[]")),
                rule("/stakeholders", ProblemCode.REQUIRED, d -> Documents.remove(d, "/stakeholders")),
                rule("/stakeholders/1/id", ProblemCode.DUPLICATE_ID,
                        d -> Documents.set(d, "/stakeholders/1/id", "\"jongeren\"")),
                rule("/stakeholders/0/name", ProblemCode.REQUIRED, d -> Documents.remove(d, "/stakeholders/0/name")),
                rule("/stakeholders/0", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/stakeholders/0", "null")),
                rule("/inputs", ProblemCode.EMPTY, d -> Documents.set(d, "/inputs", "[]")),
                rule("/inputs/0/stakeholder", ProblemCode.UNKNOWN_STAKEHOLDER,
                        d -> Documents.set(d, "/inputs/0/stakeholder", "\"provincie\"")),
                rule("/inputs/0/amounts/1", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/inputs/0/amounts/1", "-1")),
                rule("/inputs/0/amounts", ProblemCode.EMPTY, d -> Documents.set(d, "/inputs/0/amounts", "[]")),
                rule("/inputs/0/amounts", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/inputs/0/amounts", "\"44000\"")),
                rule("/inputs/1/id", ProblemCode.DUPLICATE_ID, d -> Documents.set(d, "/inputs/1",
                        "{\"id\":\"projectleiding\",\"stakeholder\":\"gemeente\",\"description\":\"x\",\"amounts\":1}")),
                rule("/inputs/0/description", ProblemCode.REQUIRED, d -> Documents.remove(d, "/inputs/0/description")),
                rule("/inputs/0/inKind", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/inputs/0/inKind", "0")),
                rule("/outcomes", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes")),
                rule("/outcomes/1/id", ProblemCode.DUPLICATE_ID,
                        d -> Documents.set(d, "/outcomes/1/id", "\"schuldenvrij\"")),
                rule("/outcomes/0/id", ProblemCode.EMPTY, d -> Documents.set(d, "/outcomes/0/id", "\"\"")),
                rule("/outcomes/0/stakeholder", ProblemCode.UNKNOWN_STAKEHOLDER,
                        d -> Documents.set(d, "/outcomes/0/stakeholder", "\"menzis\"")),
                rule("/outcomes/0/description", ProblemCode.REQUIRED,
                        d -> Documents.remove(d, "/outcomes/0/description")),
                rule("/outcomes/0/indicator", ProblemCode.EMPTY, d -> Documents.set(d, "/outcomes/0/indicator", "\"\"")),
                rule("/outcomes/0/valueTo", ProblemCode.SHARES_DO_NOT_ADD_UP,
                        d -> Documents.set(d, "/outcomes/0/valueTo/1/share", "0.4")),
                rule("/outcomes/0/valueTo/1/share", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/valueTo/1/share", "0")),
                rule("/outcomes/0/valueTo/1/stakeholder", ProblemCode.DUPLICATE_ID,
                        d -> Documents.set(d, "/outcomes/0/valueTo/1/stakeholder", "\"jongeren\"")),
                rule("/outcomes/0/valueTo/0/stakeholder", ProblemCode.UNKNOWN_STAKEHOLDER,
                        d -> Documents.set(d, "/outcomes/0/valueTo/0/stakeholder", "\"menzis\"")),
                rule("/outcomes/0/valueTo", ProblemCode.EMPTY, d -> Documents.set(d, "/outcomes/0/valueTo", "[]")),
                rule("/outcomes/0/quantity/1", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/quantity/1", "-1")),
                rule("/outcomes/0/quantity", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/quantity")),
                rule("/outcomes/0/proxy", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/proxy")),
                rule("/outcomes/0/proxy/value", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/proxy/value")),
                rule("/outcomes/0/proxy/source", ProblemCode.EMPTY,
                        d -> Documents.set(d, "/outcomes/0/proxy/source", "\"\"")),
                rule("/outcomes/0/proxy/unit", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/proxy/unit")),
                rule("/outcomes/0/proxy/value", ProblemCode.LIMIT_EXCEEDED,
                        d -> Documents.set(d, "/outcomes/0/proxy/value", "2e12")),
                rule("/outcomes/0/proxy/value", ProblemCode.NUMBER_NOT_REPRESENTABLE,
                        d -> Documents.set(d, "/outcomes/0/proxy/value", "1e400")),
                rule("/outcomes/0/proxy/value", ProblemCode.NUMBER_NOT_REPRESENTABLE,
                        d -> Documents.set(d, "/outcomes/0/proxy/value", "1e-400")),
                rule("/outcomes/0/proxy/priceYear", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/proxy/priceYear", "10000")),
                rule("/outcomes/0/duration", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/outcomes/0/duration", "0")),
                rule("/outcomes/0/duration", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/outcomes/0/duration", "51")),
                rule("/outcomes/0/duration", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/duration", "-0.5")),
                rule("/outcomes/0/duration", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/duration", "50.01")),
                rule("/outcomes/0/duration", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/duration", "99999999999")),
                rule("/outcomes/0/startOffset", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/startOffset", "50")),
                rule("/outcomes/0/startOffset", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/startOffset", "-1")),
                // section 12: published analyses as printed
                rule("/outcomes/0/otherFilters/1/share", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/otherFilters",
                                "[{\"name\":\"CPBL\",\"share\":0.75},{\"name\":\"x\",\"share\":1.2}]")),
                rule("/outcomes/0/otherFilters/0/share", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/otherFilters", "[{\"name\":\"CPBL\",\"share\":-0.1}]")),
                rule("/outcomes/0/otherFilters/0/name", ProblemCode.EMPTY,
                        d -> Documents.set(d, "/outcomes/0/otherFilters", "[{\"name\":\" \",\"share\":0.5}]")),
                rule("/outcomes/0/otherFilters/0/name", ProblemCode.REQUIRED,
                        d -> Documents.set(d, "/outcomes/0/otherFilters", "[{\"share\":0.5}]")),
                rule("/outcomes/0/otherFilters/0/share", ProblemCode.REQUIRED,
                        d -> Documents.set(d, "/outcomes/0/otherFilters", "[{\"name\":\"CPBL\"}]")),
                rule("/outcomes/0/otherFilters/0/colour", ProblemCode.UNKNOWN_FIELD,
                        d -> Documents.set(d, "/outcomes/0/otherFilters",
                                "[{\"name\":\"CPBL\",\"share\":0.5,\"colour\":1}]")),
                rule("/outcomes/2/otherFilters", ProblemCode.CONFLICTS_WITH_ALREADY_NET, d -> {
                    Documents.set(d, "/outcomes/2/alreadyNet", "true");
                    Documents.remove(d, "/outcomes/2/deadweight");
                    Documents.remove(d, "/outcomes/2/attribution");
                    Documents.remove(d, "/outcomes/2/displacement");
                    return Documents.set(d, "/outcomes/2/otherFilters", "[{\"name\":\"CPBL\",\"share\":0.5}]");
                }),
                rule("/outcomes/0/discountRate", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/discountRate", "1")),
                rule("/outcomes/0/discountRate", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/discountRate", "-0.015")),
                rule("/discounting/schedule/1/fromYear", ProblemCode.SCHEDULE_OUT_OF_ORDER,
                        d -> Documents.set(d, "/discounting/schedule",
                                "[{\"fromYear\":31,\"rate\":0.03},{\"fromYear\":31,\"rate\":0.025}]")),
                rule("/discounting/schedule/1/fromYear", ProblemCode.SCHEDULE_OUT_OF_ORDER,
                        d -> Documents.set(d, "/discounting/schedule",
                                "[{\"fromYear\":76,\"rate\":0.025},{\"fromYear\":31,\"rate\":0.03}]")),
                rule("/discounting/schedule/0/fromYear", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/discounting/schedule", "[{\"fromYear\":1,\"rate\":0.03}]")),
                rule("/discounting/schedule/0/fromYear", ProblemCode.NOT_WHOLE,
                        d -> Documents.set(d, "/discounting/schedule", "[{\"fromYear\":2.5,\"rate\":0.03}]")),
                rule("/discounting/schedule/0/rate", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/discounting/schedule", "[{\"fromYear\":31,\"rate\":1}]")),
                rule("/discounting/schedule/0/rate", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/discounting/schedule", "[{\"fromYear\":31,\"rate\":3}]")),
                rule("/discounting/schedule/0/rate", ProblemCode.REQUIRED,
                        d -> Documents.set(d, "/discounting/schedule", "[{\"fromYear\":31}]")),
                rule("/partYear", ProblemCode.INVALID_VALUE, d -> Documents.set(d, "/partYear", "\"fullYears\"")),
                rule("/partYear", ProblemCode.INVALID_VALUE, d -> Documents.set(d, "/partYear", "\"ceil\"")),
                rule("/published/tolerance", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/published", "{\"ratio\":1.28,\"tolerance\":-0.01}")),
                rule("/published/source", ProblemCode.EMPTY,
                        d -> Documents.set(d, "/published", "{\"ratio\":1.28,\"source\":\"\"}")),
                rule("/published/ratio", ProblemCode.WRONG_TYPE,
                        d -> Documents.set(d, "/published", "{\"ratio\":\"1,28\"}")),
                rule("/outcomes/0/published/ratio", ProblemCode.UNKNOWN_FIELD,
                        d -> Documents.set(d, "/outcomes/0/published", "{\"ratio\":1.28}")),
                rule("/outcomes/0/deadweight", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/deadweight", "1.3")),
                rule("/outcomes/0/deadweight", ProblemCode.REQUIRED, d -> Documents.remove(d, "/outcomes/0/deadweight")),
                rule("/outcomes/0/displacement", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/displacement", "-0.1")),
                rule("/outcomes/0/attribution", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/attribution", "1.0000000000000000001")),
                rule("/outcomes/0/dropOff", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/outcomes/0/dropOff", "2")),
                rule("/outcomes/0/dropOffMode", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/outcomes/0/dropOffMode", "\"exponential\"")),
                rule("/outcomes/0/attributon", ProblemCode.UNKNOWN_FIELD,
                        d -> Documents.set(d, "/outcomes/0/attributon", "0.3")),
                rule("/extra~1field", ProblemCode.UNKNOWN_FIELD, d -> Documents.set(d, "/extra~1field", "1")),
                rule("/outcomes/0/ranges/deadweight/low", ProblemCode.RANGE_EXCLUDES_VALUE,
                        d -> Documents.set(d, "/outcomes/0/ranges/deadweight/low", "0.3")),
                rule("/outcomes/0/ranges/deadweight/high", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/outcomes/0/ranges/deadweight/high", "1.2")),
                rule("/outcomes/0/ranges/deadweight/high", ProblemCode.REQUIRED,
                        d -> Documents.remove(d, "/outcomes/0/ranges/deadweight/high")),
                rule("/outcomes/0/ranges/deadweight/distribution", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/outcomes/0/ranges/deadweight/distribution", "\"normal\"")),
                rule("/outcomes/0/ranges/duration/low", ProblemCode.NOT_WHOLE,
                        d -> Documents.set(d, "/outcomes/0/ranges/duration/low", "1.5")),
                rule("/outcomes/0/ranges/duration/high", ProblemCode.RANGE_EXCLUDES_VALUE,
                        d -> Documents.set(d, "/outcomes/0/ranges/duration/high", "2")),
                rule("/outcomes/0/ranges/quantity/high", ProblemCode.RANGE_EXCLUDES_VALUE,
                        d -> Documents.set(d, "/outcomes/0/ranges/quantity", "{\"low\":0.5,\"high\":0.9}")),
                rule("/outcomes/0/ranges/rate", ProblemCode.UNKNOWN_FIELD,
                        d -> Documents.set(d, "/outcomes/0/ranges/rate", "{\"low\":0,\"high\":0.1}")),
                rule("/ranges/rates", ProblemCode.UNKNOWN_FIELD,
                        d -> Documents.set(d, "/ranges/rates", "{\"low\":0,\"high\":0.1}")),
                rule("/ranges/rate/high", ProblemCode.OUT_OF_RANGE, d -> Documents.set(d, "/ranges/rate/high", "1")),
                rule("/ranges/inputs/low", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/ranges/inputs", "{\"low\":-0.1,\"high\":1.2}")),
                // section 11 of the format
                rule("/outcomes/0/deadweight", ProblemCode.CONFLICTS_WITH_ALREADY_NET,
                        d -> Documents.set(d, "/outcomes/0/alreadyNet", "true")),
                rule("/outcomes/2/attribution", ProblemCode.CONFLICTS_WITH_ALREADY_NET, d -> {
                    Documents.set(d, "/outcomes/2/alreadyNet", "true");
                    Documents.remove(d, "/outcomes/2/deadweight");
                    return Documents.remove(d, "/outcomes/2/displacement");
                }),
                rule("/outcomes/0/ranges/deadweight", ProblemCode.CONFLICTS_WITH_ALREADY_NET, d -> {
                    Documents.set(d, "/outcomes/0/alreadyNet", "true");
                    Documents.set(d, "/outcomes/0/deadweight", "0");
                    Documents.set(d, "/outcomes/0/displacement", "0");
                    return Documents.set(d, "/outcomes/0/attribution", "0");
                }),
                rule("/outcomes/0/alreadyNet", ProblemCode.WRONG_TYPE,
                        d -> Documents.set(d, "/outcomes/0/alreadyNet", "\"yes\"")),
                rule("/outcomes/0/transfer", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/outcomes/0/transfer", "1")),
                rule("/outcomes/0/dropOffFrom", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/outcomes/0/dropOffFrom", "\"firstyear\"")),
                rule("/outcomes/0/quantityBasis", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/outcomes/0/quantityBasis", "\"guess\"")),
                rule("/outcomes/0/proxy/basis", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/outcomes/0/proxy/basis", "\"Published\"")),
                rule("/outcomes/0/proxy/ref", ProblemCode.EMPTY, d -> Documents.set(d, "/outcomes/0/proxy/ref", "\" \"")),
                rule("/outcomes/0/proxy/ref", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/outcomes/0/proxy/ref", "7")),
                rule("/inputs/0/source", ProblemCode.EMPTY, d -> Documents.set(d, "/inputs/0/source", "\"\"")),
                rule("/inputs/0/basis", ProblemCode.INVALID_VALUE, d -> Documents.set(d, "/inputs/0/basis", "\"budget\"")),
                rule("/priceIndex", ProblemCode.INVALID_VALUE, d -> Documents.set(d, "/priceIndex", "\"cpi\"")),
                rule("/priceIndex", ProblemCode.WRONG_TYPE, d -> Documents.set(d, "/priceIndex", "[]")),
                rule("/priceYear", ProblemCode.REQUIRED, d -> {
                    Documents.set(d, "/priceIndex", "\"cbs-cpi\"");
                    return Documents.remove(d, "/priceYear");
                }),
                rule("/priceYear", ProblemCode.PRICE_YEAR_NOT_IN_INDEX, d -> {
                    Documents.set(d, "/priceIndex", "\"cbs-cpi\"");
                    return Documents.set(d, "/priceYear", "2030");
                }),
                rule("/outcomes/1/proxy/priceYear", ProblemCode.PRICE_YEAR_NOT_IN_INDEX, d -> {
                    Documents.set(d, "/priceIndex", "\"cbs-cpi\"");
                    return Documents.set(d, "/outcomes/1/proxy/priceYear", "2003");
                }),
                rule("/outcomes/1/proxy/priceYear", ProblemCode.PRICE_YEAR_NOT_IN_INDEX, d -> {
                    Documents.set(d, "/priceIndex", OWN_INDEX);
                    return Documents.set(d, "/outcomes/1/proxy/priceYear", "2021");
                }),
                rule("/priceIndex/values/2019", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/priceIndex", OWN_INDEX.replace("100.0", "0"))),
                rule("/priceIndex/values/2024", ProblemCode.OUT_OF_RANGE,
                        d -> Documents.set(d, "/priceIndex", OWN_INDEX.replace("119.3", "-119.3"))),
                rule("/priceIndex/values/2019", ProblemCode.WRONG_TYPE,
                        d -> Documents.set(d, "/priceIndex", OWN_INDEX.replace("100.0", "\"100\""))),
                rule("/priceIndex/values/twenty", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/priceIndex", OWN_INDEX.replace("2019", "twenty"))),
                rule("/priceIndex/values/02024", ProblemCode.INVALID_VALUE,
                        d -> Documents.set(d, "/priceIndex", OWN_INDEX.replace("2019", "02024"))),
                rule("/priceIndex/values", ProblemCode.EMPTY, d -> Documents.set(d, "/priceIndex",
                        "{\"name\":\"eigen\",\"source\":\"begroting\",\"values\":{}}")),
                rule("/priceIndex/name", ProblemCode.REQUIRED, d -> Documents.set(d, "/priceIndex",
                        "{\"source\":\"begroting\",\"values\":{\"2024\":1}}")),
                rule("/priceIndex/source", ProblemCode.EMPTY, d -> Documents.set(d, "/priceIndex",
                        "{\"name\":\"eigen\",\"source\":\"\",\"values\":{\"2024\":1}}")),
                rule("/priceIndex/level", ProblemCode.UNKNOWN_FIELD, d -> Documents.set(d, "/priceIndex",
                        OWN_INDEX.replace("\"name\"", "\"level\":1,\"name\""))),
                // a range on an indexed proxy is in the model's prices: 3500 of 2022 is 3752.889 in 2024 prices
                rule("/outcomes/0/ranges/proxy/high", ProblemCode.RANGE_EXCLUDES_VALUE, d -> {
                    Documents.set(d, "/priceIndex", "\"cbs-cpi\"");
                    Documents.set(d, "/outcomes/0/proxy/priceYear", "2022");
                    return Documents.set(d, "/outcomes/0/ranges/proxy", "{\"low\":3000,\"high\":3700}");
                }),
                // a duration range holds whole years around a fractional duration
                rule("/outcomes/0/ranges/duration/low", ProblemCode.RANGE_EXCLUDES_VALUE,
                        d -> Documents.set(d, "/outcomes/0/duration", "1.5")),
                rule("/outcomes/0/ranges/duration/low", ProblemCode.RANGE_EXCLUDES_VALUE,
                        d -> Documents.set(d, "/outcomes/0/duration", "0.5")));
    }

    /** An index of one's own, levels for 2019 and 2024 (section 11 of the format's example). */
    private static final String OWN_INDEX =
            "{\"name\":\"eigen\",\"source\":\"begroting\",\"values\":{\"2019\":100.0,\"2024\":119.3}}";

    @Test
    void theFieldsOfSection11_areValid_whenTheyAreTrue() {
        ObjectNode doc = Documents.validModel();
        Documents.set(doc, "/priceIndex", "\"cbs-cpi\"");
        Documents.set(doc, "/outcomes/0/proxy/priceYear", "2022");
        Documents.set(doc, "/outcomes/0/proxy/basis", "\"published\"");
        Documents.set(doc, "/outcomes/0/proxy/ref", "\"ibo-2024-schuldregeling\"");
        // 3500 × 1.072254 = 3752.889: a range around the indexed value, below the entered one excluded
        Documents.set(doc, "/outcomes/0/ranges/proxy", "{\"low\":3752.889,\"high\":4000}");
        Documents.set(doc, "/outcomes/0/quantityBasis", "\"measured\"");
        Documents.set(doc, "/outcomes/0/duration", "2.5");
        Documents.set(doc, "/outcomes/0/dropOffFrom", "\"firstYear\"");
        Documents.set(doc, "/outcomes/1/transfer", "true");
        Documents.set(doc, "/outcomes/2/alreadyNet", "true");
        Documents.set(doc, "/outcomes/2/deadweight", "0");
        Documents.remove(doc, "/outcomes/2/displacement");
        Documents.remove(doc, "/outcomes/2/attribution");
        Documents.set(doc, "/inputs/0/source", "\"Begroting 2024\"");
        Documents.set(doc, "/inputs/0/basis", "\"assumption\"");
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(doc));
        assertEquals(List.of(), reading.errors());
        assertEquals(new java.math.BigDecimal("2.5"), reading.value().model().outcomes().get(0).duration());
        assertEquals(java.math.BigDecimal.ZERO, reading.value().model().outcomes().get(2).attribution());
    }

    @Test
    void aPriceYearOutsideTheIndex_saysWhichYearsItCovers() {
        ObjectNode doc = Documents.validModel();
        Documents.set(doc, "/priceIndex", "\"cbs-cpi\"");
        Documents.set(doc, "/outcomes/1/proxy/priceYear", "1999");
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(doc));
        Problem problem = reading.errors().get(0);
        assertEquals(1, reading.errors().size(), reading.errors().toString());
        assertEquals("/outcomes/1/proxy/priceYear", problem.pointer());
        assertEquals(ProblemCode.PRICE_YEAR_NOT_IN_INDEX, problem.code());
        assertEquals("proxy.priceYear 1999 is not in price index \"cbs-cpi\", which covers 2004 to 2025",
                problem.message(nl.sroi.core.text.Language.EN));
        assertEquals("proxy.priceYear 1999 staat niet in prijsindex \"cbs-cpi\", die 2004 tot en met 2025 beslaat",
                problem.message(nl.sroi.core.text.Language.NL));
    }

    /** Found by the streaming reader's differential test: a message quoting a missing id once threw. */
    @Test
    void anAlreadyNetOutcomeWithoutAnId_isNamedByItsPointer() {
        ObjectNode doc = Documents.validModel();
        Documents.remove(doc, "/outcomes/2/id");
        Documents.set(doc, "/outcomes/2/alreadyNet", "true");
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(doc));
        Problem deadweight = reading.errors().stream().filter(p -> p.pointer().equals("/outcomes/2/deadweight"))
                .findFirst().orElseThrow(() -> new AssertionError(reading.errors()));
        assertEquals(ProblemCode.CONFLICTS_WITH_ALREADY_NET, deadweight.code());
        assertEquals("outcome \"/outcomes/2\" is alreadyNet, so its deadweight must be 0 or left out (it would take "
                + "off what would have happened anyway twice), was 0.3", deadweight.message());
        Documents.set(doc, "/outcomes/2/deadweight", "0");
        Documents.set(doc, "/outcomes/2/ranges", "{\"attribution\":{\"low\":0.1,\"high\":0.2}}");
        Problem range = ModelJson.read(Documents.bytes(doc)).errors().stream()
                .filter(p -> p.code() == ProblemCode.CONFLICTS_WITH_ALREADY_NET).findFirst().orElseThrow();
        assertTrue(range.message().startsWith("outcome \"/outcomes/2\" is alreadyNet"), range.message());
    }

    private static Arguments rule(String pointer, ProblemCode code, UnaryOperator<ObjectNode> breakIt) {
        return Arguments.of(pointer, code, breakIt);
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("rules")
    void eachRule_isReportedAtItsPointer(String pointer, ProblemCode code, UnaryOperator<ObjectNode> breakIt) {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(breakIt.apply(Documents.validModel())));
        assertFalse(reading.isValid(), "the broken document must be rejected");
        assertTrue(reading.errors().stream().anyMatch(p -> p.pointer().equals(pointer) && p.code() == code),
                () -> "expected " + code + " at " + pointer + ", got " + reading.errors());
        assertTrue(reading.errors().stream().allMatch(p -> !p.message().isBlank()));
    }

    @Test
    void theValidModel_isValid() {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(Documents.validModel()));
        assertEquals(List.of(), reading.errors());
    }

    @Test
    void message_namesTheFieldAndShowsTheValue() {
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(
                Documents.set(Documents.validModel(), "/outcomes/1/attribution", "1.3")));
        assertEquals(List.of("/outcomes/1/attribution OUT_OF_RANGE attribution must be between 0 and 1, was 1.3"),
                reading.errors().stream().map(p -> p.pointer() + " " + p.code() + " " + p.message()).toList());
    }

    @Test
    void allProblems_areReportedAtOnce_inDocumentOrder() {
        ObjectNode doc = Documents.validModel();
        Documents.set(doc, "/title", "7");
        Documents.set(doc, "/outcomes/0/deadweight", "1.5");
        Documents.remove(doc, "/outcomes/1/proxy/source");
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(doc));
        assertEquals(List.of("/title", "/outcomes/0/deadweight", "/outcomes/1/proxy/source"),
                reading.errors().stream().map(Problem::pointer).toList());
    }

    @Test
    void limits_onWhatAModelHolds_areReported() {
        ModelValidator small = new ModelValidator(new ModelLimits(1, 1, 1, 1));
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(Documents.validModel()), small);
        assertEquals(List.of("/stakeholders", "/inputs/0/amounts", "/outcomes"),
                reading.errors().stream().filter(p -> p.code() == ProblemCode.LIMIT_EXCEEDED)
                        .map(Problem::pointer).toList());
    }

    @Test
    void aModelBuiltInCode_withMissingFields_isReportedLikeAMissingJsonField() {
        SroiModel model = SroiModel.builder().id("x").title("t").kind(Kind.FORECAST).currency("EUR")
                .discounting(Discounting.of(0.035))
                .stakeholders(Stakeholder.of("a", "A"))
                .inputs(Input.of("i", "a", "input", 100))
                .outcomes(nl.sroi.core.model.Outcome.builder().id("o").stakeholder("a").build())
                .build();
        List<String> pointers = ModelValidator.DEFAULT.validate(model).stream().map(Problem::pointer).toList();
        assertEquals(List.of("/outcomes/0/description", "/outcomes/0/indicator", "/outcomes/0/quantity",
                "/outcomes/0/proxy", "/outcomes/0/duration", "/outcomes/0/deadweight", "/outcomes/0/displacement",
                "/outcomes/0/attribution", "/outcomes/0/dropOff"), pointers);
    }
}
