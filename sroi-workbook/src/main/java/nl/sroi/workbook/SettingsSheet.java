package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.util.List;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.model.FirstPeriod;
import nl.sroi.core.model.PartYear;
import nl.sroi.core.model.RateStep;
import nl.sroi.workbook.Layout.Settings;
import nl.sroi.workbook.Styles.Kind;

/** The settings sheet (Uitgangspunten): the model's discounting, horizon and years, entered, with their defined names. */
final class SettingsSheet extends SheetWriter {

    SettingsSheet(ModelSheets ms) {
        super(ms);
    }

    void write() {
        Grid g = settings;
        g.text(Settings.TITLE, 0, text(lang, "settings.title"), st.get(Kind.TITLE));
        g.text(Settings.NOTE, 0, text(lang, "settings.note"), st.get(Kind.NOTE));
        label(g, Settings.ANALYSIS, "analysis");
        g.text(Settings.ANALYSIS, Settings.VALUE, m.title(), st.get(Kind.TEXT));
        label(g, Settings.MODEL_ID, "model.id");
        g.text(Settings.MODEL_ID, Settings.VALUE, m.id(), st.get(Kind.TEXT));
        label(g, Settings.SCENARIO, "scenario");
        g.text(Settings.SCENARIO, Settings.VALUE, scenario == null ? text(lang, "base.model")
                : scenarioTitle + " (" + scenario + ")", st.get(Kind.TEXT));
        label(g, Settings.KIND, "kind");
        g.text(Settings.KIND, Settings.VALUE, text(lang, m.kind() == nl.sroi.core.model.Kind.FORECAST ? "forecast" : "evaluation"),
                st.get(Kind.TEXT));
        label(g, Settings.CURRENCY, "currency");
        g.text(Settings.CURRENCY, Settings.VALUE, m.currency(), st.get(Kind.TEXT));
        g.text(Settings.RATE, Settings.LABEL, Estimate.RATE.heading().in(lang), st.get(Kind.TEXT));
        g.number(Settings.RATE, Settings.VALUE, m.discounting().rate().doubleValue(),
                st.entered(Kind.PERCENT, percentDecimals(List.of(m.discounting().rate()))));
        define("Rate", g, Settings.RATE, Settings.VALUE);
        label(g, Settings.FIRST_PERIOD_DISCOUNTED, "first.period.discounted");
        yesNo(g, Settings.FIRST_PERIOD_DISCOUNTED, Settings.VALUE, m.discounting().firstPeriod() == FirstPeriod.DISCOUNTED);
        define("FirstPeriodDiscounted", g, Settings.FIRST_PERIOD_DISCOUNTED, Settings.VALUE);
        label(g, Settings.INPUTS_DISCOUNTED, "inputs.discounted");
        yesNo(g, Settings.INPUTS_DISCOUNTED, Settings.VALUE, m.discounting().inputs());
        define("InputsDiscounted", g, Settings.INPUTS_DISCOUNTED, Settings.VALUE);
        label(g, Settings.HORIZON, "horizon");
        if (m.horizonYears() == null) {
            g.text(Settings.HORIZON, Settings.VALUE, text(lang, "none"), st.entered(Kind.TEXT, 0));
        } else {
            g.number(Settings.HORIZON, Settings.VALUE, m.horizonYears(), st.entered(Kind.WHOLE, 0));
        }
        define("Horizon", g, Settings.HORIZON, Settings.VALUE);
        label(g, Settings.PRICE_YEAR, "price.year");
        if (m.priceYear() != null) {
            g.number(Settings.PRICE_YEAR, Settings.VALUE, m.priceYear(), st.entered(Kind.YEAR, 0));
        }
        label(g, Settings.FIRST_YEAR, "first.year");
        if (m.firstYear() != null) {
            g.number(Settings.FIRST_YEAR, Settings.VALUE, m.firstYear(), st.entered(Kind.YEAR, 0));
        } else {
            g.cell(Settings.FIRST_YEAR, Settings.VALUE).setCellStyle(st.entered(Kind.YEAR, 0));
        }
        define("FirstYear", g, Settings.FIRST_YEAR, Settings.VALUE);
        if (m.description() != null) {
            label(g, Settings.DESCRIPTION, "description");
            g.text(Settings.DESCRIPTION, Settings.VALUE, m.description(), st.get(Kind.WRAP));
        }
        label(g, Settings.FULL_YEAR, "full.year");
        yesNo(g, Settings.FULL_YEAR, Settings.VALUE, m.partYear() == PartYear.FULL_YEAR);
        define("FullYear", g, Settings.FULL_YEAR, Settings.VALUE);
        if (hasSchedule()) {
            schedule(g);
        }
        Sheets.wrapWidth(g, Settings.VALUE, 70);
        Printing.setUp(g, -1, -1, 0, false);
    }

    /** The discount rate schedule (section 12.1): from which year each rate holds. */
    private void schedule(Grid g) {
        g.text(Settings.SCHEDULE_HEADER, Settings.LABEL, text(lang, "schedule"), st.get(Kind.HEADER_WRAP));
        g.text(Settings.SCHEDULE_HEADER, Settings.VALUE, text(lang, "schedule.rate"), st.get(Kind.HEADER));
        List<RateStep> steps = m.discounting().schedule();
        int decimals = percentDecimals(steps.stream().map(RateStep::rate).toList());
        for (int j = 0; j < steps.size(); j++) {
            g.number(Settings.SCHEDULE_FIRST + j, Settings.LABEL, steps.get(j).fromYear(), st.entered(Kind.WHOLE, 0));
            g.number(Settings.SCHEDULE_FIRST + j, Settings.VALUE, steps.get(j).rate().doubleValue(),
                    st.entered(Kind.PERCENT, decimals));
        }
    }

    private void label(Grid g, int row, String text) {
        g.text(row, Settings.LABEL, text(lang, text), st.get(Kind.TEXT));
    }
}
