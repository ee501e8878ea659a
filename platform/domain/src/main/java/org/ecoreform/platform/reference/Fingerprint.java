package org.ecoreform.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a piece of reference work read, as one SHA-256: the documents and review files by their
 * bytes, the settings by their text, and the rules by the code that applies them (the jar or class
 * directory holding them), so any change to an input or a rule gives another fingerprint.
 */
public final class Fingerprint {

    private final MessageDigest digest;
    private final Set<String> codeLocations = new LinkedHashSet<>();

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static Fingerprint of() {
        return new Fingerprint();
    }

    /** A setting or other value the work depends on, under its name. */
    public Fingerprint text(String name, String value) {
        part("text", name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Resources on the class path by their bytes (a missing one is a packaging error). */
    public Fingerprint resources(List<String> paths) {
        paths.forEach(this::resource);
        return this;
    }

    public Fingerprint resource(String path) {
        try (InputStream in = Fingerprint.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing on the class path: " + path);
            }
            part("resource", path, in.readAllBytes());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The code of these classes: the whole jar or class directory each comes from (once per
     * location), or the class's own bytes when its loader does not say where it came from.
     */
    public Fingerprint codeOf(Class<?>... classes) {
        for (Class<?> type : classes) {
            Path location = location(type);
            if (location == null) {
                classBytes(type);
            } else if (codeLocations.add(location.toString())) {
                location(location);
            }
        }
        return this;
    }

    /** The fingerprint, 64 hexadecimal digits. */
    public String value() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be cloned", e);
        }
    }

    private void part(String kind, String name, byte[] content) {
        digest.update((kind + ":" + name + ":" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(content);
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.exists(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    private void location(Path location) {
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        part("code", location.relativize(file).toString(), Files.readAllBytes(file));
                    }
                }
            } else {
                part("code", location.getFileName().toString(), Files.readAllBytes(location));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void classBytes(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            part("class", resource, in == null ? new byte[0] : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
