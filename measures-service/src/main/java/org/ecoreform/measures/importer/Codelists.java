package org.ecoreform.measures.importer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecoreform.platform.reference.Provinces;
import org.ecoreform.platform.reference.Provinces.Province;

/**
 * The codelists the catalogue's names are resolved against: GB/T 2260 provinces (shared, from
 * platform), departments with their aliases, English names of categories.
 */
public final class Codelists {

    public static final String DEPARTMENTS = "reference/departments.tsv";
    public static final String CATEGORY_NAMES = "reference/categories-en.tsv";
    public static final String CATEGORY_SYSTEMS = "reference/category-systems.tsv";

    public record Department(String id, String nameZh, String nameEn, List<String> aliases) {}

    /** The institutional system of the framework a category serves, and why. */
    public record CategorySystem(String systemId, String why) {}

    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Map<String, Department> departmentByName = new HashMap<>();
    private final Map<String, String> categoryEnglish = new HashMap<>();
    private final Map<String, CategorySystem> categorySystems = new HashMap<>();

    public static Codelists load() {
        Codelists lists = new Codelists();
        for (String[] row : ReferenceTable.rows(DEPARTMENTS, 4)) {
            List<String> aliases = row[3] == null || row[3].isBlank() ? List.of() : Arrays.asList(row[3].split("\\|"));
            Department department = new Department(row[0], row[1], row[2], List.copyOf(aliases));
            lists.departments.put(department.id(), department);
            lists.departmentByName.put(department.nameZh(), department);
            aliases.forEach(alias -> lists.departmentByName.put(alias, department));
        }
        for (String[] row : ReferenceTable.rows(CATEGORY_NAMES, 2)) {
            lists.categoryEnglish.put(row[0], row[1]);
        }
        for (String[] row : ReferenceTable.rows(CATEGORY_SYSTEMS, 3)) {
            lists.categorySystems.put(row[0], new CategorySystem(row[1], row[2]));
        }
        return lists;
    }

    public List<Province> provinces() {
        return Provinces.all().list();
    }

    public List<Department> departments() {
        return List.copyOf(departments.values());
    }

    /** 福建省, 福建 → 350000. */
    public Optional<Province> provinceNamed(String name) {
        return Provinces.all().byName(name);
    }

    /** Official name or any alias (住房城乡建设部 → mohurd). */
    public Optional<Department> departmentNamed(String name) {
        return Optional.ofNullable(departmentByName.get(name.strip()));
    }

    public Optional<String> categoryEnglishName(String nameZh) {
        return Optional.ofNullable(categoryEnglish.get(nameZh));
    }

    public Optional<CategorySystem> categorySystem(String nameZh) {
        return Optional.ofNullable(categorySystems.get(nameZh));
    }
}
