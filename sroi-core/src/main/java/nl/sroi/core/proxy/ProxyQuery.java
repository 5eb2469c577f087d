package nl.sroi.core.proxy;

import java.util.Optional;

/**
 * What an analyst looks for in the catalogue: words, a domain, a bearing party, each optional. An entry matches when
 * it matches all that are given.
 *
 * <p>Words are compared without accents and case ({@code "Cliënt"} finds {@code "client"}), each word as a part of
 * a word, so that {@code schuld} finds {@code schuldhulpverlening}. Every word must occur in the entry's id,
 * description, unit, keywords or source publication; domain and party are chosen with their own fields.
 *
 * @param words  the words, separated by spaces or punctuation; {@code null} or blank for no words
 * @param domain the domain, or {@code null} for any
 * @param party  the bearing party, or {@code null} for any
 */
public record ProxyQuery(String words, Domain domain, BearingParty party) {

    /**
     * The query that matches every entry.
     *
     * @return a query without words, domain or party
     */
    public static ProxyQuery all() {
        return new ProxyQuery(null, null, null);
    }

    /**
     * A query by words alone.
     *
     * @param words the words, such as "huisarts consult"
     * @return the query
     */
    public static ProxyQuery words(String words) {
        return new ProxyQuery(words, null, null);
    }

    /**
     * This query, limited to a domain.
     *
     * @param domain the domain, or {@code null} for any
     * @return the new query
     */
    public ProxyQuery withDomain(Domain domain) {
        return new ProxyQuery(words, domain, party);
    }

    /**
     * This query, limited to a bearing party.
     *
     * @param party the party, or {@code null} for any
     * @return the new query
     */
    public ProxyQuery withParty(BearingParty party) {
        return new ProxyQuery(words, domain, party);
    }

    /**
     * The words, when there are any.
     *
     * @return the words, or empty when the query has none
     */
    public Optional<String> wordsGiven() {
        return words == null || words.isBlank() ? Optional.empty() : Optional.of(words);
    }
}
