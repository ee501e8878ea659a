package org.ecoreform.indicators.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The whole national list as the catalogue replica would hold it, for tests that link plan tasks:
 * read from measures-service's copy of the NDRC notice (that service parses it for real; here only
 * the table's rows are needed: 名称 / 具体内容 / 来源 / 指导部门, tab-separated).
 */
public final class NationalList {

    public static final String DOCUMENT = "发改环资〔2020〕1793号";
    public static final LocalDate DATE = LocalDate.of(2020, 11, 25);
    private static final Path FILE =
            Path.of("../measures-service/src/main/resources/reference/000_7b19ea8164b41faf.txt");
    private static final Pattern ROW = Pattern.compile("^(\\d+)\\.([^\\t]+)\\t([^\\t]+)\\t([^\\t]+)\\t");
    private static final Map<String, String> PROVINCES =
            Map.of("福建省", "350000", "江西省", "360000", "贵州省", "520000", "海南省", "460000");

    /** A row: number, name, content and the codes of the provinces it was proven in. */
    public record Row(int number, String name, String content, Set<String> sources) {

        public String id() {
            return String.format("N2020-%02d", number);
        }
    }

    private NationalList() {}

    public static List<Row> rows() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Set<String> sources = Arrays.stream(row.group(4).strip().split("\\s+"))
                        .map(PROVINCES::get)
                        .collect(Collectors.toSet());
                rows.add(new Row(
                        Integer.parseInt(row.group(1)),
                        row.group(2).strip(),
                        row.group(3).strip(),
                        sources));
            }
        }
        return rows;
    }

    public static List<TaskMeasureLinker.Measure> measures() {
        return rows().stream()
                .map(r -> new TaskMeasureLinker.Measure(r.id(), r.name(), r.content(), r.sources(), DOCUMENT, DATE))
                .toList();
    }
}
