package nl.sroi.core.text;

import java.util.Optional;

/**
 * A value with an id that documents, queries and the command line write (such as {@code gemeente}, {@code nl},
 * {@code invalid-model}) and a label a person reads, in Dutch and English. Every enum of the project with an id
 * implements it and is looked up by {@link #byId(Class, String)}, so that there is one rule for ids: exact, case
 * and all.
 */
public interface Coded {

    /**
     * The id as written in documents, queries and on the command line.
     *
     * @return the id
     */
    String id();

    /**
     * The name a person reads, from keyed templates in both languages.
     *
     * @return the label, not yet in a language
     */
    Message label();

    /**
     * The value of an enum with an id.
     *
     * @param type the enum
     * @param id   the id, exactly as written ({@code null} finds nothing)
     * @param <E>  the enum's type
     * @return the value, or empty when none has that id
     */
    static <E extends Enum<E> & Coded> Optional<E> byId(Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
