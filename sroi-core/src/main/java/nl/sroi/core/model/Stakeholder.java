package nl.sroi.core.model;

/** A party that invests, experiences a change or receives its value. */
public record Stakeholder(String id, String name, String description) {

    /**
     * A stakeholder without a description.
     *
     * @param id   the stakeholder's id
     * @param name its name
     * @return the stakeholder
     */
    public static Stakeholder of(String id, String name) {
        return new Stakeholder(id, name, null);
    }
}
