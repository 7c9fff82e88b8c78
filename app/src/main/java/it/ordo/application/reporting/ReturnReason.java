package it.ordo.application.reporting;

import java.math.BigDecimal;

/**
 * A reason customers gave for their returns (as first typed; the same words
 * in other capitals or spacing count as one), how many returns gave it, the
 * quantity and net value they sent back, and its share of the period's returns.
 */
public record ReturnReason(String reason, long returns, BigDecimal quantity, BigDecimal value, BigDecimal share) {
}
