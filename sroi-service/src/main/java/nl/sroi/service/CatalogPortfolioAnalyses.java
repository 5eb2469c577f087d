package nl.sroi.service;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import nl.sroi.core.analysis.PortfolioEntry;

/**
 * The portfolio over the service's model catalogue (the bundled analyses of {@code models/}), for tests and a
 * service built without a store: each model is its analysis's only version, number 1, adopted and latest alike. Its hash is
 * left out ({@code null}): the contract's hash is SHA-256 over the document's RFC 8785 canonical form, which the
 * store computes and keeps.
 */
final class CatalogPortfolioAnalyses implements PortfolioAnalyses {

    private final Supplier<ModelCatalog> catalog;

    CatalogPortfolioAnalyses(Supplier<ModelCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<PortfolioEntry> entries(Versions versions) {
        ModelCatalog c = catalog.get();
        return c.ids().stream().sorted(Comparator.naturalOrder())
                .map(id -> PortfolioEntry.of(id, 1, null, c.find(id).orElseThrow().valid())).toList();
    }
}
