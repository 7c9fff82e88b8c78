package it.ordo.application.intake;

import it.ordo.domain.order.Channel;

/**
 * How a past-orders file is read into orders.
 *
 * @param source             the system the history comes from (the file's name by default): an order key is
 *                           imported once per source
 * @param cancellationPrefix an order key starting with it is a cancellation ("C" in the Online Retail file); null
 *                           or empty when the file has none
 * @param productPattern     a regular expression product codes match; other codes (postage, fees, manual
 *                           adjustments) become inactive charge products. Null: every code is a product
 * @param channel            the channel the past orders came in by
 */
public record HistoryOptions(String source, String cancellationPrefix, String productPattern, Channel channel) {
}
