/** The stock screen: stock per product and warehouse, with the orders and supply behind each row. */
package it.ordo.ui.stock;
