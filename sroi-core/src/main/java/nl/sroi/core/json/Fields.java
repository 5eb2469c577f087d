package nl.sroi.core.json;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

import javax.money.MonetaryAmount;

import com.fasterxml.jackson.core.JsonGenerator;

import nl.sroi.core.internal.MinorUnits;

/** The fields every streamed document writes the same way: money with its minor-unit digits, optional numbers. */
final class Fields {

    private Fields() {
    }

    /** A rounded amount as a number with exactly its currency's minor-unit digits (10000.00). */
    static void money(JsonGenerator g, String field, MonetaryAmount amount) throws IOException {
        g.writeNumberField(field, MinorUnits.decimal(amount));
    }

    private static final Map<Enum<?>, String> NAMES = new ConcurrentHashMap<>();

    /** {@link ModelJson#name}, worked out once per constant: writing a result asks for a few per request. */
    static String name(Enum<?> value) {
        return NAMES.computeIfAbsent(value, ModelJson::name);
    }

    /** A number, or {@code null} when there is none. */
    static void number(JsonGenerator g, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.getAsDouble());
        } else {
            g.writeNullField(field);
        }
    }
}
