package org.ecoreform.platform.reference;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GB/T 2260 provincial-level divisions (31, mainland China), shared by every service that
 * names provinces: codes, Chinese and English names, and the short names documents use (福建).
 */
public final class Provinces {

    public static final String RESOURCE = "reference/gbt2260-provinces.tsv";
    public static final String STANDARD = "GB/T 2260";

    public record Province(String code, String nameZh, String shortZh, String nameEn) {}

    private static final Provinces INSTANCE = load();

    private final Map<String, Province> byCode = new LinkedHashMap<>();
    private final Map<String, Province> byName = new HashMap<>();

    private Provinces() {}

    public static Provinces all() {
        return INSTANCE;
    }

    public List<Province> list() {
        return List.copyOf(byCode.values());
    }

    public Optional<Province> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** 福建省 or 福建 → 350000. */
    /** A province's code with its names; a code the standard does not have keeps its code alone. */
    public static Label label(String code) {
        String trimmed = code.strip();
        return all().byCode(trimmed)
                .map(p -> new Label(p.code(), p.nameZh(), p.nameEn()))
                .orElse(new Label(trimmed, null, null));
    }

    public Optional<Province> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name.strip()));
    }

    private static Provinces load() {
        Provinces provinces = new Provinces();
        ClasspathText.read(RESOURCE)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .forEach(cells -> {
                    Province p = new Province(cells[0], cells[1], cells[2], cells[3]);
                    provinces.byCode.put(p.code(), p);
                    provinces.byName.put(p.nameZh(), p);
                    provinces.byName.put(p.shortZh(), p);
                });
        return provinces;
    }
}
