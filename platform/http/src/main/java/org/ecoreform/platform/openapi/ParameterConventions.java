package org.ecoreform.platform.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.paging.PageRequest;

/** What every operation's parameters say in the contract: typed, bounded, and how a filter takes several values. */
final class ParameterConventions {

    /** The longest query or path value any parameter accepts (ids, codes, cursors, search text). */
    static final int PARAMETER_MAX_LENGTH = 200;

    private ParameterConventions() {}

    /** Paging parameters are typed and bounded; every other string parameter has a length bound. */
    static void bound(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (parameter.getIn() == Parameter.In.QUERY && "limit".equals(parameter.getName())) {
            schema.setType(List.of(Schema.SchemaType.INTEGER));
            schema.setFormat("int32");
            schema.setMinimum(BigDecimal.ONE);
            schema.setMaximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT));
            schema.setDefaultValue(PageRequest.DEFAULT_LIMIT);
            if (parameter.getExample() instanceof String example && example.matches("[0-9]{1,3}")) {
                parameter.setExample(Integer.valueOf(example));
            }
            return;
        }
        if (isString(schema) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(PARAMETER_MAX_LENGTH);
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(QueryParams.MAX_ALTERNATIVES);
            }
            if (parameter.getIn() == Parameter.In.QUERY) {
                describeAlternatives(parameter);
            }
            if (schema.getItems() != null
                    && isString(schema.getItems())
                    && schema.getItems().getMaxLength() == null) {
                schema.getItems().setMaxLength(PARAMETER_MAX_LENGTH);
            }
        }
    }

    /**
     * A list-typed query parameter is a filter's alternatives: say how to give several, and make its
     * example a list (a single string would fail the array schema).
     */
    private static void describeAlternatives(Parameter parameter) {
        String how = "Several values, repeated (`" + parameter.getName() + "=a&" + parameter.getName()
                + "=b`) or comma-separated (`" + parameter.getName() + "=a,b`), match any of them.";
        String description = parameter.getDescription();
        if (description == null || !description.contains(how)) {
            parameter.setDescription(
                    description == null ? how : description + (description.endsWith(".") ? " " : ". ") + how);
        }
        parameter.setStyle(Parameter.Style.FORM);
        parameter.setExplode(true);
        // SmallRye reads a numeric-looking example ("630000") as a number
        Object example = parameter.getExample();
        if (example != null && !(example instanceof List)) {
            parameter.setExample(List.of(String.valueOf(example).split(",")));
        }
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }
}
