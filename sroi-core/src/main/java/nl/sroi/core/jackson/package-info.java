/**
 * The Jackson adapter: the project's one Jackson configuration (strict reading with exact decimals, deterministic
 * writing), syntax errors in the project's words as problems, and, for the modules that build JSON with Jackson,
 * its immutable reader, writer and node factory. With {@code tree} (the result's summary and problems as nodes),
 * the only exported package whose public signatures name Jackson types; it never hands out the shared
 * {@code ObjectMapper}.
 *
 * <p>Layer 3: may use {@code text} and {@code validation}.
 */
package nl.sroi.core.jackson;
