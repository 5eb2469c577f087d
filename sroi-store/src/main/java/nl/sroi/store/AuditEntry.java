package nl.sroi.store;

import java.time.Instant;

/**
 * One line of the audit log: every write, adoption, archive, user change and refused attempt.
 *
 * @param seq      its place in the log
 * @param at       when
 * @param actor    who (a user name, {@code cli} for the command line, or the client address of a refused attempt)
 * @param action   what: {@code create}, {@code revise}, {@code adopt}, {@code archive}, {@code restore},
 *                 {@code user.add}, {@code user.revoke}, {@code import}, {@code refused}
 * @param analysis the analysis, or null
 * @param version  the version, or null
 * @param detail   the message or reason
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String analysis, Integer version,
                         String detail) {
}
