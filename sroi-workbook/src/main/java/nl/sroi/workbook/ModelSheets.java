package nl.sroi.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.sroi.core.model.DropOffFrom;
import nl.sroi.core.model.DropOffMode;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.Input;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.PartYear;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.ValueShare;
import nl.sroi.core.text.Language;
import nl.sroi.workbook.Layout.Calculation;
import nl.sroi.workbook.Layout.Inputs;
import nl.sroi.workbook.Layout.Parties;
import nl.sroi.workbook.Layout.Persistence;
import nl.sroi.workbook.Layout.Result;
import nl.sroi.workbook.Layout.Settings;
import nl.sroi.workbook.Layout.ValueMap;
import nl.sroi.workbook.Layout.ValueTo;
import nl.sroi.workbook.Styles.Kind;

/**
 * One model's sheets: its assumptions as entered values (Uitgangspunten, Waardekaart, Waarde naar,
 * Investeringen), everything calculated from them as live formulas (Berekening), and the figures the API gives,
 * rounded as the API rounds them (Resultaat, Per partij, with the rounding itself on Afronding). The formulas come
 * from {@link Formulas}; the positions from {@link Layout}.
 */
final class ModelSheets {

    /** The names the workbook defines for one model (a scenario's carry its prefix, e.g. {@code Scenario1_Rate}). */
    static final String[] NAMES = {"Rate", "FirstPeriodDiscounted", "InputsDiscounted", "Horizon", "FirstYear",
        "FullYear",
        "PresentValue", "InputsValue", "NetPresentValue", "Ratio", "PaybackMonths"};

    private final XSSFWorkbook wb;
    private final Styles st;
    private final Language lang;
    final SroiModel m;
    final String scenario;
    final String scenarioTitle;
    private final String prefix;
    final int periods;
    private final int outcomes;
    private final int inputs;
    private final int stakeholders;
    private final int cohorts;
    private final int scale;
    /** The most other filters of one outcome: the value map has a name and a share column for each. */
    private final int filters;
    private final String yes;
    final Positions at;
    /** Each stakeholder's party number, -1 when it takes no part ({@link Positions#parties}). */
    private final int[] party;
    final Grid settings;
    final Grid valueMap;
    final Grid valueTo;
    final Grid inputsSheet;
    final Grid persistence;
    final Grid calculation;
    final Grid result;
    final Grid parties;
    private final Grid roundingSheet;

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
        this.yes = Texts.YES.in(lang);
        this.party = Positions.parties(m, focus);
        this.at = new Positions(outcomes, stakeholders, (int) java.util.Arrays.stream(party).filter(k -> k >= 0).count(),
                periods);
        this.settings = sheet(Texts.SHEET_SETTINGS, suffix);
        this.valueMap = sheet(Texts.SHEET_VALUE_MAP, suffix);
        this.valueTo = sheet(Texts.SHEET_VALUE_TO, suffix);
        this.inputsSheet = sheet(Texts.SHEET_INPUTS, suffix);
        this.persistence = sheet(Texts.SHEET_PERSISTENCE, suffix);
        this.calculation = sheet(Texts.SHEET_CALCULATION, suffix);
        this.result = sheet(Texts.SHEET_RESULT, suffix);
        this.parties = sheet(Texts.SHEET_PARTIES, suffix);
        this.roundingSheet = sheet(Texts.SHEET_ROUNDING, suffix);
    }

    private Grid sheet(Texts name, String suffix) {
        return new Grid(wb.createSheet(name.in(lang) + suffix));
    }

    /** The longest suffix that keeps every sheet name within Excel's 31 characters. */
    static int maxSuffix(Language lang) {
        int longest = 0;
        for (Texts t : List.of(Texts.SHEET_SETTINGS, Texts.SHEET_VALUE_MAP, Texts.SHEET_VALUE_TO, Texts.SHEET_INPUTS,
                Texts.SHEET_PERSISTENCE, Texts.SHEET_CALCULATION, Texts.SHEET_RESULT, Texts.SHEET_PARTIES,
                Texts.SHEET_ROUNDING)) {
            longest = Math.max(longest, t.in(lang).length());
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
        settingsSheet();
        valueMapSheet();
        valueToSheet();
        inputsSheet();
        persistenceSheet();
        calculationSheet();
        Rounding rounding = new Rounding(roundingSheet, st, lang, scale);
        resultSheet(rounding);
        partiesSheet(rounding);
    }

    String name(String name) {
        return prefix + name;
    }

    private void define(String name, Grid g, int row, int col) {
        Name n = wb.createName();
        n.setNameName(name(name));
        n.setRefersToFormula(g.at(row, col));
    }

    // ------------------------------------------------------------------------------------------ settings

    private void settingsSheet() {
        Grid g = settings;
        g.text(Settings.TITLE, 0, Texts.SETTINGS_TITLE.in(lang), st.get(Kind.TITLE));
        g.text(Settings.NOTE, 0, Texts.SETTINGS_NOTE.in(lang), st.get(Kind.NOTE));
        label(g, Settings.ANALYSIS, Texts.ANALYSIS);
        g.text(Settings.ANALYSIS, Settings.VALUE, m.title(), st.get(Kind.TEXT));
        label(g, Settings.MODEL_ID, Texts.MODEL_ID);
        g.text(Settings.MODEL_ID, Settings.VALUE, m.id(), st.get(Kind.TEXT));
        label(g, Settings.SCENARIO, Texts.SCENARIO);
        g.text(Settings.SCENARIO, Settings.VALUE, scenario == null ? Texts.BASE_MODEL.in(lang)
                : scenarioTitle + " (" + scenario + ")", st.get(Kind.TEXT));
        label(g, Settings.KIND, Texts.KIND);
        g.text(Settings.KIND, Settings.VALUE, (m.kind() == nl.sroi.core.model.Kind.FORECAST ? Texts.FORECAST : Texts.EVALUATION).in(lang),
                st.get(Kind.TEXT));
        label(g, Settings.CURRENCY, Texts.CURRENCY);
        g.text(Settings.CURRENCY, Settings.VALUE, m.currency(), st.get(Kind.TEXT));
        label(g, Settings.RATE, Texts.RATE);
        g.number(Settings.RATE, Settings.VALUE, m.discounting().rate().doubleValue(),
                st.entered(Kind.PERCENT, percentDecimals(List.of(m.discounting().rate()))));
        define("Rate", g, Settings.RATE, Settings.VALUE);
        label(g, Settings.FIRST_PERIOD_DISCOUNTED, Texts.FIRST_PERIOD_DISCOUNTED);
        yesNo(g, Settings.FIRST_PERIOD_DISCOUNTED, Settings.VALUE, m.discounting().firstPeriod() == FirstPeriod.DISCOUNTED);
        define("FirstPeriodDiscounted", g, Settings.FIRST_PERIOD_DISCOUNTED, Settings.VALUE);
        label(g, Settings.INPUTS_DISCOUNTED, Texts.INPUTS_DISCOUNTED);
        yesNo(g, Settings.INPUTS_DISCOUNTED, Settings.VALUE, m.discounting().inputs());
        define("InputsDiscounted", g, Settings.INPUTS_DISCOUNTED, Settings.VALUE);
        label(g, Settings.HORIZON, Texts.HORIZON);
        if (m.horizonYears() == null) {
            g.text(Settings.HORIZON, Settings.VALUE, Texts.NONE.in(lang), st.entered(Kind.TEXT, 0));
        } else {
            g.number(Settings.HORIZON, Settings.VALUE, m.horizonYears(), st.entered(Kind.WHOLE, 0));
        }
        define("Horizon", g, Settings.HORIZON, Settings.VALUE);
        label(g, Settings.PRICE_YEAR, Texts.PRICE_YEAR);
        if (m.priceYear() != null) {
            g.number(Settings.PRICE_YEAR, Settings.VALUE, m.priceYear(), st.entered(Kind.YEAR, 0));
        }
        label(g, Settings.FIRST_YEAR, Texts.FIRST_YEAR);
        if (m.firstYear() != null) {
            g.number(Settings.FIRST_YEAR, Settings.VALUE, m.firstYear(), st.entered(Kind.YEAR, 0));
        } else {
            g.cell(Settings.FIRST_YEAR, Settings.VALUE).setCellStyle(st.entered(Kind.YEAR, 0));
        }
        define("FirstYear", g, Settings.FIRST_YEAR, Settings.VALUE);
        if (m.description() != null) {
            label(g, Settings.DESCRIPTION, Texts.DESCRIPTION);
            g.text(Settings.DESCRIPTION, Settings.VALUE, m.description(), st.get(Kind.WRAP));
        }
        label(g, Settings.FULL_YEAR, Texts.FULL_YEAR);
        yesNo(g, Settings.FULL_YEAR, Settings.VALUE, m.partYear() == PartYear.FULL_YEAR);
        define("FullYear", g, Settings.FULL_YEAR, Settings.VALUE);
        if (hasSchedule()) {
            g.text(Settings.SCHEDULE_HEADER, Settings.LABEL, Texts.SCHEDULE.in(lang), st.get(Kind.HEADER_WRAP));
            g.text(Settings.SCHEDULE_HEADER, Settings.VALUE, Texts.SCHEDULE_RATE.in(lang), st.get(Kind.HEADER));
            List<RateStep> steps = m.discounting().schedule();
            int decimals = percentDecimals(steps.stream().map(RateStep::rate).toList());
            for (int j = 0; j < steps.size(); j++) {
                g.number(Settings.SCHEDULE_FIRST + j, Settings.LABEL, steps.get(j).fromYear(), st.entered(Kind.WHOLE, 0));
                g.number(Settings.SCHEDULE_FIRST + j, Settings.VALUE, steps.get(j).rate().doubleValue(),
                        st.entered(Kind.PERCENT, decimals));
            }
        }
        Sheets.wrapWidth(g, Settings.VALUE, 70);
        Printing.setUp(g, -1, -1, 0, false);
    }

    private void label(Grid g, int row, Texts text) {
        g.text(row, Settings.LABEL, text.in(lang), st.get(Kind.TEXT));
    }

    private void yesNo(Grid g, int row, int col, boolean value) {
        g.text(row, col, (value ? Texts.YES : Texts.NO).in(lang), st.entered(Kind.TEXT, 0));
        choice(g, row, col, Texts.YES.in(lang), Texts.NO.in(lang));
    }

    private void choice(Grid g, int row, int col, String... words) {
        DataValidationHelper helper = g.sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(words),
                new CellRangeAddressList(row, row, col, col));
        v.setShowErrorBox(true);
        g.sheet.addValidationData(v);
    }

    // ----------------------------------------------------------------------------------------- value map

    private String stakeholderName(String id) {
        return m.stakeholders().stream().filter(s -> s.id().equals(id)).map(Stakeholder::name).findFirst().orElse(id);
    }

    /**
     * The first four columns of a value map or inputs row (the same on both): id, description, stakeholder (entered)
     * and the stakeholder's name.
     */
    private void described(Grid g, int r, String id, String description, String stakeholder) {
        g.text(r, ValueMap.OUTCOME, id, st.get(Kind.TEXT));
        g.text(r, ValueMap.DESCRIPTION, description, st.get(Kind.WRAP));
        g.text(r, ValueMap.STAKEHOLDER, stakeholder, st.entered(Kind.TEXT, 0));
        g.text(r, ValueMap.STAKEHOLDER_NAME, stakeholderName(stakeholder), st.get(Kind.TEXT));
    }

    private void valueMapSheet() {
        Grid g = valueMap;
        Texts[] headers = {Texts.OUTCOME, Texts.DESCRIPTION, Texts.STAKEHOLDER, Texts.STAKEHOLDER_NAME,
            Texts.INDICATOR, Texts.PROXY, Texts.UNIT, Texts.SOURCE, Texts.PROXY_PRICE_YEAR, Texts.INDEX_FACTOR,
            Texts.DEADWEIGHT, Texts.DISPLACEMENT, Texts.ATTRIBUTION, Texts.DROP_OFF, Texts.DROP_OFF_MODE,
            Texts.DROP_OFF_FROM_FIRST_YEAR, Texts.DURATION, Texts.START_OFFSET, Texts.TRANSFER, Texts.OWN_RATE,
            Texts.IMPACT};
        for (int c = 0; c < headers.length; c++) {
            g.text(ValueMap.HEADER, c, headers[c].in(lang), st.get(Kind.HEADER_WRAP));
        }
        for (int c = 0; c < cohorts; c++) {
            g.number(ValueMap.HEADER, ValueMap.QUANTITY + c, c + 1, st.get(Kind.PERIOD_HEADER));
        }
        for (int j = 0; j < filters; j++) {
            g.text(ValueMap.HEADER, filterColumn(j), Texts.OTHER_FILTER.in(lang) + " " + (j + 1),
                    st.get(Kind.HEADER_WRAP));
            g.text(ValueMap.HEADER, filterColumn(j) + 1, Texts.OTHER_FILTER_SHARE.in(lang), st.get(Kind.HEADER_WRAP));
        }
        int dw = percentDecimals(m.outcomes().stream().map(Outcome::deadweight).toList());
        int dp = percentDecimals(m.outcomes().stream().map(Outcome::displacement).toList());
        int at = percentDecimals(m.outcomes().stream().map(Outcome::attribution).toList());
        int dr = percentDecimals(m.outcomes().stream().map(Outcome::dropOff).toList());
        int qd = decimals(m.outcomes().stream().flatMap(o -> o.quantity().stream()).toList());
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = ValueMap.FIRST + i;
            described(g, r, o.id(), o.description(), o.stakeholder());
            g.text(r, ValueMap.INDICATOR, o.indicator(), st.get(Kind.WRAP));
            g.number(r, ValueMap.PROXY, o.proxy().value().doubleValue(), st.entered(Kind.MONEY, 0));
            g.text(r, ValueMap.UNIT, o.proxy().unit(), st.get(Kind.WRAP));
            g.text(r, ValueMap.SOURCE, o.proxy().source(), st.get(Kind.WRAP));
            if (o.proxy().priceYear() != null) {
                g.number(r, ValueMap.PROXY_PRICE_YEAR, o.proxy().priceYear(), st.entered(Kind.YEAR, 0));
            }
            // the factor as the library takes it from the model's price index (section 11.3), entered so that it
            // can be checked against the index and changed
            g.number(r, ValueMap.INDEX_FACTOR, m.proxyIndexFactor(o.proxy()).doubleValue(),
                    st.entered(Kind.FACTOR, 0));
            g.number(r, ValueMap.DEADWEIGHT, o.deadweight().doubleValue(), st.entered(Kind.PERCENT, dw));
            g.number(r, ValueMap.DISPLACEMENT, o.displacement().doubleValue(), st.entered(Kind.PERCENT, dp));
            g.number(r, ValueMap.ATTRIBUTION, o.attribution().doubleValue(), st.entered(Kind.PERCENT, at));
            g.number(r, ValueMap.DROP_OFF, o.dropOff().doubleValue(), st.entered(Kind.PERCENT, dr));
            g.text(r, ValueMap.MODE, (o.dropOffMode() == DropOffMode.LINEAR ? Texts.LINEAR : Texts.GEOMETRIC).in(lang),
                    st.entered(Kind.TEXT, 0));
            choice(g, r, ValueMap.MODE, Texts.GEOMETRIC.in(lang), Texts.LINEAR.in(lang));
            yesNo(g, r, ValueMap.DROP_OFF_FROM_FIRST_YEAR, o.dropOffFrom() == DropOffFrom.FIRST_YEAR);
            g.number(r, ValueMap.DURATION, o.duration().doubleValue(),
                    st.entered(Kind.DECIMAL, Math.max(0, o.duration().stripTrailingZeros().scale())));
            g.number(r, ValueMap.OFFSET, o.startOffset(), st.entered(Kind.WHOLE, 0));
            yesNo(g, r, ValueMap.TRANSFER, o.transfer());
            if (o.discountRate() != null) {
                g.number(r, ValueMap.OWN_RATE, o.discountRate().doubleValue(),
                        st.entered(Kind.PERCENT, percentDecimals(List.of(o.discountRate()))));
            } else {
                g.cell(r, ValueMap.OWN_RATE).setCellStyle(st.entered(Kind.PERCENT, 1));
            }
            List<String> shares = new ArrayList<>();
            for (int j = 0; j < filters; j++) {
                int c = filterColumn(j);
                shares.add(Grid.local(r, c + 1));
                if (j < o.filters().size()) {
                    g.text(r, c, o.filters().get(j).name(), st.get(Kind.WRAP));
                    g.number(r, c + 1, o.filters().get(j).share().doubleValue(), st.entered(Kind.PERCENT,
                            percentDecimals(List.of(o.filters().get(j).share()))));
                } else {
                    g.cell(r, c + 1).setCellStyle(st.entered(Kind.PERCENT, 0));
                }
            }
            g.formula(r, ValueMap.IMPACT, Formulas.filtered(Formulas.impact(Grid.local(r, ValueMap.PROXY),
                    Grid.local(r, ValueMap.INDEX_FACTOR), Grid.local(r, ValueMap.DEADWEIGHT),
                    Grid.local(r, ValueMap.DISPLACEMENT), Grid.local(r, ValueMap.ATTRIBUTION)), shares),
                    st.get(Kind.MONEY));
            for (int c = 0; c < o.quantity().size(); c++) {
                g.number(r, ValueMap.QUANTITY + c, o.quantity().get(c).doubleValue(), st.entered(Kind.DECIMAL, qd));
            }
        }
        Sheets.wrapWidth(g, ValueMap.DESCRIPTION, 36);
        Sheets.wrapWidth(g, ValueMap.INDICATOR, 28);
        Sheets.wrapWidth(g, ValueMap.UNIT, 20);
        Sheets.wrapWidth(g, ValueMap.SOURCE, 44);
        g.sheet.createFreezePane(ValueMap.DESCRIPTION + 1, ValueMap.FIRST);
        Printing.setUp(g, ValueMap.HEADER, ValueMap.HEADER, ValueMap.OUTCOME + 1, true);
    }

    // ------------------------------------------------------------------------------------------ value to

    private void valueToSheet() {
        Grid g = valueTo;
        g.text(ValueTo.IDS, ValueTo.OUTCOME, Texts.OUTCOME.in(lang), st.get(Kind.HEADER));
        g.text(ValueTo.IDS, ValueTo.DESCRIPTION, Texts.DESCRIPTION.in(lang), st.get(Kind.HEADER));
        g.text(ValueTo.NAMES, ValueTo.OUTCOME, "", st.get(Kind.HEADER));
        g.text(ValueTo.NAMES, ValueTo.DESCRIPTION, "", st.get(Kind.HEADER));
        for (int s = 0; s < stakeholders; s++) {
            g.text(ValueTo.IDS, ValueTo.SHARE + s, m.stakeholders().get(s).id(), st.get(Kind.HEADER));
            g.text(ValueTo.NAMES, ValueTo.SHARE + s, m.stakeholders().get(s).name(), st.get(Kind.HEADER_WRAP));
        }
        List<BigDecimal> all = new ArrayList<>();
        m.outcomes().forEach(o -> o.valueShares().forEach(v -> all.add(v.share())));
        int decimals = percentDecimals(all);
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = ValueTo.FIRST + i;
            g.text(r, ValueTo.OUTCOME, o.id(), st.get(Kind.TEXT));
            g.text(r, ValueTo.DESCRIPTION, o.description(), st.get(Kind.WRAP));
            for (int s = 0; s < stakeholders; s++) {
                BigDecimal share = BigDecimal.ZERO;
                for (ValueShare v : o.valueShares()) {
                    if (v.stakeholder().equals(m.stakeholders().get(s).id())) {
                        share = share.add(v.share());
                    }
                }
                g.number(r, ValueTo.SHARE + s, share.doubleValue(), st.entered(Kind.PERCENT, decimals));
            }
        }
        Sheets.wrapWidth(g, ValueTo.DESCRIPTION, 36);
        for (int s = 0; s < stakeholders; s++) {
            Sheets.wrapWidth(g, ValueTo.SHARE + s, 14);
        }
        g.sheet.createFreezePane(ValueTo.SHARE, ValueTo.FIRST);
        Printing.setUp(g, ValueTo.IDS, ValueTo.NAMES, ValueTo.OUTCOME + 1, true);
    }

    // ---------------------------------------------------------------------------------------------- inputs

    private void inputsSheet() {
        Grid g = inputsSheet;
        Texts[] headers = {Texts.INPUT, Texts.DESCRIPTION, Texts.STAKEHOLDER, Texts.STAKEHOLDER_NAME, Texts.IN_KIND,
            Texts.INPUTS_COUNTED};
        for (int c = 0; c < headers.length; c++) {
            g.text(Inputs.HEADER, c, headers[c].in(lang), st.get(Kind.HEADER));
        }
        for (int t = 1; t <= periods; t++) {
            g.number(Inputs.HEADER, Inputs.AMOUNT + t - 1, t, st.get(Kind.PERIOD_HEADER));
        }
        for (int j = 0; j < inputs; j++) {
            Input in = m.inputs().get(j);
            int r = Inputs.FIRST + j;
            described(g, r, in.id(), in.description(), in.stakeholder());
            yesNo(g, r, Inputs.IN_KIND, in.inKind());
            String amounts = Grid.range(r, Inputs.AMOUNT, r, Inputs.AMOUNT + periods - 1);
            g.formula(r, Inputs.COUNTED, "IF(" + name("InputsDiscounted") + "=\"" + yes + "\",SUMPRODUCT(" + amounts
                    + "," + calculationRow(Calculation.FACTOR) + "),SUM(" + amounts + "))", st.get(Kind.MONEY));
            for (int t = 0; t < periods; t++) {
                BigDecimal amount = t < in.amounts().size() ? in.amounts().get(t) : BigDecimal.ZERO;
                g.number(r, Inputs.AMOUNT + t, amount.doubleValue(), st.entered(Kind.MONEY, 0));
            }
        }
        Sheets.wrapWidth(g, Inputs.DESCRIPTION, 48);
        g.sheet.createFreezePane(Inputs.DESCRIPTION + 1, Inputs.FIRST);
        Printing.setUp(g, Inputs.HEADER, Inputs.HEADER, Inputs.INPUT + 1, true);
    }

    private String inputsColumn(int col) {
        return inputsSheet.at(Inputs.FIRST, col, Inputs.FIRST + inputs - 1, col);
    }

    // ------------------------------------------------------------------------------------------ persistence

    /** The first row of the reversed quantities' block (its header is the row above). */
    int reversedRow() {
        return Persistence.FIRST + outcomes + 2;
    }

    private void persistenceSheet() {
        Grid g = persistence;
        g.text(Persistence.NOTE, 0, Texts.PERSISTENCE_NOTE.in(lang), st.get(Kind.NOTE));
        for (int block = 0; block < 2; block++) {
            int header = block == 0 ? Persistence.HEADER : reversedRow() - 1;
            g.text(header, Persistence.OUTCOME, Texts.OUTCOME.in(lang), st.get(Kind.HEADER));
            g.text(header, Persistence.DESCRIPTION, (block == 0 ? Texts.KEEP : Texts.REVERSED).in(lang),
                    st.get(Kind.HEADER));
        }
        for (int j = 1; j <= periods; j++) {
            g.number(Persistence.HEADER, Persistence.FIRST_YEAR + j - 1, j, st.get(Kind.YEAR_NUMBER_HEADER));
        }
        for (int c = 0; c < cohorts; c++) { // cohorts last first
            g.number(reversedRow() - 1, Persistence.FIRST_YEAR + c, cohorts - c, st.get(Kind.PERIOD_HEADER));
        }
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int vr = ValueMap.FIRST + i;
            for (int block = 0; block < 2; block++) {
                int r = (block == 0 ? Persistence.FIRST : reversedRow()) + i;
                g.text(r, Persistence.OUTCOME, o.id(), st.get(Kind.TEXT));
                g.text(r, Persistence.DESCRIPTION, o.description(), st.get(Kind.WRAP));
            }
            for (int j = 1; j <= periods; j++) {
                g.formula(Persistence.FIRST + i, Persistence.FIRST_YEAR + j - 1, Formulas.keep(
                        Grid.fixedRow(Persistence.HEADER, Persistence.FIRST_YEAR + j - 1), valueMap.at(vr, ValueMap.OFFSET),
                        valueMap.at(vr, ValueMap.DURATION), valueMap.at(vr, ValueMap.DROP_OFF),
                        valueMap.at(vr, ValueMap.MODE), Texts.LINEAR.in(lang),
                        valueMap.at(vr, ValueMap.DROP_OFF_FROM_FIRST_YEAR), Texts.YES.in(lang), name("FullYear")),
                        st.get(Kind.PERCENT, 1, false, false));
            }
            for (int c = 0; c < cohorts; c++) {
                g.formula(reversedRow() + i, Persistence.FIRST_YEAR + c, "0+" + valueMap.at(vr,
                        ValueMap.QUANTITY + cohorts - 1 - c), st.get(Kind.DECIMAL, 2, false, false));
            }
        }
        Sheets.wrapWidth(g, Persistence.DESCRIPTION, 36);
        g.sheet.createFreezePane(Persistence.FIRST_YEAR, Persistence.FIRST);
        Printing.setUp(g, Persistence.HEADER, Persistence.HEADER, Persistence.OUTCOME + 1, true);
    }

    // ------------------------------------------------------------------------------------------ calculation

    /** A whole row of the calculation over the periods, from another sheet. */
    String calculationRow(int row) {
        return calculation.at(row, Calculation.FIRST_PERIOD, row, Calculation.FIRST_PERIOD + periods - 1);
    }

    private void calculationSheet() {
        Grid g = calculation;
        g.text(Calculation.NOTE, Calculation.LABEL, Texts.CALCULATION_NOTE.in(lang), st.get(Kind.NOTE));
        g.text(Calculation.PERIOD, Calculation.LABEL, Texts.PERIOD.in(lang), st.get(Kind.HEADER));
        g.text(Calculation.YEAR, Calculation.LABEL, Texts.YEAR.in(lang), st.get(Kind.TEXT));
        g.text(Calculation.FACTOR, Calculation.LABEL, Texts.FACTOR.in(lang), st.get(Kind.TEXT));
        int v = valueRow();
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            String period = Grid.fixedRow(Calculation.PERIOD, c);
            g.number(Calculation.PERIOD, c, t, st.get(Kind.PERIOD_HEADER));
            g.formula(Calculation.YEAR, c, Formulas.year(period, name("FirstYear")), st.get(Kind.YEAR));
            g.formula(Calculation.FACTOR, c, !hasSchedule()
                    ? Formulas.factor(period, name("Rate"), name("FirstPeriodDiscounted"), yes)
                    : scheduledFactor(period, t == 1 ? null : Grid.local(Calculation.FACTOR, c - 1)),
                    st.get(Kind.FACTOR));
        }
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = Calculation.FIRST_OUTCOME + i;
            int pr = Persistence.FIRST + i;
            int rr = reversedRow() + i;
            g.text(r, Calculation.LABEL, Texts.VALUE_OF.in(lang) + ": " + o.description() + " (" + o.id() + ")",
                    st.get(Kind.WRAP));
            for (int t = 1; t <= periods; t++) {
                int c = Calculation.FIRST_PERIOD + t - 1;
                int n = Math.min(cohorts, t); // cohorts 1 .. n can have reached the outcome by period t
                int firstYear = Persistence.FIRST_YEAR + t - n;
                g.formula(r, c, Formulas.outcomeValue(Grid.fixedRow(Calculation.PERIOD, c), name("Horizon"),
                        valueMap.at(ValueMap.FIRST + i, ValueMap.IMPACT),
                        persistence.at(rr, Persistence.FIRST_YEAR + cohorts - n, rr, Persistence.FIRST_YEAR + cohorts - 1),
                        persistence.at(pr, firstYear, pr, firstYear + n - 1)), st.get(Kind.MONEY));
            }
        }
        Texts[] totals = {Texts.VALUE_TOTAL, Texts.PRESENT_VALUE_ROW, Texts.INPUTS_ROW, Texts.INPUTS_COUNTED,
            Texts.CUMULATIVE_INPUTS, Texts.CUMULATIVE_PV, Texts.PAYBACK_IN_PERIOD, Texts.PAYS_IN_KIND,
            Texts.CASH_COUNTED, Texts.IN_KIND_COUNTED};
        for (int k = 0; k < totals.length; k++) {
            g.text(v + k, Calculation.LABEL, totals[k].in(lang),
                    st.get(k == Calculation.VALUE ? Kind.SUBTITLE : Kind.TEXT));
        }
        String inputsStakeholders = inputsColumn(Inputs.STAKEHOLDER);
        String inputsInKind = inputsColumn(Inputs.IN_KIND);
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            String col = Grid.col(c);
            String period = Grid.fixedRow(Calculation.PERIOD, c);
            String factor = Grid.fixedRow(Calculation.FACTOR, c);
            String amounts = inputsColumn(Inputs.AMOUNT + t - 1);
            g.formula(v + Calculation.VALUE, c, "SUM(" + col + (Calculation.FIRST_OUTCOME + 1) + ":" + col + v + ")",
                    st.bold(Kind.MONEY));
            g.formula(v + Calculation.PRESENT_VALUE, c, !ownRates() ? Grid.local(v, c) + "*" + factor
                    : "SUMPRODUCT(" + outcomeColumn(Calculation.FIRST_OUTCOME, c) + ","
                    + outcomeColumn(ownFactorRow(), c) + ")", st.get(Kind.MONEY));
            g.formula(v + Calculation.INPUTS, c, "SUM(" + amounts + ")", st.get(Kind.MONEY));
            g.formula(v + Calculation.INPUTS_COUNTED, c, Formulas.counted(Grid.local(v + Calculation.INPUTS, c), factor,
                    name("InputsDiscounted"), yes), st.get(Kind.MONEY));
            g.formula(v + Calculation.CUMULATIVE_INPUTS, c, cumulative(v + Calculation.INPUTS_COUNTED, c),
                    st.get(Kind.MONEY));
            g.formula(v + Calculation.CUMULATIVE_PRESENT_VALUE, c, cumulative(v + Calculation.PRESENT_VALUE, c),
                    st.get(Kind.MONEY));
            g.formula(v + Calculation.PAYBACK, c, Formulas.paybackInPeriod(period,
                    Grid.local(v + Calculation.CUMULATIVE_INPUTS, c),
                    t == 1 ? "0" : Grid.local(v + Calculation.CUMULATIVE_PRESENT_VALUE, c - 1),
                    Grid.local(v + Calculation.PRESENT_VALUE, c)), st.get(Kind.MONTHS));
            g.formula(v + Calculation.IN_KIND, c, "SUMIF(" + inputsInKind + ",\"" + yes + "\"," + amounts + ")",
                    st.get(Kind.MONEY));
            g.formula(v + Calculation.CASH_COUNTED, c, Formulas.counted("(" + Grid.local(v + Calculation.INPUTS, c) + "-"
                    + Grid.local(v + Calculation.IN_KIND, c) + ")", factor, name("InputsDiscounted"), yes),
                    st.get(Kind.MONEY));
            g.formula(v + Calculation.IN_KIND_COUNTED, c, Formulas.counted(Grid.local(v + Calculation.IN_KIND, c),
                    factor, name("InputsDiscounted"), yes), st.get(Kind.MONEY));
        }
        for (int s = 0; s < stakeholders; s++) {
            if (!takesPart(s)) {
                continue;
            }
            Stakeholder sh = m.stakeholders().get(s);
            int b = partyRow(s);
            g.text(b + Calculation.PARTY_HEADER, Calculation.LABEL, sh.name() + " (" + sh.id() + ")",
                    st.get(Kind.SUBTITLE));
            Texts[] rows = {Texts.PAYS, Texts.RECEIVES, Texts.PAYS_COUNTED, Texts.RECEIVES_PV, Texts.PAYS_IN_KIND,
                Texts.CASH_COUNTED, Texts.IN_KIND_COUNTED, Texts.CUMULATIVE_INPUTS, Texts.CUMULATIVE_PV,
                Texts.PAYBACK_IN_PERIOD};
            for (int k = 0; k < rows.length; k++) {
                g.text(b + 1 + k, Calculation.LABEL, rows[k].in(lang), st.get(Kind.TEXT));
            }
            String shares = valueTo.at(ValueTo.FIRST, ValueTo.SHARE + s, ValueTo.FIRST + outcomes - 1,
                    ValueTo.SHARE + s);
            String id = "\"" + sh.id() + "\"";
            for (int t = 1; t <= periods; t++) {
                int c = Calculation.FIRST_PERIOD + t - 1;
                String col = Grid.col(c);
                String period = Grid.fixedRow(Calculation.PERIOD, c);
                String factor = Grid.fixedRow(Calculation.FACTOR, c);
                String amounts = inputsColumn(Inputs.AMOUNT + t - 1);
                String outcomeValues = col + "$" + (Calculation.FIRST_OUTCOME + 1) + ":" + col + "$" + v;
                g.formula(b + Calculation.PARTY_PAYS, c, "SUMIF(" + inputsStakeholders + "," + id + "," + amounts + ")",
                        st.get(Kind.MONEY));
                g.formula(b + Calculation.PARTY_RECEIVES, c, "SUMPRODUCT(" + outcomeValues + "," + shares + ")",
                        st.get(Kind.MONEY));
                g.formula(b + Calculation.PARTY_PAYS_COUNTED, c, Formulas.counted(
                        Grid.local(b + Calculation.PARTY_PAYS, c), factor, name("InputsDiscounted"), yes),
                        st.get(Kind.MONEY));
                g.formula(b + Calculation.PARTY_RECEIVES_PRESENT_VALUE, c, !ownRates()
                        ? Grid.local(b + Calculation.PARTY_RECEIVES, c) + "*" + factor
                        : "SUMPRODUCT(" + outcomeValues + "," + shares + "," + outcomeColumn(ownFactorRow(), c) + ")",
                        st.get(Kind.MONEY));
                g.formula(b + Calculation.PARTY_IN_KIND, c, "SUMIFS(" + amounts + "," + inputsStakeholders + "," + id
                        + "," + inputsInKind + ",\"" + yes + "\")", st.get(Kind.MONEY));
                g.formula(b + Calculation.PARTY_CASH_COUNTED, c, Formulas.counted("(" + Grid.local(b + Calculation.PARTY_PAYS, c)
                        + "-" + Grid.local(b + Calculation.PARTY_IN_KIND, c) + ")", factor, name("InputsDiscounted"), yes),
                        st.get(Kind.MONEY));
                g.formula(b + Calculation.PARTY_IN_KIND_COUNTED, c, Formulas.counted(
                        Grid.local(b + Calculation.PARTY_IN_KIND, c), factor, name("InputsDiscounted"), yes),
                        st.get(Kind.MONEY));
                g.formula(b + Calculation.PARTY_CUMULATIVE_COUNTED, c, cumulative(b + Calculation.PARTY_PAYS_COUNTED, c),
                        st.get(Kind.MONEY));
                g.formula(b + Calculation.PARTY_CUMULATIVE_PRESENT_VALUE, c,
                        cumulative(b + Calculation.PARTY_RECEIVES_PRESENT_VALUE, c), st.get(Kind.MONEY));
                g.formula(b + Calculation.PARTY_PAYBACK, c, Formulas.paybackInPeriod(period,
                        Grid.local(b + Calculation.PARTY_CUMULATIVE_COUNTED, c),
                        t == 1 ? "0" : Grid.local(b + Calculation.PARTY_CUMULATIVE_PRESENT_VALUE, c - 1),
                        Grid.local(b + Calculation.PARTY_RECEIVES_PRESENT_VALUE, c)), st.get(Kind.MONTHS));
            }
        }
        if (ownRates()) {
            outcomeFactorRows(g);
        }
        Sheets.wrapWidth(g, Calculation.LABEL, 50);
        g.sheet.createFreezePane(Calculation.FIRST_PERIOD, Calculation.PERIOD + 1);
        Printing.setUp(g, Calculation.PERIOD, Calculation.PERIOD, Calculation.LABEL + 1, true);
    }

    // ------------------------------------------------------------------------ section 12: rates and filters

    private boolean hasSchedule() {
        return m.discounting().schedule() != null && !m.discounting().schedule().isEmpty();
    }

    /** Whether any outcome has its own discount rate: then each outcome has a row of its own factors. */
    private boolean ownRates() {
        return m.outcomes().stream().anyMatch(o -> o.discountRate() != null);
    }

    /** The first row of the outcomes' own factors, below the parties' blocks of the calculation. */
    private int ownFactorRow() {
        return at.partyRow(at.parties()) + 1;
    }

    /** The value-map column of the name of the j-th other filter (its share is in the next column). */
    private int filterColumn(int j) {
        return ValueMap.QUANTITY + cohorts + 2 * j;
    }

    /** Column c of the calculation from a row for each outcome, as a range. */
    private String outcomeColumn(int firstRow, int c) {
        String col = Grid.col(c);
        return col + "$" + (firstRow + 1) + ":" + col + "$" + (firstRow + outcomes);
    }

    private String scheduledFactor(String period, String previous) {
        int steps = m.discounting().schedule().size();
        String fromYears = settings.at(Settings.SCHEDULE_FIRST, Settings.LABEL, Settings.SCHEDULE_FIRST + steps - 1,
                Settings.LABEL);
        String rates = settings.at(Settings.SCHEDULE_FIRST, Settings.VALUE, Settings.SCHEDULE_FIRST + steps - 1,
                Settings.VALUE);
        return Formulas.scheduledFactor(period, previous, name("Rate"), name("FirstPeriodDiscounted"), yes,
                settings.at(Settings.SCHEDULE_FIRST, Settings.LABEL), fromYears, rates);
    }

    /** Each outcome's discount factors: its own rate's, or the model's (section 12.1). */
    private void outcomeFactorRows(Grid g) {
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = ownFactorRow() + i;
            g.text(r, Calculation.LABEL, Texts.OUTCOME_FACTOR.in(lang) + ": " + o.description() + " (" + o.id() + ")",
                    st.get(Kind.WRAP));
            for (int t = 1; t <= periods; t++) {
                int c = Calculation.FIRST_PERIOD + t - 1;
                g.formula(r, c, Formulas.outcomeFactor(Grid.fixedRow(Calculation.PERIOD, c),
                        valueMap.at(ValueMap.FIRST + i, ValueMap.OWN_RATE), Grid.fixedRow(Calculation.FACTOR, c),
                        name("FirstPeriodDiscounted"), yes), st.get(Kind.FACTOR));
            }
        }
    }

    /** The sum of a row from period 1 up to this column. */
    private static String cumulative(int row, int col) {
        return "SUM(" + Grid.fixed(row, Calculation.FIRST_PERIOD) + ":" + Grid.local(row, col) + ")";
    }

    // ------------------------------------------------------------------------------------------------ result

    private void resultSheet(Rounding rounding) {
        Grid g = result;
        int v = valueRow();
        g.text(Result.TITLE, 0, Texts.RESULT_TITLE.in(lang), st.get(Kind.TITLE));
        g.text(Result.NOTE, 0, Texts.ROUNDING_NOTE.in(lang), st.get(Kind.NOTE));
        g.text(Result.HEADER, 0, "", st.get(Kind.HEADER));
        g.text(Result.HEADER, Result.ROUNDED, Texts.ROUNDED.in(lang), st.get(Kind.HEADER));
        g.text(Result.HEADER, Result.EXACT, Texts.EXACT.in(lang), st.get(Kind.HEADER));
        Texts[] labels = {Texts.PRESENT_VALUE, Texts.INPUTS_VALUE, Texts.NET_PRESENT_VALUE, Texts.RATIO, Texts.PAYBACK};
        for (int k = 0; k < labels.length; k++) {
            g.text(Result.PRESENT_VALUE + k, 0, labels[k].in(lang), st.get(Kind.SUBTITLE));
        }
        String pvExact = Grid.local(Result.PRESENT_VALUE, Result.EXACT);
        String ivExact = Grid.local(Result.INPUTS_VALUE, Result.EXACT);
        g.formula(Result.PRESENT_VALUE, Result.EXACT, !ownRates() ? "SUMPRODUCT(" + calculationRow(v + Calculation.VALUE)
                + "," + calculationRow(Calculation.FACTOR) + ")" : "SUM(" + calculationRow(v + Calculation.PRESENT_VALUE)
                + ")", st.get(Kind.MONEY_EXACT));
        g.formula(Result.INPUTS_VALUE, Result.EXACT, "SUM(" + calculationRow(v + Calculation.INPUTS_COUNTED) + ")",
                st.get(Kind.MONEY_EXACT));
        g.formula(Result.NET_PRESENT_VALUE, Result.EXACT, pvExact + "-" + ivExact, st.get(Kind.MONEY_EXACT));
        g.formula(Result.PRESENT_VALUE, Result.ROUNDED, Formulas.roundHalfEven(pvExact, scale), st.bold(Kind.MONEY));
        g.formula(Result.INPUTS_VALUE, Result.ROUNDED, Formulas.roundHalfEven(ivExact, scale), st.bold(Kind.MONEY));
        g.formula(Result.NET_PRESENT_VALUE, Result.ROUNDED, Grid.local(Result.PRESENT_VALUE, Result.ROUNDED) + "-"
                + Grid.local(Result.INPUTS_VALUE, Result.ROUNDED), st.bold(Kind.MONEY));
        g.formula(Result.RATIO, Result.ROUNDED, Formulas.ratio(pvExact, ivExact, Texts.NONE.in(lang)),
                st.bold(Kind.RATIO));
        g.formula(Result.PAYBACK, Result.ROUNDED, Formulas.payback(calculationRow(v + Calculation.PAYBACK),
                Texts.NOT_WITHIN_HORIZON.in(lang)), st.bold(Kind.MONTHS));
        define("PresentValue", g, Result.PRESENT_VALUE, Result.ROUNDED);
        define("InputsValue", g, Result.INPUTS_VALUE, Result.ROUNDED);
        define("NetPresentValue", g, Result.NET_PRESENT_VALUE, Result.ROUNDED);
        define("Ratio", g, Result.RATIO, Result.ROUNDED);
        define("PaybackMonths", g, Result.PAYBACK, Result.ROUNDED);
        String pv = g.at(Result.PRESENT_VALUE, Result.ROUNDED);
        String iv = g.at(Result.INPUTS_VALUE, Result.ROUNDED);

        // by stakeholder
        Texts[] sh = {Texts.STAKEHOLDER, Texts.STAKEHOLDER_NAME, Texts.INVESTED, Texts.RECEIVED, Texts.NET,
            Texts.RATIO_SHORT, Texts.INVESTED, Texts.RECEIVED};
        for (int c = 0; c < sh.length; c++) {
            g.text(Result.STAKEHOLDER_HEADER, c, sh[c].in(lang) + (c >= Result.INVESTED_EXACT
                    ? " (" + Texts.EXACT.in(lang).toLowerCase(lang.locale()) + ")" : ""), st.get(Kind.HEADER_WRAP));
        }
        // by outcome first: the stakeholders' exact receipts are the outcomes' present values times their shares
        List<String> outcomeLabels = new ArrayList<>();
        List<String> outcomePv = new ArrayList<>();
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            outcomeLabels.add(o.description() + " (" + o.id() + ")");
            outcomePv.add("SUMPRODUCT(" + calculationRow(Calculation.FIRST_OUTCOME + i) + ","
                    + calculationRow(ownRates() ? ownFactorRow() + i : Calculation.FACTOR) + ")");
        }
        Rounding.Block pvByOutcome = rounding.allocate(Texts.PRESENT_VALUE_ROW.in(lang) + ", "
                + Texts.BY_OUTCOME.in(lang).toLowerCase(lang.locale()), pv, outcomeLabels, outcomePv);
        List<String> names = new ArrayList<>();
        List<String> investedExact = new ArrayList<>();
        List<String> receivedExact = new ArrayList<>();
        for (int s = 0; s < stakeholders; s++) {
            Stakeholder p = m.stakeholders().get(s);
            int r = stakeholderRow(s);
            names.add(p.name() + " (" + p.id() + ")");
            g.text(r, Result.ID, p.id(), st.get(Kind.TEXT));
            g.text(r, Result.NAME, p.name(), st.get(Kind.TEXT));
            g.formula(r, Result.INVESTED_EXACT, "SUMIF(" + inputsColumn(Inputs.STAKEHOLDER) + "," + Grid.local(r, Result.ID)
                    + "," + inputsColumn(Inputs.COUNTED) + ")", st.get(Kind.MONEY_EXACT));
            g.formula(r, Result.RECEIVED_EXACT, "SUMPRODUCT(" + pvByOutcome.exactRange() + "," + valueTo.at(ValueTo.FIRST,
                    ValueTo.SHARE + s, ValueTo.FIRST + outcomes - 1, ValueTo.SHARE + s) + ")", st.get(Kind.MONEY_EXACT));
            investedExact.add(g.at(r, Result.INVESTED_EXACT));
            receivedExact.add(g.at(r, Result.RECEIVED_EXACT));
        }
        Rounding.Block invested = rounding.allocate(Texts.INVESTED.in(lang), iv, names, investedExact);
        Rounding.Block received = rounding.allocate(Texts.RECEIVED.in(lang), pv, names, receivedExact);
        for (int s = 0; s < stakeholders; s++) {
            int r = stakeholderRow(s);
            g.formula(r, Result.INVESTED, invested.rounded().get(s), st.get(Kind.MONEY));
            g.formula(r, Result.RECEIVED, received.rounded().get(s), st.get(Kind.MONEY));
            g.formula(r, Result.NET, Grid.local(r, Result.RECEIVED) + "-" + Grid.local(r, Result.INVESTED),
                    st.get(Kind.MONEY));
            g.formula(r, Result.STAKEHOLDER_RATIO, Formulas.ratio(Grid.local(r, Result.RECEIVED_EXACT),
                    Grid.local(r, Result.INVESTED_EXACT), Texts.NONE.in(lang)), st.get(Kind.RATIO));
        }
        int total = stakeholderRow(stakeholders);
        g.text(total, Result.ID, Texts.TOTAL.in(lang), st.get(Kind.SUBTITLE));
        for (int c : new int[] {Result.INVESTED, Result.RECEIVED, Result.NET}) {
            g.formula(total, c, "SUM(" + Grid.local(stakeholderRow(0), c) + ":" + Grid.local(stakeholderRow(stakeholders - 1), c)
                    + ")", st.bold(Kind.MONEY));
        }

        // by period
        int ph = periodHeaderRow();
        Texts[] pt = {Texts.PERIOD, Texts.YEAR, Texts.VALUE_TOTAL, Texts.FACTOR, Texts.PRESENT_VALUE_ROW,
            Texts.INPUTS_ROW};
        for (int c = 0; c < pt.length; c++) {
            g.text(ph, c, pt[c].in(lang), st.get(Kind.HEADER));
        }
        List<String> periodLabels = new ArrayList<>();
        List<String> periodPv = new ArrayList<>();
        List<String> periodInputs = new ArrayList<>();
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            int r = periodRow(t);
            periodLabels.add(Texts.PERIOD.in(lang) + " " + t);
            periodPv.add(calculation.at(v + Calculation.PRESENT_VALUE, c));
            periodInputs.add(calculation.at(v + Calculation.INPUTS, c));
            g.formula(r, Result.PERIOD, calculation.at(Calculation.PERIOD, c), st.get(Kind.WHOLE));
            g.formula(r, Result.YEAR, calculation.at(Calculation.YEAR, c), st.get(Kind.YEAR));
            g.formula(r, Result.PERIOD_VALUE, Formulas.roundHalfEven(calculation.at(v + Calculation.VALUE, c), scale),
                    st.get(Kind.MONEY));
            g.formula(r, Result.PERIOD_FACTOR, calculation.at(Calculation.FACTOR, c), st.get(Kind.FACTOR));
        }
        Rounding.Block pvByPeriod = rounding.allocate(Texts.PRESENT_VALUE_ROW.in(lang) + ", " + Texts.BY_PERIOD.in(lang)
                .toLowerCase(lang.locale()), pv, periodLabels, periodPv);
        String inputsTotal = "IF(" + name("InputsDiscounted") + "=\"" + yes + "\"," + Formulas.roundHalfEven("SUM("
                + calculationRow(v + Calculation.INPUTS) + ")", scale) + "," + iv + ")";
        Rounding.Block inputsByPeriod = rounding.allocate(Texts.INPUTS_ROW.in(lang) + ", "
                + Texts.BY_PERIOD.in(lang).toLowerCase(lang.locale()), inputsTotal, periodLabels, periodInputs);
        for (int t = 1; t <= periods; t++) {
            g.formula(periodRow(t), Result.PERIOD_PRESENT_VALUE, pvByPeriod.rounded().get(t - 1), st.get(Kind.MONEY));
            g.formula(periodRow(t), Result.PERIOD_INPUTS, inputsByPeriod.rounded().get(t - 1), st.get(Kind.MONEY));
        }
        int periodTotal = periodRow(periods + 1);
        g.text(periodTotal, Result.PERIOD, Texts.TOTAL.in(lang), st.get(Kind.SUBTITLE));
        for (int c : new int[] {Result.PERIOD_PRESENT_VALUE, Result.PERIOD_INPUTS}) {
            g.formula(periodTotal, c, "SUM(" + Grid.local(periodRow(1), c) + ":" + Grid.local(periodRow(periods), c) + ")",
                    st.bold(Kind.MONEY));
        }

        // by outcome
        int oh = outcomeHeaderRow();
        Texts[] ot = {Texts.OUTCOME, Texts.DESCRIPTION, Texts.IMPACT, Texts.PRESENT_VALUE_ROW, Texts.SHARE};
        for (int c = 0; c < ot.length; c++) {
            g.text(oh, c, ot[c].in(lang), st.get(Kind.HEADER));
        }
        for (int i = 0; i < outcomes; i++) {
            Outcome o = m.outcomes().get(i);
            int r = oh + 1 + i;
            g.text(r, Result.OUTCOME, o.id(), st.get(Kind.TEXT));
            g.text(r, Result.OUTCOME_DESCRIPTION, o.description(), st.get(Kind.WRAP));
            g.formula(r, Result.OUTCOME_IMPACT, Formulas.roundHalfEven(valueMap.at(ValueMap.FIRST + i, ValueMap.IMPACT),
                    scale), st.get(Kind.MONEY));
            g.formula(r, Result.OUTCOME_PRESENT_VALUE, pvByOutcome.rounded().get(i), st.get(Kind.MONEY));
            g.formula(r, Result.OUTCOME_SHARE, "IF(" + pvExact + "=0,\"\"," + pvByOutcome.exact().get(i) + "/"
                    + pvExact + ")", st.get(Kind.PERCENT, 1, false, false));
        }
        if (m.outcomes().stream().anyMatch(Outcome::transfer)) {
            welfare(g, oh + outcomes + 2, pvByOutcome.exactRange(), g.at(oh + 1, Result.OUTCOME_PRESENT_VALUE,
                    oh + outcomes, Result.OUTCOME_PRESENT_VALUE), ivExact);
        }
        Sheets.wrapWidth(g, Result.OUTCOME_DESCRIPTION, 40);
        Printing.setUp(g, -1, -1, 0, false);
    }

    /**
     * The welfare view (section 11.2 of the format), for a model with transfers: the present value of the outcomes
     * that are not transfers (the sum of their rounded present values, as the API adds them), its net present
     * value, and the welfare ratio from the unrounded values.
     */
    private void welfare(Grid g, int top, String exactByOutcome, String roundedByOutcome, String ivExact) {
        String notTransfer = valueMap.at(ValueMap.FIRST, ValueMap.TRANSFER, ValueMap.FIRST + outcomes - 1,
                ValueMap.TRANSFER) + ",\"<>" + Texts.YES.in(lang) + "\",";
        g.text(top, 0, Texts.WELFARE_TITLE.in(lang), st.get(Kind.SUBTITLE));
        Texts[] labels = {Texts.WELFARE_PRESENT_VALUE, Texts.WELFARE_NET_PRESENT_VALUE, Texts.WELFARE_RATIO};
        for (int k = 0; k < labels.length; k++) {
            g.text(top + 1 + k, 0, labels[k].in(lang), st.get(Kind.SUBTITLE));
        }
        int pv = top + 1;
        g.formula(pv, Result.ROUNDED, "SUMIF(" + notTransfer + roundedByOutcome + ")", st.bold(Kind.MONEY));
        g.formula(pv, Result.EXACT, "SUMIF(" + notTransfer + exactByOutcome + ")",
                st.get(Kind.MONEY_EXACT));
        g.formula(pv + 1, Result.ROUNDED, Grid.local(pv, Result.ROUNDED) + "-"
                + Grid.local(Result.INPUTS_VALUE, Result.ROUNDED), st.bold(Kind.MONEY));
        g.formula(pv + 2, Result.ROUNDED, Formulas.ratio(Grid.local(pv, Result.EXACT), ivExact, Texts.NONE.in(lang)),
                st.bold(Kind.RATIO));
        define("WelfarePresentValue", g, pv, Result.ROUNDED);
        define("WelfareNetPresentValue", g, pv + 1, Result.ROUNDED);
        define("WelfareRatio", g, pv + 2, Result.ROUNDED);
    }

    // ------------------------------------------------------------------------------------------- by party

    private void partiesSheet(Rounding rounding) {
        Grid g = parties;
        int v = valueRow();
        g.text(0, 0, Texts.PARTIES_TITLE.in(lang), st.get(Kind.TITLE));
        List<String> absent = new ArrayList<>();
        for (int s = 0; s < stakeholders; s++) {
            if (!takesPart(s)) {
                absent.add(m.stakeholders().get(s).name() + " (" + m.stakeholders().get(s).id() + ")");
            }
        }
        if (!absent.isEmpty()) {
            g.text(1, 0, Texts.NO_PART.in(lang) + String.join(", ", absent), st.get(Kind.NOTE));
        }
        // pays and receives per period: allocated over the parties to the period's rounded inputs and value
        List<Rounding.Block> pays = new ArrayList<>();
        List<Rounding.Block> receives = new ArrayList<>();
        List<String> partyNames = new ArrayList<>();
        List<Integer> taking = new ArrayList<>();
        for (int s = 0; s < stakeholders; s++) {
            if (takesPart(s)) {
                taking.add(s);
                partyNames.add(m.stakeholders().get(s).name() + " (" + m.stakeholders().get(s).id() + ")");
            }
        }
        for (int t = 1; t <= periods; t++) {
            int c = Calculation.FIRST_PERIOD + t - 1;
            List<String> paid = new ArrayList<>();
            List<String> got = new ArrayList<>();
            for (int s : taking) {
                paid.add(calculation.at(partyRow(s) + Calculation.PARTY_PAYS, c));
                got.add(calculation.at(partyRow(s) + Calculation.PARTY_RECEIVES, c));
            }
            String when = Texts.PERIOD.in(lang).toLowerCase(lang.locale()) + " " + t;
            pays.add(rounding.allocate(Texts.PAYS.in(lang) + ", " + when, result.at(periodRow(t), Result.PERIOD_INPUTS),
                    partyNames, paid));
            receives.add(rounding.allocate(Texts.RECEIVES.in(lang) + ", " + when,
                    result.at(periodRow(t), Result.PERIOD_VALUE), partyNames, got));
        }
        Texts[] headers = {Texts.PERIOD, Texts.YEAR, Texts.PAYS, Texts.RECEIVES, Texts.PAYS_COUNTED, Texts.RECEIVES_PV,
            Texts.BALANCE, Texts.CUMULATIVE_BALANCE};
        List<String> periodLabels = new ArrayList<>();
        for (int t = 1; t <= periods; t++) {
            periodLabels.add(Texts.PERIOD.in(lang) + " " + t);
        }
        for (int s : taking) {
            Stakeholder p = m.stakeholders().get(s);
            int k = party[s];
            int b = partyBlock(s);
            g.text(b + Parties.TITLE, 0, p.name() + " (" + p.id() + ")", st.get(Kind.SUBTITLE));
            for (int c = 0; c < headers.length; c++) {
                g.text(b + Parties.HEADER, c, headers[c].in(lang), st.get(Kind.HEADER_WRAP));
            }
            List<String> counted = new ArrayList<>();
            List<String> presentValue = new ArrayList<>();
            for (int t = 1; t <= periods; t++) {
                int c = Calculation.FIRST_PERIOD + t - 1;
                counted.add(calculation.at(partyRow(s) + Calculation.PARTY_PAYS_COUNTED, c));
                presentValue.add(calculation.at(partyRow(s) + Calculation.PARTY_RECEIVES_PRESENT_VALUE, c));
            }
            Rounding.Block countedR = rounding.allocate(p.name() + ": " + Texts.PAYS_COUNTED.in(lang),
                    result.at(stakeholderRow(s), Result.INVESTED), periodLabels, counted);
            Rounding.Block presentValueR = rounding.allocate(p.name() + ": " + Texts.RECEIVES_PV.in(lang),
                    result.at(stakeholderRow(s), Result.RECEIVED), periodLabels, presentValue);
            for (int t = 1; t <= periods; t++) {
                int c = Calculation.FIRST_PERIOD + t - 1;
                int r = partyPeriodRow(s, t);
                g.formula(r, Parties.PERIOD, calculation.at(Calculation.PERIOD, c), st.get(Kind.WHOLE));
                g.formula(r, Parties.YEAR, calculation.at(Calculation.YEAR, c), st.get(Kind.YEAR));
                g.formula(r, Parties.PAYS, pays.get(t - 1).rounded().get(k), st.get(Kind.MONEY));
                g.formula(r, Parties.RECEIVES, receives.get(t - 1).rounded().get(k), st.get(Kind.MONEY));
                g.formula(r, Parties.PAYS_COUNTED, countedR.rounded().get(t - 1), st.get(Kind.MONEY));
                g.formula(r, Parties.RECEIVES_PRESENT_VALUE, presentValueR.rounded().get(t - 1), st.get(Kind.MONEY));
                g.formula(r, Parties.BALANCE, Grid.local(r, Parties.RECEIVES_PRESENT_VALUE) + "-"
                        + Grid.local(r, Parties.PAYS_COUNTED), st.get(Kind.MONEY));
                g.formula(r, Parties.CUMULATIVE_BALANCE, t == 1 ? Grid.local(r, Parties.BALANCE)
                        : Grid.local(r - 1, Parties.CUMULATIVE_BALANCE) + "+" + Grid.local(r, Parties.BALANCE),
                        st.get(Kind.MONEY));
            }
            int total = partyAfterRow(s, Parties.TOTAL);
            g.text(total, Parties.PERIOD, Texts.TOTAL.in(lang), st.get(Kind.SUBTITLE));
            for (int c = Parties.PAYS; c <= Parties.BALANCE; c++) {
                g.formula(total, c, "SUM(" + Grid.local(partyPeriodRow(s, 1), c) + ":"
                        + Grid.local(partyPeriodRow(s, periods), c) + ")", st.bold(Kind.MONEY));
            }
            g.text(partyAfterRow(s, Parties.RATIO), Parties.PERIOD, Texts.RATIO.in(lang), st.get(Kind.TEXT));
            g.formula(partyAfterRow(s, Parties.RATIO), Parties.PAYS, result.at(stakeholderRow(s), Result.STAKEHOLDER_RATIO),
                    st.get(Kind.RATIO));
            g.text(partyAfterRow(s, Parties.PAYBACK), Parties.PERIOD, Texts.PAYBACK.in(lang), st.get(Kind.TEXT));
            g.formula(partyAfterRow(s, Parties.PAYBACK), Parties.PAYS, Formulas.payback(
                    calculationRow(partyRow(s) + Calculation.PARTY_PAYBACK), Texts.NOT_WITHIN_HORIZON.in(lang)),
                    st.get(Kind.MONTHS));
        }
        Printing.setUp(g, -1, -1, 0, false);
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
