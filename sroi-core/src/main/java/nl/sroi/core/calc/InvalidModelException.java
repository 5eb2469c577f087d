package nl.sroi.core.calc;

import java.util.List;

import nl.sroi.core.validation.Problem;

/**
 * Thrown when code asks to calculate a model it did not validate first; a program error, not an expected failure.
 * Validate with {@link nl.sroi.core.rules.ModelValidator} (or read with the JSON codec above,
 * {@code nl.sroi.core.json.ModelJson}) to get the problems as values.
 */
public final class InvalidModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> errors;

    /**
     * An exception naming the model's problems.
     *
     * @param errors the problems, at least one
     */
    public InvalidModelException(List<Problem> errors) {
        super("the model is not valid: " + errors.size() + " problem(s), first " + errors.get(0).pointer() + ": "
                + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    /**
     * The model's problems.
     *
     * @return every problem
     */
    public List<Problem> errors() {
        return errors;
    }
}
