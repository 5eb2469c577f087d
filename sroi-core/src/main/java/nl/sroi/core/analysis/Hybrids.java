package nl.sroi.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;

/**
 * The hybrid models M(S) of two models (section 2 of {@code bridge.md}): FROM with the fields of every factor in S
 * taken from TO, as {@link BridgeFields}' table says. Outcomes are matched by id: a matched outcome is mixed field
 * by field; one only FROM has is in M(S) when {@code outcomes} is not in S, one only TO has when it is. The
 * stakeholders are both sides'. The outcomes of M(S) are FROM's in their order, then those only TO has, so
 * {@link #outcomeIds()} numbers every outcome of either side once.
 */
final class Hybrids {

    private static final BridgeFields.Mixer<SroiModel> MODELS =
            new BridgeFields.Mixer<>(SroiModel.class, BridgeFields.Part.MODEL);
    private static final BridgeFields.Mixer<Outcome> OUTCOMES =
            new BridgeFields.Mixer<>(Outcome.class, BridgeFields.Part.OUTCOME);

    private final SroiModel from;
    private final SroiModel to;
    private final Map<String, Outcome> toOutcomes = new LinkedHashMap<>();
    private final List<String> outcomeIds = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private final List<Stakeholder> stakeholders = new ArrayList<>();
    private final java.util.Set<String> fromIds = new java.util.HashSet<>();

    Hybrids(SroiModel from, SroiModel to) {
        this.from = from;
        this.to = to;
        to.outcomes().forEach(o -> toOutcomes.put(o.id(), o));
        Map<String, Outcome> fromOutcomes = new LinkedHashMap<>();
        from.outcomes().forEach(o -> fromOutcomes.put(o.id(), o));
        fromIds.addAll(fromOutcomes.keySet());
        for (Outcome o : from.outcomes()) {
            outcomeIds.add(o.id());
            Outcome t = toOutcomes.get(o.id());
            descriptions.add(t != null ? t.description() : o.description());
        }
        for (Outcome o : to.outcomes()) {
            if (!fromOutcomes.containsKey(o.id())) {
                outcomeIds.add(o.id());
                descriptions.add(o.description());
            }
        }
        stakeholders.addAll(from.stakeholders());
        List<String> known = from.stakeholders().stream().map(Stakeholder::id).toList();
        to.stakeholders().stream().filter(s -> !known.contains(s.id())).forEach(stakeholders::add);
    }

    /** Every outcome of either side, by id: FROM's in order, then those only TO has. */
    List<String> outcomeIds() {
        return outcomeIds;
    }

    /** Each outcome's description (TO's when TO has it), in the order of {@link #outcomeIds()}. */
    List<String> descriptions() {
        return descriptions;
    }

    /**
     * M(S).
     *
     * @param mask S, a bit per factor ({@link BridgeFactor#bit()})
     * @return the hybrid, not validated
     */
    SroiModel model(int mask) {
        SroiModel mixed = MODELS.mix(from, to, mask);
        boolean outcomesFromTo = (mask & BridgeFactor.OUTCOMES.bit()) != 0;
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome o : from.outcomes()) {
            Outcome t = toOutcomes.get(o.id());
            if (t != null) {
                outcomes.add(OUTCOMES.mix(o, t, mask));
            } else if (!outcomesFromTo) {
                outcomes.add(inPricesOf(o, from, mixed));
            }
        }
        if (outcomesFromTo) {
            for (Outcome t : to.outcomes()) {
                if (!fromIds.contains(t.id())) {
                    outcomes.add(inPricesOf(t, to, mixed));
                }
            }
        }
        return mixed.toBuilder().stakeholders(stakeholders).outcomes(outcomes).build();
    }

    /**
     * An outcome of one side only, in a hybrid whose price index cannot bring its proxy's price year to the
     * hybrid's prices: its proxy is taken at the value its own side uses (in its own side's prices). Otherwise the
     * outcome as it is.
     */
    private static Outcome inPricesOf(Outcome o, SroiModel own, SroiModel hybrid) {
        FinancialProxy p = o.proxy();
        Integer year = p.priceYear();
        if (hybrid.priceIndex() == null || year == null || year.equals(hybrid.priceYear())
                || hybrid.priceIndex().covers(year)) {
            return o;
        }
        FinancialProxy own2 = new FinancialProxy(own.proxyValueUsed(p), p.unit(), p.source(), null, p.basis(),
                p.ref());
        return o.toBuilder().proxy(own2).build();
    }
}
