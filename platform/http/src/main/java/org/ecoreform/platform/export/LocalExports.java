package org.ecoreform.platform.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The datasets of this service (its {@link ExportDataset} beans), read from its own database. */
@ApplicationScoped
@DefaultBean
public class LocalExports implements ExportSource {

    private final List<ExportDataset<?>> datasets;
    private final ExportWriter writer;

    public LocalExports(Instance<ExportDataset<?>> datasets, ObjectMapper mapper) {
        this.datasets = datasets.stream().<ExportDataset<?>>map(d -> d).toList();
        this.writer = new ExportWriter(mapper);
    }

    @Override
    public List<ExportDatasetDescription> datasets() {
        return datasets.stream().map(ExportDataset::describe).toList();
    }

    @Override
    public Optional<Download> open(String name, ExportFormat format, String acceptEncoding) {
        return datasets.stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .map(dataset -> new Download(out -> writer.write(dataset, format, out), Map.of()));
    }
}
