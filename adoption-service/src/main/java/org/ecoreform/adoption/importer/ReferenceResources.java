package org.ecoreform.adoption.importer;

import org.ecoreform.platform.reference.ClasspathText;

/** Reads a source document shipped unchanged under {@code reference/}. */
public final class ReferenceResources {

    private ReferenceResources() {}

    public static String read(String path) {
        return ClasspathText.read(path);
    }
}
