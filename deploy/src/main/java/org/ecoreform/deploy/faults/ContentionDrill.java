package org.ecoreform.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

/** Drill 4: concurrent writers on one record with If-Match; none may lose another's update. */
final class ContentionDrill {

    /** Writers, writes that succeeded, 412 answers on the way, entries in the record's history, whether it holds every success. */
    record Result(
            int contenders, int successes, int preconditionFailures, int historyEntries, boolean historyComplete) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "630000-2021-106";

    private final LocalLauncher system;
    private final SystemClient http;
    private final String qinghaiEditor;
    private final String admin;

    ContentionDrill(LocalLauncher system, SystemClient http, String qinghaiEditor, String admin) {
        this.system = system;
        this.http = http;
        this.qinghaiEditor = qinghaiEditor;
        this.admin = admin;
    }

    Result run(int contenders) throws Exception {
        String adoption = system.baseUrl("adoption-service");
        JsonNode record = http.write(
                "POST",
                adoption + "/api/v1/adoptions",
                qinghaiEditor,
                null,
                "application/json",
                Map.of(
                        "planId",
                        PLAN,
                        "measureIds",
                        List.of("N2020-62"),
                        "actions",
                        "争用测试",
                        "responsibleUnits",
                        List.of("省发展改革委")),
                201);
        String id = record.path("id").asText();
        AtomicInteger preconditionFailed = new AtomicInteger();
        AtomicLong successes = new AtomicLong();
        Set<String> writtenTexts = ConcurrentHashMap.newKeySet();
        CyclicBarrier together = new CyclicBarrier(contenders);
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            String text = "写入者 " + i;
            writers.add(pool.submit(() -> {
                together.await();
                for (int attempt = 0; attempt < 1000; attempt++) {
                    HttpResponse<String> current = http.http()
                            .send(
                                    HttpRequest.newBuilder(URI.create(adoption + "/api/v1/adoptions/" + id))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                    String etag = current.headers().firstValue("ETag").orElseThrow();
                    HttpResponse<String> put = http.http()
                            .send(
                                    HttpRequest.newBuilder(URI.create(adoption + "/api/v1/adoptions/" + id))
                                            .header("Authorization", "Bearer " + qinghaiEditor)
                                            .header("If-Match", etag)
                                            .header("Content-Type", "application/json")
                                            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                                    "measureIds",
                                                    List.of("N2020-62"),
                                                    "actions",
                                                    text,
                                                    "responsibleUnits",
                                                    List.of("省发展改革委")))))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                    if (put.statusCode() == 200) {
                        successes.incrementAndGet();
                        writtenTexts.add(text);
                        return null;
                    }
                    if (put.statusCode() == 412) {
                        preconditionFailed.incrementAndGet();
                    } else {
                        http.countServerError();
                        return null;
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        JsonNode history = http.getJson(adoption + "/api/v1/audit?limit=500&aggregateId=" + encode(id), admin);
        Set<String> inHistory = new HashSet<>();
        Set<Long> versions = new HashSet<>();
        for (JsonNode entry : history.path("items")) {
            if ("updated".equals(entry.path("action").asText())) {
                inHistory.add(entry.at("/after/actions").asText());
                versions.add(entry.path("version").asLong());
            }
        }
        boolean complete = inHistory.equals(writtenTexts) && versions.size() == successes.get();
        return new Result(
                contenders,
                (int) successes.get(),
                preconditionFailed.get(),
                history.path("items").size(),
                complete);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
