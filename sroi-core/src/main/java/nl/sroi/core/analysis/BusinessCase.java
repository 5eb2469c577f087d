package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.money.CurrencyUnit;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.internal.Kernel;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Nearest;

/**
 * Calculates the business case of one party beside every other party ({@link BusinessCaseResult}): the calculator
 * gives the result, and the per-period figures of each party come from a kernel of the same model, allocated to the
 * result's rounded totals so that they reconcile to the cent. Stateless and thread-safe.
 */
public final class BusinessCase {

    /** With {@link SroiCalculator#DEFAULT}. */
    public static final BusinessCase DEFAULT = new BusinessCase(SroiCalculator.DEFAULT);

    private final SroiCalculator calculator;

    /**
     * A business case that presents its totals with {@code calculator}.
     *
     * @param calculator the calculator of the result the business case reconciles with
     */
    public BusinessCase(SroiCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * The party of a business case, checked before any work: one of the model's stakeholders.
     *
     * @param valid the model
     * @param party a stakeholder's id
     * @return the id, or the problem with the {@code party} parameter (required, or unknown with the nearest id)
     */
    public static Validated<String> party(ValidModel valid, String party) {
        List<String> ids = valid.model().stakeholders().stream().map(s -> s.id()).toList();
        if (ids.contains(party)) {
            return Validated.valid(party);
        }
        if (party == null) {
            return Validated.invalidParameter("party", ProblemCode.REQUIRED,
                    Message.of("party.required", ModelValidator.listed(ids)));
        }
        return Validated.invalidParameter("party", ProblemCode.UNKNOWN_STAKEHOLDER, Nearest.of(party, ids)
                .map(near -> Message.of("unknownParty.nearest", party, near, ModelValidator.listed(ids)))
                .orElseGet(() -> Message.of("unknownParty", party, ModelValidator.listed(ids))));
    }

    /**
     * The business case of the stakeholder {@code party}, beside every other stakeholder.
     *
     * @param valid the model
     * @param party the id of a stakeholder of the model ({@code null}: a problem listing the stakeholders)
     * @return the business case, or a problem with the parameter {@code party} when it is missing or the model has
     *         no such stakeholder
     */
    public Validated<BusinessCaseResult> calculate(ValidModel valid, String party) {
        SroiModel model = valid.model();
        Validated<String> known = party(valid, party);
        if (!known.isValid()) {
            return Validated.invalid(known.failure(), known.errors());
        }
        SroiResult result = calculator.calculate(valid);
        Kernel k = Kernel.of(valid);
        k.evaluate();
        List<BusinessCaseResult.Party> parties = new ArrayList<>();
        for (int s = 0; s < model.stakeholders().size(); s++) {
            parties.add(party(k, result, s));
        }
        return Validated.valid(new BusinessCaseResult(model.id(), result.currency(), party, parties));
    }

    /**
     * The business case of the model's first stakeholder, beside every other: every party's flows (the CSV export
     * writes these).
     *
     * @param valid the model
     * @return the business case
     */
    public BusinessCaseResult calculate(ValidModel valid) {
        return calculate(valid, valid.model().stakeholders().get(0).id()).value();
    }

    /**
     * The business case of one model of a document: the model (a plain model, a base or a scenario) and its case.
     *
     * @param scenario the model, as a scenarios document names it (id {@code null} for a plain model or the base)
     * @param result   its business case
     */
    public record OfScenario(ScenarioSet.Scenario scenario, BusinessCaseResult result) {
    }

    /**
     * The business case of every model of a document, in order: of the party {@code party}, which every model must
     * have, or without one every party's flows ({@link #calculate(ValidModel)}).
     *
     * @param models the models (a plain model, or a scenarios document's base and scenarios)
     * @param party  the id of a stakeholder, or {@code null} for every party
     * @return every model's business case, or the first model's problem with the parameter {@code party}
     */
    public Validated<List<OfScenario>> calculate(List<ScenarioSet.Scenario> models, String party) {
        List<OfScenario> cases = new ArrayList<>();
        for (ScenarioSet.Scenario m : models) {
            Validated<BusinessCaseResult> c = party == null ? Validated.valid(calculate(m.model()))
                    : calculate(m.model(), party);
            if (!c.isValid()) {
                return Validated.invalid(c.failure(), c.errors());
            }
            cases.add(new OfScenario(m, c.value()));
        }
        return Validated.valid(List.copyOf(cases));
    }

    private static BusinessCaseResult.Party party(Kernel k, SroiResult result, int s) {
        SroiModel model = k.model().model();
        CurrencyUnit currency = result.currency();
        SroiResult.StakeholderValue sv = result.stakeholders().get(s);
        int periods = result.periods().size();
        double[] counted = new double[periods];
        double[] presentValue = new double[periods];
        for (int t = 1; t <= periods; t++) {
            counted[t - 1] = k.countedInputs(s, t);
            presentValue[t - 1] = k.receivedPresentValue(s, t);
        }
        MinorUnits minor = MinorUnits.of(currency.getCurrencyCode());
        BigDecimal[] countedR = minor.allocate(counted, sv.invested());
        BigDecimal[] presentValueR = minor.allocate(presentValue, sv.received());
        List<BusinessCaseResult.Period> rows = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int t = 0; t < periods; t++) {
            BigDecimal balance = presentValueR[t].subtract(countedR[t]);
            cumulative = cumulative.add(balance);
            SroiResult.CashFlow flow = sv.periods().get(t);
            rows.add(new BusinessCaseResult.Period(t + 1, result.periods().get(t).year(),
                    result.money(flow.invested()), result.money(flow.received()), result.money(countedR[t]),
                    result.money(presentValueR[t]), result.money(balance), result.money(cumulative)));
        }
        return new BusinessCaseResult.Party(sv.id(), model.stakeholders().get(s).name(), result.money(sv.invested()),
                result.money(sv.received()), result.money(sv.net()), sv.ratio(), k.paybackMonths(s), rows);
    }
}
