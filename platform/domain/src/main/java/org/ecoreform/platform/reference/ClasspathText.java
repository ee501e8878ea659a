package org.ecoreform.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A text shipped on the class path (codelists, source documents), read one way everywhere: UTF-8, whole. */
public final class ClasspathText {

    private ClasspathText() {}

    /** The text at {@code path}; a missing resource is a packaging error, said with its path. */
    public static String read(String path) {
        try (InputStream in = ClasspathText.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing on the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
