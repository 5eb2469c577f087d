package nl.sroi.core.model;

import java.math.BigDecimal;

/**
 * The part of a project that lands in one municipality: greater than 0, the shares of a project adding up to 1.
 *
 * @param id    the municipality's id ({@code enschede}; see {@link TwentseKoers#MUNICIPALITIES})
 * @param share its part of the project, a decimal (35 % = 0.35)
 */
public record MunicipalityShare(String id, BigDecimal share) {
}
