/** The Import orders screen: a customer's Excel or CSV file mapped, previewed, fixed and confirmed. */
package it.ordo.ui.intake;
