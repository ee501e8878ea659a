package org.ecoreform.measures.importer;

/** The document does not have the structure of the national list; names the line at fault. */
public class CatalogueFormatException extends RuntimeException {

    public CatalogueFormatException(String message) {
        super(message);
    }

    public CatalogueFormatException(int line, String message) {
        super("line " + line + ": " + message);
    }
}
