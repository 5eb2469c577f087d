package nl.sroi.core.calc;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.sroi.core.TestResources;
import nl.sroi.core.jackson.Jackson;

/**
 * Writes the expected figures of the section 12 reference cases from {@link ExactCalculation} (run by hand when a
 * case is added: {@code java -cp … nl.sroi.core.calc.PrintedReferenceWriter sroi-core/src/test/resources/reference}).
 * The library's result is then tested against these files, and the files against the exact calculation.
 */
public final class PrintedReferenceWriter {

    private PrintedReferenceWriter() {
    }

    public static void main(String[] args) throws Exception {
        for (String name : PrintedReferenceTest.CASES) {
            Path out = Path.of(args[0], name + ".expected.json");
            Files.writeString(out, Jackson.pretty(ExactCalculation.expectedDocument(TestResources.referenceModel(name))));
        }
    }
}
