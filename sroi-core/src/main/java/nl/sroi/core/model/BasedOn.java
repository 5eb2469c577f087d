package nl.sroi.core.model;

/**
 * The adopted forecast an evaluation checks ({@code basedOn} of a model of {@code kind: evaluation}): an analysis
 * of the store and one of its versions. It moves no figure; the store and the report use it to bridge the forecast
 * to the evaluation ("Verschil met de prognose").
 *
 * @param analysis the analysis's id
 * @param version  its version, from 1
 */
public record BasedOn(String analysis, Integer version) {
}
