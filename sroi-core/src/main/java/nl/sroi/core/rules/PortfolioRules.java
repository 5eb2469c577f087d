package nl.sroi.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.sroi.core.model.MunicipalityShare;
import nl.sroi.core.model.PortfolioSection;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;

/**
 * The rules of a model's {@code portfolio} section, for {@link ModelValidator}: ids by the id rule, a project name
 * like any text, and municipalities each named once with a share greater than 0 and at most 1, the shares adding up
 * to 1 (within {@link ModelValidator#SHARE_TOLERANCE}) and resting on a stated basis. Ids the programme does not
 * know are warnings ({@link ModelWarnings}), not errors.
 */
final class PortfolioRules {

    private static final String P = "/portfolio";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Problem> problems = new ArrayList<>();

    private PortfolioRules() {
    }

    static List<Problem> problems(PortfolioSection s) {
        PortfolioRules rules = new PortfolioRules();
        rules.check(s);
        return rules.problems;
    }

    private void check(PortfolioSection s) {
        optionalId(s.programme(), P, "programme");
        optionalId(s.themeLine(), P, "themeLine");
        project(s.project());
        if (s.municipalities() == null) {
            return;
        }
        if (s.municipalities().isEmpty()) {
            add(Pointer.child(P, "municipalities"), ProblemCode.EMPTY, Message.of("empty.municipalities"));
            return;
        }
        if (s.allocationBasis() == null) {
            add(Pointer.child(P, "allocationBasis"), ProblemCode.REQUIRED,
                    Message.of("required", "portfolio.allocationBasis"));
        }
        municipalities(s.municipalities());
    }

    private void municipalities(List<MunicipalityShare> list) {
        String mp = P + "/municipalities";
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int j = 0; j < list.size(); j++) {
            MunicipalityShare m = list.get(j);
            String sp = Pointer.child(mp, j);
            if (m == null) {
                add(sp, ProblemCode.REQUIRED, Message.of("required", "municipality"));
                complete = false;
                continue;
            }
            if (m.id() == null) {
                add(Pointer.child(sp, "id"), ProblemCode.REQUIRED, Message.of("required", "id"));
            } else if (!ModelValidator.isId(m.id())) {
                add(Pointer.child(sp, "id"), ProblemCode.INVALID_ID, ModelValidator.invalidId(m.id()));
            } else if (!seen.add(m.id())) {
                add(Pointer.child(sp, "id"), ProblemCode.DUPLICATE_ID, Message.of("duplicate.municipality", m.id()));
            }
            if (m.share() == null) {
                add(Pointer.child(sp, "share"), ProblemCode.REQUIRED, Message.of("required", "share"));
                complete = false;
            } else if (m.share().signum() <= 0 || m.share().compareTo(BigDecimal.ONE) > 0) {
                add(Pointer.child(sp, "share"), ProblemCode.OUT_OF_RANGE,
                        Message.of("outOfRange.municipalityShare", m.share()));
                complete = false;
            } else {
                sum = sum.add(m.share());
            }
        }
        if (complete && sum.subtract(BigDecimal.ONE).abs().doubleValue() > ModelValidator.SHARE_TOLERANCE) {
            add(mp, ProblemCode.SHARES_DO_NOT_ADD_UP, sum.compareTo(HUNDRED) == 0
                    ? Message.of("municipalitySharesDoNotAddUp.percent", sum)
                    : Message.of("municipalitySharesDoNotAddUp", sum));
        }
    }

    private void project(String project) {
        if (project == null) {
            return;
        }
        String pointer = Pointer.child(P, "project");
        if (project.isBlank()) {
            add(pointer, ProblemCode.EMPTY, Message.of("empty.text", "portfolio.project"));
        } else if (project.length() > ModelLimits.MAX_TEXT_LENGTH) {
            add(pointer, ProblemCode.LIMIT_EXCEEDED, Message.of("limitExceeded.length", "portfolio.project",
                    ModelLimits.MAX_TEXT_LENGTH, project.length()));
        }
    }

    private void optionalId(String id, String parent, String field) {
        if (id != null && !ModelValidator.isId(id)) {
            add(Pointer.child(parent, field), ProblemCode.INVALID_ID, ModelValidator.invalidId(id));
        }
    }

    private void add(String pointer, ProblemCode code, Message message) {
        problems.add(Problem.of(pointer, code, message));
    }
}
