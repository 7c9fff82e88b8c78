package it.ordo.application.returns;

import it.ordo.domain.returns.ReturnOutcome;

/** Where a returned order line goes on arrival. */
public record LineOutcome(int lineNo, ReturnOutcome outcome) {
}
