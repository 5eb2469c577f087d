package nl.sroi.core.rules;

import java.math.BigDecimal;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.ProblemCode;

/**
 * The checks one validation run offers to rules kept in classes of their own ({@link PrintedRules}): each takes the
 * parent's pointer and the field's name, reports a problem there, and says whether the value passed.
 */
interface Checks {

    /** A required value; false (and reported) when it is missing. */
    boolean required(Object value, String parent, Object key, String name);

    /** A required, non-blank text within the length limit. */
    boolean text(String value, String parent, String field, String name);

    /** A required number inside the estimate's interval (with the percentage hint where it fits). */
    boolean estimate(BigDecimal value, String parent, String field, Estimate estimate, String name);

    /** A number within the magnitude every amount keeps to. */
    boolean magnitude(BigDecimal value, String parent, Object key, String name);

    /** Reports a problem at the parent's field or index. */
    void add(String parent, Object key, ProblemCode code, Message message);
}
