package org.ecoreform.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.measures.domain.Category;
import org.ecoreform.measures.domain.Department;
import org.ecoreform.measures.domain.MeasureList;
import org.ecoreform.measures.domain.MeasureStatus;
import org.ecoreform.measures.domain.Province;
import org.ecoreform.measures.service.CatalogueViews.CategoryView;
import org.ecoreform.measures.service.CatalogueViews.DepartmentView;
import org.ecoreform.measures.service.CatalogueViews.ListView;
import org.ecoreform.measures.service.CatalogueViews.ProvinceView;

/** The codelists with their measure counts. */
@ApplicationScoped
public class CatalogueQueries {

    private final EntityManager em;

    public CatalogueQueries(EntityManager em) {
        this.em = em;
    }

    public List<ListView> lists() {
        Map<String, Long> counts = counts("select m.listCode, count(m) from Measure m group by m.listCode");
        return MeasureList.<MeasureList>list("order by issuedOn, code").stream()
                .map(l -> new ListView(
                        l.code,
                        l.documentNumber,
                        l.title,
                        l.issuer,
                        l.issuedOn,
                        l.sourceFile,
                        counts.getOrDefault(l.code, 0L)))
                .toList();
    }

    public List<CategoryView> categories() {
        Map<String, Long> all = counts("select m.categoryId, count(m) from Measure m group by m.categoryId");
        Map<String, Long> active = counts("select m.categoryId, count(m) from Measure m where m.status = "
                + "org.ecoreform.measures.domain.MeasureStatus." + MeasureStatus.ACTIVE.name()
                + " group by m.categoryId");
        Map<String, List<String>> systems = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select distinct m.categoryId, m.frameworkSystem from Measure m "
                                + "where m.frameworkSystem is not null order by m.categoryId, m.frameworkSystem",
                        Object[].class)
                .getResultList()) {
            systems.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return Category.inListOrder().stream()
                .map(c -> new CategoryView(
                        c.id,
                        c.listCode,
                        c.ordinal,
                        c.nameZh,
                        c.nameEn,
                        all.getOrDefault(c.id, 0L),
                        active.getOrDefault(c.id, 0L),
                        systems.getOrDefault(c.id, List.of()),
                        c.systemId))
                .toList();
    }

    public List<DepartmentView> departments() {
        Map<String, Long> counts = counts("select d, count(distinct m) from Measure m join m.departments d group by d");
        return Department.<Department>list("order by id").stream()
                .map(d -> new DepartmentView(
                        d.id, d.nameZh, d.nameEn, List.copyOf(d.aliases), counts.getOrDefault(d.id, 0L)))
                .toList();
    }

    public List<ProvinceView> provinces() {
        Map<String, Long> counts =
                counts("select p, count(distinct m) from Measure m join m.sourceProvinces p group by p");
        return Province.<Province>list("order by code").stream()
                .map(p -> new ProvinceView(p.code, p.nameZh, p.nameEn, p.pilotZone, counts.getOrDefault(p.code, 0L)))
                .toList();
    }

    private Map<String, Long> counts(String jpql) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            counts.put(String.valueOf(row[0]).strip(), (Long) row[1]);
        }
        return counts;
    }
}
