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
 * The codelist of responsible units ({@code reference/responsible-units.tsv}): the provincial
 * government's departments, national bodies' branches (one per province, under its own name) and
 * leading groups' member units. A name as a plan writes it resolves to its unit through the official
 * name or any alias, after a lead mark (牵头) and a trailing "and others" (等相关单位) are set apart. A
 * name that resolves to nothing stays as written, unresolved.
 */
public final class ResponsibleUnits {

    public static final String RESOURCE = "reference/responsible-units.tsv";
    private static final Pattern AND_OTHERS = Pattern.compile("^(.+?)\\s*(等相关单位|等有关单位|等相关部门|等单位|等部门|等)$");
    /** 省林草局（牵头）, 省林草局牵头, 牵头单位：省林草局. */
    private static final Pattern LEAD = Pattern.compile("^(?:牵头单位[:：]?\\s*)(.+)$|^(.+?)\\s*[（(]?牵头[）)]?$");

    /** A unit of the provincial government. */
    public static final String DEPARTMENT = "department";
    /** A national body's office in one province. */
    public static final String BRANCH = "branch";
    /** The member units of a leading group. */
    public static final String GROUP = "group";

    private static final ResponsibleUnits SHIPPED = load();

    /** A unit of the codelist: its kind, and for a branch the province it serves (else null). */
    public record Unit(String id, String nameZh, String nameEn, List<String> aliases, String kind, String province) {}

    /** A name as written, the unit it names (null when unknown), whether it adds "and others", whether it is marked 牵头. */
    public record Reading(String written, Unit unit, boolean andOthers, boolean lead) {

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
            String[] cells = Arrays.copyOf(line.split("\t", -1), 6);
            List<String> aliases = cells[3] == null || cells[3].isBlank() ? List.of() : List.of(cells[3].split("\\|"));
            String kind = cells[4] == null || cells[4].isBlank() ? DEPARTMENT : cells[4];
            String province = cells[5] == null || cells[5].isBlank() ? null : cells[5];
            Unit unit = new Unit(cells[0], cells[1], cells[2], aliases, kind, province);
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
        boolean lead = false;
        Matcher marked = LEAD.matcher(name);
        if (!byName.containsKey(name) && marked.matches()) {
            name = (marked.group(1) != null ? marked.group(1) : marked.group(2)).strip();
            lead = true;
        }
        Matcher others = AND_OTHERS.matcher(name);
        if (!byName.containsKey(name) && others.matches()) {
            Unit unit = byName.get(others.group(1).strip());
            return new Reading(written.strip(), unit, true, lead);
        }
        return new Reading(written.strip(), byName.get(name), false, lead);
    }

    public List<Reading> readAll(List<String> written) {
        List<Reading> readings = new ArrayList<>();
        written.forEach(w -> readings.add(read(w)));
        return readings;
    }
}
