package nl.sroi.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Ids;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.Validated;

/**
 * Checks a model against every rule of the {@code sroi-model/1} format and reports all problems at once, in
 * document order. Nothing is clamped or defaulted here: a model with any problem must not be calculated.
 *
 * <p>Decisions the format leaves open, taken here: ids of inputs and outcomes must be non-empty and unique (the id
 * pattern applies to the model and stakeholders only); a {@code valueTo} list may not name a stakeholder twice;
 * years are 1 to 9999; the currency must be an ISO 4217 currency with a minor unit (not XAU or XXX); amounts,
 * proxies and quantities are at most {@link ModelLimits#MAX_MAGNITUDE} in size, so that no result can overflow.
 */
public final class ModelValidator {

    /** Validates with {@link ModelLimits#DEFAULT}. */
    public static final ModelValidator DEFAULT = new ModelValidator(ModelLimits.DEFAULT);

    /** Shares of {@code valueTo} must add up to 1 within this tolerance. */
    public static final double SHARE_TOLERANCE = 1e-9;

    /** ISO 4217 codes with a minor unit; the JDK builds a new set on every call of getAvailableCurrencies. */
    static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .filter(c -> c.getDefaultFractionDigits() >= 0).map(Currency::getCurrencyCode)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final BigDecimal MAX_MAGNITUDE = BigDecimal.valueOf(ModelLimits.MAX_MAGNITUDE);
    /** The longest duration, in years. */
    static final BigDecimal MAX_DURATION = BigDecimal.valueOf(50);
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The most ids a message lists when it says which ones there are. */
    static final int MAX_LISTED_IDS = 20;

    private final ModelLimits limits;

    /**
     * A validator with these limits.
     *
     * @param limits the limits on the size of a model
     */
    public ModelValidator(ModelLimits limits) {
        this.limits = limits;
    }

    /**
     * The limits this validator applies.
     *
     * @return the limits
     */
    public ModelLimits limits() {
        return limits;
    }

    /**
     * The id rule of the format: 1 to 64 characters of {@code a-z}, {@code 0-9} and {@code -}.
     *
     * @param id the id, or {@code null}
     * @return true when it follows the rule
     */
    public static boolean isId(String id) {
        return Ids.isId(id);
    }

    /**
     * The duration rule of section 11 of the format: greater than 0 and at most 50 years.
     *
     * @param duration a duration in years
     * @return whether it is valid
     */
    public static boolean validDuration(BigDecimal duration) {
        return duration.signum() > 0 && duration.compareTo(MAX_DURATION) <= 0;
    }

    /**
     * Every problem of the model; empty when it is valid.
     *
     * @param model the model as entered
     * @return the problems in document order
     */
    public List<Problem> validate(SroiModel model) {
        ValidationRun run = new ValidationRun(limits);
        run.model(model);
        return List.copyOf(run.problems);
    }

    /**
     * Validates the model, giving it back as a {@link ValidModel} when it has no problem.
     *
     * @param model the model as entered
     * @return the valid model, or every problem ({@link Validated.Failure#INVALID_MODEL})
     */
    public Validated<ValidModel> check(SroiModel model) {
        List<Problem> errors = validate(model);
        return errors.isEmpty() ? Validated.valid(new ValidModel(model))
                : Validated.invalid(Validated.Failure.INVALID_MODEL, errors);
    }


    /**
     * Ids as a message lists them: quoted, at most {@value #MAX_LISTED_IDS}, then how many more there are.
     *
     * @param ids the ids
     * @return the list for a message
     */
    public static Message listed(List<String> ids) {
        List<String> quoted = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(ids.size(), MAX_LISTED_IDS))) {
            quoted.add("\"" + id + "\"");
        }
        return ids.size() <= MAX_LISTED_IDS ? Message.of("list", quoted)
                : Message.of("list.more", quoted, ids.size() - MAX_LISTED_IDS);
    }

    /** The message for an id that breaks the id rule, with one that keeps it when the text gives one. */
    static Message invalidId(String id) {
        String suggestion = idFrom(id);
        return suggestion == null ? Message.of("invalidId", id) : Message.of("invalidId.suggest", id, suggestion);
    }

    /**
     * An id that follows the id rule, made from a text that does not ("Jongeren en schulden" gives
     * "jongeren-en-schulden"), or {@code null} when nothing of the text is left.
     */
    static String idFrom(String text) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 64) {
            plain = plain.substring(0, 64).replaceAll("-+$", "");
        }
        return plain.isEmpty() || plain.equals(text) ? null : plain;
    }
}
