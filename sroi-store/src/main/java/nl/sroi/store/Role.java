package nl.sroi.store;

import java.util.Locale;
import java.util.Optional;

import nl.sroi.core.text.Coded;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Messages;

/** What a user may do; each role may also do everything of the roles before it. */
public enum Role implements Coded {
    /** Read analyses, versions, results and the portfolio. */
    READER,
    /** Also create and revise analyses. */
    ANALYST,
    /** Also adopt versions, archive and restore analyses, manage users and read the audit log. */
    ADMIN;

    /** The store's words ({@code texts_nl.properties}, {@code texts_en.properties}): the names of the roles. */
    private static final Messages TEXTS = Messages.load(Role.class, "texts");

    /** The role's name as written on the command line and stored: {@code reader}, {@code analyst}, {@code admin}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role's id, its {@link #code()}.
     *
     * @return {@code reader}, {@code analyst} or {@code admin}
     */
    @Override
    public String id() {
        return code();
    }

    /**
     * The role's name for a person: "lezer", "analist", "beheerder".
     *
     * @return the name, not yet in a language
     */
    @Override
    public Message label() {
        return TEXTS.message("role." + code());
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean may(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The role with this name, or empty. */
    public static Optional<Role> of(String code) {
        return Coded.byId(Role.class, code);
    }
}
