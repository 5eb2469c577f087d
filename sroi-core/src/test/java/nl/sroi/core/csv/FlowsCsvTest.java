package nl.sroi.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sroi.core.TestResources;
import nl.sroi.core.analysis.BusinessCase;
import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;

/** The flows CSV in English and in Dutch, with scenarios, one party, and text a spreadsheet must not run. */
class FlowsCsvTest {

    private static BusinessCaseResult workedCheck() {
        return BusinessCase.DEFAULT.calculate(ModelValidator.DEFAULT.check(TestResources.referenceModel("worked-check")).value());
    }

    @Test
    void dutch_semicolonsDecimalCommasAndAByteOrderMark() {
        // worked check: the financier pays 10,000.00 in period 1; the participants receive 5,217.39 (5,400 / 1.035)
        String csv = FlowsCsv.write(List.of(new FlowsCsv.Side(null, null, workedCheck())), null, Language.NL, false);
        String[] lines = csv.split("\r\n");
        assertEquals("\uFEFFpartij;naam;periode;jaar;betaalt;ontvangt;betaalt (zoals geteld);"
                + "ontvangt (contante waarde);saldo;cumulatief saldo", lines[0]);
        assertTrue(csv.contains(";1;;10000,00;0,00;10000,00;0,00;-10000,00;-10000,00\r\n"), csv);
        assertTrue(csv.contains(";1;;0,00;5400,00;0,00;5217,39;5217,39;5217,39\r\n"), csv);
        String english = FlowsCsv.write(workedCheck());
        assertEquals(english.split("\r\n").length, lines.length);
        assertTrue(english.startsWith("stakeholder,name,period,year,pays,"), english);
        assertTrue(english.contains(",1,,10000.00,0.00,10000.00,0.00,-10000.00,-10000.00\r\n"), english);
    }

    @Test
    void scenarios_nameTheirRows_andOnePartyKeepsItsRowsOnly() {
        BusinessCaseResult c = workedCheck();
        String party = c.parties().get(1).id();
        String csv = FlowsCsv.write(List.of(new FlowsCsv.Side(null, "Basis", c), new FlowsCsv.Side("lokaal", "Lokaal", c)),
                party, Language.EN, true);
        String[] lines = csv.split("\r\n");
        assertEquals("scenario,scenarioTitle,stakeholder,name,period,year,pays,receives,paysCounted,"
                + "receivesPresentValue,balance,cumulativeBalance", lines[0]);
        int periods = c.party().periods().size();
        assertEquals(1 + 2 * periods, lines.length);
        assertTrue(lines[1].startsWith(",Basis," + party + ","), lines[1]);
        assertTrue(lines[1 + periods].startsWith("lokaal,Lokaal," + party + ","), lines[1 + periods]);
    }

    /** OWASP "CSV injection": a cell starting with = + - @ tab or CR is text, not a formula. */
    @Test
    void textThatLooksLikeAFormula_isNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", FlowsCsv.text("=HYPERLINK(\"http://x\")", ','));
        assertEquals("\"'+1\"", FlowsCsv.text("+1", ','));
        assertEquals("\"'-2+3\"", FlowsCsv.text("-2+3", ';'));
        assertEquals("\"'@SUM(A1)\"", FlowsCsv.text("@SUM(A1)", ','));
        assertEquals("\"'\tx\"", FlowsCsv.text("\tx", ','));
        assertEquals("\"'\rx\"", FlowsCsv.text("\rx", ','));
        assertEquals("Gemeente Hengelo", FlowsCsv.text("Gemeente Hengelo", ';'));
        assertEquals("\"a;b\"", FlowsCsv.text("a;b", ';'));
        assertEquals("a;b", FlowsCsv.text("a;b", ','));
        assertEquals("\"x \"\"y\"\"\"", FlowsCsv.text("x \"y\"", ','));

        ValidModel m = ModelValidator.DEFAULT.check(TestResources.referenceModel("worked-check")).value();
        SroiModel model = m.model();
        Stakeholder first = model.stakeholders().get(0);
        SroiModel named = model.toBuilder().stakeholders(List.of(new Stakeholder(first.id(), "=cmd|' /C calc'!A0", null),
                model.stakeholders().get(1))).build();
        String csv = FlowsCsv.write(BusinessCase.DEFAULT.calculate(ModelValidator.DEFAULT.check(named).value()));
        assertTrue(csv.contains("\r\n" + first.id() + ",\"'=cmd|' /C calc'!A0\",1,"), csv);
    }
}
