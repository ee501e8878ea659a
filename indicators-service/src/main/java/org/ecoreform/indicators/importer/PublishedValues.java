package org.ecoreform.indicators.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.platform.reference.ClasspathText;

/**
 * Values the provinces' official sources published ({@code reference/published-values.tsv}, shipped
 * unchanged): province, period, the indicator's wording as published, value, unit, publisher and
 * publication date (a day or a month, as given), each with its line.
 */
public final class PublishedValues {

    public static final String RESOURCE = "reference/published-values.tsv";

    public record Value(
            String province,
            int period,
            String wording,
            BigDecimal value,
            String unit,
            String publisher,
            String publishedOn,
            int line) {}

    private PublishedValues() {}

    public static List<Value> load() {
        return parse(ClasspathText.read(RESOURCE));
    }

    public static List<Value> parse(String text) {
        List<String> lines = text.lines().toList();
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 7) {
                throw new IllegalArgumentException(
                        RESOURCE + " line " + (i + 1) + ": expected 7 columns, found " + cells.length);
            }
            values.add(new Value(
                    cells[0].strip(),
                    Integer.parseInt(cells[1].strip()),
                    cells[2].strip(),
                    new BigDecimal(cells[3].strip()),
                    cells[4].strip(),
                    cells[5].strip(),
                    cells[6].strip(),
                    i + 1));
        }
        return values;
    }
}
