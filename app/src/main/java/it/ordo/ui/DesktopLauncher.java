package it.ordo.ui;

import javafx.application.Application;

/** Starts the desktop client (kept apart from Main so the command line never loads JavaFX). */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(OrdoDesktop.class, args);
    }
}
