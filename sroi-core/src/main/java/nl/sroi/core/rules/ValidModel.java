package nl.sroi.core.rules;

import nl.sroi.core.model.SroiModel;

/**
 * A model that passed every rule. Only {@link ModelValidator#check} makes one, so whoever holds a
 * {@code ValidModel} need not validate again (the calculation trusts it).
 */
public final class ValidModel {

    private final SroiModel model;

    ValidModel(SroiModel model) {
        this.model = model;
    }

    /**
     * The model, as entered.
     *
     * @return the model
     */
    public SroiModel model() {
        return model;
    }
}
