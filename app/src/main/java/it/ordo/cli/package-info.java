/**
 * The command line ({@code ordo <command>}): picocli commands that call the
 * application services of {@link it.ordo.OrdoContext}, read import and
 * order files (CSV, JSON), and print aligned text or JSON. Data goes to
 * standard output, every problem to standard error as a sentence in the
 * user's language; the exit code says how it went (see {@link it.ordo.cli.Cli}).
 */
package it.ordo.cli;
