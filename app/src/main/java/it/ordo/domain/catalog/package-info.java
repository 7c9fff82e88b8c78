/** Products, SKUs, EANs, units and VAT rates. */
package it.ordo.domain.catalog;
