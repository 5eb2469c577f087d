package nl.sroi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The report in a real browser: headless Chromium opens the HTML file with the network switched off, and the page
 * must raise no console error, send no request beyond itself, fit the width of A4 without scrolling sideways,
 * render (a screenshot of the right size that is not blank) and print to an A4 PDF. Without Chromium this test
 * fails with the command that installs it; it never skips.
 */
class ReportBrowserTest {

    /** The width of A4 in CSS pixels: 210 mm at 96 px per inch. */
    static final int A4_WIDTH = 794;
    static final int A4_HEIGHT = 1123;

    @Test
    void theReport_opensOffline_withoutErrorsOrRequests_fitsA4_andPrints() throws Exception {
        Path dir = Path.of("target", "browser");
        Files.createDirectories(dir);
        Path page = dir.resolve("hengelo-gemeenten.html").toAbsolutePath();
        Files.writeString(page, ReportHtml.write(Reports.report(Reports.LOKAAL, "nl", "gemeenten", "hengelo-2027")),
                StandardCharsets.UTF_8);
        String url = page.toUri().toString();
        try (Chromium chromium = new Chromium()) {
            chromium.openPage();
            for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
                chromium.call(domain + ".enable", null);
            }
            chromium.call("Network.emulateNetworkConditions", Chromium.params().put("offline", true)
                    .put("latency", 0).put("downloadThroughput", 0).put("uploadThroughput", 0));
            chromium.call("Emulation.setDeviceMetricsOverride", Chromium.params().put("width", A4_WIDTH)
                    .put("height", A4_HEIGHT).put("deviceScaleFactor", 1).put("mobile", false));
            JsonNode navigated = chromium.call("Page.navigate", Chromium.params().put("url", url));
            assertTrue(navigated.path("errorText").isMissingNode(), "navigation: " + navigated);
            chromium.await("Page.loadEventFired");

            List<JsonNode> errors = chromium.events("Runtime.exceptionThrown", "Runtime.consoleAPICalled",
                    "Log.entryAdded").stream().filter(ReportBrowserTest::isError).toList();
            assertEquals(List.of(), errors, "console errors");
            List<String> requests = chromium.events("Network.requestWillBeSent").stream()
                    .map(e -> e.at("/params/request/url").asText()).filter(u -> !u.equals(url)).toList();
            assertEquals(List.of(), requests, "requests beyond the page itself");

            JsonNode layout = chromium.call("Runtime.evaluate", Chromium.params().put("returnByValue", true)
                    .put("expression", "({inner: window.innerWidth, scroll: document.documentElement.scrollWidth, client: "
                            + "document.documentElement.clientWidth, height: document.documentElement.scrollHeight, "
                            + "svgs: document.querySelectorAll('svg').length, scripts: document.scripts.length, "
                            + "wide: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect()"
                            + ".right > document.documentElement.clientWidth + 0.5).map(e => e.tagName).slice(0, 5)})"))
                    .at("/result/value");
            assertEquals(A4_WIDTH, layout.path("inner").asInt(), "the window is A4 wide (less a scroll bar inside)");
            assertTrue(layout.path("scroll").asInt() <= layout.path("client").asInt(),
                    "no horizontal overflow at A4 width: " + layout);
            assertEquals(List.of(), JsonList.of(layout.path("wide")), "elements wider than the page");
            assertEquals(6, layout.path("svgs").asInt(), "six charts (a scenario's report has the waterfall)");
            assertEquals(0, layout.path("scripts").asInt(), "no script");

            int height = layout.path("height").asInt();
            chromium.call("Emulation.setDeviceMetricsOverride", Chromium.params().put("width", A4_WIDTH)
                    .put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
            byte[] png = Base64.getDecoder().decode(chromium.call("Page.captureScreenshot",
                    Chromium.params().put("format", "png")).path("data").asText());
            Files.write(dir.resolve("hengelo-gemeenten.png"), png);
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(A4_WIDTH, shot.getWidth(), "screenshot width");
            assertEquals(height, shot.getHeight(), "screenshot height");
            assertTrue(height > 3 * A4_HEIGHT, "a report of several pages, was " + height + " px");
            Ink ink = Ink.of(shot);
            assertTrue(ink.inked() > 0.04, "not blank: " + ink);
            assertTrue(ink.colours() > 8, "charts in several colours: " + ink);

            byte[] pdf = Base64.getDecoder().decode(chromium.call("Page.printToPDF", Chromium.params()
                    .put("printBackground", true).put("preferCSSPageSize", true)).path("data").asText());
            Files.write(dir.resolve("hengelo-gemeenten.pdf"), pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertTrue(doc.getNumberOfPages() >= 5, "printed pages: " + doc.getNumberOfPages());
                PDPage first = doc.getPage(0);
                assertEquals(595.3, first.getMediaBox().getWidth(), 1.5, "A4 width in points");
                assertEquals(841.9, first.getMediaBox().getHeight(), 1.5, "A4 height in points");
            }
            List<String> late = chromium.events("Network.requestWillBeSent").stream()
                    .map(e -> e.at("/params/request/url").asText()).filter(u -> !u.equals(url)).toList();
            assertEquals(List.of(), late, "requests while rendering and printing");
        }
    }

    private static boolean isError(JsonNode event) {
        return switch (event.path("method").asText()) {
            case "Runtime.exceptionThrown" -> true;
            case "Runtime.consoleAPICalled" -> List.of("error", "assert").contains(event.at("/params/type").asText());
            default -> event.at("/params/entry/level").asText().equals("error");
        };
    }

    /** How much of an image is not white, and how many distinct colours it holds (sampled). */
    record Ink(double inked, int colours) {
        static Ink of(BufferedImage image) {
            long inked = 0;
            long all = 0;
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y) & 0xffffff;
                    all++;
                    if (rgb != 0xffffff) {
                        inked++;
                    }
                    colours.add(rgb & 0xf0f0f0);
                }
            }
            return new Ink((double) inked / all, colours.size());
        }
    }

    /** A JSON array as a list of its texts. */
    static final class JsonList {
        static List<String> of(JsonNode array) {
            List<String> list = new java.util.ArrayList<>();
            array.forEach(n -> list.add(n.asText()));
            return list;
        }
    }
}
