package org.ecoreform.adoption.importer;

import java.util.regex.Pattern;

/** Clean text from cells that carry stray HTML (the gazette's {@code <p>} and entities). */
public final class HtmlText {

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u3000]+");

    private HtmlText() {}

    public static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String text = TAG.matcher(cell)
                .replaceAll("")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
