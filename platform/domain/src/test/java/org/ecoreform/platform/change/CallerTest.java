package org.ecoreform.platform.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.ecoreform.platform.errors.NotPermitted;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void theAuditTrailNamesTheTokenSubjectOrTheSystemProcess() {
        assertThat(new Caller("editor-li", Set.of("catalogue-editor"), null, "req-1", "PATCH /api/v1/measures/N2020-03")
                        .auditedAs())
                .isEqualTo("editor-li");
        assertThat(Caller.system("reference-import").name()).isEqualTo("reference-import");
        assertThat(Caller.REFERENCE_IMPORT.auditedAs()).isEqualTo("reference-import");
        assertThat(Caller.SYSTEM.auditedAs()).isEqualTo("system");
    }

    @Test
    void aProvinceEditorWritesItsOwnProvinceOnly() {
        Caller qinghai = new Caller("clerk", Set.of("province-editor"), "630000", "req-2", null);
        qinghai.requireMayWrite("630000");
        assertThatThrownBy(() -> qinghai.requireMayWrite("360000")).isInstanceOf(NotPermitted.class);
        new Caller("root", Set.of("admin"), null, "req-3", null).requireMayWrite("360000");
    }
}
