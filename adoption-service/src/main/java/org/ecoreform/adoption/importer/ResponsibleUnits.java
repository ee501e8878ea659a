package org.ecoreform.adoption.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codelist of provincial responsible units ({@code reference/responsible-units.tsv}): a name as
 * a plan writes it resolves to its unit through the official name or any alias, after a trailing
 * "and others" (等相关单位) is set apart. A name that resolves to nothing stays as written, unresolved.
 */
public final class ResponsibleUnits {

    public static final String RESOURCE = "reference/responsible-units.tsv";
    private static final Pattern AND_OTHERS = Pattern.compile("^(.+?)\\s*(等相关单位|等有关单位|等相关部门|等单位|等部门|等)$");
    private static final ResponsibleUnits SHIPPED = load();

    /** A unit of the codelist. */
    public record Unit(String id, String nameZh, String nameEn, List<String> aliases) {}

    /** A name as written, the unit it names (null when unknown), and whether it adds "and others". */
    public record Reading(String written, Unit unit, boolean andOthers) {

        public boolean resolved() {
            return unit != null;
        }
    }

    private final Map<String, Unit> byId = new LinkedHashMap<>();
    private final Map<String, Unit> byName = new HashMap<>();

    /** The codelist as shipped, read once. */
    public static ResponsibleUnits shipped() {
        return SHIPPED;
    }

    static ResponsibleUnits load() {
        ResponsibleUnits units = new ResponsibleUnits();
        for (String line : ReferenceResources.read(RESOURCE).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), 4);
            List<String> aliases = cells[3] == null || cells[3].isBlank() ? List.of() : List.of(cells[3].split("\\|"));
            Unit unit = new Unit(cells[0], cells[1], cells[2], aliases);
            units.byId.put(unit.id(), unit);
            units.byName.put(unit.nameZh(), unit);
            aliases.forEach(alias -> units.byName.put(alias, unit));
        }
        return units;
    }

    public List<Unit> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Unit> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A unit's id, or any of its names: the unit's id. */
    public Optional<String> idFor(String idOrName) {
        String value = idOrName.strip();
        if (byId.containsKey(value)) {
            return Optional.of(value);
        }
        return Optional.ofNullable(read(value).unit()).map(Unit::id);
    }

    public Reading read(String written) {
        String name = written.strip();
        Matcher others = AND_OTHERS.matcher(name);
        if (!byName.containsKey(name) && others.matches()) {
            Unit unit = byName.get(others.group(1).strip());
            return new Reading(name, unit, true);
        }
        return new Reading(name, byName.get(name), false);
    }

    public List<Reading> readAll(List<String> written) {
        List<Reading> readings = new ArrayList<>();
        written.forEach(w -> readings.add(read(w)));
        return readings;
    }
}
