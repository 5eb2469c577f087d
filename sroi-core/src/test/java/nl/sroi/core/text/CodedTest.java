package nl.sroi.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.proxy.BearingParty;
import nl.sroi.core.proxy.CheckLevel;
import nl.sroi.core.proxy.Domain;

/** One scheme for values with an id and a label: every id is found, exactly, and every label exists in both languages. */
class CodedTest {

    private static final List<Class<? extends Coded>> CORE = List.of(BearingParty.class, Domain.class,
            CheckLevel.class, Language.class);

    @Test
    void everyId_findsItsValue_andIsUniqueInItsEnum() {
        for (Class<? extends Coded> type : CORE) {
            Set<String> ids = new HashSet<>();
            for (Coded value : type.getEnumConstants()) {
                assertTrue(ids.add(value.id()), type.getSimpleName() + " repeats " + value.id());
                assertEquals(Optional.of(value), find(type, value.id()));
            }
        }
    }

    @Test
    void idsAreExact_noCaseFolding_noTrimming_noNull() {
        assertEquals(Optional.of(BearingParty.UWV), Coded.byId(BearingParty.class, "uwv"));
        assertEquals(Optional.empty(), Coded.byId(BearingParty.class, "UWV"));
        assertEquals(Optional.empty(), Coded.byId(Domain.class, " ggz"));
        assertEquals(Optional.empty(), Coded.byId(Language.class, null));
        assertEquals(Optional.of(Language.NL), Language.of("nl"));
        assertEquals(Optional.empty(), Language.of("NL"));
        assertEquals(Optional.of(CheckLevel.RESEARCH_NOTE), CheckLevel.byId("research-note"));
        assertEquals(Optional.of(Domain.MENTAL_HEALTH_CARE), Domain.byId("ggz"));
    }

    @Test
    void everyLabel_existsInDutchAndEnglish() {
        for (Class<? extends Coded> type : CORE) {
            for (Coded value : type.getEnumConstants()) {
                String nl = value.label().in(Language.NL);
                String en = value.label().in(Language.EN);
                assertFalse(nl.isBlank(), value.id());
                assertFalse(en.isBlank(), value.id());
            }
        }
        assertEquals("Gemeente", BearingParty.MUNICIPALITY.label().in(Language.NL));
        assertEquals("Municipality", BearingParty.MUNICIPALITY.label().in(Language.EN));
        assertEquals("Samenleving (meerdere partijen)", BearingParty.SOCIETY.label().in(Language.NL));
        assertEquals("Geestelijke gezondheidszorg", Domain.MENTAL_HEALTH_CARE.label().in(Language.NL));
        assertEquals("Mental health care", Domain.MENTAL_HEALTH_CARE.label().in(Language.EN));
        assertEquals("Nederlands", Language.NL.label().in(Language.NL));
        assertEquals("English", Language.EN.label().in(Language.EN));
        assertNotEquals(CheckLevel.SOURCE.label().in(Language.NL), CheckLevel.SOURCE.label().in(Language.EN));
    }

    @Test
    void theNamesOfEstimates_asHeadings_existInBothLanguages() {
        for (Estimate e : Estimate.values()) {
            assertFalse(e.heading().in(Language.NL).isBlank(), e.key());
            assertFalse(e.heading().in(Language.EN).isBlank(), e.key());
        }
        assertEquals("Toerekening", Estimate.ATTRIBUTION.heading().in(Language.NL));
        assertEquals("toerekening", Estimate.ATTRIBUTION.label().in(Language.NL)); // in a sentence
        assertEquals("Discount rate", Estimate.RATE.heading().in(Language.EN));
    }

    @Test
    void words_fillTheValuesAsGiven_andCheckTheirNumber() {
        Words nl = Messages.CORE.in(Language.NL);
        Words en = Messages.CORE.in(Language.EN);
        assertEquals(Language.NL, nl.language());
        String long300 = "x".repeat(300);
        // a Message quotes what a reader sent and shortens it; a document's words take the value whole
        assertEquals("aantal van " + long300, nl.get("label.ofOutcome", "aantal", long300));
        assertEquals("quantity of " + long300, en.get("label.ofOutcome", "quantity", long300));
        assertNotEquals(nl.get("label.ofOutcome", "aantal", long300),
                Message.of("label.ofOutcome", "aantal", long300).in(Language.NL));
        assertEquals("{0} van {1}", nl.template("label.ofOutcome"));
        assertTrue(nl.has("label.ofOutcome"));
        assertFalse(nl.has("label.nothing"));
        assertThrows(IllegalArgumentException.class, () -> nl.get("label.ofOutcome", "one"));
        assertThrows(IllegalArgumentException.class, () -> nl.get("label.nothing"));
        // a family of templates sharing one list of values: each uses what it needs, but none may lack one
        assertEquals("a van b", nl.pick("label.ofOutcome", "a", "b", "unused"));
        assertThrows(IllegalArgumentException.class, () -> nl.pick("label.ofOutcome", "a"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<?> find(Class<? extends Coded> type, String id) {
        return Coded.byId((Class) type, id);
    }
}
