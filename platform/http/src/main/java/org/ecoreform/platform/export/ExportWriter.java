package org.ecoreform.platform.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecoreform.platform.csv.CsvWriter;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;

/**
 * Writes a whole dataset to a stream a page at a time: what is held in memory is one page,
 * whatever the size of the dataset. Each page is flushed before the next is read.
 */
public final class ExportWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ObjectMapper mapper;

    public ExportWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Writes every item of the dataset; returns how many rows were written. */
    public <T> long write(ExportDataset<T> dataset, ExportFormat format, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        List<String> names = dataset.columns().stream().map(ExportColumn::name).toList();
        if (format == ExportFormat.CSV) {
            text.write(BYTE_ORDER_MARK);
            text.write(CsvWriter.line(names));
        }
        long rows = 0;
        PageRequest request = PageRequest.parse(String.valueOf(ExportDataset.PAGE_SIZE), null);
        while (true) {
            Page<T> page = dataset.pages().apply(request);
            for (T item : page.items()) {
                List<Object> cells = dataset.row().apply(item);
                if (format == ExportFormat.CSV) {
                    text.write(csvLine(cells));
                } else {
                    writeJsonLine(text, names, cells);
                }
                rows++;
            }
            text.flush();
            if (page.nextCursor() == null) {
                return rows;
            }
            request = PageRequest.parse(String.valueOf(ExportDataset.PAGE_SIZE), page.nextCursor());
        }
    }

    private void writeJsonLine(Writer text, List<String> names, List<Object> cells) throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(text);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        for (int i = 0; i < names.size(); i++) {
            json.writeFieldName(names.get(i));
            Object cell = cells.get(i);
            mapper.writeValue(json, cell instanceof JsonCell nested ? nested.value() : cell);
        }
        json.writeEndObject();
        json.flush();
        text.write('\n');
    }

    /** One CSV record of a row: list cells joined with ";". */
    public static String csvLine(List<Object> cells) {
        return CsvWriter.line(cells.stream().map(ExportWriter::csvCell).toList());
    }

    private static Object csvCell(Object cell) {
        if (cell instanceof JsonCell nested) {
            return nested.text();
        }
        if (cell instanceof List<?> values) {
            return String.join(";", values.stream().map(String::valueOf).toList());
        }
        return cell;
    }
}
