/**
 * The demo company: a deterministic, plausible distributor (catalogue, customers,
 * price lists, stock, suppliers and a year of orders in every state), built from
 * the word lists of the db module through the same services the desk uses.
 * The same seed always gives the same data; dates are relative to the day it runs.
 */
package it.ordo.demo;
