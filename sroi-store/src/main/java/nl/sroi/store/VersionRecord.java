package nl.sroi.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One immutable version of an analysis, without its document (store.md §4.1).
 *
 * @param analysis       the analysis id
 * @param version        1, 2, … without gaps
 * @param hash           the document's hash
 * @param author         who saved it
 * @param message        why
 * @param createdAt      when (UTC)
 * @param engine         the engine version that evaluated it
 * @param format         the document's format
 * @param title          the document's title
 * @param themeLine      the document's theme line, or null
 * @param municipalities the document's municipality ids
 * @param valid          whether the engine accepted it
 * @param problems       the errors and warnings in both languages ({@link Evaluation#problems()})
 * @param resultHash     the result's hash, or null for an invalid version
 * @param presentValue   the result's present value, or null
 * @param inputsValue    the result's inputs value, or null
 * @param ratio          the result's ratio, or null
 * @param adopted        whether an admin adopted it
 */
public record VersionRecord(String analysis, int version, String hash, String author, String message,
                            Instant createdAt, String engine, String format, String title, String themeLine,
                            List<String> municipalities, boolean valid, String problems, String resultHash,
                            BigDecimal presentValue, BigDecimal inputsValue, Double ratio, boolean adopted) {
}
