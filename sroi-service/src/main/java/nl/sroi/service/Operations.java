package nl.sroi.service;

import java.util.concurrent.Executor;

import nl.sroi.core.analysis.Portfolio;
import nl.sroi.core.analysis.PortfolioSimulation;
import nl.sroi.core.analysis.Simulation;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Validated;
import nl.sroi.report.Reporter;
import nl.sroi.workbook.SroiWorkbook;

/**
 * The operations layer: what the routes and the command line may ask, with core's (and the report's and the
 * workbook's) objects made once over one validator and one executor ({@link Composition} decides which). Routes and
 * commands parse their transport (a query, a body, arguments) and call these; the answers and their problems come
 * from {@link JsonApi} in the language asked, so that the service and the command line answer alike.
 */
final class Operations {

    private final ModelValidator validator;
    private final JsonApi api;
    private final Reporter reporter;
    private final Portfolio portfolio = Portfolio.DEFAULT;
    private final PortfolioSimulation portfolioSimulation;

    /**
     * @param validator the rules (and limits) documents are read with
     * @param executor  where simulations run their chunks (the results do not depend on it)
     */
    Operations(ModelValidator validator, Executor executor) {
        this.validator = validator;
        this.api = new JsonApi(validator, new Simulation(executor));
        this.reporter = new Reporter(validator, executor);
        this.portfolioSimulation = new PortfolioSimulation(executor);
    }

    /** The JSON operations, answering in a language. */
    JsonApi api(Language language) {
        return api.in(language);
    }

    ModelValidator validator() {
        return validator;
    }

    Reporter reporter() {
        return reporter;
    }

    Portfolio portfolio() {
        return portfolio;
    }

    PortfolioSimulation portfolioSimulation() {
        return portfolioSimulation;
    }

    /** The bundled proxy library, loaded when first asked (a command that does not search it does not load it). */
    ProxyLookup proxies() {
        return ProxyLookup.BUNDLED;
    }

    /** A model or scenarios document read once for its workbook: priced from this, then written from it. */
    Validated<ScenarioJson.Reading> workbookDocument(byte[] document, String scenario) {
        return ScenarioJson.readDocument(document, validator, scenario);
    }

    /**
     * The workbook of a document as the command line asks it ({@code language} {@code null}: Dutch labels), or the
     * problem with the document or a parameter.
     */
    Validated<SroiWorkbook.Export> workbook(byte[] document, String scenario, String party, String language) {
        return SroiWorkbook.export(document, scenario, party, language, validator);
    }

    /** The workbook of a document read by {@link #workbookDocument}, with labels in {@code language}. */
    Validated<SroiWorkbook.Export> workbook(ScenarioJson.Reading read, String scenario, String party,
                                           Language language) {
        return SroiWorkbook.export(read, scenario, party, language);
    }
}
