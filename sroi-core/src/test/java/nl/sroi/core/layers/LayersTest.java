package nl.sroi.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.sroi.core.validation.Problem;

/**
 * The packages of sroi-core form layers that only point down, with no cycle (the README's Layout table). Read from
 * the compiled classes, so a use counts however it is written.
 */
class LayersTest {

    /** Bottom first. A package may use the packages of the layers below it, never one beside or above it. */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("text"),
            Set.of("validation"),
            Set.of("jackson"),
            Set.of("price"),
            Set.of("model"),
            Set.of("proxy"),
            Set.of("rules"),
            Set.of("internal"),
            Set.of("calc"),
            Set.of("analysis"),
            Set.of("tree"),
            Set.of("json", "csv"));

    static PackageGraph library() throws URISyntaxException {
        Path classes = Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return PackageGraph.of(classes);
    }

    @Test
    void theLibrary_hasNoPackageCycle() throws URISyntaxException {
        assertEquals(List.of(), library().cycle());
    }

    @Test
    void everyPackage_usesOnlyTheLayersBelowIt() throws URISyntaxException {
        PackageGraph graph = library();
        assertTrue(graph.uses().keySet().containsAll(Set.of("text", "model", "calc", "json")), graph.uses()::toString);
        assertEquals(List.of(), graph.against(LAYERS), graph.uses()::toString);
    }

    @Test
    void theLayers_nameEveryPackageOnce() throws URISyntaxException {
        long named = LAYERS.stream().mapToLong(Set::size).sum();
        assertEquals(named, LAYERS.stream().flatMap(Set::stream).distinct().count());
        assertEquals(library().uses().keySet(), Set.copyOf(LAYERS.stream().flatMap(Set::stream).toList()));
    }

    @Test
    void aCycle_isFound() {
        PackageGraph g = new PackageGraph(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        List<String> cycle = g.cycle();
        assertEquals(4, cycle.size(), cycle::toString);
        assertEquals(cycle.get(0), cycle.get(3));
        assertEquals(Set.of("a", "b", "c"), Set.copyOf(cycle));
        assertEquals(List.of(), new PackageGraph(Map.of("a", Set.of("b"), "b", Set.of())).cycle());
    }

    @Test
    void aUseUpwardOrBeside_orAPackageOnNoLayer_isFound() {
        PackageGraph g = new PackageGraph(Map.of("low", Set.of("high"), "high", Set.of("low", "side"),
                "side", Set.of(), "stray", Set.of()));
        List<Set<String>> layers = List.of(Set.of("low"), Set.of("high", "side"));
        assertEquals(List.of("high -> side", "low -> high", "stray is on no layer"), g.against(layers));
    }

    @Test
    void theClassFileReader_seesATypeNamedOnlyInASignature() throws Exception {
        try (var in = LayersTest.class.getResourceAsStream("LayersTest.class")) {
            assertTrue(PackageGraph.constantTexts(in).stream().anyMatch(t -> t.contains("nl/sroi/core/validation/Problem")));
        }
    }
}
