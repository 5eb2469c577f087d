package nl.sroi.core.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.MunicipalityShare;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.PortfolioSection;
import nl.sroi.core.model.Published;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.price.PriceIndex;

/**
 * A model as its {@code sroi-model/1} document tree, fields in the order of the format description, every default
 * spelled out: what the JSON codec writes and what the change bridge compares. Internal: an embedder writes a
 * model with {@code nl.sroi.core.json.ModelJson}.
 */
public final class ModelTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ClassValue<String[]> SPELLINGS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = spell(((Enum<?>) constants[i]).name());
            }
            return names;
        }
    };

    private ModelTree() {
    }

    /**
     * How the format spells a constant: {@code DROP_OFF} as {@code dropOff}.
     *
     * @param constant the constant's Java name
     * @return its JSON spelling
     */
    public static String spell(String constant) {
        String[] words = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return sb.toString();
    }

    /**
     * The JSON spelling of an enum constant, worked out once per type.
     *
     * @param value the constant
     * @return its spelling
     */
    public static String name(Enum<?> value) {
        return SPELLINGS.get(value.getDeclaringClass())[value.ordinal()];
    }

    /**
     * The model's document.
     *
     * @param m the model
     * @return a new tree, decimals exact
     */
    public static ObjectNode of(SroiModel m) {
        ObjectNode o = NODES.objectNode();
        o.put("format", m.format());
        o.put("id", m.id());
        o.put("title", m.title());
        putIfPresent(o, "description", m.description());
        o.put("kind", name(m.kind()));
        if (m.basedOn() != null) {
            ObjectNode b = o.putObject("basedOn");
            putIfPresent(b, "analysis", m.basedOn().analysis());
            putIfPresent(b, "version", m.basedOn().version());
        }
        o.put("currency", m.currency());
        putIfPresent(o, "priceYear", m.priceYear());
        putIfPresent(o, "firstYear", m.firstYear());
        putIfPresent(o, "horizonYears", m.horizonYears());
        if (m.priceIndex() != null) {
            priceIndex(o, m.priceIndex());
        }
        o.put("partYear", name(m.partYear()));
        Discounting d = m.discounting();
        schedule(o.putObject("discounting").put("rate", d.rate()).put("firstPeriod", name(d.firstPeriod()))
                .put("inputs", d.inputs()), d.schedule());
        ArrayNode stakeholders = o.putArray("stakeholders");
        for (Stakeholder s : m.stakeholders()) {
            ObjectNode so = stakeholders.addObject().put("id", s.id()).put("name", s.name());
            putIfPresent(so, "description", s.description());
        }
        ArrayNode inputs = o.putArray("inputs");
        for (Input in : m.inputs()) {
            ObjectNode io = inputs.addObject().put("id", in.id()).put("stakeholder", in.stakeholder())
                    .put("description", in.description()).put("inKind", in.inKind());
            decimals(io.putArray("amounts"), in.amounts());
            putIfPresent(io, "source", in.source());
            putIfPresent(io, "basis", in.basis());
        }
        ArrayNode outcomes = o.putArray("outcomes");
        for (Outcome out : m.outcomes()) {
            outcome(outcomes.addObject(), out);
        }
        if (m.ranges() != null) {
            ObjectNode ro = o.putObject("ranges");
            range(ro, Estimate.RATE, m.ranges().rate());
            range(ro, Estimate.INPUTS, m.ranges().inputs());
        }
        published(o, m.published());
        if (m.portfolio() != null) {
            portfolio(o.putObject("portfolio"), m.portfolio());
        }
        return o;
    }

    private static void outcome(ObjectNode o, Outcome out) {
        o.put("id", out.id()).put("stakeholder", out.stakeholder()).put("description", out.description())
                .put("indicator", out.indicator());
        if (out.valueTo() != null) {
            ArrayNode shares = o.putArray("valueTo");
            for (ValueShare v : out.valueTo()) {
                shares.addObject().put("stakeholder", v.stakeholder()).put("share", v.share());
            }
        }
        decimals(o.putArray("quantity"), out.quantity());
        putIfPresent(o, "quantityBasis", out.quantityBasis());
        FinancialProxy proxy = out.proxy();
        ObjectNode po = o.putObject("proxy").put("value", proxy.value()).put("unit", proxy.unit())
                .put("source", proxy.source());
        putIfPresent(po, "priceYear", proxy.priceYear());
        putIfPresent(po, "basis", proxy.basis());
        putIfPresent(po, "ref", proxy.ref());
        o.put("duration", out.duration()).put("startOffset", out.startOffset())
                .put("deadweight", out.deadweight()).put("displacement", out.displacement())
                .put("attribution", out.attribution()).put("dropOff", out.dropOff())
                .put("dropOffMode", name(out.dropOffMode())).put("dropOffFrom", name(out.dropOffFrom()))
                .put("alreadyNet", out.alreadyNet()).put("transfer", out.transfer());
        otherFilters(o, out.otherFilters());
        if (out.discountRate() != null) {
            o.put("discountRate", out.discountRate());
        }
        published(o, out.published());
        OutcomeRanges r = out.ranges();
        if (r != null) {
            ObjectNode ro = o.putObject("ranges");
            range(ro, Estimate.QUANTITY, r.quantity());
            range(ro, Estimate.PROXY, r.proxy());
            range(ro, Estimate.DURATION, r.duration());
            range(ro, Estimate.DEADWEIGHT, r.deadweight());
            range(ro, Estimate.DISPLACEMENT, r.displacement());
            range(ro, Estimate.ATTRIBUTION, r.attribution());
            range(ro, Estimate.DROP_OFF, r.dropOff());
        }
    }

    private static void range(ObjectNode ranges, Estimate estimate, EstimateRange range) {
        if (range != null) {
            ranges.putObject(estimate.key()).put("low", range.low()).put("high", range.high())
                    .put("distribution", name(range.distribution()));
        }
    }

    private static void decimals(ArrayNode array, List<BigDecimal> values) {
        values.forEach(array::add);
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void putIfPresent(ObjectNode o, String field, Enum<?> value) {
        if (value != null) {
            o.put(field, name(value));
        }
    }

    /** The bundled CPI by its name; any other index in full. */
    private static void priceIndex(ObjectNode o, PriceIndex index) {
        if (index.equals(PriceIndex.cbsCpi())) {
            o.put("priceIndex", PriceIndex.CBS_CPI);
            return;
        }
        ObjectNode io = o.putObject("priceIndex").put("name", index.name()).put("source", index.source());
        ObjectNode values = io.putObject("values");
        index.levels().forEach((year, level) -> values.put(Integer.toString(year), level));
    }

    private static void putIfPresent(ObjectNode o, String field, Integer value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void otherFilters(ObjectNode o, List<OtherFilter> filters) {
        if (filters != null) {
            ArrayNode a = o.putArray("otherFilters");
            filters.forEach(f -> a.addObject().put("name", f.name()).put("share", f.share()));
        }
    }

    private static void schedule(ObjectNode discounting, List<RateStep> schedule) {
        if (schedule != null) {
            ArrayNode a = discounting.putArray("schedule");
            schedule.forEach(s -> a.addObject().put("fromYear", s.fromYear()).put("rate", s.rate()));
        }
    }

    /** The published figures that are given, in the order of the format. */
    private static void published(ObjectNode o, Published p) {
        if (p == null) {
            return;
        }
        ObjectNode po = o.putObject("published");
        putIfPresent(po, "ratio", p.ratio());
        putIfPresent(po, "presentValue", p.presentValue());
        putIfPresent(po, "inputsValue", p.inputsValue());
        if (p.source() != null) {
            po.put("source", p.source());
        }
        putIfPresent(po, "tolerance", p.tolerance());
    }

    /** Writes the section's fields into {@code o}, absent ones left out. */
    private static void portfolio(ObjectNode o, PortfolioSection p) {
        putIfPresent(o, "programme", p.programme());
        putIfPresent(o, "themeLine", p.themeLine());
        putIfPresent(o, "project", p.project());
        if (p.municipalities() != null) {
            ArrayNode shares = o.putArray("municipalities");
            for (MunicipalityShare m : p.municipalities()) {
                shares.addObject().put("id", m.id()).put("share", m.share());
            }
        }
        if (p.allocationBasis() != null) {
            o.put("allocationBasis", name(p.allocationBasis()));
        }
    }

    private static void putIfPresent(ObjectNode o, String field, BigDecimal value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
