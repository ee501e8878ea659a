package org.ecoreform.measures.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecoreform.measures.config.CatalogueConfig;
import org.ecoreform.measures.domain.Category;
import org.ecoreform.measures.domain.Correction;
import org.ecoreform.measures.domain.Department;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.measures.domain.MeasureList;
import org.ecoreform.measures.domain.MeasureStatus;
import org.ecoreform.measures.domain.Province;
import org.ecoreform.measures.importer.CatalogueDocumentParser;
import org.ecoreform.measures.importer.Codelists;
import org.ecoreform.measures.importer.KnownCorrections;
import org.ecoreform.measures.importer.ReferenceTable;
import org.ecoreform.measures.importer.ResolvedCatalogue;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.persistence.AdvisoryLocks;
import org.ecoreform.platform.persistence.ReferenceLoad;
import org.ecoreform.platform.persistence.ReferenceLoads;
import org.ecoreform.platform.reference.Fingerprint;
import org.ecoreform.platform.reference.Provinces;

/**
 * Loads the shipped reference documents: codelists, then each list with its categories and
 * measures, then the policy framework with the measures' links to it; each measure is announced
 * through the outbox. A list already loaded is left alone, so a run imports nothing twice; at
 * start it runs only when its inputs changed (the documents, the review files, the code of the
 * rules: {@link #inputs()}).
 */
@ApplicationScoped
public class ReferenceDataLoader implements ReferenceLoad {

    private static final long IMPORT_LOCK_KEY = 0x6d65_6173_7572_6573L;
    static final String IMPORTER = Caller.REFERENCE_IMPORT.name();

    private final CatalogueConfig config;
    private final EntityManager em;
    private final StatePublisher<MeasureState> events;
    private final CatalogueLabels labels;
    private final FrameworkLoader frameworks;
    private final MeasurePlacement placement;
    private final ReferenceLoads references;
    private final Clock clock;

    public ReferenceDataLoader(
            CatalogueConfig config,
            EntityManager em,
            StatePublisher<MeasureState> events,
            CatalogueLabels labels,
            FrameworkLoader frameworks,
            MeasurePlacement placement,
            ReferenceLoads references,
            Clock clock) {
        this.clock = clock;
        this.config = config;
        this.em = em;
        this.events = events;
        this.labels = labels;
        this.frameworks = frameworks;
        this.placement = placement;
        this.references = references;
    }

    void onStart(@Observes StartupEvent startup) {
        if (config.loadOnStart()) {
            references.run(this);
        }
    }

    @Override
    public String name() {
        return "catalogue";
    }

    @Override
    public long lockKey() {
        return IMPORT_LOCK_KEY;
    }

    /** The lists and the framework document named in the settings; the codelists, review files and rules ship in the code. */
    @Override
    public Fingerprint inputs() {
        return Fingerprint.of()
                .text("documents", String.join(",", config.referenceDocuments()) + ";" + config.frameworkDocument())
                .resources(config.referenceDocuments())
                .resource(config.frameworkDocument())
                .codeOf(ReferenceDataLoader.class, Provinces.class);
    }

    @Override
    public Optional<LoadReport> load() {
        return Optional.of(loadReferenceData());
    }

    /** What one load did: lists imported (with their measure counts) and lists already present. */
    public record LoadReport(
            List<String> imported,
            List<String> alreadyPresent,
            int measuresImported,
            FrameworkLoader.Result framework,
            int placementsChanged) {}

    @Transactional
    public LoadReport loadReferenceData() {
        AdvisoryLocks.lockForTransaction(em, IMPORT_LOCK_KEY);
        Codelists codelists = Codelists.load();
        storeCodelists(codelists);
        List<String> imported = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<Measure> created = new ArrayList<>();
        OffsetDateTime now = Timestamps.now(clock);
        // first, so that a new measure is placed in it before its first state is written
        FrameworkLoader.Result framework = frameworks.loadIfAbsent(config.frameworkDocument(), now);
        noteCategorySystems(codelists);
        em.flush(); // the placement reads the categories' systems without flushing
        for (String resource : config.referenceDocuments()) {
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            ResolvedCatalogue catalogue = ResolvedCatalogue.resolve(
                    CatalogueDocumentParser.parse(ReferenceTable.readResource(resource), file), codelists);
            if (MeasureList.findById(catalogue.list().code()) != null) {
                present.add(catalogue.list().code());
                continue;
            }
            created.addAll(store(catalogue, codelists, now));
            imported.add(catalogue.list().code());
        }
        // the measures stored before (or placed by an older rule or review) follow the current ones
        List<Measure> placed = placement.placeAll(now);
        List<Measure> announced = new ArrayList<>(created);
        List<Measure> changed = new ArrayList<>(placed);
        changed.addAll(noteCorrections(now));
        for (Measure measure : changed) {
            if (!announced.contains(measure)) {
                measure.changed(IMPORTER, now);
                announced.add(measure);
            }
        }
        em.flush();
        labels.statesUncached(announced).forEach(state -> events.changed(state, Caller.REFERENCE_IMPORT));
        labels.invalidate();
        return new LoadReport(imported, present, created.size(), framework, placed.size());
    }

    /** Each category's framework system as reference/category-systems.tsv gives it (also for lists stored before it). */
    private static void noteCategorySystems(Codelists codelists) {
        for (Category category : Category.<Category>listAll()) {
            Optional<Codelists.CategorySystem> system = codelists.categorySystem(category.nameZh);
            String id = system.map(Codelists.CategorySystem::systemId).orElse(null);
            if (!Objects.equals(id, category.systemId)) {
                category.systemId = id;
                category.systemWhy = system.map(Codelists.CategorySystem::why).orElse(null);
            }
        }
    }

    /** Notes each known typo beside the text that has it, once; answers the measures given one. */
    private static List<Measure> noteCorrections(OffsetDateTime now) {
        List<Measure> noted = new ArrayList<>();
        for (KnownCorrections.Entry entry : KnownCorrections.load()) {
            Measure measure = Measure.findById(entry.measureId());
            if (measure == null
                    || measure.corrections.stream().anyMatch(c -> c.published().equals(entry.published()))
                    || !(measure.name.contains(entry.published()) || measure.content.contains(entry.published()))) {
                continue;
            }
            measure.corrections.add(new Correction(entry.published(), entry.corrected(), entry.note()));
            noted.add(measure);
        }
        return noted;
    }

    private void storeCodelists(Codelists codelists) {
        for (org.ecoreform.platform.reference.Provinces.Province p : codelists.provinces()) {
            if (Province.findById(p.code()) == null) {
                Province province = new Province();
                province.code = p.code();
                province.nameZh = p.nameZh();
                province.nameEn = p.nameEn();
                province.persist();
            }
        }
        for (Codelists.Department d : codelists.departments()) {
            if (Department.findById(d.id()) == null) {
                Department department = new Department();
                department.id = d.id();
                department.nameZh = d.nameZh();
                department.nameEn = d.nameEn();
                department.aliases.addAll(d.aliases());
                department.persist();
            }
        }
    }

    /** Stores a list with its categories and measures; they are announced by the caller. */
    private List<Measure> store(ResolvedCatalogue catalogue, Codelists codelists, OffsetDateTime now) {
        MeasureList list = new MeasureList();
        list.code = catalogue.list().code();
        list.documentNumber = catalogue.list().documentNumber();
        list.title = catalogue.list().title();
        list.issuer = catalogue.list().issuer();
        list.issuedOn = catalogue.list().issuedOn();
        list.sourceFile = catalogue.list().sourceFile();
        list.importedAt = now;
        list.persist();
        for (ResolvedCatalogue.Category c : catalogue.categories()) {
            Category category = new Category();
            category.id = c.id();
            category.listCode = list.code;
            category.ordinal = c.ordinal();
            category.nameZh = c.nameZh();
            category.nameEn = c.nameEn();
            category.provenanceLine = c.line();
            codelists.categorySystem(c.nameZh()).ifPresent(system -> {
                category.systemId = system.systemId();
                category.systemWhy = system.why();
            });
            category.persist();
        }
        em.flush(); // the categories' systems are read by the placement below
        placement.invalidate();
        for (String code : catalogue.pilotProvinceCodes()) {
            Province.<Province>findById(code).pilotZone = true;
        }
        List<Measure> stored = new ArrayList<>();
        for (ResolvedCatalogue.Measure m : catalogue.measures()) {
            Measure measure = new Measure();
            measure.id = m.id();
            measure.listCode = list.code;
            measure.number = m.number();
            measure.categoryId = m.categoryId();
            measure.name = m.name();
            measure.content = m.content();
            measure.status = MeasureStatus.ACTIVE;
            measure.sourceProvinces.addAll(m.sourceProvinceCodes());
            measure.departments.addAll(m.departmentIds());
            measure.created(IMPORTER, now);
            measure.provenanceDocument = list.documentNumber;
            measure.provenanceFile = list.sourceFile;
            measure.provenanceLine = m.line();
            MeasurePlacement.Placed placed = placement.place(measure, now); // before persisting: its first state has it
            measure.persist();
            placement.keepCandidates(measure.id, placed.best());
            stored.add(measure);
        }
        em.flush();
        return stored;
    }
}
