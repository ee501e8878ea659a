package org.ecoreform.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String PROVINCES = "reference/gbt2260-provinces.tsv";

    @Test
    void theSameInputsGiveTheSameFingerprint() {
        String once = Fingerprint.of()
                .text("documents", "a,b")
                .resource(PROVINCES)
                .codeOf(Provinces.class)
                .value();
        String again = Fingerprint.of()
                .text("documents", "a,b")
                .resource(PROVINCES)
                .codeOf(Provinces.class)
                .value();

        assertThat(once).matches("[0-9a-f]{64}").isEqualTo(again);
    }

    @Test
    void anyChangedInputGivesAnother() {
        String base = Fingerprint.of().text("documents", "a,b").value();

        assertThat(Fingerprint.of().text("documents", "a,c").value()).isNotEqualTo(base);
        assertThat(Fingerprint.of().text("document", "sa,b").value()).isNotEqualTo(base);
        assertThat(Fingerprint.of().text("documents", "a,b").resource(PROVINCES).value())
                .isNotEqualTo(base);
        assertThat(Fingerprint.of()
                        .text("documents", "a,b")
                        .codeOf(Provinces.class)
                        .value())
                .isNotEqualTo(base);
    }

    @Test
    void codeIsReadOncePerLocation() {
        String one = Fingerprint.of().codeOf(Provinces.class).value();
        String twoFromTheSamePlace =
                Fingerprint.of().codeOf(Provinces.class, Label.class).value();

        assertThat(twoFromTheSamePlace).isEqualTo(one);
    }

    @Test
    void aMissingResourceIsAPackagingErrorNamingIt() {
        assertThatThrownBy(() -> Fingerprint.of().resource("reference/absent.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("resource missing on the class path: reference/absent.tsv");
    }
}
