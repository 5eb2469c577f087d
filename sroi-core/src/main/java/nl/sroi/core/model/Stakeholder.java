package nl.sroi.core.model;

/** A party that invests, experiences a change or receives its value. */
public record Stakeholder(String id, String name, String description) {

    public static Stakeholder of(String id, String name) {
        return new Stakeholder(id, name, null);
    }
}
