package nl.sroi.store;

import java.time.Instant;

/**
 * A person or system that may use the store.
 *
 * @param name      the name
 * @param role      what it may do
 * @param createdAt when it was added
 * @param revokedAt when its token was revoked, or null
 */
public record User(String name, Role role, Instant createdAt, Instant revokedAt) {
}
