package org.ecoreform.gateway.edge;

import io.vertx.core.buffer.Buffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip member (RFC 1952) written as the body passes: each chunk in gives what deflate has ready,
 * the end gives the rest and the trailer. Memory is the deflater's window, whatever the body's size.
 * Not thread-safe: one body, one stream, one thread at a time.
 */
public final class GzipStream implements AutoCloseable {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final int OUTPUT_CHUNK = 16 * 1024;

    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final CRC32 crc = new CRC32();
    private final byte[] output = new byte[OUTPUT_CHUNK];
    private boolean started;
    private boolean closed;

    /** The compressed bytes ready after this chunk (maybe none: deflate keeps its window). */
    public Buffer compress(Buffer chunk) {
        Buffer out = begin();
        byte[] bytes = chunk.getBytes();
        crc.update(bytes);
        deflater.setInput(bytes);
        while (!deflater.needsInput()) {
            drain(out, Deflater.NO_FLUSH);
        }
        return out;
    }

    /** The rest of the compressed body and the trailer (CRC-32 and size, little-endian); the stream is closed after. */
    public Buffer finish() {
        Buffer out = begin();
        deflater.finish();
        while (!deflater.finished()) {
            drain(out, Deflater.NO_FLUSH);
        }
        out.appendIntLE((int) crc.getValue()).appendIntLE((int) deflater.getBytesRead());
        close();
        return out;
    }

    private Buffer begin() {
        if (closed) {
            throw new IllegalStateException("the gzip stream is closed");
        }
        Buffer out = Buffer.buffer();
        if (!started) {
            out.appendBytes(HEADER);
            started = true;
        }
        return out;
    }

    private void drain(Buffer out, int flush) {
        int written = deflater.deflate(output, 0, output.length, flush);
        if (written > 0) {
            out.appendBytes(output, 0, written);
        }
    }

    /** Frees the deflater's native memory; a body cut short ends here. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            deflater.end();
        }
    }
}
