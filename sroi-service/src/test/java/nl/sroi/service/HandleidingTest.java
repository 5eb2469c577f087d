package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.json.ModelJson;

/** The Dutch guide's example model is valid and gives the figures the guide quotes. */
class HandleidingTest {

    @Test
    void theGuidesExample_givesTheFiguresItQuotes() throws IOException {
        Path docs = Path.of("..", "docs");
        String guide = Files.readString(docs.resolve("handleiding.md"));
        SroiResult r = SroiCalculator.DEFAULT.calculate(ModelJson.read(
                Files.readAllBytes(docs.resolve("samen-aan-het-werk.json"))).value());
        assertEquals("1.75", r.totals().ratioDisplay().orElseThrow());
        assertEquals("0.02", r.welfare().orElseThrow().ratioDisplay().orElseThrow());
        assertEquals(0, r.totals().presentValue()
                .compareTo(new java.math.BigDecimal("209603.33")));
        for (String quoted : new String[] {"€ 209.603,33", "€ 89.603,33", "1,75", "0,02", "€ 2.151,44",
            "€ 207.451,89"}) {
            assertTrue(guide.contains(quoted), "the guide quotes " + quoted);
        }
    }
}
