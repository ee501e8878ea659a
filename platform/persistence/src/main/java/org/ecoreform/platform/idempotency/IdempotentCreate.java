package org.ecoreform.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.RuleViolation;

/**
 * Runs a create at most once per (Idempotency-Key, caller): a retry with the same key and the same
 * request gets the first response again; the same key with a different request is a 422.
 */
@ApplicationScoped
public class IdempotentCreate {

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final ObjectMapper mapper;
    private final Clock clock;

    public IdempotentCreate(ObjectMapper mapper, Clock clock) {
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Must run in the transaction of the create, so the record commits with the resource. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Created execute(String idempotencyKey, String principal, Object request, Supplier<Created> create) {
        if (idempotencyKey == null) {
            return create.get();
        }
        if (!VALID_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidValue("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
        String hash = hash(request);
        IdempotencyRecord.Key key = new IdempotencyRecord.Key(idempotencyKey, principal);
        IdempotencyRecord previous = IdempotencyRecord.findById(key);
        if (previous != null) {
            if (!previous.requestHash.equals(hash)) {
                throw new RuleViolation(
                        "Idempotency-Key", "was already used for a different request; use a new key for a new request");
            }
            return new Created(previous.location, previous.body, true);
        }
        Created created = create.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = key;
        record.requestHash = hash;
        record.status = 201;
        record.location = created.location();
        record.body = created.body();
        record.createdAt = Timestamps.now(clock);
        record.persist();
        return created;
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("request could not be fingerprinted", e);
        }
    }

    /** A created resource: where it lives, its JSON representation, and whether this is a replay. */
    public record Created(String location, String body, boolean replayed) {
        public static Created of(String location, String body) {
            return new Created(location, body, false);
        }
    }
}
