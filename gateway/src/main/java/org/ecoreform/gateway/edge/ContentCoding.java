package org.ecoreform.gateway.edge;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.ecoreform.platform.http.QualityValues;

/**
 * The content codings the gateway answers in, chosen from {@code Accept-Encoding} (RFC 9110
 * §12.5.3): the accepted coding with the highest q-value among brotli (where its native library
 * loads) and gzip, brotli on a tie; identity when the client accepts neither. A compressed body
 * has other bytes, so its strong ETag gets the coding as a suffix ({@code "v3-gzip"}); tags a
 * client sends back are stripped of it before they reach a service.
 */
public enum ContentCoding {
    IDENTITY(null, ""),
    GZIP("gzip", "-gzip"),
    BROTLI("br", "-br");

    public static final String VARY = "Accept-Encoding, Accept-Language";

    private static final boolean BROTLI_LOADS = brotliLoads();
    /** Views are compressed once per version, so the densest settings (brotli 11, deflate 9) are affordable there. */
    private static final Encoder.Parameters DENSE =
            new Encoder.Parameters().setQuality(11).setWindow(22);
    /** Per-request compression (proxied answers) trades a little size for speed. */
    private static final Encoder.Parameters FAST =
            new Encoder.Parameters().setQuality(5).setWindow(22);

    private static final Pattern SUFFIX = Pattern.compile("-(gzip|br)\"");

    private final String header;
    private final String tagSuffix;

    ContentCoding(String header, String tagSuffix) {
        this.header = header;
        this.tagSuffix = tagSuffix;
    }

    /** The Content-Encoding value; null for identity. */
    public String header() {
        return header;
    }

    public static ContentCoding negotiate(String acceptEncoding) {
        double[] q = qualities(acceptEncoding);
        if (q[0] > 0 && q[0] >= q[1] && BROTLI_LOADS) {
            return BROTLI;
        }
        return q[1] > 0 ? GZIP : IDENTITY;
    }

    /** The coding of a body compressed as it streams: gzip when accepted, else identity (brotli is kept for bodies compressed whole). */
    public static ContentCoding negotiateStreaming(String acceptEncoding) {
        return qualities(acceptEncoding)[1] > 0 ? GZIP : IDENTITY;
    }

    /** The q-values of brotli and gzip ({@code *} standing in for either when not named); -1 when not accepted at all. */
    private static double[] qualities(String acceptEncoding) {
        double br = -1;
        double gzip = -1;
        double any = -1;
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return new double[] {br, gzip};
        }
        for (String part : acceptEncoding.split(",")) {
            String[] tokens = part.split(";");
            String coding = tokens[0].strip().toLowerCase(Locale.ROOT);
            double q = QualityValues.weight(tokens);
            switch (coding) {
                case "br" -> br = q;
                case "gzip", "x-gzip" -> gzip = q;
                case "*" -> any = q;
                default -> {}
            }
        }
        return new double[] {br < 0 ? any : br, gzip < 0 ? any : gzip};
    }

    /** The entity tag (as sent, quoted, maybe {@code W/}) of this coding's form. */
    public String tag(String etag) {
        if (this == IDENTITY || etag == null || !etag.endsWith("\"")) {
            return etag;
        }
        return etag.substring(0, etag.length() - 1) + tagSuffix + '"';
    }

    /** A conditional header's tags as the service issued them (coding suffixes removed). */
    public static String untagged(String header) {
        return header == null ? null : SUFFIX.matcher(header).replaceAll("\"");
    }

    /** Compressed once, densely (a view version). */
    public byte[] compressOnce(byte[] body) {
        return compress(body, Deflater.BEST_COMPRESSION, DENSE);
    }

    /** Compressed for one answer. */
    public byte[] compress(byte[] body) {
        return compress(body, Deflater.DEFAULT_COMPRESSION, FAST);
    }

    private byte[] compress(byte[] body, int gzipLevel, Encoder.Parameters brotli) {
        try {
            return switch (this) {
                case IDENTITY -> body;
                case GZIP -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
                    try (GZIPOutputStream gzip = new LeveledGzip(out, gzipLevel)) {
                        gzip.write(body);
                    }
                    yield out.toByteArray();
                }
                case BROTLI -> Encoder.compress(body, brotli);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GZIPOutputStream at a chosen deflate level (its own constructor offers only the default). */
    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(OutputStream out, int level) throws IOException {
            super(out);
            def.setLevel(level);
        }
    }

    private static boolean brotliLoads() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            return false; // no native library for this platform: gzip only
        }
    }
}
