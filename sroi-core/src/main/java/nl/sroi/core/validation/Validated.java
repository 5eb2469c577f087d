package nl.sroi.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import nl.sroi.core.text.Message;

/**
 * A valid thing, or every problem that kept it from being one: what reading a document, validating a model or
 * running an analysis with parameters gives. Expected failures are values of this type, never exceptions; the
 * {@link Failure} says what was wrong, so that a host can answer each kind in its own way (the service maps them
 * to HTTP statuses, the command line to an exit status).
 *
 * @param <T> the type of the valid thing
 */
public final class Validated<T> {

    /** What kind of thing was wrong. */
    public enum Failure {
        /** The bytes are not JSON: one problem, with line and column. */
        MALFORMED_JSON,
        /** A model document or model that breaks the rules of the format: every problem, with its pointer. */
        INVALID_MODEL,
        /** A {@code sroi-scenarios/1} document that breaks its rules: every problem, with its pointer. */
        INVALID_SCENARIOS,
        /** A parameter of an operation (not of a document): one problem, naming the parameter. */
        INVALID_PARAMETER,
        /** A {@code sroi-proxies/1} catalogue that breaks its rules: every problem, with its pointer. */
        INVALID_CATALOGUE,
        /** Analyses that cannot be put together in one portfolio (different currencies): one problem, naming them. */
        INCOMPATIBLE_ANALYSES
    }

    private final T value;
    private final Failure failure;
    private final List<Problem> errors;

    private Validated(T value, Failure failure, List<Problem> errors) {
        this.value = value;
        this.failure = failure;
        this.errors = errors;
    }

    /**
     * A valid thing.
     *
     * @param value the thing, not null
     * @param <T>   its type
     * @return the thing as valid
     */
    public static <T> Validated<T> valid(T value) {
        return new Validated<>(Objects.requireNonNull(value, "value"), null, List.of());
    }

    /**
     * A failure with every problem found.
     *
     * @param failure what kind of thing was wrong
     * @param errors  the problems, at least one
     * @param <T>     the type the valid thing would have had
     * @return the failure
     */
    public static <T> Validated<T> invalid(Failure failure, List<Problem> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failure names at least one problem");
        }
        return new Validated<>(null, Objects.requireNonNull(failure, "failure"), List.copyOf(errors));
    }

    /**
     * A failure of one parameter of an operation.
     *
     * @param parameter the parameter's name
     * @param code      the problem's code
     * @param message   a sentence saying what is wrong and what would be right
     * @param <T>       the type the valid thing would have had
     * @return the failure
     */
    public static <T> Validated<T> invalidParameter(String parameter, ProblemCode code, Message message) {
        return invalid(Failure.INVALID_PARAMETER, List.of(Problem.ofParameter(parameter, code, message)));
    }

    /**
     * Whether this holds a valid thing.
     *
     * @return true when there is no problem
     */
    public boolean isValid() {
        return failure == null;
    }

    /**
     * The valid thing.
     *
     * @return the thing
     * @throws IllegalStateException when there were problems (a program error: ask {@link #isValid()} first)
     */
    public T value() {
        if (failure != null) {
            Problem first = errors.get(0);
            throw new IllegalStateException(failure + ": " + errors.size() + " problem(s), first "
                    + (first.pointer() != null ? first.pointer() : first.parameter()) + ": " + first.message());
        }
        return value;
    }

    /**
     * What kind of thing was wrong.
     *
     * @return the failure, or {@code null} when valid
     */
    public Failure failure() {
        return failure;
    }

    /**
     * Every problem, in the order found.
     *
     * @return the problems; empty when valid
     */
    public List<Problem> errors() {
        return errors;
    }

    /**
     * The valid thing turned into another; a failure stays the same failure.
     *
     * @param f   what to do with the valid thing
     * @param <U> the type of the result
     * @return the result, or this failure
     */
    public <U> Validated<U> map(Function<? super T, ? extends U> f) {
        return failure == null ? valid(f.apply(value)) : retyped();
    }

    /**
     * The valid thing handed to a further step that can fail itself.
     *
     * @param f   the further step
     * @param <U> the type of its result
     * @return what the step gave, or this failure
     */
    public <U> Validated<U> flatMap(Function<? super T, Validated<U>> f) {
        return failure == null ? f.apply(value) : retyped();
    }

    @SuppressWarnings("unchecked")
    private <U> Validated<U> retyped() {
        return (Validated<U>) this;
    }

    @Override
    public String toString() {
        return failure == null ? "Validated[" + value + "]" : "Validated[" + failure + " " + errors + "]";
    }
}
