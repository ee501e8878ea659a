package org.ecoreform.adoption.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a source document shipped unchanged under {@code reference/}. */
public final class ReferenceResources {

    private ReferenceResources() {}

    public static String read(String path) {
        try (InputStream in = ReferenceResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("reference resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
