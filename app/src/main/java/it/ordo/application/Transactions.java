package it.ordo.application;

import java.util.function.Supplier;

/**
 * The transaction boundary of every use case. A write that fails on a
 * transient database conflict (deadlock, lock timeout, serialization failure)
 * is run again from the start a bounded number of times, so the work must
 * read everything it needs inside the supplier.
 */
public interface Transactions {

    <T> T write(Supplier<T> work);

    <T> T read(Supplier<T> work);

    default void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
