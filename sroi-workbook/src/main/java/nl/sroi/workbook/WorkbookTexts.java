package nl.sroi.workbook;

import nl.sroi.core.text.Language;
import nl.sroi.core.text.Messages;

/**
 * The workbook's own words, in Dutch and English ({@code texts_nl.properties}, {@code texts_en.properties} beside
 * this class), read through core's {@link Messages}: both languages hold the same keys, checked when loaded. The
 * names of estimates are core's ({@link nl.sroi.core.model.Estimate#heading()}). Sheet names are at most 31
 * characters.
 */
final class WorkbookTexts {

    static final Messages TEXTS = Messages.load(WorkbookTexts.class, "texts");

    private WorkbookTexts() {
    }

    /**
     * A text of the workbook.
     *
     * @param language the language
     * @param key      the template's key, such as {@code sheet.result}
     * @return the text
     */
    static String text(Language language, String key) {
        return TEXTS.in(language).get(key);
    }
}
