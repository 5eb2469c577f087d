package nl.sroi.core.json;

import java.util.List;

import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ValidModel;

/**
 * What reading a model document gave: a valid model and no errors, or every error and no model.
 * {@code malformed} says the bytes were not JSON at all (one error, with line and column), which the service
 * answers with 400 rather than 422.
 */
public record ModelReading(ValidModel validModel, List<Problem> errors, boolean malformed) {

    public ModelReading {
        errors = List.copyOf(errors);
        if ((validModel == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a reading holds either a model or errors");
        }
    }

    public boolean valid() {
        return validModel != null;
    }

    /** The model read, or {@code null} when it had errors. */
    public SroiModel model() {
        return validModel == null ? null : validModel.model();
    }
}
