package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.text.Language;
import nl.sroi.workbook.Layout.Inputs;
import nl.sroi.workbook.Layout.ValueMap;
import nl.sroi.workbook.Styles.Kind;

/**
 * What every sheet writer of one model shares: the model's sizes, styles and sheets (from {@link ModelSheets}), and
 * the helpers more than one sheet uses.
 */
abstract class SheetWriter {

    final ModelSheets ms;
    final Styles st;
    final Language lang;
    final SroiModel m;
    final String scenario;
    final String scenarioTitle;
    final int periods;
    final int outcomes;
    final int inputs;
    final int stakeholders;
    final int cohorts;
    final int scale;
    final int filters;
    final String yes;
    final Positions at;
    final int[] party;
    final Grid settings;
    final Grid valueMap;
    final Grid valueTo;
    final Grid inputsSheet;
    final Grid persistence;
    final Grid calculation;
    final Grid result;
    final Grid parties;

    SheetWriter(ModelSheets ms) {
        this.ms = ms;
        this.st = ms.styles();
        this.lang = ms.lang;
        this.m = ms.m;
        this.scenario = ms.scenario;
        this.scenarioTitle = ms.scenarioTitle;
        this.periods = ms.periods;
        this.outcomes = ms.outcomes;
        this.inputs = ms.inputs;
        this.stakeholders = ms.stakeholders;
        this.cohorts = ms.cohorts;
        this.scale = ms.scale();
        this.filters = ms.filters;
        this.yes = ms.yes;
        this.at = ms.at;
        this.party = ms.party;
        this.settings = ms.settings;
        this.valueMap = ms.valueMap;
        this.valueTo = ms.valueTo;
        this.inputsSheet = ms.inputsSheet;
        this.persistence = ms.persistence;
        this.calculation = ms.calculation;
        this.result = ms.result;
        this.parties = ms.parties;
    }

    String name(String name) {
        return ms.name(name);
    }

    void define(String name, Grid g, int row, int col) {
        ms.define(name, g, row, col);
    }

    int valueRow() {
        return ms.valueRow();
    }

    boolean takesPart(int s) {
        return ms.takesPart(s);
    }

    int partyRow(int s) {
        return ms.partyRow(s);
    }

    int stakeholderRow(int s) {
        return ms.stakeholderRow(s);
    }

    int periodHeaderRow() {
        return ms.periodHeaderRow();
    }

    int periodRow(int t) {
        return ms.periodRow(t);
    }

    int outcomeHeaderRow() {
        return ms.outcomeHeaderRow();
    }

    int partyBlock(int s) {
        return ms.partyBlock(s);
    }

    int partyPeriodRow(int s, int t) {
        return ms.partyPeriodRow(s, t);
    }

    int partyAfterRow(int s, int offset) {
        return ms.partyAfterRow(s, offset);
    }

    int reversedRow() {
        return ms.reversedRow();
    }

    String calculationRow(int row) {
        return ms.calculationRow(row);
    }

    static int percentDecimals(List<BigDecimal> fractions) {
        return ModelSheets.percentDecimals(fractions);
    }

    static int decimals(List<BigDecimal> numbers) {
        return ModelSheets.decimals(numbers);
    }

    void yesNo(Grid g, int row, int col, boolean value) {
        g.text(row, col, text(lang, value ? "yes" : "no"), st.entered(Kind.TEXT, 0));
        choice(g, row, col, text(lang, "yes"), text(lang, "no"));
    }

    void choice(Grid g, int row, int col, String... words) {
        DataValidationHelper helper = g.sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(words),
                new CellRangeAddressList(row, row, col, col));
        v.setShowErrorBox(true);
        g.sheet.addValidationData(v);
    }

    // ----------------------------------------------------------------------------------------- value map

    String stakeholderName(String id) {
        return m.stakeholders().stream().filter(s -> s.id().equals(id)).map(Stakeholder::name).findFirst().orElse(id);
    }

    /**
     * The first four columns of a value map or inputs row (the same on both): id, description, stakeholder (entered)
     * and the stakeholder's name.
     */
    void described(Grid g, int r, String id, String description, String stakeholder) {
        g.text(r, ValueMap.OUTCOME, id, st.get(Kind.TEXT));
        g.text(r, ValueMap.DESCRIPTION, description, st.get(Kind.WRAP));
        g.text(r, ValueMap.STAKEHOLDER, stakeholder, st.entered(Kind.TEXT, 0));
        g.text(r, ValueMap.STAKEHOLDER_NAME, stakeholderName(stakeholder), st.get(Kind.TEXT));
    }

    String inputsColumn(int col) {
        return inputsSheet.at(Inputs.FIRST, col, Inputs.FIRST + inputs - 1, col);
    }

    boolean hasSchedule() {
        return m.discounting().schedule() != null && !m.discounting().schedule().isEmpty();
    }

    /** Whether any outcome has its own discount rate: then each outcome has a row of its own factors. */
    boolean ownRates() {
        return m.outcomes().stream().anyMatch(o -> o.discountRate() != null);
    }

    /** The first row of the outcomes' own factors, below the parties' blocks of the calculation. */
    int ownFactorRow() {
        return at.partyRow(at.parties()) + 1;
    }

    /** The value-map column of the name of the j-th other filter (its share is in the next column). */
    int filterColumn(int j) {
        return ValueMap.QUANTITY + cohorts + 2 * j;
    }

    /** Column c of the calculation from a row for each outcome, as a range. */
    String outcomeColumn(int firstRow, int c) {
        String col = Grid.col(c);
        return col + "$" + (firstRow + 1) + ":" + col + "$" + (firstRow + outcomes);
    }
}
