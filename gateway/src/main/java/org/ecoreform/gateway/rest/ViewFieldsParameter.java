package org.ecoreform.gateway.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.ecoreform.gateway.views.ViewKind;

/**
 * Each view's {@code fields} parameter in the API document: a comma-separated list (form style,
 * not exploded) of the names that view has, read from its record, so a generated client offers
 * exactly the fields the gateway accepts.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ViewFieldsParameter implements OASFilter {

    private static final Map<String, ViewKind> VIEWS = Map.of(
            "getProvinceView", ViewKind.PROVINCE,
            "getProvinceGapsView", ViewKind.GAPS,
            "getMeasureView", ViewKind.MEASURE,
            "getOverviewView", ViewKind.OVERVIEW,
            "getFrameworkView", ViewKind.FRAMEWORK);

    @Override
    public Operation filterOperation(Operation operation) {
        ViewKind kind = VIEWS.get(operation.getOperationId());
        if (kind == null || operation.getParameters() == null) {
            return operation;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("fields".equals(parameter.getName()) && parameter.getIn() == Parameter.In.QUERY) {
                Schema names = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
                kind.fields().forEach(names::addEnumeration);
                parameter.setStyle(Parameter.Style.FORM);
                parameter.setExplode(false);
                parameter.setSchema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .items(names)
                        .uniqueItems(true)
                        .maxItems(kind.fields().size()));
                parameter.setExample(List.copyOf(
                        kind.fields().subList(0, Math.min(2, kind.fields().size()))));
            }
        }
        return operation;
    }
}
