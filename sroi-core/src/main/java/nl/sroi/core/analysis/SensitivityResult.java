package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.sroi.core.text.Message;

/**
 * How far each estimate must move before the conclusion flips: the tornado of the ranged estimates (widest swing
 * of the ratio first) and the switching value of every estimate. {@code welfareRatio}, here and at each end of a
 * bar, is the ratio of the welfare view (section 11.2 of the format), present when the model has transfers and
 * inputs.
 */
public record SensitivityResult(String model, CurrencyUnit currency, OptionalDouble ratio,
                                MonetaryAmount netPresentValue, OptionalDouble welfareRatio, List<TornadoBar> tornado,
                                List<SwitchingValue> switchingValues) {

    /**
     * The sensitivity, with unmodifiable copies of the lists.
     *
     * @param model           the model's id
     * @param currency        the model's currency
     * @param ratio           the model's ratio
     * @param netPresentValue the model's net present value
     * @param welfareRatio    the model's welfare ratio; empty without transfers or without inputs
     * @param tornado         the bars
     * @param switchingValues the switching values
     */
    public SensitivityResult {
        tornado = List.copyOf(tornado);
        switchingValues = List.copyOf(switchingValues);
    }

    /** One ranged estimate at its low and at its high, everything else at its point value. */
    public record TornadoBar(EstimateRef estimate, End low, End high) {
        /**
         * The width of the bar: the ratio's swing, or the net present value's when there is no ratio.
         *
         * @return the swing, never negative
         */
        public double swing() {
            if (low.ratio().isPresent() && high.ratio().isPresent()) {
                return Math.abs(high.ratio().getAsDouble() - low.ratio().getAsDouble());
            }
            return Math.abs(high.netPresentValue().subtract(low.netPresentValue()).getNumber().doubleValue());
        }
    }

    /**
     * The ratio and net present value with the estimate at {@code value}, and the welfare ratio when the model has
     * transfers.
     */
    public record End(BigDecimal value, OptionalDouble ratio, MonetaryAmount netPresentValue,
                      OptionalDouble welfareRatio) {
    }

    /**
     * The value of the estimate at which the ratio is exactly 1 (net present value 0), or empty with the reason
     * none exists where the estimate can meaningfully go (its valid range; for a proxy, its own sign). For a
     * duration: the whole years at the edge between durations with a ratio of at least 1 and below 1.
     */
    public record SwitchingValue(EstimateRef estimate, OptionalDouble value, Message reason) {
    }
}
