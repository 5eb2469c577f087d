package nl.sroi.store;

import java.util.Locale;
import java.util.Optional;

/** What a user may do; each role may also do everything of the roles before it. */
public enum Role {
    /** Read analyses, versions, results and the portfolio. */
    READER,
    /** Also create and revise analyses. */
    ANALYST,
    /** Also adopt versions, archive and restore analyses, manage users and read the audit log. */
    ADMIN;

    /** The role's name as written on the command line and stored: {@code reader}, {@code analyst}, {@code admin}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean may(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The role with this name, or empty. */
    public static Optional<Role> of(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
