package org.ecoreform.measures.importer;

import java.util.Arrays;
import java.util.List;
import org.ecoreform.platform.reference.ClasspathText;

/** A tab-separated codelist shipped under {@code reference/}; lines starting with # are comments. */
public final class ReferenceTable {

    private ReferenceTable() {}

    public static String readResource(String path) {
        return ClasspathText.read(path);
    }

    public static List<String[]> rows(String path, int columns) {
        return readResource(path)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> Arrays.copyOf(line.split("\t", -1), columns))
                .toList();
    }
}
