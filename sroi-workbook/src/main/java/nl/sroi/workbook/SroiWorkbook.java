package nl.sroi.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.money.CurrencyUnit;
import javax.money.Monetary;

import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.sroi.core.analysis.ScenarioComparison;
import nl.sroi.core.calc.Kernel;
import nl.sroi.core.json.JsonApi;
import nl.sroi.core.json.ProblemDocument;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.ValidModel;

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

    private SroiWorkbook() {
    }

    /** What exporting a document gave: a file name (without extension) and the workbook, or the problem answer. */
    public record Export(String id, byte[] workbook, JsonApi.Answer problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    /**
     * Reads a model or a scenarios document and writes its workbook: of the scenario {@code scenario}, or without
     * it of the model or of a scenarios document's base and every scenario.
     *
     * @param party    the stakeholder the summary is for, or {@code null} for society
     * @param language {@code nl} (also when {@code null}) or {@code en}
     */
    public static Export export(byte[] document, String scenario, String party, String language, JsonApi api) {
        Language lang = language == null ? Language.NL : Language.of(language).orElse(null);
        if (lang == null) {
            return new Export(null, null, JsonApi.Answer.of(ProblemDocument.invalidParameter(
                    JsonApi.languageProblem(language))));
        }
        JsonApi.Models models = api.models(document, scenario, party);
        if (!models.valid()) {
            return new Export(null, null, models.problem());
        }
        ScenarioComparison.Named first = models.models().get(0);
        String id = first.model().model().id() + (scenario == null ? "" : "-" + scenario);
        return new Export(id, write(models.models(), party, lang), null);
    }

    /** A model's workbook with Dutch labels and a summary for society. */
    public static byte[] write(ValidModel valid) {
        return write(List.of(new ScenarioComparison.Named(null, valid.model().title(), valid)), null, Language.NL);
    }

    /**
     * The workbook of one model or several (a base, id {@code null}, and its scenarios).
     *
     * @param party the stakeholder the summary is for (a stakeholder of every model), or {@code null}
     */
    public static byte[] write(List<ScenarioComparison.Named> models, String party, Language language) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // POI's default font names Calibri through the theme's "minor" scheme, which LibreOffice, without a
            // theme, replaces by its own default font: name it plainly
            wb.getFontAt(0).setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
            Map<CurrencyUnit, Styles> styles = new HashMap<>();
            Grid summary = new Grid(wb.createSheet(Texts.SHEET_SUMMARY.in(language)));
            List<ModelSheets> sets = new ArrayList<>();
            for (int k = 0; k < models.size(); k++) {
                ScenarioComparison.Named named = models.get(k);
                ValidModel valid = named.model();
                CurrencyUnit currency = Monetary.getCurrency(valid.model().currency());
                Styles st = styles.computeIfAbsent(currency, c -> new Styles(wb, language, c));
                boolean alone = models.size() == 1;
                String suffix = alone || named.id() == null ? "" : suffix(named.id(), k, language);
                String prefix = alone || named.id() == null ? "" : "Scenario" + k + "_";
                sets.add(new ModelSheets(wb, st, language, valid.model(), Kernel.of(valid).periods(), named.id(),
                        named.id() == null ? null : named.title(), suffix, prefix));
            }
            sets.forEach(ModelSheets::write);
            ModelSheets first = sets.get(0);
            Summary s = new Summary(summary, first.styles(), language, first.scale());
            if (sets.size() == 1) {
                s.single(first, models.get(0).model(), party);
            } else {
                s.comparison(sets, party);
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            Sheets.fit(wb, language.locale());
            wb.setForceFormulaRecalculation(true);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
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
