package org.ecoreform.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Calls made at the same time, as concurrent clients would: on threads that carry the test's class loader, since
 * REST Assured (Groovy) loads its services through it and a JDK pool thread would find another copy of them.
 */
public final class Concurrently {

    private Concurrently() {}

    /** Runs every call, {@code threads} at a time, and answers their results in the calls' order. */
    public static <T> List<T> run(int threads, List<? extends Callable<T>> calls)
            throws InterruptedException, ExecutionException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "concurrent-call");
            thread.setContextClassLoader(loader);
            return thread;
        });
        try {
            List<T> results = new ArrayList<>(calls.size());
            for (Future<T> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
