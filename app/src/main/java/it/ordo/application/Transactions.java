package it.ordo.application;

import java.util.function.Supplier;

/**
 * The transaction boundary of every use case. A write that fails on a
 * transient database conflict (deadlock, lock timeout, serialization failure,
 * a record someone else saved meanwhile) is run again from the start a bounded
 * number of times, so the work must read everything it needs inside the
 * supplier. A change based on a copy the user saw passes the copy's version
 * and is refused when the record has moved on ({@code StaleDataException}).
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
