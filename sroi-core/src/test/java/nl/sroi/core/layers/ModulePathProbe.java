package nl.sroi.core.layers;

import java.io.IOException;
import java.io.InputStream;

import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.proxy.ProxyCatalogue;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Language;

/**
 * What an embedder on the module path does, run by {@link ModulePathTest} in a child JVM with the library as the
 * module {@code nl.sroi.core}: it reads, calculates and simulates a bundled analysis, reads the bundled proxy
 * catalogue and a Dutch problem, and tries the package the module does not export.
 */
public final class ModulePathProbe {

    private ModulePathProbe() {
    }

    /**
     * Prints what it found, one fact a line, then the result document.
     *
     * @param args the bundled analysis's resource name
     * @throws IOException when the resource cannot be read
     */
    public static void main(String[] args) throws IOException {
        byte[] model;
        try (InputStream in = ClassLoader.getSystemResourceAsStream(args[0])) {
            model = in.readAllBytes();
        }
        System.out.println("module " + ModelJson.class.getModule().getName());
        System.out.println("proxies " + ProxyCatalogue.bundled().size());
        System.out.println("dutch " + ModelJson.read("{}").errors().get(0).message(Language.NL));
        try {
            Class.forName("nl.sroi.core.internal.MinorUnits").getMethod("of", String.class).invoke(null, "EUR");
            System.out.println("internal open");
        } catch (IllegalAccessException e) {
            System.out.println("internal closed");
        } catch (ReflectiveOperationException e) {
            System.out.println("internal " + e);
        }
        ValidModel valid = ModelJson.read(model).value();
        System.out.println("simulation " + AnalysisJson.simulation(Simulation.DEFAULT.run(valid, 2000, 7).value(),
                valid.model(), Language.EN).length());
        System.out.print(ResultJson.write(SroiCalculator.DEFAULT.calculate(valid)));
    }
}
