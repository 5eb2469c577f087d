/**
 * Strict reading and deterministic writing of the project's JSON documents: models, results and problems.
 */
package nl.sroi.core.json;
