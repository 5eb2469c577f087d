package nl.sroi.core.json;

import static nl.sroi.core.json.ModelJson.name;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.EstimateRange;
import nl.sroi.core.model.FinancialProxy;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.OutcomeRanges;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.price.PriceIndex;

/** Writes a model as a {@code sroi-model/1} tree, fields in the order of the format description. */
final class ModelWriter {

    private ModelWriter() {
    }

    static ObjectNode tree(SroiModel m) {
        ObjectNode o = Json.object();
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
        PrintedJson.schedule(o.putObject("discounting").put("rate", d.rate()).put("firstPeriod", name(d.firstPeriod()))
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
        PrintedJson.published(o, m.published());
        if (m.portfolio() != null) {
            PortfolioSectionJson.write(o.putObject("portfolio"), m.portfolio());
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
        PrintedJson.otherFilters(o, out.otherFilters());
        if (out.discountRate() != null) {
            o.put("discountRate", out.discountRate());
        }
        PrintedJson.published(o, out.published());
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

}
