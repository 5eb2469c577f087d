package nl.sroi.store;

/**
 * The answer to a save: the version, and whether it is new (the same content as the latest version creates none).
 *
 * @param record  the new version, or the latest one when nothing changed
 * @param created whether a version was created
 */
public record Saved(VersionRecord record, boolean created) {
}
