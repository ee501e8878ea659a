package org.ecoreform.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecoreform.platform.tables.TableReader;
import org.ecoreform.platform.tables.TableRow;
import org.ecoreform.platform.tables.UnreadableTableException;
import org.ecoreform.platform.tables.WorkbookSheets;

/**
 * A province's year-end workbook, whose parts two services own: adoption-service the records'
 * sheet, indicators-service the plan tasks'. The download is the two sheets in one file; an upload
 * goes to the service of each sheet it holds (a CSV, one sheet, by its header), each checking and
 * storing its own rows in its own transaction, and the reports come back as one, every row naming
 * its sheet. A commit that one service stored and the other could not is said so; the same file
 * under the same key stores the rest and nothing twice.
 */
@ApplicationScoped
public class ProgressWorkbooks {

    public static final String RECORDS_SHEET = "进展 progress";
    public static final String TASKS_SHEET = "方案任务 plan tasks";
    private static final String RECORDS_HEADER = "记录编号 record";
    private static final String TASKS_HEADER = "任务编号 task";

    /** A part of the workbook: its sheet, the service that reads it, where. */
    private record Part(String sheet, String service, String path) {}

    private static final Part RECORDS = new Part(RECORDS_SHEET, "adoption", "/api/v1/progress-imports");
    private static final Part TASKS = new Part(TASKS_SHEET, "indicators", "/api/v1/plan-task-imports");

    /** What an upload gave: the merged report, or a service's refusal to relay as it is. */
    public sealed interface Outcome {}

    public record Merged(JsonNode report, boolean replayed) implements Outcome {}

    public record Refused(ServiceCalls.Answer answer) implements Outcome {}

    /** One service stored its rows, the other did not: the caller must send the same file again. */
    public record Partial(String detail) implements Outcome {}

    /** The workbook to download. */
    public record Workbook(byte[] bytes) implements Outcome {}

    private final ServiceCalls calls;
    private final ObjectMapper json;

    public ProgressWorkbooks(ServiceCalls calls, ObjectMapper json) {
        this.calls = calls;
        this.json = json;
    }

    /** The workbook, or the first service's refusal (an unknown province …). */
    public Outcome workbook(String code, Map<String, String> headers) {
        ServiceCalls.Answer records =
                calls.get(RECORDS.service(), "/api/v1/provinces/" + code + "/progress-workbook", headers);
        if (records.status() != 200) {
            return new Refused(records);
        }
        ServiceCalls.Answer tasks =
                calls.get(TASKS.service(), "/api/v1/provinces/" + code + "/plan-task-workbook", headers);
        if (tasks.status() != 200) {
            return new Refused(tasks);
        }
        return new Workbook(WorkbookSheets.append(records.body(), tasks.body()));
    }

    public Outcome upload(byte[] file, String fileName, boolean commit, Map<String, String> headers) {
        var rows = json.createArrayNode();
        int[] totals = new int[5]; // rows, accepted, unchanged, refused, stored
        boolean replayed = false;
        List<String> storedBy = new ArrayList<>();
        for (Part part : partsOf(file)) {
            String boundary = "ecoreform-" + UUID.randomUUID();
            Map<String, String> sent = new LinkedHashMap<>(headers);
            sent.put("Content-Type", "multipart/form-data; boundary=" + boundary);
            ServiceCalls.Answer answer = calls.post(
                    part.service(),
                    part.path() + (commit ? "?commit=true" : ""),
                    sent,
                    multipart(boundary, fileName, file));
            if (answer.status() != 200) {
                if (storedBy.isEmpty()) {
                    return new Refused(answer);
                }
                return new Partial(
                        "the sheet '" + String.join("', '", storedBy) + "' was stored; the sheet '"
                                + part.sheet() + "' was not (" + part.service() + "-service answered " + answer.status()
                                + "): send the same file with the same Idempotency-Key again — what was stored is not stored twice");
            }
            JsonNode report = read(answer.body());
            report.path("rows").forEach(row -> {
                var merged = json.createObjectNode().put("sheet", part.sheet());
                merged.setAll((com.fasterxml.jackson.databind.node.ObjectNode) row);
                rows.add(merged);
            });
            JsonNode summary = report.path("summary");
            String[] names = {"rows", "accepted", "unchanged", "refused", "stored"};
            for (int i = 0; i < names.length; i++) {
                totals[i] += summary.path(names[i]).asInt();
            }
            replayed |= answer.headers()
                    .getOrDefault("idempotent-replayed", List.of())
                    .contains("true");
            if (commit) {
                storedBy.add(part.sheet());
            }
        }
        var summary = json.createObjectNode()
                .put("rows", totals[0])
                .put("accepted", totals[1])
                .put("unchanged", totals[2])
                .put("refused", totals[3])
                .put("stored", totals[4]);
        var report = json.createObjectNode().put("committed", commit);
        report.set("summary", summary);
        report.set("rows", rows);
        return new Merged(report, replayed);
    }

    /**
     * The parts an upload holds: a workbook's sheets by name, a CSV by its header; else the records'
     * (whose service then says what is wrong with the file).
     */
    private static List<Part> partsOf(byte[] file) {
        try {
            if (TableReader.Format.ofUpload(file) == TableReader.Format.XLSX) {
                List<String> sheets = WorkbookSheets.names(file);
                List<Part> parts = new ArrayList<>();
                if (sheets.contains(RECORDS_SHEET) || !sheets.contains(TASKS_SHEET)) {
                    parts.add(RECORDS);
                }
                if (sheets.contains(TASKS_SHEET)) {
                    parts.add(TASKS);
                }
                return parts;
            }
            List<String> header = TableReader.csv(new String(file, StandardCharsets.UTF_8)).stream()
                    .filter(row -> !row.isBlank())
                    .findFirst()
                    .map(TableRow::cells)
                    .orElse(List.of());
            return header.contains(TASKS_HEADER) && !header.contains(RECORDS_HEADER)
                    ? List.of(TASKS)
                    : List.of(RECORDS);
        } catch (UnreadableTableException e) {
            return List.of(RECORDS);
        }
    }

    private static byte[] multipart(String boundary, String fileName, byte[] file) {
        try (ByteArrayOutputStream body = new ByteArrayOutputStream()) {
            String safeName = fileName == null ? "workbook" : fileName.replaceAll("[\"\\r\\n]", "_");
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + safeName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("a service's import report is not JSON", e);
        }
    }
}
