package org.ecoreform.platform.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every error response must look like: RFC 9457 problem+json, no stack trace. */
public final class ProblemSpecs {

    private ProblemSpecs() {}

    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType("application/problem+json")
                .expectBody("status", equalTo(status))
                .expectBody("type", startsWith("urn:ecoreform:problem:"))
                .expectBody("title", notNullValue())
                .expectBody("detail", notNullValue())
                .expectBody(not(containsString("\tat ")))
                .build();
    }

    /** A problem whose {@code errors[]} names the given field. */
    public static ResponseSpecification problem(int status, String field) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(status))
                .expectBody("errors.field", org.hamcrest.Matchers.hasItem(field))
                .build();
    }
}
