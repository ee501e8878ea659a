package org.ecoreform.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Function;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.idempotency.IdempotentCreate;
import org.ecoreform.platform.problem.ApiException;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The answer to a file people fill in and send back (a year-end workbook's sheet): a preview by
 * default; with {@code ?commit=true}, what the commit stored, under its Idempotency-Key, saying
 * whether it is the replay of an earlier request ({@code Idempotent-Replayed}).
 */
public final class FileImports {

    /** Stores a file's accepted rows under an idempotency key. */
    @FunctionalInterface
    public interface Commit {
        IdempotentCreate.Created commit(byte[] content, String idempotencyKey);
    }

    private FileImports() {}

    public static Response answer(
            FileUpload file, String commit, String idempotencyKey, Function<byte[], Object> preview, Commit committing)
            throws IOException {
        if (file == null) {
            throw ApiException.badRequest("file", "the filled-in workbook is needed as the file part 'file'");
        }
        byte[] content = Files.readAllBytes(file.uploadedFile());
        if (!QueryParams.flag("commit", commit)) {
            return Response.ok(preview.apply(content))
                    .type(MediaType.APPLICATION_JSON)
                    .build();
        }
        IdempotentCreate.Created committed = committing.commit(content, idempotencyKey);
        return Response.ok(committed.body())
                .type(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", committed.replayed())
                .build();
    }
}
