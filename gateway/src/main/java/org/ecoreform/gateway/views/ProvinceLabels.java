package org.ecoreform.gateway.views;

import java.util.List;
import org.ecoreform.gateway.domain.ViewNotFoundException;
import org.ecoreform.platform.reference.Label;
import org.ecoreform.platform.reference.Provinces;

/** GB/T 2260 province codes as the views label them. */
final class ProvinceLabels {

    private ProvinceLabels() {}

    /** The 31 provinces in code order. */
    static List<Label> all() {
        return Provinces.all().list().stream()
                .map(p -> new Label(p.code(), p.nameZh(), p.nameEn()))
                .toList();
    }

    static Label of(String code) {
        Provinces.Province p =
                Provinces.all().byCode(code).orElseThrow(() -> new ViewNotFoundException("province", code));
        return new Label(p.code(), p.nameZh(), p.nameEn());
    }
}
