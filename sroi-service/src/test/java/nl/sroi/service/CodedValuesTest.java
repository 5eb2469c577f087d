package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.sroi.core.text.Coded;
import nl.sroi.core.text.Language;

/** The service's coded values go through the one lookup, Coded.byId, and have labels in both languages. */
class CodedValuesTest {

    @Test
    void everyProblemType_isFoundByItsSlug_andTitledInBothLanguages() {
        for (ProblemType t : ProblemType.values()) {
            assertEquals(Optional.of(t), ProblemType.ofSlug(t.slug()));
            assertEquals(Optional.of(t), Coded.byId(ProblemType.class, t.id()));
            assertEquals(t.title().in(Language.NL), t.label().in(Language.NL));
            assertFalse(t.label().in(Language.EN).isBlank());
        }
        assertEquals(Optional.empty(), ProblemType.ofSlug("INVALID-MODEL"));
    }

    @Test
    void theVersionsOfAPortfolio_areCoded() {
        assertEquals(Optional.of(PortfolioAnalyses.Versions.LATEST), PortfolioAnalyses.Versions.of("latest"));
        assertEquals(Optional.empty(), PortfolioAnalyses.Versions.of("Latest"));
        assertEquals("vastgestelde versies", PortfolioAnalyses.Versions.ADOPTED.label().in(Language.NL));
        assertEquals("latest versions (drafts included)", PortfolioAnalyses.Versions.LATEST.label().in(Language.EN));
    }

    @Test
    void theUsage_andTheOptionErrors_areInTheLanguageAsked() {
        assertEquals("usage: java -jar sroi.jar [serve]", Main.usage(Language.EN).lines().findFirst().orElseThrow()
                .substring(0, 33));
        String dutch = Main.usage(Language.NL);
        assertEquals("gebruik: java -jar sroi.jar [serve]", dutch.lines().findFirst().orElseThrow().substring(0, 35));
        assertEquals("         java -jar sroi.jar calculate FILE [--scenario ID]", dutch.lines()
                .filter(l -> l.contains("calculate FILE")).findFirst().orElseThrow());
        // a syntax's second line stays under the first's options, behind the longer Dutch prefix too
        assertEquals(" ".repeat(28) + "[--work-budget STEPS]", dutch.lines().filter(l -> l.contains("[--work-budget"))
                .findFirst().orElseThrow().substring(0, 49));
        assertEquals(" ".repeat(26) + "[--work-budget STEPS]", Main.usage(Language.EN).lines()
                .filter(l -> l.contains("[--work-budget")).findFirst().orElseThrow().substring(0, 47));
        ServiceConfig.InvalidOption bad = org.junit.jupiter.api.Assertions.assertThrows(
                ServiceConfig.InvalidOption.class, () -> ServiceConfig.from(new String[] {"--port", "soon"},
                        java.util.Map.of()));
        assertEquals("port must be a whole number, was \"soon\"", bad.getMessage());
        assertEquals("port moet een geheel getal zijn, was \"soon\"", bad.text().in(Language.NL));
    }
}
