package nl.sroi.core.json;

import java.math.BigDecimal;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.analysis.BridgeResult;
import nl.sroi.core.analysis.FieldValue;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.text.Language;
import nl.sroi.core.tree.JsonTrees;

/**
 * The change bridge as a {@code sroi-bridge/1} document (section 5 of {@code bridge.md}): the two models' exact
 * figures, every factor's exact and rounded effects with its label in the language asked for, the present value's
 * effect per outcome, the changes and the warnings.
 */
public final class BridgeJson {

    /** The format of the document. */
    public static final String FORMAT = "sroi-bridge/1";

    private BridgeJson() {
    }

    /**
     * The document, pretty-printed.
     *
     * @param r        the bridge
     * @param language the language of the labels and warnings
     * @return the document, ending in a newline
     */
    public static String write(BridgeResult r, Language language) {
        return Json.pretty(tree(r, language));
    }

    /**
     * The document as a tree (to place in another document, as the scenario comparison does).
     *
     * @param r        the bridge
     * @param language the language of the labels and warnings
     * @return the tree
     */
    static ObjectNode tree(BridgeResult r, Language language) {
        ObjectNode o = Json.object().put("format", FORMAT).put("currency", r.currency());
        side(o.putObject("from"), r.from());
        side(o.putObject("to"), r.to());
        ArrayNode factors = o.putArray("factors");
        for (BridgeResult.FactorEffect f : r.factors()) {
            ObjectNode fo = factors.addObject().put("factor", f.factor().key())
                    .put("label", f.factor().label().in(language));
            figures(fo, f.exact());
            ObjectNode ro = fo.putObject("rounded");
            for (int k = 0; k < NAMES.length; k++) {
                BigDecimal v = f.rounded().get(k);
                if (v == null) {
                    ro.putNull(NAMES[k]);
                } else {
                    ro.put(NAMES[k], v);
                }
            }
            ArrayNode outcomes = fo.putArray("outcomes");
            for (BridgeResult.OutcomeEffect e : f.outcomes()) {
                outcomes.addObject().put("id", e.id()).put("description", e.description())
                        .put("presentValue", e.presentValue());
            }
        }
        ArrayNode changes = o.putArray("changes");
        for (BridgeResult.Change c : r.changes()) {
            ObjectNode co = changes.addObject();
            if (c.factor() == null) {
                co.putNull("factor");
            } else {
                co.put("factor", c.factor().key());
            }
            co.put("pointerFrom", c.pointerFrom()).put("pointerTo", c.pointerTo()).put("name", c.name());
            co.set("from", node(c.from()));
            co.set("to", node(c.to()));
        }
        JsonTrees.problems(o, "warnings", r.warnings(), language);
        return o;
    }

    private static final String[] NAMES = {"presentValue", "inputsValue", "netPresentValue", "welfarePresentValue",
        "ratio"};

    private static void side(ObjectNode o, BridgeResult.Side side) {
        o.put("id", side.id()).put("title", side.title());
        figures(o, side.exact());
    }

    private static void figures(ObjectNode o, BridgeResult.Figures f) {
        for (int k = 0; k < NAMES.length - 1; k++) {
            o.put(NAMES[k], f.get(k));
        }
        OptionalDouble ratio = f.ratio();
        if (ratio.isPresent()) {
            o.put("ratio", ratio.getAsDouble());
        } else {
            o.putNull("ratio");
        }
    }

    /** A changed field's value as the node it was in its document (its JSON text read back exactly). */
    private static JsonNode node(FieldValue value) {
        if (value == null) {
            return null;
        }
        try {
            return Jackson.reader().readTree(value.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a model document's value is JSON: " + value.json(), e);
        }
    }
}
