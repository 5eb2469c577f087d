package nl.sroi.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.sroi.core.analysis.PortfolioEntry;
import nl.sroi.core.text.Coded;
import nl.sroi.core.text.Message;

/**
 * Where the portfolio takes its analyses from: every analysis that is not archived, each in the version the
 * selection asks for. The service reads the store
 * ({@link StorePortfolioAnalyses}: adopted and latest versions with their canonical hashes);
 * {@link CatalogPortfolioAnalyses} serves the bundled models to tests and to a service built without a store.
 */
@FunctionalInterface
public interface PortfolioAnalyses {

    /** Which version of each analysis: its latest adopted one (analyses never adopted are left out), or its latest. */
    enum Versions implements Coded {
        /** Each analysis's latest adopted version. */
        ADOPTED,
        /** Each analysis's latest version, drafts included. */
        LATEST;

        /** The query value, {@code adopted} or {@code latest}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The query value, as every {@link Coded} value has it.
         *
         * @return {@code adopted} or {@code latest}
         */
        @Override
        public String id() {
            return value();
        }

        /**
         * What these versions are: "vastgestelde versies", "laatste versies (ook concepten)".
         *
         * @return the label, not yet in a language
         */
        @Override
        public Message label() {
            return ServiceTexts.message("portfolio.versions." + value());
        }

        /**
         * The versions a query value names.
         *
         * @param value {@code adopted} or {@code latest}
         * @return the versions, or empty for another value
         */
        public static Optional<Versions> of(String value) {
            return Coded.byId(Versions.class, value);
        }
    }

    /**
     * The valid analyses in these versions, in the order of their ids; archived analyses never.
     *
     * @param versions which version of each
     * @return the entries
     */
    List<PortfolioEntry> entries(Versions versions);
}
