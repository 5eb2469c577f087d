/**
 * The Jackson tree adapter of the codecs: a result's summary and lists of problems as Jackson nodes, for a program
 * that composes its own JSON documents with Jackson (the service's answers, the store's listings), written as the
 * codecs write them. Besides {@code jackson}, the only exported package whose signatures name Jackson types.
 *
 * <p>Layer 11, above {@code analysis} and below the codecs ({@code json}, {@code csv}), which use it: may use
 * every package below it.
 */
package nl.sroi.core.tree;
