package org.ecoreform.gateway.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;

/** What the view store's writers need to tell apart in the driver's errors. */
final class Mongo {

    private static final int DUPLICATE_KEY = 11000;

    private Mongo() {}

    /** A unique index (the {@code _id} above all) refused the write. */
    static boolean isDuplicateKey(MongoException e) {
        if (e instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return e.getCode() == DUPLICATE_KEY;
    }
}
