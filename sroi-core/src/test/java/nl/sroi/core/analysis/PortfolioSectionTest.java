package nl.sroi.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;
import nl.sroi.core.model.AllocationBasis;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/** The model's optional {@code portfolio} section: read, written, validated, warned about; it moves no figure. */
class PortfolioSectionTest {

    static String model(String portfolio) throws Exception {
        String base = Files.readString(PortfolioTest.MODELS.resolve("respijtzorg.json"));
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) Jackson.reader().readTree(base);
        tree.remove("portfolio");
        if (portfolio != null) {
            tree.set("portfolio", Jackson.reader().readTree(portfolio));
        }
        return Jackson.pretty(tree);
    }

    static List<Problem> errors(String portfolio) throws Exception {
        Validated<ValidModel> v = ModelJson.read(model(portfolio));
        assertFalse(v.isValid(), portfolio);
        return v.errors();
    }

    @Test
    void bundledSection_roundTrips() throws Exception {
        Validated<ValidModel> v = ModelJson.read(Files.readAllBytes(PortfolioTest.MODELS.resolve("respijtzorg.json")));
        SroiModel m = v.value().model();
        assertEquals("ouderen", m.portfolio().themeLine());
        assertEquals(14, m.portfolio().municipalities().size());
        assertEquals(AllocationBasis.ASSUMPTION, m.portfolio().allocationBasis());
        assertEquals(m, ModelJson.read(ModelJson.write(m)).value().model());
    }

    @Test
    void theSectionMovesNoFigure() throws Exception {
        for (String name : List.of("jongeren-en-schulden", "participatie-naar-vermogen", "respijtzorg")) {
            ValidModel with = ModelJson.read(Files.readAllBytes(PortfolioTest.MODELS.resolve(name + ".json"))).value();
            ValidModel without = new nl.sroi.core.rules.ModelValidator(
                    nl.sroi.core.rules.ModelLimits.DEFAULT).check(with.model().toBuilder().portfolio(null)
                    .build()).value();
            assertEquals(ResultJson.write(SroiCalculator.DEFAULT.calculate(without), Language.NL),
                    ResultJson.write(SroiCalculator.DEFAULT.calculate(with), Language.NL), name);
        }
    }

    @Test
    void sharesMustAddUpToOne_withinTolerance() throws Exception {
        List<Problem> e = errors("{\"municipalities\":[{\"id\":\"hengelo\",\"share\":0.5},"
                + "{\"id\":\"enschede\",\"share\":0.4}],\"allocationBasis\":\"participants\"}");
        assertEquals(ProblemCode.SHARES_DO_NOT_ADD_UP, e.get(0).code());
        assertEquals("/portfolio/municipalities", e.get(0).pointer());
        assertEquals("de aandelen in portfolio.municipalities moeten optellen tot 1, ze tellen op tot 0.9",
                e.get(0).message(Language.NL));
        assertTrue(ModelJson.read(model("{\"municipalities\":[{\"id\":\"hengelo\",\"share\":0.3333333333},"
                + "{\"id\":\"enschede\",\"share\":0.6666666667}],\"allocationBasis\":\"budget\"}")).isValid());
        List<Problem> percent = errors("{\"municipalities\":[{\"id\":\"hengelo\",\"share\":60},"
                + "{\"id\":\"enschede\",\"share\":40}],\"allocationBasis\":\"budget\"}");
        assertEquals("/portfolio/municipalities/0/share", percent.get(0).pointer());
    }

    @Test
    void badShares_ids_duplicates_basis() throws Exception {
        List<Problem> e = errors("{\"themeLine\":\"Bestaanszekerheid\",\"municipalities\":["
                + "{\"id\":\"hengelo\",\"share\":0},{\"id\":\"hengelo\",\"share\":1}]}");
        assertEquals(List.of("/portfolio/themeLine", "/portfolio/municipalities/0/share",
                "/portfolio/allocationBasis", "/portfolio/municipalities/1/id"),
                e.stream().map(Problem::pointer).toList().stream().sorted(java.util.Comparator.comparing(
                        p -> List.of("/portfolio/themeLine", "/portfolio/municipalities/0/share",
                                "/portfolio/allocationBasis", "/portfolio/municipalities/1/id").indexOf(p))).toList());
        assertTrue(e.stream().anyMatch(p -> p.code() == ProblemCode.INVALID_ID
                && p.message(Language.EN).contains("\"bestaanszekerheid\"")), e.toString());
        assertTrue(e.stream().anyMatch(p -> p.code() == ProblemCode.DUPLICATE_ID), e.toString());
        List<Problem> basis = errors("{\"municipalities\":[{\"id\":\"hengelo\",\"share\":1}],"
                + "\"allocationBasis\":\"inwoners\"}");
        assertEquals("/portfolio/allocationBasis", basis.get(0).pointer());
        assertTrue(basis.get(0).message(Language.EN).contains("participants"), basis.get(0).message());
        List<Problem> unknown = errors("{\"themeline\":\"jeugd\"}");
        assertEquals(ProblemCode.UNKNOWN_FIELD, unknown.get(0).code());
        assertTrue(unknown.get(0).message(Language.NL).contains("themeLine"), unknown.get(0).message(Language.NL));
        assertEquals(ProblemCode.EMPTY, errors("{\"municipalities\":[]}").get(0).code());
    }

    @Test
    void unknownIds_areWarnings_namingTheNearestKnownOne() throws Exception {
        ValidModel m = ModelJson.read(model("{\"themeLine\":\"bestaanzekerheid\",\"municipalities\":["
                + "{\"id\":\"enschde\",\"share\":0.5},{\"id\":\"amsterdam\",\"share\":0.5}],"
                + "\"allocationBasis\":\"inhabitants\"}")).value();
        List<Problem> w = SroiCalculator.DEFAULT.calculate(m).warnings().stream()
                .filter(p -> p.pointer().startsWith("/portfolio")).toList();
        assertEquals(3, w.size(), w.toString());
        assertEquals(ProblemCode.UNKNOWN_THEME_LINE, w.get(0).code());
        assertTrue(w.get(0).message(Language.NL).contains("bedoelt u \"bestaanszekerheid\""), w.get(0).message());
        assertEquals("/portfolio/municipalities/0/id", w.get(1).pointer());
        assertTrue(w.get(1).message(Language.EN).contains("did you mean \"enschede\""), w.get(1).message());
        assertEquals(ProblemCode.UNKNOWN_MUNICIPALITY, w.get(2).code());
        assertFalse(w.get(2).message(Language.EN).contains("did you mean"), w.get(2).message());
    }
}
