/**
 * What reports, exports and KPIs read: sold orders and lines of a period and
 * the open orders' state, as flat records read in one query each.
 */
package it.ordo.domain.reporting;
