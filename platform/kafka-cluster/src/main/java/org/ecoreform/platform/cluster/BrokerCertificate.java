package org.ecoreform.platform.cluster;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;

/**
 * The brokers' TLS identity for one run: an RSA key pair in a PKCS12 key store and its self-signed certificate for
 * localhost (SAN dns:localhost and 127.0.0.1), valid for two days, which clients trust as PEM.
 */
final class BrokerCertificate {

    private final String password = Uuid.randomUuid().toString();
    private final Path keyStore;
    private final Path certificate;

    BrokerCertificate(Path directory) {
        this.keyStore = directory.resolve("broker.p12");
        this.certificate = directory.resolve("ca.pem");
    }

    Path keyStore() {
        return keyStore;
    }

    Path certificate() {
        return certificate;
    }

    String password() {
        return password;
    }

    /** Generates the key pair and its self-signed certificate (keytool, in the running JDK). */
    void generate() throws IOException {
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(
                keytool,
                "-genkeypair",
                "-keystore",
                keyStore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                password,
                "-alias",
                "broker",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1");
        run(
                keytool,
                "-exportcert",
                "-rfc",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                password,
                "-alias",
                "broker",
                "-file",
                certificate.toString());
    }

    private static void run(String... command) throws IOException {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
