package nl.sroi.report;

import nl.sroi.core.text.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.sroi.core.validation.Validated;

/** The bundled analyses as reports, and reading a report back: its figures as numbers again. */
final class Reports {

    static final Path MODELS = Path.of(System.getProperty("sroi.models", "../models"));
    static final Path JONGEREN = MODELS.resolve("jongeren-en-schulden.json");
    static final Path LOKAAL = MODELS.resolve("scenarios/jongeren-en-schulden-lokaal.json");

    private Reports() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report of a document with these parameters; the request and the document must be valid. */
    static Report report(Path file, String lang, String party, String scenario) {
        Validated<Report> report = ReportRequest.of(lang, party, scenario, null, null)
                .flatMap(r -> Reporter.DEFAULT.report(bytes(file), r));
        if (!report.isValid()) {
            throw new AssertionError(report);
        }
        return report.value();
    }

    /** The page parsed as XML: it must be well-formed XHTML (the PDF renderer reads it as such). */
    static Document parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the report is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** Every element with {@code data-figure}: its name and its text as shown. */
    static Map<String, String> figures(Document page) {
        Map<String, String> figures = new LinkedHashMap<>();
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("data-figure")) {
                String previous = figures.put(e.getAttribute("data-figure"), e.getTextContent());
                if (previous != null) {
                    throw new AssertionError("figure " + e.getAttribute("data-figure") + " appears twice");
                }
            }
        }
        return figures;
    }

    /** Every element with the attribute: its value and the element's text, in page order. */
    static Map<String, String> attributes(Document page, String attribute) {
        Map<String, String> found = new LinkedHashMap<>();
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute(attribute) && found.put(e.getAttribute(attribute), e.getTextContent()) != null) {
                throw new AssertionError(attribute + "=" + e.getAttribute(attribute) + " appears twice");
            }
        }
        return found;
    }

    /**
     * A number as the report shows it, read back: "€ 454.258,52", "€ −57.410,06", "22,5 %", "1,28",
     * "23,2 maanden" (nl) or "€454,258.52", "−€57,410.06", "22.5%" (en). {@code null} for a text without a number
     * ("geen", "niet binnen de looptijd").
     */
    static BigDecimal number(String shown, Language language) {
        String s = shown.replace('\u2212', '-').replace("\u00a0", " ").replace("€", "").replace("%", "")
                .replaceAll("[^0-9,.\\-]", " ").trim();
        if (s.isEmpty() || !s.matches(".*[0-9].*")) {
            return null;
        }
        s = s.split("\\s+")[0];
        s = language == Language.NL ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        return new BigDecimal(s);
    }
}
