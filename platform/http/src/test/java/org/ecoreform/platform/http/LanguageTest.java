package org.ecoreform.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ecoreform.platform.errors.InvalidValue;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void langComesFirstThenTheBestOfChineseAndEnglishInAcceptLanguage() {
        assertThat(Language.requested(null, "en-US,en;q=0.9,zh;q=0.8")).contains(Language.EN);
        assertThat(Language.requested(null, "zh-CN,zh;q=0.9,en;q=0.8")).contains(Language.ZH);
        assertThat(Language.requested(null, "en;q=0.5, zh-Hans;q=0.6")).contains(Language.ZH);
        assertThat(Language.requested("en", "zh-CN")).contains(Language.EN);
        assertThat(Language.requested(null, "fr-FR,fr;q=0.9")).isEmpty();
        assertThat(Language.requested(null, "*")).isEmpty();
        assertThat(Language.requested(null, "en;q=0")).isEmpty();
        assertThat(Language.requested(null, null)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> Language.requested("fr", null))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("zh or en");
    }

    @Test
    void aNameInTheLanguageAskedIsAddedBesideEachPairAndNothingElseChanges() {
        byte[] json = ("{\"name\":\"福林贷\",\"value\":4.20,\"category\":{\"id\":\"C09\",\"nameZh\":\"绿色金融\","
                        + "\"nameEn\":\"Green finance\"},\"units\":[{\"nameZh\":\"省林草局\",\"nameEn\":null}]}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new String(LocalizedNames.add(json, Language.EN), StandardCharsets.UTF_8))
                .isEqualTo("{\"name\":\"福林贷\",\"value\":4.20,\"category\":{\"id\":\"C09\",\"nameZh\":\"绿色金融\","
                        + "\"nameEn\":\"Green finance\",\"name\":\"Green finance\"},\"units\":[{\"nameZh\":\"省林草局\","
                        + "\"nameEn\":null,\"name\":\"省林草局\"}]}");
        assertThat(new String(LocalizedNames.add(json, Language.ZH), StandardCharsets.UTF_8))
                .contains("\"nameEn\":\"Green finance\",\"name\":\"绿色金融\"");
    }
}
