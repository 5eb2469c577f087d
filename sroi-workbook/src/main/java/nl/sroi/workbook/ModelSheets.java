package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Language;
import nl.sroi.workbook.Layout.Calculation;
import nl.sroi.workbook.Layout.Persistence;

/**
 * One model's sheets: its assumptions as entered values (Uitgangspunten, Waardekaart, Waarde naar,
 * Investeringen), everything calculated from them as live formulas (Berekening), and the figures the API gives,
 * rounded as the API rounds them (Resultaat, Per partij, with the rounding itself on Afronding). The formulas come
 * from {@link Formulas}; the positions from {@link Layout}. Each sheet has its own writer ({@link SheetWriter});
 * this class creates the sheets, holds what they share and writes them in order.
 */
final class ModelSheets {

    /** The names the workbook defines for one model (a scenario's carry its prefix, e.g. {@code Scenario1_Rate}). */
    static final String[] NAMES = {"Rate", "FirstPeriodDiscounted", "InputsDiscounted", "Horizon", "FirstYear",
        "FullYear",
        "PresentValue", "InputsValue", "NetPresentValue", "Ratio", "PaybackMonths"};

    final XSSFWorkbook wb;
    final Styles st;
    final Language lang;
    final SroiModel m;
    final String scenario;
    final String scenarioTitle;
    final String prefix;
    final int periods;
    final int outcomes;
    final int inputs;
    final int stakeholders;
    final int cohorts;
    final int scale;
    /** The most other filters of one outcome: the value map has a name and a share column for each. */
    final int filters;
    final String yes;
    final Positions at;
    /** Each stakeholder's party number, -1 when it takes no part ({@link Positions#parties}). */
    final int[] party;
    final Grid settings;
    final Grid valueMap;
    final Grid valueTo;
    final Grid inputsSheet;
    final Grid persistence;
    final Grid calculation;
    final Grid result;
    final Grid parties;
    final Grid roundingSheet;

    /**
     * Creates the model's (empty) sheets, in order, named with {@code suffix} (empty for the only or base model).
     *
     * @param scenario      the scenario's id, or {@code null} for a model or a scenarios document's base
     * @param scenarioTitle its title, or {@code null}
     * @param prefix        for the model's defined names: empty, or e.g. {@code Scenario1_}
     */
    ModelSheets(XSSFWorkbook wb, Styles st, Language lang, SroiModel m, int periods, String scenario,
                String scenarioTitle, String suffix, String prefix, String focus) {
        this.wb = wb;
        this.st = st;
        this.lang = lang;
        this.m = m;
        this.scenario = scenario;
        this.scenarioTitle = scenarioTitle;
        this.prefix = prefix;
        this.periods = periods;
        this.outcomes = m.outcomes().size();
        this.inputs = m.inputs().size();
        this.stakeholders = m.stakeholders().size();
        this.cohorts = m.outcomes().stream().mapToInt(o -> o.quantity().size()).max().orElse(1);
        this.filters = m.outcomes().stream().mapToInt(o -> o.filters().size()).max().orElse(0);
        this.scale = (int) Math.pow(10, javax.money.Monetary.getCurrency(m.currency()).getDefaultFractionDigits());
        this.yes = text(lang, "yes");
        this.party = Positions.parties(m, focus);
        this.at = new Positions(outcomes, stakeholders, (int) java.util.Arrays.stream(party).filter(k -> k >= 0).count(),
                periods);
        this.settings = sheet("sheet.settings", suffix);
        this.valueMap = sheet("sheet.value.map", suffix);
        this.valueTo = sheet("sheet.value.to", suffix);
        this.inputsSheet = sheet("sheet.inputs", suffix);
        this.persistence = sheet("sheet.persistence", suffix);
        this.calculation = sheet("sheet.calculation", suffix);
        this.result = sheet("sheet.result", suffix);
        this.parties = sheet("sheet.parties", suffix);
        this.roundingSheet = sheet("sheet.rounding", suffix);
    }

    private Grid sheet(String name, String suffix) {
        return new Grid(wb.createSheet(text(lang, name) + suffix), lang);
    }

    /** The longest suffix that keeps every sheet name within Excel's 31 characters. */
    static int maxSuffix(Language lang) {
        int longest = 0;
        for (String t : List.of("sheet.settings", "sheet.value.map", "sheet.value.to", "sheet.inputs",
                "sheet.persistence", "sheet.calculation", "sheet.result", "sheet.parties",
                "sheet.rounding")) {
            longest = Math.max(longest, text(lang, t).length());
        }
        return 31 - longest;
    }

    int valueRow() {
        return at.valueRow();
    }

    /** Whether stakeholder s has a block of its own (invests, receives, or is the summary's party). */
    boolean takesPart(int s) {
        return party[s] >= 0;
    }

    int partyRow(int s) {
        return at.partyRow(number(s));
    }

    private int number(int s) {
        if (party[s] < 0) {
            throw new IllegalArgumentException("stakeholder " + s + " takes no part");
        }
        return party[s];
    }

    int stakeholderRow(int s) {
        return at.stakeholderRow(s);
    }

    int periodHeaderRow() {
        return at.periodHeaderRow();
    }

    int periodRow(int t) {
        return at.periodRow(t);
    }

    int outcomeHeaderRow() {
        return at.outcomeHeaderRow();
    }

    int partyBlock(int s) {
        return at.partyBlock(number(s));
    }

    int partyPeriodRow(int s, int t) {
        return at.partyPeriodRow(number(s), t);
    }

    int partyAfterRow(int s, int offset) {
        return at.partyAfterRow(number(s), offset);
    }

    Styles styles() {
        return st;
    }

    int scale() {
        return scale;
    }

    void write() {
        new SettingsSheet(this).write();
        new ValueMapSheet(this).write();
        new ValueToSheet(this).write();
        new InputsSheet(this).write();
        new PersistenceSheet(this).write();
        new CalculationSheet(this).write();
        Rounding rounding = new Rounding(roundingSheet, st, lang, scale);
        new ResultSheet(this).write(rounding);
        new PartiesSheet(this).write(rounding);
    }

    String name(String name) {
        return prefix + name;
    }

    void define(String name, Grid g, int row, int col) {
        Name n = wb.createName();
        n.setNameName(name(name));
        n.setRefersToFormula(g.at(row, col));
    }

    // ------------------------------------------------------------------------------------------ persistence

    /** The first row of the reversed quantities' block (its header is the row above). */
    int reversedRow() {
        return Persistence.FIRST + outcomes + 2;
    }

    // ------------------------------------------------------------------------------------------ calculation

    /** A whole row of the calculation over the periods, from another sheet. */
    String calculationRow(int row) {
        return calculation.at(row, Calculation.FIRST_PERIOD, row, Calculation.FIRST_PERIOD + periods - 1);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Decimals a percentage needs to show these fractions exactly, at most 4 (25 % shows 0, 2.25 % shows 2). */
    static int percentDecimals(List<BigDecimal> fractions) {
        int d = 0;
        for (BigDecimal f : fractions) {
            d = Math.max(d, Math.max(0, f.movePointRight(2).stripTrailingZeros().scale()));
        }
        return Math.min(d, 4);
    }

    /** Decimals these numbers need, at most 4. */
    static int decimals(List<BigDecimal> numbers) {
        int d = 0;
        for (BigDecimal n : numbers) {
            d = Math.max(d, Math.max(0, n.stripTrailingZeros().scale()));
        }
        return Math.min(d, 4);
    }
}
