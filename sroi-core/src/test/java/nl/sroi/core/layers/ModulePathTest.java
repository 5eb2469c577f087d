package nl.sroi.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.sroi.core.TestResources;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.json.AnalysisJson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Language;

/**
 * The library as the module {@code nl.sroi.core} on the module path, in a child JVM: Jackson and commons-math3
 * beside it as modules, Moneta on the class path as the JSR 354 provider (its own module requires okhttp3, which
 * the project leaves out). The same answers as on the class path, the resources of the module found, and
 * {@code internal} closed. Surefire runs the other tests on the class path (see sroi-core's pom).
 */
class ModulePathTest {

    private static final String MODEL = "models/jongeren-en-schulden.json";

    @Test
    void theModule_runs_asOnTheClassPath_withInternalClosed() throws Exception {
        List<String> modules = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        modules.add(Path.of(ModelJson.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        classPath.add(Path.of(ModulePathTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("money-api") || name.startsWith("jackson-") || name.startsWith("commons-math3")) {
                modules.add(entry);
            } else if (name.startsWith("moneta-core") || name.startsWith("jakarta.annotation")) {
                classPath.add(entry);
            }
        }
        assertEquals(6, modules.size(), modules::toString);
        assertEquals(3, classPath.size(), classPath::toString);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", "nl.sroi.core", "-cp", String.join(File.pathSeparator, classPath),
                ModulePathProbe.class.getName(), MODEL).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);

        ValidModel valid = ModelJson.read(TestResources.bytes(MODEL)).value();
        String result = ResultJson.write(SroiCalculator.DEFAULT.calculate(valid));
        int simulation = AnalysisJson.simulation(Simulation.DEFAULT.run(valid, 2000, 7).value(), valid.model(),
                Language.EN).length();
        String dutch = ModelJson.read("{}").errors().get(0).message(Language.NL);
        assertEquals("module nl.sroi.core\nproxies " + nl.sroi.core.proxy.ProxyCatalogue.bundled().size()
                + "\ndutch " + dutch + "\ninternal closed\nsimulation " + simulation + "\n" + result, out);
    }
}
