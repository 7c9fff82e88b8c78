package it.ordo.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Window;

/** Starts the desktop client (kept apart from Main so the command line never loads JavaFX). */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(OrdoDesktop.class, args);
    }

    /**
     * The desktop's start for the installer's training run of the ahead-of-time class cache ({@code Main.train}):
     * starts it in this process, waits until its window shows and a few seconds more (the sign-in screen laid out,
     * the database opening behind it) and returns, leaving the caller to end the process, which writes the cache.
     * Without the desktop in the training the cache held only the commands' classes, and the window came 0.4 s
     * later with the cache than without it (docs/benchmarks.md). False when no window showed within a minute (no
     * display): the cache is then made of the commands alone.
     */
    public static boolean showOnceForTraining(String[] args) {
        Thread desktop = Thread.ofPlatform().daemon().name("training-desktop").start(() -> launch(args));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && desktop.isAlive()) {
            if (windowShowing()) {
                pause(3_000);
                return true;
            }
            pause(100);
        }
        return false;
    }

    private static boolean windowShowing() {
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        try {
            Platform.runLater(() -> shown.complete(Window.getWindows().stream().anyMatch(Window::isShowing)));
            return shown.get(1, TimeUnit.SECONDS);
        } catch (IllegalStateException notStartedYet) {
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
