package org.ecoreform.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.junit.jupiter.api.Test;

class ExportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ITEMS = 2 * ExportDataset.PAGE_SIZE + 201;

    /** Bytes already written each time a page was asked for. */
    private final List<Integer> writtenBeforePage = new ArrayList<>();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ExportDataset<Integer> numbers = new ExportDataset<>(
            "numbers",
            "Numbers",
            "test data",
            List.of(
                    ExportColumn.integer("n", "the number"),
                    ExportColumn.text("label", "its label"),
                    ExportColumn.list("tags", "tags")),
            this::page,
            n -> List.of(n, n == 7 ? "=1+1" : "第" + n + "号", List.of("a", "b" + n)),
            () -> new DatasetFacts(ITEMS, null));

    @Test
    void csvHasAByteOrderMarkTheHeaderEveryRowAndNoFormula() throws IOException {
        long rows = new ExportWriter(JSON).write(numbers, ExportFormat.CSV, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(ITEMS);
        assertThat(csv).startsWith("\uFEFFn,label,tags\r\n0,第0号,a;b0\r\n");
        assertThat(csv.split("\r\n")).hasSize(ITEMS + 1).contains("7,'=1+1,a;b7");
    }

    @Test
    void ndjsonHasOneTypedObjectPerLine() throws IOException {
        new ExportWriter(JSON).write(numbers, ExportFormat.NDJSON, out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(ITEMS);
        JsonNode last = JSON.readTree(lines[ITEMS - 1]);
        assertThat(last.get("n").isInt()).isTrue();
        assertThat(last.get("n").asInt()).isEqualTo(ITEMS - 1);
        assertThat(last.get("tags").isArray()).isTrue();
        assertThat(JSON.readTree(lines[7]).get("label").asText())
                .as("NDJSON is not for spreadsheets: as stored")
                .isEqualTo("=1+1");
    }

    @Test
    void eachPageIsWrittenOutBeforeTheNextIsRead() throws IOException {
        new ExportWriter(JSON).write(numbers, ExportFormat.CSV, out);

        assertThat(writtenBeforePage).hasSize(3);
        assertThat(writtenBeforePage.get(0)).isZero();
        assertThat(writtenBeforePage.get(1)).isPositive();
        assertThat(writtenBeforePage.get(2)).isGreaterThan(writtenBeforePage.get(1));
    }

    private Page<Integer> page(PageRequest request) {
        writtenBeforePage.add(out.size());
        int from = request.afterKey().map(key -> Integer.parseInt(key) + 1).orElse(0);
        List<Integer> rowsPlusOne = IntStream.range(from, Math.min(ITEMS, from + request.limit() + 1))
                .boxed()
                .toList();
        return Page.of(rowsPlusOne, request.limit(), String::valueOf);
    }
}
