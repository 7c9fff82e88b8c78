/**
 * The warehouse's use cases: the "to pick" queue, picking, scan-to-pack,
 * shipping with the DDT, and the documents that go with the goods (pick
 * lists, DDTs, labels).
 */
package it.ordo.application.fulfilment;
