package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecoreform.client.ApiClient;
import org.ecoreform.client.ApiResponse;
import org.ecoreform.client.api.AdoptionsApi;
import org.ecoreform.client.api.ApiDocumentsApi;
import org.ecoreform.client.api.ExportsApi;
import org.ecoreform.client.api.ImportsApi;
import org.ecoreform.client.model.Adoption;
import org.ecoreform.client.model.AdoptionPage;
import org.ecoreform.client.model.Coverage;
import org.ecoreform.client.model.EvidenceInput;
import org.ecoreform.client.model.ImportReport;
import org.ecoreform.client.model.ProgressInput;
import org.junit.jupiter.api.Test;

/**
 * A government portal's day, written as another team would write it: with the Java client the build
 * generates from the published OpenAPI document (deploy/target/generated-client, from the document
 * the gateway serves at /q/openapi) and nothing else: no HTTP by hand, no class of this repository.
 * The writes go to Ningxia (640000), a province no reference data and no other test touches.
 */
class PortalDayTest extends SharedSystemTest {

    private static final String QINGHAI = "630000";
    private static final String NINGXIA = "640000";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every request the portal's code makes, through whichever client. */
    private final AtomicInteger requests = new AtomicInteger();

    /** The only code a portal writes around the generated client: where the API is, and its token. */
    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(system.baseUrl("gateway"));
        client.setRequestInterceptor(request -> {
            requests.incrementAndGet();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
        });
        return client;
    }

    @Test
    void theClientIsGeneratedFromTheDocumentTheGatewayServes() throws Exception {
        Object served = new ApiDocumentsApi(client(null)).getOpenApi();
        JsonNode built =
                JSON.readTree(Path.of("../gateway/target/contract/openapi.json").toFile());
        JsonNode servedTree = JSON.valueToTree(served);
        assertThat(servedTree).isEqualTo(built);
    }

    @Test
    void aPortalListsReportsReadsAndDownloadsThroughTheGeneratedClientAlone() throws Exception {
        AdoptionsApi adoptions = new AdoptionsApi(client(null));
        // on a first start the Qinghai notice is imported once adoption-service's replica holds the catalogue
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> adoptions
                                .listAdoptions(AdoptionsApi.APIListAdoptionsRequest.newBuilder()
                                        .province(List.of(QINGHAI))
                                        .limit(100)
                                        .build())
                                .getItems()
                                .size()
                        == 52);

        // Qinghai's planned green-finance records, two to a page, as a portal pages through them
        List<Adoption> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AdoptionPage page = adoptions.listAdoptions(AdoptionsApi.APIListAdoptionsRequest.newBuilder()
                    .province(List.of(QINGHAI))
                    .category(List.of("C09"))
                    .status(List.of("planned"))
                    .limit(2)
                    .cursor(cursor)
                    .build());
            paged.addAll(page.getItems());
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null);
        AdoptionPage whole = adoptions.listAdoptions(AdoptionsApi.APIListAdoptionsRequest.newBuilder()
                .province(List.of(QINGHAI))
                .category(List.of("C09"))
                .status(List.of("planned"))
                .limit(500)
                .count("true")
                .build());
        assertThat(paged).isNotEmpty().hasSize(whole.getTotal().intValue());
        assertThat(paged)
                .extracting(Adoption::getId)
                .containsExactlyElementsOf(
                        whole.getItems().stream().map(Adoption::getId).toList());
        assertThat(pages).isEqualTo((paged.size() + 1) / 2);
        assertThat(paged).allSatisfy(record -> {
            assertThat(record.getProvince().getId()).isEqualTo(QINGHAI);
            assertThat(record.getCategory().getId()).isEqualTo("C09");
            assertThat(record.getStatus()).isEqualTo(Adoption.StatusEnum.PLANNED);
        });

        // Ningxia's office imports its notice as a spreadsheet's CSV, then reports progress with evidence
        ApiClient editor = client(system.token("ningxia-clerk", "province-editor", NINGXIA));
        File notice = File.createTempFile("ningxia-notice", ".csv");
        notice.deleteOnExit();
        Files.writeString(
                notice.toPath(),
                String.join("\n", "名称,来源,落实措施,责任单位", "九、绿色金融,,,", "1. “福林贷”中关于林农小额信用贷款的相关举措,福建省,推广林农小额信用贷款。,自治区林草局"),
                StandardCharsets.UTF_8);
        ImportReport report = new ImportsApi(editor)
                .importNotice(
                        NINGXIA,
                        "宁夏回族自治区发展和改革委员会",
                        "宁发改环资〔2021〕7号",
                        LocalDate.of(2021, 5, 10),
                        "关于推广国家生态文明试验区改革举措和经验做法的通知",
                        notice,
                        "true");
        assertThat(report.getCommitted()).isTrue();
        assertThat(report.getSummary().getStored()).isEqualTo(1);
        String recordId = report.getRows().get(0).getRecordId();

        AdoptionsApi office = new AdoptionsApi(editor);
        ApiResponse<Adoption> read = office.getAdoptionWithHttpInfo(
                AdoptionsApi.APIGetAdoptionRequest.newBuilder().id(recordId).build());
        assertThat(read.getData().getStatus()).isEqualTo(Adoption.StatusEnum.PLANNED);
        Adoption reported = office.reportAdoptionProgress(
                recordId,
                new ProgressInput()
                        .effectiveOn(LocalDate.of(2022, 3, 1))
                        .status(ProgressInput.StatusEnum.IN_PROGRESS)
                        .narrative("自治区林草局会同人民银行银川中心支行启动林农小额信用贷款试点。")
                        .addEvidenceItem(new EvidenceInput()
                                .documentNumber("宁林发〔2022〕3号")
                                .title("关于开展林农小额信用贷款试点的通知")
                                .issuedOn(LocalDate.of(2022, 2, 20))),
                header(read.getHeaders(), "ETag"));
        assertThat(reported.getStatus()).isEqualTo(Adoption.StatusEnum.IN_PROGRESS);
        assertThat(reported.getStatusSince()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(reported.getVersion()).isEqualTo(read.getData().getVersion() + 1);

        // the province's coverage as of a day before the report, and as of the report's day
        Coverage before = adoptions.getAdoptionCoverage(AdoptionsApi.APIGetAdoptionCoverageRequest.newBuilder()
                .province(NINGXIA)
                .asOf("2021-12-31")
                .build());
        Coverage after = adoptions.getAdoptionCoverage(AdoptionsApi.APIGetAdoptionCoverageRequest.newBuilder()
                .province(NINGXIA)
                .asOf("2022-03-01")
                .acceptLanguage("en")
                .build());
        assertThat(after.getProvince().getName()).isEqualTo("Ningxia");
        assertThat(before.getAdopted()).isEqualTo(1);
        assertThat(before.getByStatus()).containsEntry("planned", 1);
        assertThat(after.getByStatus()).containsEntry("in-progress", 1);

        // the whole adoption dataset as CSV, for the spreadsheet
        File csv = new ExportsApi(client(null)).downloadExport("adoptions", "csv", null);
        assertThat(Files.readString(csv.toPath(), StandardCharsets.UTF_8))
                .startsWith("\uFEFF")
                .contains(recordId);
        System.out.println("Portal's day: " + requests.get() + " requests through the generated client");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
