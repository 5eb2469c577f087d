package nl.sroi.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.sroi.core.analysis.PortfolioEntry;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;
import nl.sroi.store.AnalysisSummary;
import nl.sroi.store.Listing;
import nl.sroi.store.StoredVersion;
import nl.sroi.store.VersionRecord;

/**
 * The portfolio over the store: every active analysis in the version asked for, with the hash the store keeps.
 * Left out, as the portfolio contract says: archived analyses, analyses never adopted (for {@code adopted}), and
 * what the portfolio cannot add up: a version that is not a valid {@code sroi-model/1} (an invalid draft as
 * {@code latest}, or a scenarios document, whose scenarios are variants of one analysis, not projects).
 */
final class StorePortfolioAnalyses implements PortfolioAnalyses {

    private final StoreAccess access;
    private final ModelValidator validator;

    StorePortfolioAnalyses(StoreAccess access, ModelValidator validator) {
        this.access = access;
        this.validator = validator;
    }

    @Override
    public List<PortfolioEntry> entries(Versions versions) {
        var store = access.store();
        List<PortfolioEntry> entries = new ArrayList<>();
        for (AnalysisSummary a : store.list(new Listing.Filter(null, null, "active", null))) {
            VersionRecord chosen = versions == Versions.ADOPTED ? a.adopted() : a.latest();
            if (chosen == null || !chosen.valid() || !SroiModel.FORMAT.equals(chosen.format())) {
                continue;
            }
            StoredVersion stored = store.version(a.id(), chosen.version());
            Validated<ValidModel> read = ModelJson.read(stored.document().getBytes(StandardCharsets.UTF_8), validator);
            if (read.isValid()) { // valid when saved; an engine that now refuses it leaves it out rather than guess
                entries.add(PortfolioEntry.of(a.id(), chosen.version(), chosen.hash(), read.value()));
            }
        }
        entries.sort(Comparator.comparing(PortfolioEntry::analysis));
        return List.copyOf(entries);
    }
}
