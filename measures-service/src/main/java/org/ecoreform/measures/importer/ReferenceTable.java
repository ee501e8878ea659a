package org.ecoreform.measures.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A tab-separated codelist shipped under {@code reference/}; lines starting with # are comments. */
public final class ReferenceTable {

    private ReferenceTable() {}

    public static String readResource(String path) {
        try (InputStream in = ReferenceTable.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("reference resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String[]> rows(String path, int columns) {
        return readResource(path)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> Arrays.copyOf(line.split("\t", -1), columns))
                .toList();
    }
}
