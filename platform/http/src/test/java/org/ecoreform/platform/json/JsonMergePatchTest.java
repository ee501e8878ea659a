package org.ecoreform.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Cases from RFC 7386 appendix A. */
class JsonMergePatchTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private String apply(String target, String patch) throws Exception {
        JsonNode result = JsonMergePatch.apply(mapper.readTree(target), mapper.readTree(patch));
        return mapper.writeValueAsString(result);
    }

    @Test
    void followsTheRfcExamples() throws Exception {
        assertThat(apply("{\"a\":\"b\"}", "{\"a\":\"c\"}")).isEqualTo("{\"a\":\"c\"}");
        assertThat(apply("{\"a\":\"b\"}", "{\"b\":\"c\"}")).isEqualTo("{\"a\":\"b\",\"b\":\"c\"}");
        assertThat(apply("{\"a\":\"b\"}", "{\"a\":null}")).isEqualTo("{}");
        assertThat(apply("{\"a\":[\"b\"]}", "{\"a\":\"c\"}")).isEqualTo("{\"a\":\"c\"}");
        assertThat(apply("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}"))
                .isEqualTo("{\"a\":{\"b\":\"d\"}}");
        assertThat(apply("[1,2]", "{\"a\":\"b\",\"c\":null}")).isEqualTo("{\"a\":\"b\"}");
        assertThat(apply("{\"a\":\"foo\"}", "[\"x\"]")).isEqualTo("[\"x\"]");
        assertThat(apply("{\"e\":null}", "{\"a\":1}")).isEqualTo("{\"e\":null,\"a\":1}");
    }

    @Test
    void leavesTheTargetUntouched() throws Exception {
        JsonNode target = mapper.readTree("{\"a\":{\"b\":1}}");
        JsonMergePatch.apply(target, mapper.readTree("{\"a\":{\"b\":2}}"));
        assertThat(target.at("/a/b").asInt()).isEqualTo(1);
    }
}
