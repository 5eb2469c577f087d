package nl.sroi.store;

/**
 * A version with its document and, for a valid one, its result document, exactly as stored.
 *
 * @param record   the version's record
 * @param document the document as received
 * @param result   the result document, or null
 */
public record StoredVersion(VersionRecord record, String document, String result) {
}
