package nl.sroi.core.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.sroi.core.model.DropOffFrom;
import nl.sroi.core.model.DropOffMode;
import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.PartYear;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.rules.ValidModel;

/**
 * The arrays a model compiles to (section 2 and 11.1 of the format): the structure, fixed at compile time and shared
 * by copies, the estimates, which each copy has its own of, and the evaluation's buffers. The arithmetic on them
 * is {@link Kernel}'s.
 */
abstract class KernelArrays {

    static final int MAX_DURATION = (int) Estimate.DURATION.upper();

    // structure
    final ValidModel model;
    final int outcomes;
    final int stakeholders;
    final int capacity;
    final int inputPeriods;
    final int horizon;
    final boolean firstPeriodDiscounted;
    final boolean inputsDiscounted;
    final boolean fullYear;
    /** Per year u of discounting (from 1), the schedule's rate, NaN where the model's rate applies; or null. */
    final double[] scheduleRate;
    /** Per outcome and period, its own discount factors (section 12.1); null when no outcome has its own rate. */
    final double[] ownFactors;
    final boolean[] ownRate;
    final int[] filterStart;
    final int[] filterCount;
    final int[] cohortStart;
    final int[] cohortCount;
    final double[] quantity;
    final int[] startOffset;
    final boolean[] linear;
    final boolean[] dropOffFromFirstYear;
    final boolean[] transfer;
    final boolean anyTransfer;
    final double[] indexFactor;
    final double[] shares;
    final double[] inputs;

    // estimates
    final double[] proxy;
    final double[] deadweight;
    final double[] displacement;
    final double[] attribution;
    final double[] dropOff;
    final double[] duration;
    final double[] quantityMultiplier;
    final double[] filterShare;
    /** Per outcome, Π (1 − share) of its other filters. */
    final double[] filterFactor;
    double rate;
    double inputsMultiplier = 1;

    // evaluation
    final double[] factors;
    final double[] values;
    final double[] totals;
    boolean factorsStale = true;
    double presentValue;

    KernelArrays(SroiModel model, ValidModel valid) {
        this.model = valid;
        List<Outcome> outs = model.outcomes();
        List<String> ids = model.stakeholders().stream().map(s -> s.id()).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < ids.size(); s++) {
            index.put(ids.get(s), s);
        }
        outcomes = outs.size();
        stakeholders = ids.size();
        horizon = model.horizonYears() == null ? Integer.MAX_VALUE : model.horizonYears();
        firstPeriodDiscounted = model.discounting().firstPeriod() == FirstPeriod.DISCOUNTED;
        inputsDiscounted = model.discounting().inputs();
        rate = model.discounting().rate().doubleValue();
        fullYear = model.partYear() == PartYear.FULL_YEAR;

        cohortStart = new int[outcomes];
        cohortCount = new int[outcomes];
        startOffset = new int[outcomes];
        linear = new boolean[outcomes];
        dropOffFromFirstYear = new boolean[outcomes];
        transfer = new boolean[outcomes];
        indexFactor = new double[outcomes];
        proxy = new double[outcomes];
        deadweight = new double[outcomes];
        displacement = new double[outcomes];
        attribution = new double[outcomes];
        dropOff = new double[outcomes];
        duration = new double[outcomes];
        quantityMultiplier = new double[outcomes];
        ownRate = new boolean[outcomes];
        filterStart = new int[outcomes];
        filterCount = new int[outcomes];
        filterFactor = new double[outcomes];
        filterShare = new double[outs.stream().mapToInt(o -> o.filters().size()).sum()];
        shares = new double[outcomes * stakeholders];
        int cohorts = outs.stream().mapToInt(o -> o.quantity().size()).sum();
        quantity = new double[cohorts];
        int longestValue = compileOutcomes(model, outs, index);
        boolean transfers = false;
        for (boolean t : transfer) {
            transfers |= t;
        }
        anyTransfer = transfers;
        inputPeriods = model.inputs().stream().mapToInt(in -> in.amounts().size()).max().orElse(0);
        capacity = Math.max(1, Math.max(inputPeriods, longestValue));
        inputs = new double[stakeholders * capacity];
        for (Input in : model.inputs()) {
            int s = index.get(in.stakeholder());
            for (int t = 0; t < in.amounts().size(); t++) {
                inputs[s * capacity + t] += in.amounts().get(t).doubleValue();
            }
        }
        factors = new double[capacity];
        values = new double[outcomes * capacity];
        totals = new double[capacity];
        scheduleRate = Discounts.scheduleRates(model, capacity);
        ownFactors = Discounts.ownFactors(outs, capacity, firstPeriodDiscounted);
    }

    /** Fills the per-outcome arrays; gives the last period any outcome can have value in. */
    private int compileOutcomes(SroiModel model, List<Outcome> outs, Map<String, Integer> index) {
        int longestValue = 0;
        Map<Integer, BigDecimal> factorOfYear = new HashMap<>();
        for (int i = 0, q = 0, f = 0; i < outcomes; i++) {
            Outcome o = outs.get(i);
            cohortStart[i] = q;
            cohortCount[i] = o.quantity().size();
            for (BigDecimal amount : o.quantity()) {
                quantity[q++] = amount.doubleValue();
            }
            startOffset[i] = o.startOffset();
            linear[i] = o.dropOffMode() == DropOffMode.LINEAR;
            dropOffFromFirstYear[i] = o.dropOffFrom() == DropOffFrom.FIRST_YEAR;
            transfer[i] = o.transfer();
            // one exact division per price year, not two per outcome (most of a calculation's allocation)
            BigDecimal factor = o.proxy().priceYear() == null ? model.proxyIndexFactor(o.proxy())
                    : factorOfYear.computeIfAbsent(o.proxy().priceYear(), y -> model.proxyIndexFactor(o.proxy()));
            indexFactor[i] = factor.doubleValue();
            proxy[i] = model.proxyValueUsed(o.proxy(), factor).doubleValue();
            deadweight[i] = o.deadweight().doubleValue();
            displacement[i] = o.displacement().doubleValue();
            attribution[i] = o.attribution().doubleValue();
            dropOff[i] = o.dropOff().doubleValue();
            duration[i] = o.duration().doubleValue();
            quantityMultiplier[i] = 1;
            ownRate[i] = o.discountRate() != null;
            filterStart[i] = f;
            filterCount[i] = o.filters().size();
            for (OtherFilter of : o.filters()) {
                filterShare[f++] = of.share().doubleValue();
            }
            filterFactor[i] = filterFactorOf(i);
            for (ValueShare v : o.valueShares()) {
                shares[i * stakeholders + index.get(v.stakeholder())] += v.share().doubleValue();
            }
            longestValue = Math.max(longestValue, lastValuePeriod(i, MAX_DURATION));
        }
        return longestValue;
    }

    double filterFactorOf(int outcome) {
        double factor = 1;
        for (int j = 0; j < filterCount[outcome]; j++) {
            factor *= 1 - filterShare[filterStart[outcome] + j];
        }
        return factor;
    }

    KernelArrays(KernelArrays k) {
        model = k.model;
        outcomes = k.outcomes;
        stakeholders = k.stakeholders;
        capacity = k.capacity;
        inputPeriods = k.inputPeriods;
        horizon = k.horizon;
        firstPeriodDiscounted = k.firstPeriodDiscounted;
        inputsDiscounted = k.inputsDiscounted;
        fullYear = k.fullYear;
        scheduleRate = k.scheduleRate;
        ownFactors = k.ownFactors;
        ownRate = k.ownRate;
        filterStart = k.filterStart;
        filterCount = k.filterCount;
        filterShare = k.filterShare.clone();
        filterFactor = k.filterFactor.clone();
        cohortStart = k.cohortStart;
        cohortCount = k.cohortCount;
        quantity = k.quantity;
        startOffset = k.startOffset;
        linear = k.linear;
        dropOffFromFirstYear = k.dropOffFromFirstYear;
        transfer = k.transfer;
        anyTransfer = k.anyTransfer;
        indexFactor = k.indexFactor;
        shares = k.shares;
        inputs = k.inputs;
        proxy = k.proxy.clone();
        deadweight = k.deadweight.clone();
        displacement = k.displacement.clone();
        attribution = k.attribution.clone();
        dropOff = k.dropOff.clone();
        duration = k.duration.clone();
        quantityMultiplier = k.quantityMultiplier.clone();
        rate = k.rate;
        inputsMultiplier = k.inputsMultiplier;
        factors = new double[capacity];
        values = new double[outcomes * capacity];
        totals = new double[capacity];
    }

    int lastValuePeriod(int outcome, int years) {
        return Math.min(horizon, Outcome.lastValuePeriod(cohortCount[outcome], startOffset[outcome], years));
    }
}
