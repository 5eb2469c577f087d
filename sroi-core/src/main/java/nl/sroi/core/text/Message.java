package nl.sroi.core.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A sentence for a person, not yet in a language: the key of a template in a set of {@link Messages} and the
 * values of its placeholders. {@link #in(Language)} writes it in Dutch or English. Values are written as a JSON
 * document spells them (decimals with a point, {@code 0.2}), because they quote what the reader sent or must send
 * (a {@code double}, which the library computed, to six significant digits);
 * a value that is itself a message is written in the same language, and a collection as its values joined by
 * commas.
 *
 * @param messages the set of templates the key belongs to
 * @param key      the template's key
 * @param args     the values of its placeholders, in order
 */
public record Message(Messages messages, String key, List<Object> args) {

    /**
     * A message, checked against its set: the key must exist and the values must match its placeholders.
     *
     * @param messages the set of templates
     * @param key      the template's key
     * @param args     the values
     */
    public Message {
        args = List.copyOf(args);
        messages.check(key, args.size());
    }

    /**
     * A message of sroi-core's own set ({@link Messages#CORE}).
     *
     * @param key  the template's key
     * @param args the values of its placeholders
     * @return the message
     */
    public static Message of(String key, Object... args) {
        return Messages.CORE.message(key, args);
    }

    /**
     * The sentence in a language.
     *
     * @param language the language
     * @return the sentence with its placeholders filled
     */
    public String in(Language language) {
        return messages.format(key, language, args);
    }

    /** One value as text in a language. */
    static String text(Object value, Language language) {
        if (value instanceof Message m) {
            return m.in(language);
        }
        if (value instanceof BigDecimal d) {
            return Echo.number(d); // 1E-1000000000, not a billion digits
        }
        if (value instanceof String text) {
            return Echo.cut(text); // what a document or a query sent, quoted back short
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            // a computed number, not one the reader wrote: six significant digits are plenty in a sentence
            return Double.isFinite(d) ? new BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros()
                    .toPlainString() : String.valueOf(d);
        }
        if (value instanceof Collection<?> c) {
            List<String> items = new ArrayList<>(c.size());
            c.forEach(item -> items.add(text(item, language)));
            return String.join(", ", items);
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}
