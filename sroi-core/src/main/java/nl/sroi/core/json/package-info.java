/**
 * The codecs of the project's JSON documents, an adapter on top: strict reading of models and scenarios into a
 * valid thing or every problem ({@link nl.sroi.core.validation.Validated}), and deterministic writing of models,
 * results, analyses and problems. Reading takes bytes or text and writing gives text: no Jackson type in a public
 * signature (that is {@code nl.sroi.core.jackson}'s). Nothing here knows of HTTP: statuses, media types and
 * problem type URIs are the service's.
 *
 * <p>Layer 12, the top, beside {@code csv}: may use every package below it, not {@code csv}.
 */
package nl.sroi.core.json;
