package nl.sroi.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.Documents;
import nl.sroi.core.RandomModels;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * Round trips and single-field corruptions of seeded random valid models: every corruption is rejected with a
 * problem at the corrupted pointer, never with an exception.
 */
class CorruptionPropertiesTest {

    /** Fields without which a model is invalid (by name, wherever they stand). */
    private static final Set<String> REQUIRED = Set.of("format", "id", "title", "kind", "currency", "discounting",
            "rate", "stakeholders", "name", "inputs", "stakeholder", "description", "amounts", "outcomes",
            "indicator", "quantity", "proxy", "value", "unit", "source", "duration", "deadweight", "displacement",
            "attribution", "dropOff", "share", "low", "high");

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void writingAndReadingBack_isTheIdentity(long seed) {
        SroiModel model = RandomModels.generate(seed, false);
        Validated<ValidModel> reading = ModelJson.read(ModelJson.write(model));
        assertEquals(List.of(), reading.errors(), "seed " + seed);
        assertEquals(model, reading.value().model(), "seed " + seed);
    }

    /** Section 12: other filters, offsets, own rates, a schedule, partYear and published figures come back equal. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void writingAndReadingBack_isTheIdentity_withTheFieldsOfSection12(long seed) {
        SroiModel printed = RandomModels.printed(seed);
        java.util.List<nl.sroi.core.model.Outcome> outcomes = new java.util.ArrayList<>(printed.outcomes());
        outcomes.set(0, outcomes.get(0).toBuilder().published(nl.sroi.core.model.Published.presentValue(
                new java.math.BigDecimal("1234.50"))).build());
        SroiModel model = printed.toBuilder().outcomes(outcomes).published(new nl.sroi.core.model.Published(
                new java.math.BigDecimal("1.28"), null, new java.math.BigDecimal("354542.00"), "MIA 2025, p. 12",
                seed % 2 == 0 ? null : new java.math.BigDecimal("0.01"))).build();
        Validated<ValidModel> reading = ModelJson.read(ModelJson.write(model));
        assertEquals(List.of(), reading.errors(), "seed " + seed);
        assertEquals(model, reading.value().model(), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nl.sroi.core.RandomModels#seeds")
    void anySingleFieldCorruption_isRejectedWithItsPointer(long seed) {
        Random rnd = new Random(seed);
        ObjectNode doc = ModelJson.tree(RandomModels.generate(seed, false));
        List<String> pointers = new ArrayList<>();
        collect(doc, "", pointers);
        String target = pointers.get(rnd.nextInt(pointers.size()));
        JsonNode original = doc.at(target);
        String name = target.substring(target.lastIndexOf('/') + 1);
        String expectedPointer = target;
        switch (rnd.nextInt(3)) {
            case 0 -> Documents.set(doc, target, wrongTypeFor(original));
            case 1 -> {
                if (isRequired(doc, target, name)) {
                    Documents.remove(doc, target);
                } else {
                    Documents.set(doc, target, wrongTypeFor(original));
                }
            }
            default -> {
                JsonNode parent = doc.at(target.substring(0, target.lastIndexOf('/')));
                if (parent.isObject()) {
                    expectedPointer = target.substring(0, target.lastIndexOf('/')) + "/bogus";
                    ((ObjectNode) parent).put("bogus", 1);
                } else {
                    Documents.set(doc, target, wrongTypeFor(original));
                }
            }
        }
        Validated<ValidModel> reading = ModelJson.read(Documents.bytes(doc));
        String pointer = expectedPointer;
        assertFalse(reading.isValid(), "seed " + seed + ": corrupting " + target + " was accepted");
        assertTrue(reading.errors().stream().anyMatch(p -> p.pointer().equals(pointer)),
                "seed " + seed + ": no problem at " + pointer + " in " + reading.errors());
    }

    /**
     * Required by name, except the keys of a ranges object, a stakeholder's description, the discounting's
     * {@code inputs} flag, an input's source and the adjustments of an already-net outcome, which are optional.
     */
    private static boolean isRequired(JsonNode doc, String target, String name) {
        String parent = target.substring(0, target.lastIndexOf('/'));
        return REQUIRED.contains(name) && !doc.at(parent).isArray() && !parent.endsWith("/ranges")
                && !(parent.startsWith("/stakeholders/") && name.equals("description"))
                && !(parent.equals("/discounting") && name.equals("inputs"))
                && !(parent.startsWith("/inputs/") && name.equals("source"))
                && !(doc.at(parent + "/alreadyNet").asBoolean()
                        && Set.of("deadweight", "displacement", "attribution").contains(name));
    }

    private static String wrongTypeFor(JsonNode node) {
        if (node.isTextual()) {
            return "42";
        }
        if (node.isNumber()) {
            return "\"42\"";
        }
        if (node.isBoolean()) {
            return "\"true\"";
        }
        return node.isArray() ? "{}" : "[]";
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = pointer + "/" + e.getKey();
                out.add(p);
                collect(e.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = pointer + "/" + i;
                out.add(p);
                collect(node.get(i), p, out);
            }
        }
    }
}
