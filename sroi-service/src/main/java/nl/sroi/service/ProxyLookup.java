package nl.sroi.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.sroi.core.json.ProxyJson;
import nl.sroi.core.price.PriceIndex;
import nl.sroi.core.proxy.BearingParty;
import nl.sroi.core.proxy.Domain;
import nl.sroi.core.proxy.IndexedValue;
import nl.sroi.core.proxy.ProxyCatalogue;
import nl.sroi.core.proxy.ProxyEntry;
import nl.sroi.core.proxy.ProxyQuery;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * The proxy library as the routes and the command line use it (part of the {@link Operations}): the values of
 * parameters as a query or a command line gives them, checked here once, and the answers the library gives. A bad
 * parameter is a 400 problem that names it; an unknown id a 404.
 *
 * @param catalogue the catalogue searched
 * @param index     the price index that brings values to another price year
 */
public record ProxyLookup(ProxyCatalogue catalogue, PriceIndex index) {

    /** The bundled catalogue with the bundled CBS consumer price index. */
    public static final ProxyLookup BUNDLED = new ProxyLookup(ProxyCatalogue.bundled(), PriceIndex.cbsCpi());

    /** The query parameters of the search route. */
    static final List<String> SEARCH_PARAMETERS = List.of("q", "domain", "party");
    /** The query parameters of the entry route. */
    static final List<String> ENTRY_PARAMETERS = List.of("priceYear");

    /** A parameter read, or the problem that it has. */
    record Parsed<T>(T value, Problem problem) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> bad(String parameter, ProblemCode code, Message detail) {
            return new Parsed<>(null, Problem.ofParameter(parameter, code, detail));
        }

        /** The 400 problem document of a bad parameter, in a language. */
        ProblemDocument document(Language language) {
            return ProblemDocument.of(Validated.invalid(Validated.Failure.INVALID_PARAMETER, List.of(problem)),
                    language);
        }
    }

    /**
     * Searches the catalogue: the answer of {@code GET /proxies}.
     *
     * @param words    the words searched for ({@code null}: none)
     * @param domain   a domain's id ({@code null}: any)
     * @param party    a bearing party's id ({@code null}: any)
     * @param language the language of a problem
     * @return the list of entries found, or a 400 problem naming the parameter that is wrong
     */
    public JsonApi.Answer search(String words, String domain, String party, Language language) {
        Parsed<ProxyQuery> query = query(words, domain, party);
        if (query.problem() != null) {
            return JsonApi.Answer.of(query.document(language));
        }
        return new JsonApi.Answer(200, ProxyJson.search(catalogue.search(query.value())), JsonApi.Answer.JSON);
    }

    /**
     * One entry, in another price year when asked: the answer of {@code GET /proxies/{id}}.
     *
     * @param id        the entry's id
     * @param priceYear the price year asked ({@code null}: the entry's own)
     * @param language  the language of a problem
     * @return the entry, a 400 problem naming a wrong parameter, or a 404 problem for an unknown id
     */
    public JsonApi.Answer entry(String id, String priceYear, Language language) {
        Parsed<Integer> year = priceYear("priceYear", priceYear);
        if (year.problem() != null) {
            return JsonApi.Answer.of(year.document(language));
        }
        Optional<ProxyEntry> entry = catalogue.find(id);
        if (entry.isEmpty()) {
            return JsonApi.Answer.of(ProblemDocument.of(ProblemType.NOT_FOUND,
                    ServiceTexts.message("notFound.proxy", id), language));
        }
        IndexedValue indexed = year.value() == null ? null : entry.get().valueIn(year.value(), index);
        return new JsonApi.Answer(200, ProxyJson.entry(entry.get(), indexed), JsonApi.Answer.JSON);
    }

    /** The search query from the words, domain id and party id as given ({@code null}: not given). */
    Parsed<ProxyQuery> query(String words, String domain, String party) {
        ProxyQuery query = ProxyQuery.words(words);
        if (domain != null) {
            Optional<Domain> d = Domain.byId(domain);
            if (d.isEmpty()) {
                return Parsed.bad("domain", ProblemCode.INVALID_VALUE, Message.of("invalidValue", "domain",
                        Arrays.stream(Domain.values()).map(Domain::id).toList(), domain));
            }
            query = query.withDomain(d.get());
        }
        if (party != null) {
            Optional<BearingParty> p = BearingParty.byId(party);
            if (p.isEmpty()) {
                return Parsed.bad("party", ProblemCode.INVALID_VALUE, Message.of("invalidValue", "party",
                        Arrays.stream(BearingParty.values()).map(BearingParty::id).toList(), party));
            }
            query = query.withParty(p.get());
        }
        return Parsed.ok(query);
    }

    /** A price year as given ({@code null}: none), which the index must cover; {@code name} is how it was given. */
    Parsed<Integer> priceYear(String name, String text) {
        if (text == null) {
            return Parsed.ok(null);
        }
        int year;
        try {
            year = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return Parsed.bad(name, ProblemCode.WRONG_TYPE, ServiceTexts.message("parameter.year", name, text));
        }
        if (!index.covers(year)) {
            return Parsed.bad(name, ProblemCode.OUT_OF_RANGE, ServiceTexts.message("parameter.yearNotIndexed", name,
                    index.name(), index.levels().firstKey(), index.levels().lastKey(), year));
        }
        return Parsed.ok(year);
    }
}
