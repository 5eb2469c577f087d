package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * The shaded jar carries the project's licence and notice and its dependencies' licence texts: the Apache License
 * 2.0 as the repository's LICENSE, the merged notices, the LGPL text (openhtmltopdf, JFreeChart), each library's own
 * licence files under META-INF/licenses/, and a list that names every library shaded in. No GPL library is in it.
 */
class JarLicenceIT {

    private static String text(JarFile jar, String name) throws IOException {
        ZipEntry e = jar.getEntry(name);
        assertNotNull(e, name + " is missing from sroi.jar");
        try (InputStream in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theJar_carriesLicenceNoticeAndTheDependenciesLicenceTexts() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("sroi.jar"))) {
            String licence = Files.readString(Path.of(System.getProperty("sroi.models"), "..", "LICENSE"));
            assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"));
            assertEquals(licence, text(jar, "META-INF/LICENSE"), "the project's licence, not a dependency's");
            String notice = text(jar, "META-INF/NOTICE");
            assertTrue(notice.contains("SROI engine"), notice);
            assertTrue(notice.contains("Apache PDFBox") || notice.contains("Apache XmpBox"), "merged notices");
            assertTrue(text(jar, "META-INF/licenses/LGPL-2.1.txt").contains("GNU LESSER GENERAL PUBLIC LICENSE"));
            assertTrue(text(jar, "META-INF/licenses/openhtmltopdf-core/META-INF/LICENSE-LGPL-2.1.txt")
                    .contains("GNU LESSER GENERAL PUBLIC LICENSE"));
            assertTrue(notice.contains("Apache Batik"), "the SVG generator's notice");
            assertTrue(text(jar, "META-INF/licenses/batik-svggen/META-INF/LICENSE").contains("Apache License"));
            assertTrue(text(jar, "META-INF/licenses/MPL-2.0.txt").contains("Mozilla Public License Version 2.0"));
            assertTrue(text(jar, "META-INF/licenses/jetty-server/META-INF/LICENSE").contains("Eclipse Public License"));
        }
    }

    @Test
    void noGplLibrary_isShadedIn() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("sroi.jar"))) {
            // JFreeSVG (GPL-3.0) wrote the charts' SVG before Batik's generator did
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("org/jfree/svg/")), "JFreeSVG's classes");
            assertNull(jar.getEntry("META-INF/licenses/GPL-3.0.txt"), "no GPL text: no GPL library");
            assertNotNull(jar.getEntry("org/apache/batik/svggen/SVGGraphics2D.class"));
            String list = text(jar, "META-INF/licenses/THIRD-PARTY.md");
            for (String row : list.split("\n")) {
                if (row.startsWith("| `")) {
                    String licence = row.substring(row.lastIndexOf('|', row.length() - 2) + 1);
                    assertFalse(licence.replace("GPL-2.0-with-classpath-exception", "").replace("LGPL", "")
                            .contains("GPL"), "a GPL library: " + row);
                }
            }
        }
    }

    @Test
    void everyShadedLibrary_isListedWithItsLicence() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("sroi.jar"))) {
            String list = text(jar, "META-INF/licenses/THIRD-PARTY.md");
            List<String> artifacts = jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                    .map(n -> n.split("/")).filter(p -> !p[2].equals("nl.sroi")).map(p -> p[3]).toList();
            assertTrue(artifacts.size() > 40, "shaded libraries found: " + artifacts);
            for (String a : artifacts) {
                assertTrue(list.contains(" " + a + ",") || list.contains(" " + a + " |") || list.contains(" " + a + " ("),
                        a + " is shaded into sroi.jar but not listed in THIRD-PARTY.md");
            }
        }
    }
}
