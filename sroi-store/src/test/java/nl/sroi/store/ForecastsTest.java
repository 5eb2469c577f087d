package nl.sroi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An evaluation's {@code basedOn} checked against the store when it is saved (store.md §3), and found again: on H2
 * and, when given, PostgreSQL.
 */
class ForecastsTest {

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    /** The small model as an evaluation of version {@code version} of analysis {@code forecast}. */
    static byte[] evaluation(String id, String forecast, int version) {
        return new String(Documents.model(id, "Evaluatie " + id, 12000), StandardCharsets.UTF_8)
                .replace("\"kind\": \"forecast\"", "\"kind\": \"evaluation\", \"basedOn\": { \"analysis\": \""
                        + forecast + "\", \"version\": " + version + " }").getBytes(StandardCharsets.UTF_8);
    }

    private static StoreException refused(Runnable save) {
        return assertThrows(StoreException.class, save::run);
    }

    private static void assertRefused(StoreException e, String pointer, String key) {
        assertEquals(StoreException.Kind.BAD_DOCUMENT, e.kind());
        assertEquals(pointer, e.pointer());
        assertEquals(key, e.key());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anEvaluationMustNameAnAdoptedForecastOfTheStore(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Store store = db.store();
            assertRefused(refused(() -> store.create(evaluation("eva", "prognose", 1), "ana", "m")),
                    "/basedOn/analysis", "basedOnNoAnalysis");
            store.create(Documents.model("prognose", "Prognose"), "ana", "v1");
            store.revise("prognose", 1, Documents.model("prognose", "Prognose", 15000), "ana", "v2");
            StoreException noVersion = refused(() -> store.create(evaluation("eva", "prognose", 3), "ana", "m"));
            assertRefused(noVersion, "/basedOn/version", "basedOnNoVersion");
            assertEquals(List.of("prognose", 3, 2), noVersion.args());
            StoreException notAdopted = refused(() -> store.create(evaluation("eva", "prognose", 2), "ana", "m"));
            assertRefused(notAdopted, "/basedOn/version", "basedOnNotAdopted");
            assertEquals(List.of("prognose", 2, "–"), notAdopted.args());
            store.adopt("prognose", 1, "beheer", "vastgesteld");
            assertEquals(List.of("prognose", 2, "1"), refused(() -> store.create(evaluation("eva", "prognose", 2),
                    "ana", "m")).args(), "the adopted versions are named");
            assertTrue(store.analysis("eva").isEmpty(), "nothing was written by a refusal");

            VersionRecord eva = store.create(evaluation("eva", "prognose", 1), "ana", "gemeten");
            assertTrue(eva.valid());
            StoredVersion forecast = store.forecast(store.version("eva", 1)).orElseThrow();
            assertEquals("prognose", forecast.record().analysis());
            assertEquals(1, forecast.record().version());
            assertTrue(store.forecast(store.version("prognose", 2)).isEmpty(), "a forecast names none");

            // a revision is checked too, and a refused one leaves the latest as it was
            assertRefused(refused(() -> store.revise("eva", 1, evaluation("eva", "prognose", 2), "ana", "m")),
                    "/basedOn/version", "basedOnNotAdopted");
            assertEquals(1, store.latest("eva").record().version());
            // an evaluation is not a forecast to be based on
            store.create(Documents.model("andere", "Andere"), "ana", "v1");
            store.revise("andere", 1, evaluation("andere", "prognose", 1), "ana", "nu een evaluatie");
            store.adopt("andere", 2, "beheer", "vastgesteld");
            assertRefused(refused(() -> store.revise("eva", 1, evaluation("eva", "andere", 2), "ana", "m")),
                    "/basedOn", "basedOnNotForecast");
            assertEquals(1, store.latest("eva").record().version());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aForecastInAnotherCurrencyOrAScenariosDocumentIsRefused(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            Store store = db.store();
            store.create(Documents.model("prognose", "Prognose"), "ana", "v1");
            store.adopt("prognose", 1, "beheer", "vastgesteld");
            byte[] dollars = new String(evaluation("eva", "prognose", 1), StandardCharsets.UTF_8)
                    .replace("\"EUR\"", "\"USD\"").getBytes(StandardCharsets.UTF_8);
            StoreException currency = refused(() -> store.create(dollars, "ana", "m"));
            assertRefused(currency, "/basedOn", "basedOnCurrency");
            assertEquals(List.of("prognose", 1, "EUR", "USD"), currency.args());
            // the base model of a scenarios document names its forecast at /model/basedOn
            String scenarios = "{\"format\": \"sroi-scenarios/1\", \"model\": "
                    + new String(evaluation("reeks", "prognose", 7), StandardCharsets.UTF_8)
                    + ", \"scenarios\": [{\"id\": \"meer\", \"title\": \"Meer\", \"set\": "
                    + "{\"/outcomes/0/quantity\": 20}}]}";
            assertTrue(Evaluation.of(scenarios.getBytes(StandardCharsets.UTF_8)).valid(), "a valid document");
            assertRefused(refused(() -> store.create(scenarios.getBytes(StandardCharsets.UTF_8), "ana", "m")),
                    "/model/basedOn/version", "basedOnNoVersion");
            // a malformed basedOn is the document's own problem: a draft, as any invalid document
            byte[] malformed = new String(evaluation("los", "prognose", 1), StandardCharsets.UTF_8)
                    .replace("\"version\": 1 }", "\"version\": \"een\" }").getBytes(StandardCharsets.UTF_8);
            VersionRecord draft = store.create(malformed, "ana", "werk in uitvoering");
            assertEquals(false, draft.valid());
            assertTrue(draft.problems().contains("/basedOn/version"), draft.problems());
        }
    }
}
