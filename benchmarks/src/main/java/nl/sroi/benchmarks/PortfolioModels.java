package nl.sroi.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.sroi.core.analysis.PortfolioEntry;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.AllocationBasis;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.MunicipalityShare;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.PortfolioSection;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.TwentseKoers;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;

/**
 * The benchmarked portfolio: the three bundled analyses and 97 random ones made from them by a seeded generator
 * (quantities × 0.5–2, proxies and their ranges × 0.8–1.2, a random theme line and municipalities; every other one
 * with every outcome's proxy and quantity ranged, so that many proxies citing the same library entry are drawn
 * together). A hundred projects is about four times Twentse Koers' 26.
 */
final class PortfolioModels {

    static final String[] BUNDLED = {"jongeren-en-schulden", "participatie-naar-vermogen", "respijtzorg"};

    private PortfolioModels() {
    }

    static List<PortfolioEntry> hundred(long seed) {
        List<ValidModel> bundled = new ArrayList<>();
        List<PortfolioEntry> entries = new ArrayList<>();
        for (String name : BUNDLED) {
            ValidModel v = read(name);
            bundled.add(v);
            entries.add(PortfolioEntry.of(name, 1, null, v));
        }
        Random rnd = new Random(seed);
        for (int i = 0; entries.size() < 100; i++) {
            SroiModel base = bundled.get(i % 3).model();
            SroiModel m = vary(base, rnd, i % 2 == 0).toBuilder().id(base.id() + "-" + i)
                    .portfolio(section(rnd)).build();
            entries.add(PortfolioEntry.of(m.id(), 1, null, ModelValidator.DEFAULT.check(m).value()));
        }
        return entries;
    }

    private static ValidModel read(String name) {
        try (InputStream in = PortfolioModels.class.getResourceAsStream("/models/" + name + ".json")) {
            return ModelJson.read(in.readAllBytes()).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SroiModel vary(SroiModel m, Random rnd, boolean ranged) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome o : m.outcomes()) {
            BigDecimal q = BigDecimal.valueOf(0.5 + 1.5 * rnd.nextDouble()).setScale(3, java.math.RoundingMode.HALF_UP);
            BigDecimal p = BigDecimal.valueOf(0.8 + 0.4 * rnd.nextDouble()).setScale(3, java.math.RoundingMode.HALF_UP);
            List<BigDecimal> quantity = o.quantity().stream().map(x -> x.multiply(q)).toList();
            FinancialProxy proxy = o.proxy();
            BigDecimal value = proxy.value().multiply(p);
            OutcomeRanges r = o.ranges();
            EstimateRange proxyRange = r == null ? null : r.proxy();
            if (proxyRange != null) {
                proxyRange = new EstimateRange(proxyRange.low().multiply(p), proxyRange.high().multiply(p),
                        proxyRange.distribution());
            }
            if (ranged) {
                BigDecimal used = m.proxyValueUsed(new FinancialProxy(value, proxy.unit(), proxy.source(),
                        proxy.priceYear(), proxy.basis(), proxy.ref()));
                BigDecimal low = used.multiply(new BigDecimal("0.8"));
                BigDecimal high = used.multiply(new BigDecimal("1.2"));
                proxyRange = new EstimateRange(low.min(high), low.max(high), null);
                r = new OutcomeRanges(EstimateRange.of(0.7, 1.3), proxyRange, null,
                        r == null ? null : r.deadweight(), null, r == null ? null : r.attribution(), null);
            } else if (r != null) {
                r = new OutcomeRanges(r.quantity(), proxyRange, r.duration(), r.deadweight(), r.displacement(),
                        r.attribution(), r.dropOff());
            }
            outcomes.add(o.toBuilder().quantity(quantity).proxy(new FinancialProxy(value, proxy.unit(),
                    proxy.source(), proxy.priceYear(), proxy.basis(), proxy.ref())).ranges(r).build());
        }
        return m.toBuilder().outcomes(outcomes).build();
    }

    private static PortfolioSection section(Random rnd) {
        String theme = TwentseKoers.THEME_LINES.get(rnd.nextInt(TwentseKoers.THEME_LINES.size()));
        List<String> ids = new ArrayList<>(TwentseKoers.MUNICIPALITIES.keySet());
        java.util.Collections.shuffle(ids, rnd);
        int n = 1 + rnd.nextInt(4);
        List<MunicipalityShare> shares = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            shares.add(new MunicipalityShare(ids.get(j), BigDecimal.ONE.divide(BigDecimal.valueOf(n), 10,
                    java.math.RoundingMode.DOWN).add(j == 0 ? BigDecimal.ONE.subtract(BigDecimal.ONE.divide(
                    BigDecimal.valueOf(n), 10, java.math.RoundingMode.DOWN).multiply(BigDecimal.valueOf(n)))
                    : BigDecimal.ZERO)));
        }
        return new PortfolioSection(TwentseKoers.PROGRAMME, theme, null, shares, AllocationBasis.ASSUMPTION);
    }
}
