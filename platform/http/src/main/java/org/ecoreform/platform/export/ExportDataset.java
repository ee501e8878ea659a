package org.ecoreform.platform.export;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ecoreform.platform.dataset.DatasetFacts;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;

/**
 * A dataset a service offers for download in full: its description and columns (the data
 * dictionary), how one item becomes a row, and where its items come from, a page at a time, so
 * that a download of any size holds one page in memory.
 *
 * @param pages the items after a cursor (null for the first page), in a stable order
 * @param row   the cells of one item, in column order; a {@link List} cell for a {@code list} column
 * @param facts its row count and last change, asked for each listing
 */
public record ExportDataset<T>(
        String name,
        String title,
        String description,
        List<ExportColumn> columns,
        Function<PageRequest, Page<T>> pages,
        Function<T, List<Object>> row,
        Supplier<DatasetFacts> facts) {

    /** Items fetched per round trip to the database. */
    public static final int PAGE_SIZE = PageRequest.MAX_LIMIT;

    /**
     * Some items as CSV (the filtered CSV of the list endpoints), in the download's format: a UTF-8
     * byte order mark first (Excel then reads Chinese text), the same columns and cells.
     */
    public String csv(List<T> items) {
        StringBuilder csv = new StringBuilder()
                .append(ExportWriter.BYTE_ORDER_MARK)
                .append(org.ecoreform.platform.csv.CsvWriter.line(
                        columns.stream().map(ExportColumn::name).toList()));
        items.forEach(item -> csv.append(ExportWriter.csvLine(row.apply(item))));
        return csv.toString();
    }

    public ExportDatasetDescription describe() {
        DatasetFacts now = facts.get();
        return new ExportDatasetDescription(
                name, title, description, columns, null, null, null, now.rows(), now.lastChange());
    }
}
