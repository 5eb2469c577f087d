/**
 * The codecs of the project's JSON documents, the bottom-most layer: strict reading of models and scenarios into a
 * valid thing or every problem ({@link nl.sroi.core.validation.Validated}), and deterministic writing of models,
 * results, analyses and problems. Nothing here knows of HTTP: statuses, media types and problem type URIs are the
 * service's.
 */
package nl.sroi.core.json;
