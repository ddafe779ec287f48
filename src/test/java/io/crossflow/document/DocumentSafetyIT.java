package io.crossflow.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile and odd uploads: each gets a clear result, the application keeps serving, and nothing
 * half-written remains in the database or the store.
 */
@IntegrationTest
class DocumentSafetyIT {

    static final Duration EXTRACTION_DEADLINE = Duration.ofSeconds(60);

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentProperties properties;

    @Autowired
    DocumentUploads uploads;

    @Autowired
    Users users;

    DocumentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DocumentFixture(clients, jdbc);
    }

    @Test
    void aZipBombIsStoredButItsExtractionStopsAtTheCompressionLimit() throws Exception {
        byte[] bomb = HostileFiles.zipBomb(200);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        JsonNode version = extracted("bomb.zip", bomb);

        assertThat(version.path("extraction").path("status").asText()).isEqualTo("FAILED");
        assertThat(version.path("extraction").path("error").asText()).containsIgnoringCase("zip bomb");
        assertStillServing();
    }

    @Test
    void aTruncatedPdfGetsAClearResultAndStaysDownloadable() throws Exception {
        byte[] pdf = HostileFiles.pdf("Quality inspection passed");
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 2);

        JsonNode document = fixture.created("engineer", Map.of("type", "QC_REPORT"), "cut.pdf", truncated);
        JsonNode version =
                fixture.awaitExtraction("engineer", document.path("id").asText(), 1, EXTRACTION_DEADLINE);

        assertThat(version.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(version.path("extraction").path("status").asText()).isIn("FAILED", "DONE");
        if (version.path("extraction").path("status").asText().equals("FAILED")) {
            assertThat(version.path("extraction").path("error").asText()).isNotBlank();
        }
        assertThat(clients.as("engineer")
                        .download("/api/documents/" + document.path("id").asText() + "/versions/1/content")
                        .body())
                .isEqualTo(truncated);
        assertStillServing();
    }

    @Test
    void aDeeplyNestedDocxStopsAtTheNestingLimit() throws Exception {
        byte[] docx = HostileFiles.docx(HostileFiles.nestedTables(5_000));

        JsonNode version = extracted("nested.docx", docx);

        assertThat(version.path("contentType").asText())
                .isIn("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip");
        assertThat(version.path("extraction").path("status").asText()).isEqualTo("FAILED");
        assertThat(version.path("extraction").path("error").asText()).isNotBlank();
        assertStillServing();
    }

    @Test
    void aChineseDocxHasItsTextExtracted() throws Exception {
        byte[] docx = HostileFiles.docx(HostileFiles.paragraph("本次质检报告显示焊接强度合格"));

        JsonNode document = fixture.created("engineer", Map.of("type", "QC_REPORT"), "质检报告.docx", docx);
        String id = document.path("id").asText();
        JsonNode version = fixture.awaitExtraction("engineer", id, 1, EXTRACTION_DEADLINE);

        assertThat(version.path("extraction").path("status").asText()).isEqualTo("DONE");
        assertThat(fixture.extractedText(id, 1)).contains("本次质检报告显示焊接强度合格");
        assertThat(document.path("name").asText()).isEqualTo("质检报告.docx");
        Api.Binary download = clients.as("engineer").download("/api/documents/" + id + "/versions/1/content");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment")
                .contains("filename*=UTF-8''%E8%B4%A8%E6%A3%80%E6%8A%A5%E5%91%8A.docx");
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413BeforeItsBodyIsSent() throws Exception {
        long documents = count();
        String token = clients.as("pm")
                .post("/api/tokens", Map.of("name", "upload limit", "scopes", List.of("write"), "expiresInDays", 1))
                .json()
                .path("token")
                .asText();
        long declared = properties.maxFileSize().toBytes() + 256 * 1024;
        URI base = URI.create(clients.baseUrl());

        // only the headers go out: the answer must come without a byte of the body
        String answer;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /api/projects/" + fixture.gearbox() + "/documents HTTP/1.1\r\n"
                                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                                    + "Authorization: Bearer " + token + "\r\n"
                                    + "Accept: application/json\r\n"
                                    + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                                    + "Content-Length: " + declared + "\r\n"
                                    + "Expect: 100-continue\r\n\r\n")
                            .getBytes(UTF_8));
            socket.getOutputStream().flush();
            answer = readAnswer(socket.getInputStream());
        }

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).doesNotContain("100 Continue");
        assertThat(answer).contains("larger than the limit of 5 MB");
        assertThat(count()).isEqualTo(documents);
        assertStillServing();
    }

    @Test
    void aFileOverTheLimitWithoutADeclaredLengthIsStoppedWhileItStreams() throws Exception {
        long documents = count();
        long objects = objects();
        Api.Multipart body = Api.multipartBody(
                Map.of("type", "OTHER"),
                "big.bin",
                new byte[(int) properties.maxFileSize().toBytes() + 1024]);
        // streamed chunked: no Content-Length to judge it by, so the limit applies while it streams
        HttpRequest.Builder chunked = clients.as("pm")
                .multipartRequest("/api/projects/" + fixture.gearbox() + "/documents", Map.of(), null, null)
                .setHeader("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.bytes())));

        Api.Response refused = clients.as("pm").send(chunked);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.json().path("detail").asText()).contains("larger than the limit");
        assertThat(count()).isEqualTo(documents);
        assertThat(objects()).isEqualTo(objects);
        assertStillServing();
    }

    @Test
    void anSvgWithScriptIsStoredButNeverRenderedFromOurOrigin() {
        byte[] svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\
                <script>fetch('/api/me').then(r => r.text()).then(alert)</script></svg>""".getBytes(UTF_8);
        JsonNode document = fixture.created("engineer", Map.of("type", "DESIGN"), "logo.svg", svg);
        assertThat(document.path("latestVersion").path("contentType").asText()).isEqualTo("image/svg+xml");
        String content = "/api/documents/" + document.path("id").asText() + "/versions/1/content";

        for (String path : new String[] {content, content + "?inline=true"}) {
            Api.Binary download = clients.as("engineer").download(path);
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(svg);
            assertThat(download.header("Content-Disposition")).startsWith("attachment");
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
            assertThat(download.header("Content-Security-Policy")).contains("sandbox");
        }
    }

    @Test
    void aPdfMayBePreviewedInlineInASandbox() throws Exception {
        byte[] pdf = HostileFiles.pdf("Preview me");
        JsonNode document = fixture.created("engineer", Map.of("type", "DESIGN"), "drawing.pdf", pdf);
        String content = "/api/documents/" + document.path("id").asText() + "/versions/1/content";

        Api.Binary inline = clients.as("engineer").download(content + "?inline=true");
        Api.Binary attachment = clients.as("engineer").download(content);

        assertThat(inline.header("Content-Disposition")).startsWith("inline");
        assertThat(inline.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(inline.header("Content-Security-Policy")).contains("sandbox");
        assertThat(attachment.header("Content-Disposition")).startsWith("attachment");
    }

    @Test
    void aNulByteInTheFileNameIsRefusedWith400NamingTheFileAndStoresNothing() throws Exception {
        long documents = count();
        long objects = objects();

        Api.Response refused =
                fixture.upload("engineer", Map.of("type", "OTHER"), "report\u0000.pdf", "nine bytes".getBytes(UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .contains("\"report<U+0000>.pdf\"")
                .contains("Rename the file");
        assertThat(count()).isEqualTo(documents);
        assertThat(objects()).isEqualTo(objects);
        assertStillServing();
    }

    @Test
    void aSixHundredCharacterFileNameIsShortenedKeepingItsExtension() {
        String longName = "Quality-inspection-report-".repeat(23).substring(0, 596) + ".pdf";
        assertThat(longName).hasSize(600);

        JsonNode document = fixture.created("engineer", Map.of("type", "OTHER"), longName, "nine byte".getBytes(UTF_8));

        String shown = document.path("latestVersion").path("fileName").asText();
        assertThat(shown).hasSize(200).startsWith("Quality-inspection-report-").endsWith(".pdf");
        assertThat(document.path("name").asText()).isEqualTo(shown);
        assertThat(document.path("latestVersion").path("size").asLong()).isEqualTo(9);
    }

    @Test
    void aChineseFileNameOfSixHundredCharactersIsShortenedToo() {
        // 600 CJK characters are 1,800 bytes of part header (beyond Tomcat's default 512)
        String longName = "质检报告".repeat(150).substring(0, 595) + ".docx";

        JsonNode document = fixture.created("engineer", Map.of("type", "OTHER"), longName, "x".getBytes(UTF_8));

        assertThat(document.path("name").asText()).hasSize(200).endsWith("报.docx");
    }

    @Test
    void aFileNameTooLongEvenForThePartHeadersIsA400NotFileTooLarge() throws Exception {
        long documents = count();
        // 3,000 CJK characters: 9,000 bytes, more than the 8 KB a part's headers may take
        String name = "质".repeat(3_000) + ".pdf";

        Api.Response refused = fixture.upload("engineer", Map.of("type", "OTHER"), name, "x".getBytes(UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("detail").asText()).contains("name is too long");
        assertThat(count()).isEqualTo(documents);
    }

    @Test
    void bidiAndOtherInvisibleCharactersInUploadedNamesAreRefused() throws Exception {
        long documents = count();
        // displays as "invoiceexe.jpg": right-to-left override, then isolate, zero-width space and byte-order mark
        for (String name :
                List.of("invoice\u202Egpj.exe", "invoice\u2067gpj.exe", "in\u200Bvoice.pdf", "\uFEFFplan.pdf")) {
            Api.Response asFileName = fixture.upload("engineer", Map.of("type", "OTHER"), name, "x".getBytes(UTF_8));
            Api.Response asTypedName =
                    fixture.upload("engineer", Map.of("type", "OTHER", "name", name), "plain.pdf", "x".getBytes(UTF_8));

            assertThat(asFileName.status()).as(name + ": " + asFileName).isEqualTo(400);
            assertThat(asFileName.json().path("errors").get(0).path("message").asText())
                    .contains("text-direction character (U+");
            assertThat(asTypedName.status()).as(name + ": " + asTypedName).isEqualTo(400);
            assertThat(asTypedName.json().path("errors").get(0).path("field").asText())
                    .isEqualTo("name");
        }
        String document = fixture.created("engineer", Map.of("type", "OTHER"), "plain.pdf", "x".getBytes(UTF_8))
                .path("id")
                .asText();
        Api.Response version = clients.as("engineer")
                .multipart(
                        "/api/documents/" + document + "/versions", Map.of(), "invoice\u202Egpj.exe", new byte[] {1});
        assertThat(version.status()).as(version.toString()).isEqualTo(400);
        assertThat(count()).isEqualTo(documents + 1);
    }

    @Test
    void aPathTraversalFileNameIsSanitisedAndNothingIsWrittenOutsideTheStore() throws Exception {
        Path root = Path.of(properties.storage().root()).toAbsolutePath().normalize();

        JsonNode document =
                fixture.created("engineer", Map.of("type", "OTHER"), "../../etc/passwd", "root:x:0:0".getBytes(UTF_8));

        assertThat(document.path("name").asText()).isEqualTo("passwd");
        assertThat(document.path("latestVersion").path("fileName").asText()).isEqualTo("passwd");
        try (Stream<Path> files = Files.walk(root.getParent())) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("passwd")))
                    .isEmpty();
        }
        assertThat(Files.exists(root.getParent().resolve("etc"))).isFalse();
        Api.Binary download = clients.as("engineer")
                .download("/api/documents/" + document.path("id").asText() + "/versions/1/content");
        assertThat(download.header("Content-Disposition")).contains("filename=\"passwd\"");
    }

    @Test
    void anUploadFailingMidStreamLeavesNoRowAndNoObject() throws Exception {
        long documents = count();
        long objects = objects();
        CurrentUser engineer = users.currentUserByUsername("engineer").orElseThrow();
        InputStream failing = new InputStream() {
            private int left = 300_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> uploads.upload(
                        engineer,
                        fixture.gearbox(),
                        new DocumentUploads.NewDocument(DocumentType.OTHER, null, null, null, null),
                        failing,
                        "half.txt"))
                .isInstanceOf(IOException.class);

        assertThat(count()).isEqualTo(documents);
        assertThat(objects()).isEqualTo(objects);
    }

    private JsonNode extracted(String name, byte[] content) {
        JsonNode document = fixture.created("engineer", Map.of("type", "OTHER"), name, content);
        return fixture.awaitExtraction("engineer", document.path("id").asText(), 1, EXTRACTION_DEADLINE);
    }

    private void assertStillServing() {
        assertThat(clients.as("engineer")
                        .get("/api/projects/" + fixture.gearbox() + "/documents")
                        .status())
                .isEqualTo(200);
    }

    private long count() {
        return jdbc.sql("select count(*) from doc_document").query(Long.class).single();
    }

    /** Files in the store, including half-written ones in its spool. */
    private long objects() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(properties.storage().root()))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** Reads until the server closes, or the problem body is complete, or nothing comes for a while. */
    private static String readAnswer(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
                if (bytes.toString(UTF_8).contains("smaller file.\"}")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            // what came so far is the answer
        }
        return bytes.toString(UTF_8);
    }
}
