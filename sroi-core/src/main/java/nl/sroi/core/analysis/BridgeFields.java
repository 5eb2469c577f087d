package nl.sroi.core.analysis;

import static nl.sroi.core.analysis.BridgeFactor.DISCOUNTING;
import static nl.sroi.core.analysis.BridgeFactor.FILTERS;
import static nl.sroi.core.analysis.BridgeFactor.INPUTS;
import static nl.sroi.core.analysis.BridgeFactor.OUTCOMES;
import static nl.sroi.core.analysis.BridgeFactor.PERSISTENCE;
import static nl.sroi.core.analysis.BridgeFactor.PROXIES;
import static nl.sroi.core.analysis.BridgeFactor.QUANTITIES;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of the change bridge: which factor each field of a model belongs to (section 2 of
 * {@code bridge.md}), or none for a field that moves no figure (texts, who receives, ranges). A field is named as
 * the format spells it, which is also its record component's name; a sub-field as {@code proxy/source}. The
 * hybrids are made from this table ({@link Mixer}) and so is the list of changes, so a new field of the format is one
 * line here; a test checks that every component of the model's records is in the table.
 */
public final class BridgeFields {

    /** Where a field is: on the model, an outcome, an input or a stakeholder. */
    public enum Part {
        /** A field of the model itself ({@code discounting/rate}, {@code horizonYears}). */
        MODEL,
        /** A field of one outcome, matched between the two models by the outcome's id. */
        OUTCOME,
        /** A field of one input, matched by the input's id. */
        INPUT,
        /** A field of one stakeholder, matched by the stakeholder's id. */
        STAKEHOLDER
    }

    /**
     * One line of the table.
     *
     * @param part   where the field is
     * @param name   its name in the format ({@code deadweight}, {@code proxy/source})
     * @param factor its factor, or {@code null} when it moves no figure
     */
    public record Field(Part part, String name, BridgeFactor factor) {
    }

    /** The table. {@code outcomes} are matched by id (added and removed ones are the factor {@code outcomes}). */
    public static final List<Field> TABLE = List.of(
            none(Part.MODEL, "format"), none(Part.MODEL, "id"), none(Part.MODEL, "title"),
            none(Part.MODEL, "description"), none(Part.MODEL, "kind"), none(Part.MODEL, "currency"),
            none(Part.MODEL, "firstYear"), none(Part.MODEL, "ranges"), none(Part.MODEL, "stakeholders"),
            none(Part.MODEL, "basedOn"), none(Part.MODEL, "portfolio"), none(Part.MODEL, "published"),
            field(Part.MODEL, "partYear", PERSISTENCE),
            field(Part.MODEL, "priceYear", PROXIES),
            field(Part.MODEL, "priceIndex", PROXIES),
            field(Part.MODEL, "horizonYears", DISCOUNTING),
            field(Part.MODEL, "discounting", DISCOUNTING),
            field(Part.MODEL, "inputs", INPUTS),
            field(Part.MODEL, "outcomes", OUTCOMES),
            none(Part.OUTCOME, "id"), none(Part.OUTCOME, "stakeholder"), none(Part.OUTCOME, "description"),
            none(Part.OUTCOME, "indicator"), none(Part.OUTCOME, "valueTo"), none(Part.OUTCOME, "quantityBasis"),
            none(Part.OUTCOME, "ranges"),
            field(Part.OUTCOME, "quantity", QUANTITIES),
            field(Part.OUTCOME, "proxy", PROXIES),
            none(Part.OUTCOME, "proxy/unit"), none(Part.OUTCOME, "proxy/source"), none(Part.OUTCOME, "proxy/basis"),
            none(Part.OUTCOME, "proxy/ref"),
            field(Part.OUTCOME, "deadweight", FILTERS),
            field(Part.OUTCOME, "displacement", FILTERS),
            field(Part.OUTCOME, "attribution", FILTERS),
            field(Part.OUTCOME, "alreadyNet", FILTERS),
            field(Part.OUTCOME, "transfer", FILTERS),
            field(Part.OUTCOME, "otherFilters", FILTERS),
            field(Part.OUTCOME, "discountRate", DISCOUNTING),
            none(Part.OUTCOME, "published"),
            field(Part.OUTCOME, "duration", PERSISTENCE),
            field(Part.OUTCOME, "startOffset", PERSISTENCE),
            field(Part.OUTCOME, "dropOff", PERSISTENCE),
            field(Part.OUTCOME, "dropOffMode", PERSISTENCE),
            field(Part.OUTCOME, "dropOffFrom", PERSISTENCE),
            field(Part.INPUT, "amounts", INPUTS),
            none(Part.INPUT, "id"), none(Part.INPUT, "stakeholder"), none(Part.INPUT, "description"),
            none(Part.INPUT, "inKind"), none(Part.INPUT, "source"), none(Part.INPUT, "basis"),
            none(Part.STAKEHOLDER, "id"), none(Part.STAKEHOLDER, "name"), none(Part.STAKEHOLDER, "description"));

    private static final Map<String, Field> BY_NAME = new HashMap<>();

    static {
        TABLE.forEach(f -> BY_NAME.put(f.part() + ":" + f.name(), f));
    }

    private BridgeFields() {
    }

    private static Field field(Part part, String name, BridgeFactor factor) {
        return new Field(part, name, factor);
    }

    private static Field none(Part part, String name) {
        return new Field(part, name, null);
    }

    /**
     * The line of a field, or {@code null} when the table does not have it.
     *
     * @param part where the field is
     * @param name its name ({@code proxy/source} for a sub-field)
     * @return the line
     */
    public static Field find(Part part, String name) {
        return BY_NAME.get(part + ":" + name);
    }

    /**
     * The factor of a field: a sub-field's own line, else its parent's; {@code null} when it moves no figure.
     *
     * @param part where the field is
     * @param name its name
     * @return the factor or {@code null}
     */
    public static BridgeFactor factor(Part part, String name) {
        Field f = find(part, name);
        if (f == null && name.contains("/")) {
            f = find(part, name.substring(0, name.indexOf('/')));
        }
        return f == null ? null : f.factor();
    }

    /**
     * Mixes records of one type component by component, by the table: the components' accessors and the canonical
     * constructor are looked up once.
     *
     * @param <R> the record type
     */
    static final class Mixer<R extends Record> {
        private final MethodHandle[] accessors;
        private final BridgeFactor[] factors;
        private final MethodHandle constructor;

        Mixer(Class<R> type, Part part) {
            RecordComponent[] components = type.getRecordComponents();
            accessors = new MethodHandle[components.length];
            factors = new BridgeFactor[components.length];
            Class<?>[] types = new Class<?>[components.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int c = 0; c < components.length; c++) {
                    accessors[c] = lookup.unreflect(components[c].getAccessor());
                    factors[c] = factor(part, components[c].getName());
                    types[c] = components[c].getType();
                }
                constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(types))
                        .asSpreader(Object[].class, components.length);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * A record with the components of the factors in {@code mask} taken from {@code to}, the others from
         * {@code from} ({@code outcomes}, matched by id elsewhere, is never taken here).
         */
        @SuppressWarnings("unchecked")
        R mix(R from, R to, int mask) {
            Object[] values = new Object[accessors.length];
            try {
                for (int c = 0; c < accessors.length; c++) {
                    BridgeFactor f = factors[c];
                    boolean taken = f != null && f != BridgeFactor.OUTCOMES && (mask & f.bit()) != 0;
                    values[c] = accessors[c].invoke(taken ? to : from);
                }
                return (R) constructor.invoke(values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
