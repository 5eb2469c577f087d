package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import javax.money.MonetaryAmount;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.RandomModels;
import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.workbook.Cases.Case;
import nl.sroi.workbook.Layout.Parties;
import nl.sroi.workbook.Layout.Result;

/**
 * Every amount the workbook shows equals the API's figure for it, to the cent, as stored in the file (what a
 * previewer shows and what POI evaluated): the result's totals, periods, outcomes and stakeholders on Resultaat;
 * every party's business case on Per partij; and the summary's figures for every party against
 * {@link BusinessCase}. Over every model and scenario the project ships, and over random models, whose many
 * cents to allocate exercise the largest-remainder rounding.
 */
class ApiAgreementTest {

    static Stream<Case> cases() {
        return Cases.all();
    }

    static Stream<Case> randomCases() {
        return RandomModels.seeds().limit(60).mapToObj(seed -> {
            ValidModel valid = ModelValidator.DEFAULT.check(RandomModels.generate(seed, false)).value();
            return new Case("random " + seed, new ScenarioSet.Scenario(null, valid.model().title(), valid));
        });
    }

    /** Section 12: the reference cases with its fields, and random models with them. */
    static Stream<Case> printedCases() {
        Stream<Case> references = Stream.of("printed-other-filters", "printed-late-start", "printed-own-rate",
                "printed-schedule", "printed-full-year", "printed-together").map(name -> {
                    ValidModel valid = ModelValidator.DEFAULT.check(nl.sroi.core.TestResources.referenceModel(name))
                            .value();
                    return new Case(name, new ScenarioSet.Scenario(null, valid.model().title(), valid));
                });
        Stream<Case> random = RandomModels.seeds().limit(30).mapToObj(seed -> {
            ValidModel valid = ModelValidator.DEFAULT.check(RandomModels.printed(seed)).value();
            return new Case("printed random " + seed, new ScenarioSet.Scenario(null, valid.model().title(), valid));
        });
        return Stream.concat(references, random);
    }

    @ParameterizedTest
    @MethodSource("printedCases")
    void everyAmount_equalsTheApi_withTheFieldsOfSection12(Case c) {
        for (int s = -1; s < c.valid().model().stakeholders().size(); s++) {
            assertAgrees(c, s);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyAmount_equalsTheApi(Case c) {
        for (int s = -1; s < c.valid().model().stakeholders().size(); s++) {
            assertAgrees(c, s);
        }
    }

    @ParameterizedTest
    @MethodSource("randomCases")
    void everyAmount_equalsTheApi_forRandomModels(Case c) {
        assertAgrees(c, c.valid().model().stakeholders().size() - 1);
    }

    /** The acceptance: the local scenarios' summaries equal their business case for the municipality. */
    @Test
    void hengeloAndEnschede_summaryEqualsTheirBusinessCase() {
        List<Case> scenarios = Cases.scenarioCases().stream().filter(c -> c.model().id() != null).toList();
        assertEquals(List.of("hengelo-2027", "enschede-2027"), scenarios.stream().map(c -> c.model().id()).toList());
        for (Case c : scenarios) {
            assertAgrees(c, 1); // gemeenten, the municipality
        }
    }

    /** The workbook of a model with the summary for party s (or society when s &lt; 0) against the API. */
    private static void assertAgrees(Case c, int s) {
        ValidModel valid = c.valid();
        String focus = s < 0 ? null : valid.model().stakeholders().get(s).id();
        SroiResult r = SroiCalculator.DEFAULT.calculate(valid);
        int digits = r.currency().getDefaultFractionDigits();
        Positions at = Cases.positions(valid, focus);
        int[] number = Positions.parties(valid.model(), focus);
        try (Workbook wb = Cases.open(SroiWorkbook.write(List.of(c.model()), focus, Language.NL))) {
            Check check = new Check(c.name() + (focus == null ? "" : " for " + focus), wb, digits);
            String result = text(Language.NL, "sheet.result");
            check.money(r.totals().presentValue(), result, Result.PRESENT_VALUE, Result.ROUNDED);
            check.money(r.totals().inputsValue(), result, Result.INPUTS_VALUE, Result.ROUNDED);
            check.money(r.totals().netPresentValue(), result, Result.NET_PRESENT_VALUE, Result.ROUNDED);
            check.ratio(r.totals().ratio(), result, Result.RATIO, Result.ROUNDED);
            check.months(r.totals().paybackMonths(), result, Result.PAYBACK, Result.ROUNDED);
            r.welfare().ifPresent(w -> {
                check.money(w.presentValue(), Cases.named(wb, "WelfarePresentValue"));
                check.money(w.netPresentValue(), Cases.named(wb, "WelfareNetPresentValue"));
                Cell ratio = Cases.named(wb, "WelfareRatio");
                check.ratio(w.ratio(), ratio.getSheet().getSheetName(), ratio.getRowIndex(), ratio.getColumnIndex());
            });
            assertEquals(r.welfare().isPresent(), wb.getName("WelfareRatio") != null, check.name + " welfare view");
            for (int t = 1; t <= r.periods().size(); t++) {
                SroiResult.Period p = r.periods().get(t - 1);
                check.money(p.value(), result, at.periodRow(t), Result.PERIOD_VALUE);
                check.money(p.presentValue(), result, at.periodRow(t), Result.PERIOD_PRESENT_VALUE);
                check.money(p.inputs(), result, at.periodRow(t), Result.PERIOD_INPUTS);
                assertEquals(p.discountFactor(), Cases.stored(Cases.cell(wb, result, at.periodRow(t),
                        Result.PERIOD_FACTOR)), 1e-12, check.name + " factor " + t);
            }
            for (int i = 0; i < r.outcomes().size(); i++) {
                SroiResult.OutcomeValue o = r.outcomes().get(i);
                int row = at.outcomeHeaderRow() + 1 + i;
                check.money(o.impactPerUnit(), result, row, Result.OUTCOME_IMPACT);
                check.money(o.presentValue(), result, row, Result.OUTCOME_PRESENT_VALUE);
            }
            for (int p = 0; p < r.stakeholders().size(); p++) {
                SroiResult.StakeholderValue sv = r.stakeholders().get(p);
                check.money(sv.invested(), result, at.stakeholderRow(p), Result.INVESTED);
                check.money(sv.received(), result, at.stakeholderRow(p), Result.RECEIVED);
                check.money(sv.net(), result, at.stakeholderRow(p), Result.NET);
                check.ratio(sv.ratio(), result, at.stakeholderRow(p), Result.STAKEHOLDER_RATIO);
            }
            BusinessCaseResult bc = BusinessCase.DEFAULT.calculate(valid, focus == null ? valid.model().stakeholders().get(0).id() : focus).value();
            String parties = text(Language.NL, "sheet.parties");
            for (int p = 0; p < bc.parties().size(); p++) {
                BusinessCaseResult.Party party = bc.parties().get(p);
                int k = number[p];
                if (k < 0) { // takes no part: no block of its own, and the API has nothing but zeros for it
                    for (BusinessCaseResult.Period bp : party.periods()) {
                        for (MonetaryAmount a : List.of(bp.pays(), bp.receives(), bp.paysCounted(),
                                bp.receivesPresentValue(), bp.cumulativeBalance())) {
                            assertEquals(0, a.signum(), check.name + " " + party.id() + " takes no part");
                        }
                    }
                    continue;
                }
                for (int t = 1; t <= party.periods().size(); t++) {
                    BusinessCaseResult.Period bp = party.periods().get(t - 1);
                    int row = at.partyPeriodRow(k, t);
                    check.money(bp.pays(), parties, row, Parties.PAYS);
                    check.money(bp.receives(), parties, row, Parties.RECEIVES);
                    check.money(bp.paysCounted(), parties, row, Parties.PAYS_COUNTED);
                    check.money(bp.receivesPresentValue(), parties, row, Parties.RECEIVES_PRESENT_VALUE);
                    check.money(bp.balance(), parties, row, Parties.BALANCE);
                    check.money(bp.cumulativeBalance(), parties, row, Parties.CUMULATIVE_BALANCE);
                }
                int total = at.partyAfterRow(k, Parties.TOTAL);
                check.money(party.invested(), parties, total, Parties.PAYS_COUNTED);
                check.money(party.received(), parties, total, Parties.RECEIVES_PRESENT_VALUE);
                check.money(party.net(), parties, total, Parties.BALANCE);
                check.ratio(party.ratio(), parties, at.partyAfterRow(k, Parties.RATIO), Parties.PAYS);
                check.months(party.paybackMonths(), parties, at.partyAfterRow(k, Parties.PAYBACK), Parties.PAYS);
            }
            String summary = text(Language.NL, "sheet.summary");
            int society = focus == null ? Summary.PARTY : Summary.PARTY + 1;
            check.money(r.totals().inputsValue(), summary, Summary.PAYS, society);
            check.money(r.totals().presentValue(), summary, Summary.RECEIVES, society);
            check.money(r.totals().netPresentValue(), summary, Summary.NET, society);
            check.ratio(r.totals().ratio(), summary, Summary.RATIO, society);
            check.months(r.totals().paybackMonths(), summary, Summary.PAYBACK, society);
            check.addsUp(summary, society);
            if (focus != null) {
                BusinessCaseResult.Party party = bc.party();
                check.money(party.invested(), summary, Summary.PAYS, Summary.PARTY);
                check.money(party.received(), summary, Summary.RECEIVES, Summary.PARTY);
                check.money(party.net(), summary, Summary.NET, Summary.PARTY);
                check.ratio(party.ratio(), summary, Summary.RATIO, Summary.PARTY);
                check.months(party.paybackMonths(), summary, Summary.PAYBACK, Summary.PARTY);
                check.addsUp(summary, Summary.PARTY);
                for (int t = 1; t <= party.periods().size(); t++) {
                    BusinessCaseResult.Period bp = party.periods().get(t - 1);
                    int row = Summary.YEAR_HEADER + t;
                    check.money(bp.pays(), summary, row, Summary.YEAR_PAYS);
                    check.money(bp.receives(), summary, row, Summary.YEAR_RECEIVES);
                    check.money(bp.paysCounted(), summary, row, Summary.YEAR_PAYS_COUNTED);
                    check.money(bp.receivesPresentValue(), summary, row, Summary.YEAR_RECEIVES_PRESENT_VALUE);
                    check.money(bp.balance(), summary, row, Summary.YEAR_BALANCE);
                    check.money(bp.cumulativeBalance(), summary, row, Summary.YEAR_CUMULATIVE_BALANCE);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Compares stored cells with API figures. */
    private record Check(String name, Workbook wb, int digits) {
        void money(MonetaryAmount expected, String sheet, int row, int col) {
            money(SroiWorkbookTest.decimal(expected), sheet, row, col);
        }

        /** An amount of the result, which carries its minor unit's digits already. */
        void money(BigDecimal expected, String sheet, int row, int col) {
            Cell cell = Cases.cell(wb, sheet, row, col);
            assertEquals(expected, Cases.amount(cell, digits), name + " " + sheet + "!" + cell.getAddress());
        }

        void money(BigDecimal expected, Cell cell) {
            money(expected, cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex());
        }

        /** A ratio: equal to 1e-9, or the word for none where the API has none. */
        void ratio(OptionalDouble expected, String sheet, int row, int col) {
            number(expected, sheet, row, col, "none");
        }

        /** A payback in months: equal to 1e-9, or "niet binnen de looptijd" where the API has none. */
        void months(OptionalDouble expected, String sheet, int row, int col) {
            number(expected, sheet, row, col, "not.within.horizon");
        }

        private void number(OptionalDouble expected, String sheet, int row, int col, String none) {
            Cell cell = Cases.cell(wb, sheet, row, col);
            String where = name + " " + sheet + "!" + cell.getAddress();
            if (expected.isEmpty()) {
                assertEquals(text(Language.NL, none), Cases.storedText(cell), where);
            } else {
                assertEquals(expected.getAsDouble(), Cases.stored(cell), 1e-9 * Math.max(1, expected.getAsDouble()),
                        where);
            }
        }

        /** Cash and in kind, rounded on their own, and the rounding difference shown add up to the payments. */
        void addsUp(String sheet, int col) {
            BigDecimal pays = Cases.amount(Cases.cell(wb, sheet, Summary.PAYS, col), digits);
            BigDecimal parts = Cases.amount(Cases.cell(wb, sheet, Summary.PAYS_CASH, col), digits)
                    .add(Cases.amount(Cases.cell(wb, sheet, Summary.PAYS_IN_KIND, col), digits))
                    .add(Cases.amount(Cases.cell(wb, sheet, Summary.ROUNDING_DIFFERENCE, col), digits));
            assertEquals(pays, parts, name + " cash + in kind + rounding difference = pays");
        }
    }
}
