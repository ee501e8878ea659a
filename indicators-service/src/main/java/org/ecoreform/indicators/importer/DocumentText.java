package org.ecoreform.indicators.importer;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.ecoreform.platform.reference.ClasspathText;

/** Reading and normalising the shipped source documents. */
public final class DocumentText {

    private DocumentText() {}

    public static String read(String resource) {
        return ClasspathText.read(resource);
    }

    /** Full-width forms folded (（→(, ／→/, ，→,), so copies of one text compare equal. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Letters and digits only, folded: titles that differ in punctuation compare equal. */
    public static String normaliseTitle(String title) {
        return fold(title).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A short stable digest of a wording (CRC-32, hex): the id of an indicator known only by its words. */
    public static String digest(String text) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
