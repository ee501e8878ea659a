package org.ecoreform.deploy;

import java.util.ArrayList;
import java.util.List;

/** The services the launcher runs, by name, each with its port, database and JVM options. */
final class ServiceSpecs {

    static final String MEASURES = "measures-service";
    static final String ADOPTION = "adoption-service";
    static final String INDICATORS = "indicators-service";
    static final String GATEWAY = "gateway";

    /** A service and its JVM options. */
    record Service(String name, int port, String database, String envPrefix, List<String> jvmOptions) {}

    /**
     * The local system's JVMs are sized for a laptop, not for production (the images set their own):
     * the serial collector with a heap that starts small, grows on demand and is kept close to what is
     * live (no G1 remembered sets, no 384 MB initial heap on a 24 GB machine), metaspace committed in
     * small granules, and freed native memory handed back every 5 s.
     */
    private static final List<String> SMALL_JVM = List.of(
            "-XX:+UseSerialGC",
            "-Xms32m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30",
            "-XX:MetaspaceReclaimPolicy=aggressive",
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:TrimNativeHeapInterval=5000");
    /**
     * The owning services, written to far less often than the views are read: C1 only (a third less
     * CPU to start, a smaller code cache) and a small young generation (8 MB: their requests allocate
     * little).
     */
    private static final List<String> OWNING_SERVICE = List.of("-Xmx256m", "-Xmn8m", "-XX:TieredStopAtLevel=1");
    /**
     * The gateway keeps only caches (its read models are in the view store), but serves every read:
     * the full JIT. Its young generation is always wholly touched, so it is sized by RSS: 16 MB
     * (against 48) cut the proxy benchmark's RSS from 247/268 to 230/251 MB (at rest / streaming),
     * its collections costing nothing the p99 added time shows (0.03–0.05 ms either way). Its old
     * generation once kept the free ratios' defaults: while four clients streamed the national export,
     * NMT's committed memory did not grow but the RSS did by ~20 MB, as old-generation pages that
     * promotions touch would; with the free ratios above the RSS was 211–213 / 231 MB.
     */
    private static final List<String> GATEWAY_JVM = List.of("-Xmx192m", "-Xmn16m");

    /** In start order. */
    static final List<Service> ALL = List.of(
            new Service(MEASURES, 8081, "measures", "MEASURES", jvm(OWNING_SERVICE)),
            new Service(ADOPTION, 8082, "adoption", "ADOPTION", jvm(OWNING_SERVICE)),
            new Service(INDICATORS, 8083, "indicators", "INDICATORS", jvm(OWNING_SERVICE)),
            new Service(GATEWAY, 8080, null, "GATEWAY", jvm(GATEWAY_JVM)));

    private ServiceSpecs() {}

    static Service named(String name) {
        return ALL.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }

    private static List<String> jvm(List<String> options) {
        List<String> all = new ArrayList<>(SMALL_JVM);
        all.addAll(options);
        return List.copyOf(all);
    }
}
