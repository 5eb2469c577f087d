package nl.sroi.core.proxy;

import java.util.Objects;

/**
 * Where a proxy's value comes from, precise enough to find it again.
 *
 * @param publication the publication: author or publisher and title
 * @param location    the table, page, paragraph or annex that holds the value
 * @param year        the publication year
 * @param url         the address at which the publication can be found
 */
public record ProxySource(String publication, String location, int year, String url) {

    /**
     * Requires every part.
     *
     * @param publication the publication
     * @param location the table, page, paragraph or annex
     * @param year the publication year
     * @param url the address of the publication
     */
    public ProxySource {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(url, "url");
    }

    /**
     * The source as one line to cite, as a model's {@code proxy.source} would hold it.
     *
     * @return publication, location and year, such as "Nibud, ..., persbericht (2017)"
     */
    public String citation() {
        return publication + ", " + location + " (" + year + ")";
    }
}
