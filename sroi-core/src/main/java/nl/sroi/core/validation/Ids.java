package nl.sroi.core.validation;

import java.util.regex.Pattern;

/** The id rule every document of the project shares: models, scenarios, the proxy catalogue. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

    private Ids() {
    }

    /**
     * The id rule of the format: 1 to 64 characters of {@code a-z}, {@code 0-9} and {@code -}.
     *
     * @param id the id, or {@code null}
     * @return true when it follows the rule
     */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
