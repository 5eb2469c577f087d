package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.money.CurrencyUnit;
import javax.money.Monetary;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.sroi.core.analysis.BridgeResult;
import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.ChangeBridge;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.analysis.WorkEstimate;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.json.ComparedDocument;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Parameters;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * Writes a model, or a scenarios document's base and scenarios, as an Office Open XML workbook that a finance team
 * can check without trusting this library, and hand on.
 *
 * <ul>
 *   <li>First sheet {@code Samenvatting} (Summary): one party's business case (or society's), on one A4 page; for
 *       several models, the base and every scenario side by side.
 *   <li>Per model: the assumptions as entered values ({@code Uitgangspunten}, {@code Waardekaart},
 *       {@code Waarde naar}, {@code Investeringen}), everything calculated from them as live formulas
 *       ({@code Berekening}), and the API's figures rounded as the API rounds them ({@code Resultaat},
 *       {@code Per partij}, {@code Afronding}). A scenario's sheets carry its id in their names.
 * </ul>
 *
 * <p>The workbook-level names {@code Rate}, {@code FirstPeriodDiscounted}, {@code InputsDiscounted},
 * {@code Horizon}, {@code FirstYear}, {@code PresentValue}, {@code InputsValue}, {@code NetPresentValue},
 * {@code Ratio} and {@code PaybackMonths} point at the (only or base) model's cells; a scenario's carry the
 * prefix {@code ScenarioN_}. Every formula is evaluated before writing, so the file carries its values for
 * previewers, and recalculates when opened. Labels are Dutch unless English is asked for.
 */
public final class SroiWorkbook {

    /**
     * The most party-periods (stakeholders that take part × periods) one model's sheets may hold: each is a row of
     * a party's business case with its rounding, about 30 formulas, so that no request costs more than a few
     * seconds. The Twentse Koers models hold 8 × 4; at this limit (10 parties over 100 periods) writing takes 3 to
     * 4 seconds of one core once warm. Larger models export their flows as CSV, which has no such limit.
     */
    public static final int MAX_PARTY_PERIODS = 1_000;

    /** The key of {@link #write}'s bridges under which the document's own model (not a scenario) has its bridge. */
    public static final String OWN_MODEL = "";

    private SroiWorkbook() {
    }

    /**
     * An exported document: a file name (without extension) and the workbook.
     *
     * @param id       the model's id, with the scenario's when one was named
     * @param workbook the .xlsx bytes
     */
    public record Export(String id, byte[] workbook) {
    }

    /**
     * Reads a model or a scenarios document and writes its workbook: of the scenario {@code scenario}, or without
     * it of the model, or of a scenarios document's base and every scenario side by side. The document may come
     * with the forecast it is compared with, {@code {"document": EVALUATION, "compareWith": FORECAST}} as the
     * report takes it ({@link ComparedDocument}): the workbook's first model, which must then be an evaluation, gets
     * the sheet "Verschil" from that forecast (for a named scenario instead of the one from its base model).
     *
     * @param party    the stakeholder the summary is for (in every model), or {@code null} for society
     * @param language {@code nl} (also when {@code null}) or {@code en}
     * @return the workbook, or every problem of the document, or a problem with a parameter ({@code scenario},
     *         {@code party} or {@code lang})
     */
    public static Validated<Export> export(byte[] document, String scenario, String party, String language,
                                           ModelValidator validator) {
        Validated<Language> lang = Parameters.language(language, Language.NL);
        if (!lang.isValid()) {
            return lang.map(l -> null);
        }
        return read(document, scenario, validator).flatMap(read -> export(read, scenario, party, lang.value()));
    }

    /**
     * A document read for its workbook, with the forecast it was posted with.
     *
     * @param read     the document as read
     * @param forecast the forecast ({@code compareWith}), or {@code null}
     */
    public record Reading(ScenarioJson.Reading read, ValidModel forecast) {
        /**
         * What writing its workbook costs in {@link WorkEstimate}'s steps: every model's workbook
         * ({@link WorkbookCost}) and the bridge from the forecast.
         */
        public long steps() {
            return read.models().stream().mapToLong(m -> WorkbookCost.steps(m.model())).sum()
                    + (forecast == null ? 0 : WorkEstimate.bridge(forecast, read.models().get(0).model()));
        }
    }

    /**
     * Reads a document, or {@code {"document": …, "compareWith": …}}, for its workbook (then priced and written).
     *
     * @return the reading, or every problem of the document and the forecast
     */
    public static Validated<Reading> read(byte[] document, String scenario, ModelValidator validator) {
        return ComparedDocument.of(document, validator).flatMap(posted -> ScenarioJson.readDocument(
                posted.document(), validator, scenario).flatMap(read -> ComparedDocument.comparable(
                        posted.compareWith(), read.models().get(0).model(), true)
                .map(ok -> new Reading(read, posted.compareWith()))));
    }

    /** The workbook of a document read without a forecast. */
    public static Validated<Export> export(ScenarioJson.Reading read, String scenario, String party,
                                           Language language) {
        return export(new Reading(read, null), scenario, party, language);
    }

    /**
     * Writes the workbook of a document already read (and priced by its reader): the same workbook as
     * {@link #export(byte[], String, String, String, ModelValidator)} without reading the document again.
     *
     * @param reading  the document as read, for the scenario {@code scenario}, with its forecast or none
     * @param scenario the scenario it was read for, or {@code null}
     * @param party    the stakeholder the summary is for (in every model), or {@code null} for society
     * @param language the language of the labels
     * @return the workbook, or a problem with the party or with the workbook's size
     */
    public static Validated<Export> export(Reading reading, String scenario, String party, Language language) {
        ScenarioJson.Reading read = reading.read();
        for (ScenarioSet.Scenario m : read.models()) {
            if (party != null) {
                Validated<?> known = BusinessCase.DEFAULT.calculate(m.model(), party);
                if (!known.isValid()) {
                    return known.map(x -> null);
                }
            }
            long parties = Arrays.stream(Positions.parties(m.model().model(), party)).filter(k -> k >= 0).count();
            long periods = SroiCalculator.DEFAULT.calculate(m.model()).periods().size();
            if (parties * periods > MAX_PARTY_PERIODS) {
                Message message = m.id() == null
                        ? Message.of("limitExceeded.workbook", parties, periods, parties * periods, MAX_PARTY_PERIODS)
                        : Message.of("limitExceeded.workbook.scenario", parties, periods, parties * periods,
                                MAX_PARTY_PERIODS, m.id());
                return Validated.invalid(Validated.Failure.INVALID_MODEL, List.of(Problem.of("/stakeholders",
                        ProblemCode.LIMIT_EXCEEDED, message)));
            }
        }
        Map<String, Compared> bridges = bridges(read);
        if (reading.forecast() != null) {
            ScenarioSet.Scenario first = read.models().get(0);
            bridges.put(first.id() == null ? OWN_MODEL : first.id(), new Compared(ChangeBridge.DEFAULT.bridge(
                    reading.forecast(), first.model()), reading.forecast().model().title(), true));
        }
        return Validated.valid(export(read.models(), scenario, party, language, bridges));
    }

    /**
     * A model's bridge for its sheet "Verschil": a scenario's from its base model, or an evaluation's from its
     * forecast.
     *
     * @param bridge    the bridge
     * @param fromTitle the base model's or forecast's title
     * @param forecast  whether it is from a forecast (the sheet's title and labels say so)
     */
    public record Compared(BridgeResult bridge, String fromTitle, boolean forecast) {
        /** A scenario's bridge from its base model. */
        public Compared(BridgeResult bridge, String fromTitle) {
            this(bridge, fromTitle, false);
        }
    }

    /** The bridge of every scenario among the models read from the base model of its document. */
    private static Map<String, Compared> bridges(ScenarioJson.Reading read) {
        Map<String, Compared> bridges = new HashMap<>();
        if (read.models().stream().allMatch(m -> m.id() == null)) {
            return bridges;
        }
        ScenarioSet set = read.set();
        for (ScenarioSet.Scenario m : read.models()) {
            if (m.id() != null && ChangeBridge.incomparable(set.base().model(), m.model().model()) == null) {
                bridges.put(m.id(), new Compared(ChangeBridge.DEFAULT.bridge(set.base(), m.model()),
                        set.base().model().title()));
            }
        }
        return bridges;
    }

    /** Reads a model document and writes its workbook (Dutch, a summary for society); or its problems. */
    public static Validated<Export> fromJson(byte[] model, ModelValidator validator) {
        return export(model, null, null, null, validator);
    }

    private static Export export(List<ScenarioSet.Scenario> models, String scenario, String party, Language lang,
                                 Map<String, Compared> bridges) {
        String id = models.get(0).model().model().id() + (scenario == null ? "" : "-" + scenario);
        return new Export(id, write(models, party, lang, bridges));
    }

    /** A model's workbook with Dutch labels and a summary for society. */
    public static byte[] write(ValidModel valid) {
        return write(List.of(new ScenarioSet.Scenario(null, valid.model().title(), valid)), null, Language.NL);
    }

    /**
     * The workbook of one model or several (a base, id {@code null}, and its scenarios).
     *
     * @param party the stakeholder the summary is for (a stakeholder of every model), or {@code null}
     */
    public static byte[] write(List<ScenarioSet.Scenario> models, String party, Language language) {
        return write(models, party, language, Map.of());
    }

    /**
     * The workbook of one model or several, with a sheet "Verschil" for every model that has a bridge.
     *
     * @param party   the stakeholder the summary is for, or {@code null}
     * @param bridges the bridges by scenario id, the document's own model's under {@link #OWN_MODEL} (a model
     *                without one gets no such sheet)
     */
    public static byte[] write(List<ScenarioSet.Scenario> models, String party, Language language,
                               Map<String, Compared> bridges) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // POI's default font names Calibri through the theme's "minor" scheme, which LibreOffice, without a
            // theme, replaces by its own default font: name it plainly
            wb.getFontAt(0).setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
            Map<CurrencyUnit, Styles> styles = new HashMap<>();
            Grid summary = new Grid(wb.createSheet(text(language, "sheet.summary")), language);
            List<ModelSheets> sets = new ArrayList<>();
            for (int k = 0; k < models.size(); k++) {
                ScenarioSet.Scenario named = models.get(k);
                ValidModel valid = named.model();
                CurrencyUnit currency = Monetary.getCurrency(valid.model().currency());
                Styles st = styles.computeIfAbsent(currency, c -> new Styles(wb, language, c));
                boolean alone = models.size() == 1;
                String suffix = alone || named.id() == null ? "" : suffix(named.id(), k, language);
                String prefix = alone || named.id() == null ? "" : "Scenario" + k + "_";
                sets.add(new ModelSheets(wb, st, language, valid.model(), SroiCalculator.DEFAULT.calculate(valid).periods().size(), named.id(),
                        named.id() == null ? null : named.title(), suffix, prefix, party));
            }
            sets.forEach(ModelSheets::write);
            for (int k = 0; k < models.size(); k++) {
                ScenarioSet.Scenario named = models.get(k);
                Compared c = bridges.get(named.id() == null ? OWN_MODEL : named.id());
                if (c != null) {
                    String suffix = models.size() == 1 || named.id() == null ? "" : suffix(named.id(), k, language);
                    BridgeSheet sheet = new BridgeSheet(wb, text(language, "sheet.bridge") + suffix,
                            sets.get(k).styles(), language, c.bridge());
                    if (c.forecast()) {
                        sheet.write("bridge.title.forecast", text(language, "bridge.forecast") + " ("
                                + c.fromTitle() + ")", text(language, "bridge.evaluation") + " (" + named.title()
                                + ")");
                    } else {
                        sheet.write("bridge.title", c.fromTitle(), named.title());
                    }
                }
            }
            ModelSheets first = sets.get(0);
            Summary s = new Summary(summary, first.styles(), language, first.scale());
            if (sets.size() == 1) {
                s.single(first, models.get(0).model(), party);
            } else {
                s.comparison(sets, party);
            }
            return Sheets.finished(wb, language.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** " (hengelo-2027)", or " (N)" where the id would make a sheet name longer than Excel's 31 characters. */
    private static String suffix(String id, int k, Language language) {
        String named = " (" + id + ")";
        return named.length() <= ModelSheets.maxSuffix(language) ? named : " (" + k + ")";
    }
}
