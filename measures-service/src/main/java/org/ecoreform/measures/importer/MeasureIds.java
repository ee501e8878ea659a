package org.ecoreform.measures.importer;

/** Measure ids: the list code and a two-digit number, e.g. {@code N2020-03}. */
public final class MeasureIds {

    private MeasureIds() {}

    public static String of(String listCode, int number) {
        return String.format("%s-%02d", listCode, number);
    }

    public static String categoryId(int ordinal) {
        return String.format("C%02d", ordinal);
    }
}
