package nl.sroi.core.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.rules.ModelValidator;

/** The bundled catalogue: every entry sourced and complete, derived values recomputed, search as documented. */
class ProxyCatalogueTest {

    private static final ProxyCatalogue CATALOGUE = ProxyCatalogue.bundled();

    @Test
    void theBundledCatalogue_hasAtLeastFortyEntries_inEveryDomain() {
        assertTrue(CATALOGUE.size() >= 40, "entries: " + CATALOGUE.size());
        Set<Domain> domains = CATALOGUE.entries().stream().map(ProxyEntry::domain)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Domain.class)));
        assertEquals(EnumSet.allOf(Domain.class), domains);
    }

    @Test
    void everyEntry_hasASourceWithAddress_aPriceYear_aSignedValue_aUnit_aPartyADomainAndTheDateTaken() {
        List<String> wrong = new ArrayList<>();
        for (ProxyEntry e : CATALOGUE.entries()) {
            String at = e.id() + ": ";
            check(wrong, ModelValidator.isId(e.id()), at + "id");
            check(wrong, !e.description().isBlank(), at + "description");
            check(wrong, !e.unit().isBlank() && e.unit().startsWith("per "), at + "unit \"" + e.unit() + "\"");
            // positive, or negative only when the entry says so (the reader enforces the flag)
            check(wrong, e.value().signum() != 0, at + "value zero");
            check(wrong, e.currency().equals("EUR"), at + "currency");
            check(wrong, e.priceYear() >= 2004 && e.priceYear() <= 2025, at + "price year " + e.priceYear());
            check(wrong, PriceIndex.cbsCpi().covers(e.priceYear()), at + "price year outside the CBS CPI");
            check(wrong, !e.source().publication().isBlank() && !e.source().location().isBlank(), at + "source");
            check(wrong, e.source().url().startsWith("https://") || e.source().url().startsWith("http://"),
                    at + "address " + e.source().url());
            check(wrong, e.source().year() >= e.priceYear() - 1 && e.source().year() <= 2026,
                    at + "source year " + e.source().year() + " against price year " + e.priceYear());
            check(wrong, !e.taken().isAfter(LocalDate.of(2026, 12, 31)), at + "taken " + e.taken());
            check(wrong, !e.verification().isBlank(), at + "verification");
            check(wrong, e.party() != null && e.domain() != null, at + "party and domain");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void derivedValues_followFromThePublishedFigures() {
        // IBO 2024 annex 3: the norm of € 1,219.64 a month plus 20 % administration, € 1,463.57 a month
        assertEquals(new BigDecimal("1463.57"), new BigDecimal("1219.64").multiply(new BigDecimal("1.2"))
                .setScale(2, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("1219.64"), value("bijstandsnorm-alleenstaande-maand"));
        assertEquals(new BigDecimal("17562.84"), value("bijstand-jaar-incl-uitvoering")); // 12 × 1,463.57
        assertEquals(new BigDecimal("12").multiply(new BigDecimal("1463.57")), value("bijstand-jaar-incl-uitvoering"));
        // four months: 4 × 1,219.64 × 1.2 = 5,854.272
        assertEquals(new BigDecimal("5854.27"), new BigDecimal("4").multiply(new BigDecimal("1219.64"))
                .multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("5854.27"), value("bijstand-4-maanden-incl-uitvoering"));
        // 13 collection actions a year of € 72.80 each
        assertEquals(value("incassokosten-actie").multiply(BigDecimal.valueOf(13)), value("incassokosten-jaar"));
        // the middle of € 715 and € 1,862 (Staatscourant 2023, 32432)
        assertEquals(new BigDecimal("1288.50"), value("bewind-jaarbeloning-midden"));
        // a professional's monthly fee times twelve, as the two pages show it
        assertEquals(new BigDecimal("1597.20"), new BigDecimal("133.10").multiply(BigDecimal.valueOf(12)));
        assertEquals(new BigDecimal("1597.20"), value("bewind-jaarbeloning-zonder-schulden"));
        // DRIFT/Cebeon: € 135 million over 13,000 participants, € 280 million over 12,050
        // (the report drops the cents: 10,384.6 and 23,236.5 are printed as 10,384 and 23,236)
        assertEquals(value("mo-residentieel-jaar"), new BigDecimal("135000000").divide(new BigDecimal("13000"), 0,
                RoundingMode.DOWN));
        assertEquals(value("mo-feitelijk-dakloos-jaar"), new BigDecimal("280000000").divide(new BigDecimal("12050"),
                0, RoundingMode.DOWN));
        for (ProxyEntry e : CATALOGUE.entries()) {
            if (e.derivation() != null) {
                assertTrue(e.derivation().contains("="), e.id() + " says how it was derived: " + e.derivation());
            }
        }
    }

    @Test
    void theKostenhandleidingPrices_areThoseOf2022() {
        // values from the reference price table (prijspeil 2022), as tatooheene's df_ref_prices holds them
        assertEquals(new BigDecimal("30.87"), value("huisarts-consult"));
        assertEquals(new BigDecimal("18.80"), value("mantelzorg-uur"));
        assertEquals(new BigDecimal("290"), value("verpleeghuiszorg-dag"));
        assertEquals(2022, CATALOGUE.find("huisarts-consult").orElseThrow().priceYear());
    }

    @Test
    void valueIn_bringsAnEntryToAnotherPriceYear_withTheCbsCpi() {
        // CBS CPI changes 2023 +3.8 % and 2024 +3.3 % (research/cbs-cpi.md): factor 1.038 × 1.033 = 1.072254
        IndexedValue gp = CATALOGUE.find("huisarts-consult").orElseThrow().valueIn(2024, PriceIndex.cbsCpi());
        assertEquals(1.072254, gp.factor(), 1e-12);
        assertEquals(new BigDecimal("33.10"), gp.valueInCents()); // 30.87 × 1.072254 = 33.1004...
        assertEquals("cbs-cpi", gp.index());
        IndexedValue same = CATALOGUE.find("huisarts-consult").orElseThrow().valueIn(2022, PriceIndex.cbsCpi());
        assertEquals(1.0, same.factor());
        assertEquals(new BigDecimal("30.87"), same.valueInCents());
        assertThrows(IllegalArgumentException.class,
                () -> CATALOGUE.find("huisarts-consult").orElseThrow().valueIn(1990, PriceIndex.cbsCpi()));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
            "huisarts | huisarts-consult",
            "HUISARTS consult | huisarts-consult",
            "Huisartsbezoek | huisarts-consult",
            "financiele problemen | werkgeverskosten-schulden-nibud-2017",
            "FINANCIËLE | werkgeverskosten-schulden-nibud-2017",
            "financïele | werkgeverskosten-schulden-nibud-2017",
            "mantelzorg UUR | mantelzorg-uur",
            "Eenzaamheid | maatschappelijk-werk-contact",
            "schuld bewind | bewind-jaarbeloning-schulden",
            "uitzetting | uitzetting-kosten-ondergrens",
            "verpleeghuis opname | verpleeghuiszorg-dag",
            "poh-ggz | poh-ggz-consult",
            "pleegzorg 12 | pleegvergoeding-12-15-dag"})
    void search_ignoresAccentsAndCase_andMatchesPartsOfWords(String words, String expected) {
        List<String> ids = CATALOGUE.search(ProxyQuery.words(words)).stream().map(ProxyEntry::id).toList();
        assertTrue(ids.contains(expected), words + " gave " + ids);
    }

    @Test
    void search_needsEveryWord() {
        assertEquals(List.of(), CATALOGUE.search(ProxyQuery.words("huisarts uitzetting")));
        assertEquals(List.of(), CATALOGUE.search(ProxyQuery.words("zzzz")));
    }

    @Test
    void search_byDomainAndParty() {
        List<ProxyEntry> uwv = CATALOGUE.search(ProxyQuery.all().withParty(BearingParty.UWV));
        assertFalse(uwv.isEmpty());
        assertTrue(uwv.stream().allMatch(e -> e.party() == BearingParty.UWV));
        List<ProxyEntry> ggzInsurer = CATALOGUE.search(ProxyQuery.words("contact").withDomain(Domain.MENTAL_HEALTH_CARE)
                .withParty(BearingParty.HEALTH_INSURER));
        assertEquals(List.of("basis-ggz-contact-vrijgevestigd", "basis-ggz-contact-instelling",
                "sggz-contact-vrijgevestigd", "sggz-contact-instelling"), ggzInsurer.stream().map(ProxyEntry::id).toList());
        assertEquals(CATALOGUE.entries(), CATALOGUE.search(ProxyQuery.all()));
        assertEquals(CATALOGUE.entries(), CATALOGUE.search(ProxyQuery.words("  ")));
    }

    @Test
    void anEmbedder_canBuildItsOwnCatalogue() {
        ProxyEntry own = copy(CATALOGUE.find("huisarts-consult").orElseThrow(), "eigen-consult");
        ProxyCatalogue catalogue = ProxyCatalogue.of(List.of(own));
        assertEquals(List.of(own), catalogue.search(ProxyQuery.words("eigen")));
        assertThrows(IllegalArgumentException.class, () -> ProxyCatalogue.of(List.of(own, own)));
    }

    static ProxyEntry copy(ProxyEntry e, String id) {
        return new ProxyEntry(id, e.description(), e.unit(), e.value(), e.priceYear(), e.currency(), e.party(),
                e.domain(), e.source(), e.taken(), e.checked(), e.verification(), e.derivation(), e.note(),
                e.keywords());
    }

    private static BigDecimal value(String id) {
        return CATALOGUE.find(id).orElseThrow(() -> new AssertionError("no entry " + id)).value();
    }

    private static void check(List<String> wrong, boolean ok, String what) {
        if (!ok) {
            wrong.add(what);
        }
    }
}
