package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** States as the three services publish them, reduced to what a test varies. */
public final class ViewEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ViewEvents() {}

    public static String measure(String id, long version, String name, String status, String category) {
        ObjectNode state = MAPPER.createObjectNode()
                .put("id", id)
                .put("listCode", "N2020")
                .put("name", name)
                .put("status", status)
                .put("content", "内容 " + name)
                .put("version", version);
        state.putObject("category")
                .put("id", category)
                .put("nameZh", "类别" + category)
                .put("nameEn", "Category " + category);
        state.putArray("departments")
                .addObject()
                .put("id", "mee")
                .put("nameZh", "生态环境部")
                .put("nameEn", "Ministry of Ecology and Environment");
        state.putObject("provenance").put("document", "发改环资〔2020〕1793号").put("line", 10);
        return state.toString();
    }

    public static String adoption(
            String id, long version, String province, String planId, int row, List<String> measures, String status) {
        ObjectNode state = MAPPER.createObjectNode()
                .put("id", id)
                .put("planId", planId)
                .put("rowNumber", row)
                .put("name", "举措 " + id)
                .put("scope", "whole")
                .put("status", status)
                .put("measureRetired", false)
                .put("version", version)
                .put("actions", "落实措施")
                .put("unknownFutureField", "ignored");
        state.putObject("province")
                .put("id", province)
                .put("nameZh", "省" + province)
                .put("nameEn", "Province " + province);
        ArrayNode linked = state.putArray("measures");
        measures.forEach(
                m -> linked.addObject().put("id", m).put("name", "举措" + m).put("status", "active"));
        state.putObject("provenance")
                .put("document", planId.endsWith("api") ? "api" : "文号" + planId)
                .put("line", row);
        return state.toString();
    }

    public static String target(String id, long version, String province, String attainment, double latest) {
        ObjectNode state = MAPPER.createObjectNode()
                .put("id", id)
                .put("comparator", "≥")
                .put("value", 63)
                .put("unit", "%")
                .put("year", 2020)
                .put("version", version);
        state.putObject("province")
                .put("id", province)
                .put("nameZh", "省" + province)
                .put("nameEn", "Province " + province);
        state.putObject("indicator")
                .put("id", "forest-coverage")
                .put("nameZh", "森林覆盖率")
                .put("nameEn", "Forest coverage")
                .put("unit", "%")
                .put("direction", "higher");
        if (!"no-data".equals(attainment)) {
            state.putObject("latestObservation")
                    .put("period", 2019)
                    .put("value", latest)
                    .put("status", "verified");
        }
        state.putObject("attainment").put("status", attainment).put("explanation", "rule applied");
        return state.toString();
    }
}
