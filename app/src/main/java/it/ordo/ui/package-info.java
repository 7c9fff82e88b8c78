/** The desktop client: JavaFX views that only bind, and view models that hold state and commands. */
package it.ordo.ui;
