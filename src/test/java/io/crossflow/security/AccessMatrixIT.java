package io.crossflow.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Executes the matrix of docs/security.md: every row, as every caller of its table (a role signed
 * in, or an API token), must answer the status in its cell. Every {@code /api} endpoint must have at least one row.
 */
@IntegrationTest
class AccessMatrixIT {

    private static final Path MATRIX = Path.of("docs/security.md");
    /** A request, its optional body label in parentheses, and in token tables the callers' token scope. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| (GET|POST|PUT|PATCH|DELETE) (\\S+)(?: \\(([^)]+)\\))?(?: with (read|write|integration) token)? \\|(.*)$");
    /** The header of a table of people signed in with a session, and of a table of API-token callers. */
    private static final String SESSION_TABLE = "| request |";

    private static final String TOKEN_TABLE = "| token request |";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    DemoFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DemoFixtures(jdbc, clients);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheStatusOfItsCell() throws IOException {
        Matrix matrix = Matrix.read(MATRIX);
        return matrix.rows().stream().map(row -> DynamicTest.dynamicTest(row.label(), () -> check(row)));
    }

    @Test
    void everyApiEndpointHasAMatrixRow() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (Row row : Matrix.read(MATRIX).rows()) {
            documented.add(row.method() + " " + generic(row.path()));
        }
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            if (info.getPathPatternsCondition() == null) {
                return;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition()
                            .getMethods()
                            .forEach(m -> endpoints.add(m.name() + " " + generic(pattern)));
                }
            }
        });
        endpoints.removeAll(documented);
        assertThat(endpoints).as("endpoints without a row in docs/security.md").isEmpty();
    }

    private void check(Row row) {
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < row.callers().size(); i++) {
            String role = row.callers().get(i);
            int expected = row.expected().get(i);
            Map<String, Object> resolved = new HashMap<>();
            String path = resolve(row.path(), resolved);
            Object body = body(row, resolved);
            Api session = row.scope() == null ? session(role) : tokenCaller(role, row.scope());
            Api.Response response = body instanceof Upload upload
                    ? session.send(session.multipartRequest(path, upload.fields(), upload.fileName(), upload.content()))
                    : session.call(row.method(), path, body);
            if (response.status() != expected) {
                mismatches.add(role + ": expected " + expected + ", got " + response);
            } else if (expected >= 400 && expected != 401 && !response.body().contains("\"detail\"")) {
                mismatches.add(role + ": " + expected + " without a ProblemDetail body: " + response);
            }
        }
        assertThat(mismatches).as(row.label()).isEmpty();
    }

    private Api session(String role) {
        if (role.equals("anonymous")) {
            Api anonymous = clients.anonymous();
            anonymous.get("/api/me"); // takes the XSRF cookie, so a POST is judged on authentication, not CSRF
            return anonymous;
        }
        return clients.as(role);
    }

    /**
     * A caller of a token table: the role's own token of the scope ({@link DemoFixtures#token}),
     * the demo tenant's service user's, or (column {@code unknown}) a token nobody issued.
     */
    private Api tokenCaller(String caller, String scope) {
        return switch (caller) {
            case "unknown" -> clients.withToken("cft_" + "0".repeat(43));
            case "service-user" -> clients.withToken(fixtures.serviceUserToken(scope));
            default -> clients.withToken(fixtures.token(caller, scope));
        };
    }

    private String resolve(String path, Map<String, Object> resolved) {
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Supplier<Object> placeholder = placeholders().get(m.group(1));
            if (placeholder == null) {
                throw new AssertionError("No placeholder {" + m.group(1) + "} in AccessMatrixIT");
            }
            Object value = placeholder.get();
            resolved.put(m.group(1), value);
            m.appendReplacement(out, value.toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private Map<String, Supplier<Object>> placeholders() {
        return Map.ofEntries(
                Map.entry("demoProject", fixtures::demoProject),
                Map.entry("otherProject", fixtures::otherProject),
                Map.entry("unknownProject", java.util.UUID::randomUUID),
                Map.entry("supplierAItem", () -> fixtures.workItem("Machined housings, batch 1")),
                Map.entry("supplierBItem", () -> fixtures.workItem("Aluminium castings, batch 1")),
                Map.entry("internalItem", () -> fixtures.workItem("Design review of housing drawings")),
                Map.entry("milestone", () -> fixtures.workItem("Prototype delivered to customer")),
                Map.entry("otherItem", () -> fixtures.workItem("Conveyor layout")),
                Map.entry("freshSupplierAItem", fixtures::freshSupplierAItem),
                Map.entry("pmToken", fixtures::freshPmToken),
                Map.entry("serviceUser", fixtures::freshServiceUser),
                Map.entry("freshUser", fixtures::freshInternalUser),
                Map.entry("freshInvitation", fixtures::freshInvitation),
                Map.entry("freshResetToken", () -> fixtures.resetToken(false)),
                Map.entry("usedResetToken", () -> fixtures.resetToken(true)),
                Map.entry("freshInvitationToken", () -> fixtures.invitationToken(false)),
                Map.entry("revokedInvitationToken", () -> fixtures.invitationToken(true)),
                Map.entry("unknownInvitationToken", () -> "unknown-" + UUID.randomUUID()),
                Map.entry("freshSupplierAUser", fixtures::freshSupplierAUser),
                Map.entry("otherUser", fixtures::otherTenantsUser),
                Map.entry("supplierAOrganisation", fixtures::supplierA),
                Map.entry("freshOrganisation", fixtures::freshPartnerOrganisation),
                Map.entry("freshParticipant", fixtures::freshParticipant),
                Map.entry("freshMember", fixtures::freshMember),
                Map.entry("otherOrganisation", fixtures::otherTenantsOrganisation),
                Map.entry("supplierATask", fixtures::freshAcceptTask),
                Map.entry("claimedSupplierATask", fixtures::freshClaimedAcceptTask),
                Map.entry("reviewTask", fixtures::freshReviewTask),
                Map.entry("completedSupplierATask", fixtures::completedAcceptTask),
                Map.entry("pmRequest", fixtures::pmRequest),
                Map.entry("startableProcess", () -> "approval"),
                Map.entry("freshBudgetLine", fixtures::freshBudgetLine),
                Map.entry("freshDependant", fixtures::freshDependant),
                Map.entry("itsPredecessor", fixtures::itsPredecessor),
                Map.entry("freshRule", fixtures::freshRule),
                Map.entry("freshSupplierANotification", fixtures::freshSupplierANotification),
                Map.entry("supplierAOrder", fixtures::supplierAOrder),
                Map.entry("customerComplaint", fixtures::customerComplaint),
                Map.entry("supplierAIssue", fixtures::supplierAIssue),
                Map.entry("supplierASupportRequest", fixtures::supplierASupportRequest),
                Map.entry("supplierASupportRequestWithoutProject", fixtures::supplierASupportRequestWithoutProject),
                Map.entry("routedChangeRequest", fixtures::routedChangeRequest),
                Map.entry("seedProcess", () -> "supplier-order"),
                Map.entry("firstVersion", () -> 1),
                Map.entry("freshModel", fixtures::freshModel),
                Map.entry("seedForm", () -> "review-delivery"),
                Map.entry("freshMilestone", () -> fixtures.freshMilestone(false)),
                Map.entry("freshDoneMilestone", () -> fixtures.freshMilestone(true)),
                Map.entry("customerPage", fixtures::customerPage),
                Map.entry("supplierAPage", fixtures::supplierAPage),
                Map.entry("freshCustomerPage", fixtures::freshCustomerPage),
                Map.entry("helpPage", fixtures::helpPage),
                Map.entry("tenantHelpPage", fixtures::tenantHelpPage),
                Map.entry("freshTenantHelpPage", fixtures::freshTenantHelpPage),
                Map.entry("freshInternalPage", fixtures::freshInternalPage),
                Map.entry("freshSupplierAPage", fixtures::freshSupplierAPage),
                Map.entry("supplierADocument", fixtures::supplierADocument),
                Map.entry("demoTenant", () -> fixtures.tenant("demo")),
                Map.entry("otherTenant", () -> fixtures.tenant("other")),
                Map.entry("unknownTenant", UUID::randomUUID),
                Map.entry("freshTenant", () -> fixtures.freshTenant(false)),
                Map.entry("suspendedTenant", () -> fixtures.freshTenant(true)),
                Map.entry("freshSupplierADocument", fixtures::freshSupplierADocument));
    }

    /** Request bodies by row label; a row without a label sends none. */
    private Object body(Row row, Map<String, Object> resolved) {
        if (row.variant() == null) {
            return null;
        }
        Map<String, Function<Map<String, Object>, Object>> bodies = Map.ofEntries(
                Map.entry("reorder", r -> Map.of("version", versionOf(r), "order", 3)),
                Map.entry("new dependency", r -> Map.of("predecessorId", fixtures.freshSupplierAItem())),
                Map.entry(
                        "new budget line",
                        r -> Map.of(
                                "category", "Materials", "currency", "CNY", "planned", "2500.50", "committed", "100")),
                Map.entry("budget change", r -> Map.of("version", 0, "actual", "99.95")),
                Map.entry("bad currency", r -> Map.of("version", 0, "currency", "XYZ")),
                Map.entry("new project", r -> Map.of("name", "Matrix project " + UUID.randomUUID())),
                Map.entry(
                        "new partner",
                        r -> Map.of("organisationId", fixtures.freshPartnerOrganisation(), "role", "SUPPLIER")),
                Map.entry("new member", r -> Map.of("userId", fixtures.freshInternalUser(), "role", "MEMBER")),
                Map.entry(
                        "new item",
                        r -> Map.of(
                                "title",
                                "Matrix item",
                                "plannedEnd",
                                LocalDate.now().plusDays(5).toString())),
                Map.entry("rename", r -> Map.of("version", versionOf(r), "title", "Renamed " + UUID.randomUUID())),
                Map.entry("progress", r -> Map.of("version", versionOf(r), "progress", 40)),
                Map.entry("accept", r -> Map.of("decision", "accept")),
                Map.entry("approve", r -> Map.of("reviewOutcome", "approve")),
                Map.entry("new rule", r -> DemoFixtures.inertRule()),
                Map.entry("new complaint", r -> Map.of("type", "COMPLAINT", "title", "Matrix complaint")),
                Map.entry(
                        "new support request",
                        r -> Map.of("type", "SUPPORT_REQUEST", "title", "Matrix support request")),
                Map.entry(
                        "change request routed to supplier A",
                        r -> Map.of(
                                "type",
                                "CHANGE_REQUEST",
                                "title",
                                "Matrix routed change",
                                "routedOrganisationId",
                                fixtures.supplierA())),
                Map.entry("new model", r -> DemoFixtures.newModel()),
                Map.entry("new comment", r -> Map.of("text", "Matrix comment")),
                Map.entry("approval request", r -> DemoFixtures.approvalRequest(fixtures.demoProject())),
                Map.entry(
                        "csp report",
                        r -> Map.of(
                                "csp-report",
                                Map.of(
                                        "effective-directive",
                                        "img-src",
                                        "blocked-uri",
                                        "https://matrix.example/p.gif"))),
                Map.entry("acceptance", r -> Map.of("accepted", true, "comment", "Looks good")),
                Map.entry("flag", r -> Map.of("flagged", true, "reason", "Waiting for the customer's drawings")),
                Map.entry("unflag", r -> Map.of("flagged", false, "reason", "Drawings arrived")),
                Map.entry("sso settings", r -> ssoSettings()),
                Map.entry(
                        "service desk settings",
                        r -> Map.of(
                                "capability",
                                "MANAGER",
                                "firstResponseHours",
                                24,
                                "resolutionHours",
                                120,
                                "open",
                                true)),
                Map.entry(
                        "bad service desk settings",
                        r -> Map.of(
                                "capability",
                                "PARTNER_MEMBER",
                                "firstResponseHours",
                                0,
                                "resolutionHours",
                                1,
                                "open",
                                true)),
                Map.entry("new tenant", r -> DemoFixtures.newTenant()),
                // an empty change: every role's profile stays as the other tests expect it
                Map.entry("profile unchanged", r -> Map.of()),
                Map.entry(
                        "bad notification choice",
                        r -> Map.of(
                                "choices",
                                List.of(Map.of("category", "HOLIDAYS", "channel", "EMAIL", "enabled", false)))),
                Map.entry("bad profile", r -> Map.of("timeZone", "+08:00")),
                // the demo tenant's own zone, so the row changes nothing
                Map.entry("tenant zone unchanged", r -> Map.of("timeZone", "Asia/Shanghai")),
                Map.entry("bad tenant zone", r -> Map.of("timeZone", "Mars/Olympus")),
                Map.entry(
                        "new operator",
                        r -> Map.of(
                                "email",
                                "matrix-ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com")),
                Map.entry(
                        "unknown bootstrap token",
                        r -> Map.of("token", "cfb_" + UUID.randomUUID(), "tenantName", "Never")));
        Function<Map<String, Object>, Object> body = bodies.getOrDefault(
                row.variant(),
                tokenBodies()
                        .getOrDefault(
                                row.variant(),
                                supplyBodies()
                                        .getOrDefault(
                                                row.variant(),
                                                pageBodies()
                                                        .getOrDefault(
                                                                row.variant(),
                                                                documentBodies()
                                                                        .getOrDefault(
                                                                                row.variant(),
                                                                                adminBodies()
                                                                                        .getOrDefault(
                                                                                                row.variant(),
                                                                                                passwordBodies()
                                                                                                        .getOrDefault(
                                                                                                                row
                                                                                                                        .variant(),
                                                                                                                importBodies()
                                                                                                                        .get(
                                                                                                                                row
                                                                                                                                        .variant()))))))));
        if (body == null) {
            throw new AssertionError("No request body named '" + row.variant() + "' in AccessMatrixIT");
        }
        return body.apply(resolved);
    }

    /** Bodies of the supply and integration rows (kept apart: Map.of takes at most ten entries). */
    private Map<String, Function<Map<String, Object>, Object>> supplyBodies() {
        return Map.of(
                "new supplier order",
                r -> Map.of(
                        "supplierOrganisationId",
                        fixtures.supplierA(),
                        "title",
                        "Matrix order",
                        "workItemIds",
                        List.of(fixtures.workItem("Machined housings, batch 1"))),
                "shortage event",
                r -> Map.of("type", "MATERIAL_SHORTAGE", "orderReference", "SO-0", "detail", "Matrix"));
    }

    /**
     * Bodies of the API token rows: a new token of each scope, and a shortage event on an order of
     * supplier A, of supplier B (each with its own matrix work item) or on an order nobody has.
     */
    private Map<String, Function<Map<String, Object>, Object>> tokenBodies() {
        return Map.of(
                "read token",
                r -> tokenRequest("read"),
                "write token",
                r -> tokenRequest("write"),
                "integration token",
                r -> tokenRequest("integration"),
                "shortage, supplier A",
                r -> shortage(fixtures.shortageOrder(fixtures.supplierA())),
                "shortage, supplier B",
                r -> shortage(fixtures.shortageOrder(fixtures.supplierB())),
                "shortage, missing order",
                r -> shortage("SO-999999999"));
    }

    private static Map<String, Object> tokenRequest(String scope) {
        return Map.of("name", "Matrix " + scope + " token", "scopes", List.of(scope), "expiresInDays", 30);
    }

    private static Map<String, Object> shortage(String orderReference) {
        return Map.of("type", "MATERIAL_SHORTAGE", "orderReference", orderReference, "detail", "Matrix");
    }

    /** Bodies of the password rows (docs/identity.md). */
    private Map<String, Function<Map<String, Object>, Object>> passwordBodies() {
        return Map.of(
                "reset request",
                r -> Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com"),
                "new password",
                r -> Map.of("password", "matrix-reset-password-2026"),
                "wrong current password",
                r -> Map.of("currentPassword", "not-the-password", "newPassword", "matrix-changed-password-2026"),
                "wrong code",
                r -> Map.of("code", "000000"),
                "wrong proof",
                r -> Map.of("password", "not-the-password"),
                "policy off",
                r -> Map.of("totpRequiredForExternal", false));
    }

    /** Bodies of the administration rows (docs/administration.md). */
    private Map<String, Function<Map<String, Object>, Object>> adminBodies() {
        return Map.of(
                "new organisation",
                r -> Map.of("name", "Matrix organisation " + UUID.randomUUID(), "kind", "PARTNER"),
                "organisation contact",
                r -> Map.of("contactName", "Matrix contact"),
                "new user",
                r -> Map.of(
                        "username",
                        "matrix-" + UUID.randomUUID(),
                        "displayName",
                        "Matrix user",
                        "organisationId",
                        fixtures.supplierA(),
                        "capabilities",
                        List.of("PARTNER_MEMBER")),
                "user language",
                r -> Map.of("language", "zh-CN"),
                "new invitation",
                r -> invitation(fixtures.supplierA(), "PARTNER_MEMBER"),
                "colleague invitation",
                r -> invitation(null, "PARTNER_MEMBER"),
                "internal invitation",
                r -> invitation(null, "MANAGER"),
                "invitation acceptance",
                r -> Map.of("displayName", "Matrix Invitee", "password", "matrix-invitee-password-2026"));
    }

    /** Bodies of the bulk import rows: a file with one good row, and one whose only row is wrong. */
    private Map<String, Function<Map<String, Object>, Object>> importBodies() {
        return Map.of(
                "user import",
                r -> new Upload(
                        Map.of(),
                        "users.csv",
                        ("name,email,organisation,capabilities\nMatrix Person,matrix-" + UUID.randomUUID()
                                        + "@example.com,Precision Parts Ltd,PARTNER_MEMBER\n")
                                .getBytes(UTF_8)),
                "bad user import",
                r -> new Upload(
                        Map.of(),
                        "users.csv",
                        ("name,email,organisation,capabilities\nMatrix Person,matrix-" + UUID.randomUUID()
                                        + "@example.com,Precision Parts Ltd,MANAGER\n")
                                .getBytes(UTF_8)));
    }

    /** The demo tenant's single sign-on with the test IdP, saved disabled (TenantSsoIT enables its own). */
    private static Map<String, Object> ssoSettings() {
        return Map.of(
                "enabled",
                false,
                "issuerUri",
                io.crossflow.testing.idp.TestIdentityProvider.get().issuer(),
                "clientId",
                io.crossflow.testing.idp.TestIdentityProvider.CLIENT_ID,
                "clientSecret",
                io.crossflow.testing.idp.TestIdentityProvider.CLIENT_SECRET,
                "matchClaim",
                "email");
    }

    private static Map<String, Object> invitation(UUID organisationId, String capability) {
        Map<String, Object> body = new HashMap<>();
        body.put("emails", List.of("matrix-" + UUID.randomUUID() + "@example.com"));
        body.put("organisationId", organisationId);
        body.put("capabilities", List.of(capability));
        return body;
    }

    /** Bodies of the document rows; an {@link Upload} is sent as multipart/form-data. */
    private Map<String, Function<Map<String, Object>, Object>> documentBodies() {
        return Map.of(
                "new document",
                r -> new Upload(Map.of("type", "OTHER"), "matrix.txt", "Matrix document".getBytes(UTF_8)),
                "new version",
                r -> new Upload(Map.of(), "matrix-v2.txt", "Matrix document, second version".getBytes(UTF_8)),
                "supplier A only",
                r -> Map.of("partnerOrganisationIds", List.of(fixtures.supplierA()), "customers", false),
                "document comment",
                r -> Map.of("body", "Matrix comment"));
    }

    /** A multipart upload: form fields and the file part. */
    record Upload(Map<String, Object> fields, String fileName, byte[] content) {}

    /** Bodies of the page rows: a fresh page is at version 1. */
    private Map<String, Function<Map<String, Object>, Object>> pageBodies() {
        return Map.of(
                "new page",
                r -> Map.of("title", "Matrix page", "content", "<p>Scope</p>"),
                "page edit",
                r -> Map.of("title", "Matrix page", "content", "<p>Scope, edited</p>", "baseVersion", 1),
                "page sharing",
                r -> Map.of(
                        "title",
                        "Matrix page",
                        "content",
                        "<p>Requirements</p>",
                        "baseVersion",
                        1,
                        "sharing",
                        Map.of("customers", false, "organisationIds", List.of())),
                "help on",
                r -> Map.of("help", true),
                "new help page",
                r -> Map.of("title", "Matrix help page", "content", "<p>How to</p>"),
                "publish",
                r -> Map.of("published", true),
                "help order",
                r -> Map.of("pageIds", fixtures.demoHelpOrder()));
    }

    private int versionOf(Map<String, Object> resolved) {
        return resolved.values().stream()
                .filter(UUID.class::isInstance)
                .map(UUID.class::cast)
                .map(fixtures::version)
                .findFirst()
                .orElseThrow();
    }

    private static String generic(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    /**
     * One row: a request, its body label, the scope of the callers' tokens (null: callers signed in
     * with a session), and one expected status per caller of its table.
     */
    record Row(String method, String path, String variant, String scope, List<String> callers, List<Integer> expected) {
        String label() {
            return method + " " + path + (variant == null ? "" : " (" + variant + ")")
                    + (scope == null ? "" : " with " + scope + " token");
        }
    }

    /** The rows of every table: session tables ({@code | request |}) and token tables ({@code | token request |}). */
    record Matrix(List<Row> rows) {

        static Matrix read(Path file) throws IOException {
            List<String> callers = null;
            boolean tokens = false;
            List<Row> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(SESSION_TABLE) || line.startsWith(TOKEN_TABLE)) {
                    tokens = line.startsWith(TOKEN_TABLE);
                    callers = cells(line.substring((tokens ? TOKEN_TABLE : SESSION_TABLE).length()));
                    continue;
                }
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    List<Integer> expected =
                            cells(m.group(5)).stream().map(Integer::valueOf).toList();
                    if (callers == null || expected.size() != callers.size()) {
                        throw new AssertionError("Matrix row does not have one cell per caller: " + line);
                    }
                    if (tokens != (m.group(4) != null)) {
                        throw new AssertionError("A token table's row names its callers' token scope"
                                + " ('with read token'), a session table's row none: " + line);
                    }
                    rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4), callers, expected));
                }
            }
            if (rows.isEmpty()) {
                throw new AssertionError("No matrix found in " + file);
            }
            return new Matrix(rows);
        }

        private static List<String> cells(String rest) {
            return Stream.of(rest.split("\\|"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
    }
}
