package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

import nl.sroi.core.model.Outcome;

/**
 * The acceptance: for every outcome of the bundled analyses, and for the outcomes of a new analysis
 * "Welzijn op recept" (social prescribing), an analyst finds a sourced proxy by searching with the words she would
 * use, through the API and on the command line, and gets its value in the analysis' price year (2024).
 */
class ProxyFindabilityTest {

    /** Outcome (model/outcome) → the words an analyst searches with → the entry she should find among the results. */
    static final Map<String, String[]> BUNDLED = new LinkedHashMap<>();
    /** The outcomes of Welzijn op recept: loneliness, wellbeing, GP visits, mental health care use. */
    static final Map<String, String[]> WELZIJN_OP_RECEPT = new LinkedHashMap<>();

    static {
        BUNDLED.put("jongeren-en-schulden/korter-in-de-bijstand", new String[] {"bijstand uitvoering",
                "bijstand-4-maanden-incl-uitvoering"});
        BUNDLED.put("jongeren-en-schulden/opvang-voorkomen", new String[] {"maatschappelijke opvang",
                "mo-residentieel-jaar"});
        BUNDLED.put("jongeren-en-schulden/bewind-voorkomen", new String[] {"beschermingsbewind",
                "bewind-jaarbeloning-midden"});
        BUNDLED.put("jongeren-en-schulden/minder-ggz", new String[] {"ggz schulden", "ggz-extra-bij-schulden"});
        BUNDLED.put("jongeren-en-schulden/uitzetting-voorkomen", new String[] {"huisuitzetting",
                "uitzetting-kosten-ondergrens"});
        BUNDLED.put("jongeren-en-schulden/baan-behouden", new String[] {"ww baanbehoud",
                "ww-3-maanden-incl-uitvoering"});
        BUNDLED.put("jongeren-en-schulden/productiever-werk", new String[] {"werkgever schulden",
                "werkgeverskosten-schulden-lager-loon"});
        BUNDLED.put("jongeren-en-schulden/geen-incassokosten", new String[] {"incasso", "incassokosten-jaar"});
        BUNDLED.put("participatie-naar-vermogen/minder-uitkering", new String[] {"bijstand",
                "bijstand-jaar-incl-uitvoering"});
        BUNDLED.put("participatie-naar-vermogen/minder-ggz", new String[] {"ggz contact",
                "basis-ggz-contact-vrijgevestigd"});
        BUNDLED.put("respijtzorg/opname-uitgesteld", new String[] {"verpleeghuis", "verpleeghuiszorg-dag"});
        BUNDLED.put("respijtzorg/mantelzorger-ontlast", new String[] {"mantelzorg", "mantelzorg-uur"});
        BUNDLED.put("respijtzorg/reistijd", new String[] {"mantelzorger tijd", "mantelzorg-uur"});

        WELZIJN_OP_RECEPT.put("minder-eenzaam", new String[] {"eenzaamheid", "maatschappelijk-werk-contact"});
        WELZIJN_OP_RECEPT.put("meer-welzijn", new String[] {"welzijn vrijwilligerswerk", "onbetaald-werk-uur"});
        WELZIJN_OP_RECEPT.put("minder-huisartsbezoek", new String[] {"huisartsbezoek", "huisarts-consult"});
        WELZIJN_OP_RECEPT.put("minder-ggz-gebruik", new String[] {"praktijkondersteuner ggz", "poh-ggz-consult"});
        WELZIJN_OP_RECEPT.put("minder-basis-ggz", new String[] {"basis-ggz psycholoog",
                "basis-ggz-contact-vrijgevestigd"});
    }

    @Test
    void everyOutcomeOfTheBundledAnalyses_hasAnEntryInTheTable() throws IOException {
        ModelCatalog models = ModelCatalog.bundled();
        List<String> outcomes = new ArrayList<>();
        for (String id : List.of("jongeren-en-schulden", "participatie-naar-vermogen", "respijtzorg")) {
            for (Outcome o : models.find(id).orElseThrow().model().outcomes()) {
                outcomes.add(id + "/" + o.id());
            }
        }
        assertEquals(models.size(), 3, "a new bundled analysis needs its outcomes in this test");
        assertEquals(new TreeSet<>(outcomes), new TreeSet<>(BUNDLED.keySet()));
    }

    @Test
    void throughTheApi_everyOutcomeFindsASourcedProxy_inPricesOf2024() {
        SroiService service = new SroiService(new ServiceConfig("127.0.0.1", 0, null, 1 << 20, 0),
                () -> { throw new AssertionError("not needed"); });
        Map<String, String[]> all = new LinkedHashMap<>(BUNDLED);
        WELZIJN_OP_RECEPT.forEach((k, v) -> all.put("welzijn-op-recept/" + k, v));
        JavalinTest.test(service.create(), (server, client) -> {
            for (Map.Entry<String, String[]> outcome : all.entrySet()) {
                String words = outcome.getValue()[0];
                String expected = outcome.getValue()[1];
                JsonNode found = ProxyRoutesTest.json(client.get("/api/v1/proxies?q="
                        + URLEncoder.encode(words, StandardCharsets.UTF_8)), 200);
                assertTrue(ProxyRoutesTest.ids(found).contains(expected),
                        outcome.getKey() + ": \"" + words + "\" gave " + ProxyRoutesTest.ids(found));
                JsonNode entry = ProxyRoutesTest.json(client.get("/api/v1/proxies/" + expected + "?priceYear=2024"),
                        200);
                assertTrue(entry.at("/source/url").asText().startsWith("http"), expected);
                assertTrue(!entry.at("/source/publication").asText().isBlank(), expected);
                assertTrue(entry.at("/indexed/value").decimalValue().signum() > 0, expected);
                assertEquals(2024, entry.at("/indexed/priceYear").asInt());
            }
        });
    }

    @Test
    void onTheCommandLine_everyOutcomeFindsASourcedProxy_inPricesOf2024() {
        Map<String, String[]> all = new LinkedHashMap<>(BUNDLED);
        WELZIJN_OP_RECEPT.forEach((k, v) -> all.put("welzijn-op-recept/" + k, v));
        for (Map.Entry<String, String[]> outcome : all.entrySet()) {
            List<String> args = new ArrayList<>(List.of("proxies"));
            args.addAll(List.of(outcome.getValue()[0].split(" ")));
            args.addAll(List.of("--price-year", "2024"));
            MainTest.Run run = MainTest.run(new byte[0], args.toArray(String[]::new));
            assertEquals(0, run.status(), run.err());
            String expected = outcome.getValue()[1];
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(expected + " ") && l.contains("→ 2024")),
                    outcome.getKey() + ":\n" + run.out());
            assertTrue(run.out().contains("Source: "), run.out()); // English: the command line's default
        }
    }
}
