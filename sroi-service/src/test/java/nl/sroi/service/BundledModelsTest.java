package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;

/**
 * The analyses of {@code models/} (bundled in the jar): each is valid and its totals are pinned, so a change to
 * a model or to the calculation that moves a published figure is noticed.
 */
class BundledModelsTest {

    static ModelCatalog catalog;

    @BeforeAll
    static void load() throws IOException {
        catalog = ModelCatalog.bundled(); // fails on any invalid model
    }

    @Test
    void everyModelOfTheFolder_isBundled() {
        assertEquals(3, catalog.size());
    }

    /** Measured with the proxies in their own price years, indexed with the bundled CBS CPI (section 11.3). */
    @ParameterizedTest
    @CsvSource({
        "jongeren-en-schulden,       454219.49, 354542.00, 1.2811443876944402",
        "participatie-naar-vermogen, 569218.76, 866880.00, 0.6566292478456683",
        "respijtzorg,                485666.95, 596531.54, 0.8141513305037071"
    })
    void totals_arePinned(String id, String presentValue, String inputsValue, double ratio) {
        SroiResult.Totals totals = catalog.find(id).orElseThrow().result().totals();
        assertEquals(new BigDecimal(presentValue), totals.presentValue());
        assertEquals(new BigDecimal(inputsValue), totals.inputsValue());
        assertEquals(ratio, totals.ratio().getAsDouble(), 1e-12);
    }

    /**
     * The welfare view (section 11.2): social assistance and unemployment benefit saved are transfers; Respijtzorg
     * has none, so no welfare view.
     */
    @ParameterizedTest
    @CsvSource({
        "jongeren-en-schulden,       345220.40, 0.9737080354067477",
        "participatie-naar-vermogen, 101871.89, 0.11751555785273582"
    })
    void welfare_isPinned(String id, String presentValue, double ratio) {
        SroiResult.Welfare welfare = catalog.find(id).orElseThrow().result().welfare().orElseThrow();
        assertEquals(new BigDecimal(presentValue), welfare.presentValue());
        assertEquals(ratio, welfare.ratio().getAsDouble(), 1e-12);
        assertTrue(catalog.find("respijtzorg").orElseThrow().result().welfare().isEmpty());
    }

    /** The proxies indexed by hand before section 11 are now indexed by the calculation, with the bundled CPI. */
    @Test
    void jongerenEnSchulden_indexesItsProxies_withTheBundledCpi() {
        SroiResult result = catalog.find("jongeren-en-schulden").orElseThrow().result();
        // eviction: EUR 10,000 of 2021 × 1.100 × 1.038 × 1.033 (2022–2024 changes of research/cbs-cpi.md)
        SroiResult.OutcomeValue eviction = result.outcomes().get(4);
        assertEquals("uitzetting-voorkomen", eviction.id());
        assertEquals(1.10 * 1.038 * 1.033, eviction.indexFactor(), 1e-12);
        assertEquals(new BigDecimal("11794.79"), eviction.proxyValue());
        // the young people's quantities are all assumptions
        assertTrue(result.outcomes().stream().allMatch(o -> o.quantityBasis() == nl.sroi.core.model.Basis.ASSUMPTION));
    }

    @Test
    void jongerenEnSchulden_showsThePublishedRatio() {
        assertEquals("1.28", catalog.find("jongeren-en-schulden").orElseThrow().result().totals().ratioDisplay()
                .orElseThrow());
    }

    /** One outcome recomputed by hand from the format's formula, independently of the kernel. */
    @Test
    void jongerenEnSchulden_shorterSocialAssistance_matchesTheFormula() {
        ModelCatalog.Entry entry = catalog.find("jongeren-en-schulden").orElseThrow();
        SroiModel model = entry.model();
        Outcome o = model.outcomes().get(0);
        assertEquals("korter-in-de-bijstand", o.id());
        // 5854.27 (2024 prices) × (1 − 0.4) × (1 − 0.1) × (1 − 0.4) = 1896.78348 per young person, one year,
        // discounted at 2.25 %
        double impact = 5854.27 * 0.6 * 0.9 * 0.6;
        double[] quantity = {8.75, 13.75, 13.75, 13.75};
        double presentValue = 0;
        for (int t = 1; t <= 4; t++) {
            presentValue += quantity[t - 1] * impact / Math.pow(1.0225, t);
        }
        assertEquals(presentValue, entry.result().outcomes().get(0).presentValue().doubleValue(), 0.01);
    }

    @Test
    void everyProxy_namesASourceAndAPriceYear() {
        for (String id : List.of("jongeren-en-schulden", "participatie-naar-vermogen", "respijtzorg")) {
            for (Outcome o : catalog.find(id).orElseThrow().model().outcomes()) {
                assertTrue(o.proxy().source().length() > 10, id + "/" + o.id());
                assertTrue(o.proxy().priceYear() != null, id + "/" + o.id());
            }
        }
    }

    /**
     * Where a bundled proxy names its proxy library entry ({@code ref}), the entry exists and its value is the one
     * written (ProxyReferences gives no warning).
     */
    @Test
    void everyProxyRef_namesALibraryEntry_withTheValueWritten() {
        int refs = 0;
        for (String id : List.of("jongeren-en-schulden", "participatie-naar-vermogen", "respijtzorg")) {
            SroiModel model = catalog.find(id).orElseThrow().model();
            for (int i = 0; i < model.outcomes().size(); i++) {
                Outcome o = model.outcomes().get(i);
                if (o.proxy().ref() == null) {
                    continue;
                }
                refs++;
                Integer year = o.proxy().priceYear() != null ? o.proxy().priceYear() : model.priceYear();
                assertEquals(java.util.Optional.empty(), nl.sroi.core.proxy.ProxyReferences.BUNDLED.check(
                        "/outcomes/" + i + "/proxy/ref", o.id(), o.proxy().ref(), o.proxy().value(), year,
                        model.priceIndex() != null ? model.priceIndex() : nl.sroi.core.price.PriceIndex.cbsCpi()),
                        id + "/" + o.id());
            }
        }
        // all of Jongeren en schulden's and Respijtzorg's proxies; Participatie's are derived (half a benefit, a
        // difference of two figures), not an entry's value
        assertEquals(11, refs);
    }
}
