package io.crossflow.identity.internal;

import static io.crossflow.identity.internal.OrganisationAdministration.requireAdmin;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.internal.Invitations.OrganisationRow;
import io.crossflow.identity.internal.UserImportFile.Column;
import io.crossflow.identity.internal.UserImportFile.Line;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import io.crossflow.shared.Localized;
import io.crossflow.shared.UserText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin's bulk import of users (docs/administration.md, "Bulk import"). Every row passes
 * the rules of a single invitation (capabilities that fit the organisation, an address without an
 * account, an address used once in the file, the address's domain not claimed by another
 * organisation); the rows are imported all or none, in one transaction, and each imported person
 * gets an invitation e-mail rather than a password. A dry run checks and writes nothing.
 */
@Service
public class UserImport {

    static final String ROWS_WRONG =
            "{count} rows have errors; nothing was imported. Correct them and upload the file again.";
    static final String ROW_WRONG = "1 row has errors; nothing was imported. Correct it and upload the file again.";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");
    private static final Pattern LIST = Pattern.compile("[;,、，；]");

    private final JdbcClient jdbc;
    private final Invitations invitations;

    UserImport(JdbcClient jdbc, Invitations invitations) {
        this.jdbc = jdbc;
        this.invitations = invitations;
    }

    /**
     * Checks every row of the file and, unless {@code dryRun} or a row is wrong, invites each
     * person. The report lists every row with its problems; {@link Report#imported()} tells whether
     * anything was written (never when a row is wrong).
     */
    @Transactional
    public Report importUsers(
            CurrentUser caller, String fileName, long size, Supplier<byte[]> content, boolean dryRun) {
        requireAdmin(caller);
        if (size <= 0) {
            throw InvalidInputException.field("file", UserImportFile.NO_FILE);
        }
        if (size > UserImportFile.MAX_BYTES) {
            throw InvalidInputException.field("file", UserImportFile.TOO_LARGE);
        }
        List<Line> lines = UserImportFile.read(fileName, content.get());
        Directory directory = directory(caller.tenantId());
        Map<String, Integer> seen = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (Line line : lines) {
            checked.add(check(caller, line, directory, seen));
        }
        List<ReportRow> rows = checked.stream().map(Checked::reportRow).toList();
        long wrong = rows.stream().filter(r -> !r.errors().isEmpty()).count();
        if (wrong > 0 || dryRun) {
            return new Report(dryRun, false, rows.size(), (int) wrong, rows);
        }
        for (Checked row : checked) {
            invitations.issueOne(
                    caller,
                    row.organisation(),
                    row.email(),
                    row.name(),
                    row.mobile(),
                    row.capabilities(),
                    row.language(),
                    row.inviteeId());
        }
        return new Report(false, true, rows.size(), 0, rows);
    }

    /** A template to fill in, with the column names in the caller's language and one example row. */
    @Transactional(readOnly = true)
    public byte[] template(CurrentUser caller, String format) {
        requireAdmin(caller);
        return UserImportFile.template(format, "zh-CN".equals(caller.language()));
    }

    /** The problem detail of a report with wrong rows. */
    public static String summary(Report report) {
        return report.rowsWithErrors() == 1
                ? ROW_WRONG
                : ROWS_WRONG.replace("{count}", String.valueOf(report.rowsWithErrors()));
    }

    private Checked check(CurrentUser caller, Line line, Directory directory, Map<String, Integer> seen) {
        List<CellError> errors = new ArrayList<>();
        String name = line.get(Column.NAME);
        if (name == null) {
            errors.add(new CellError(Column.NAME.key, "Enter the person's name."));
        } else {
            try {
                name = UserText.name(Column.NAME.key, name, 120);
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach(f -> errors.add(new CellError(Column.NAME.key, f.message())));
            }
        }
        String email = line.get(Column.EMAIL);
        UUID inviteeId = null;
        if (email == null) {
            errors.add(new CellError(Column.EMAIL.key, "Enter the person's e-mail address."));
        } else {
            email = email.toLowerCase(Locale.ROOT);
            Integer earlier = seen.putIfAbsent(email, line.row());
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.add(new CellError(Column.EMAIL.key, "Enter an e-mail address like name@example.com."));
            } else if (earlier != null) {
                errors.add(new CellError(Column.EMAIL.key, "This address is already in row " + earlier + "."));
            } else {
                List<FieldError> taken = new ArrayList<>();
                inviteeId = invitations.invitee(caller.tenantId(), email, taken).orElse(null);
                if (!taken.isEmpty()) {
                    errors.add(new CellError(
                            Column.EMAIL.key, "This address already has a Crossflow account and cannot be invited."));
                }
            }
        }
        String mobile = line.get(Column.MOBILE);
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            errors.add(new CellError(Column.MOBILE.key, "Enter a phone number like +86 138 0013 8000."));
        }
        String organisationCell = line.get(Column.ORGANISATION);
        OrganisationRow organisation = null;
        if (organisationCell == null) {
            errors.add(new CellError(Column.ORGANISATION.key, "Enter the organisation's name or short code."));
        } else {
            organisation = directory.find(organisationCell).orElse(null);
            if (organisation == null) {
                errors.add(new CellError(
                        Column.ORGANISATION.key, "No active organisation of your tenant has this name or short code."));
            }
        }
        if (organisation != null && email != null && email.contains("@")) {
            String domain = email.substring(email.indexOf('@') + 1);
            OrganisationRow owner = directory.domains().get(domain);
            if (owner != null && !owner.id().equals(organisation.id())) {
                errors.add(new CellError(
                        Column.EMAIL.key,
                        "The domain " + domain + " belongs to the organisation " + owner.name() + "."));
            }
        }
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        String capabilityCell = line.get(Column.CAPABILITIES);
        if (capabilityCell == null) {
            if (organisation != null) {
                capabilities = defaultCapabilities(organisation.kind());
            }
        } else {
            List<Capability> named = new ArrayList<>();
            for (String part : LIST.split(capabilityCell)) {
                if (part.isBlank()) {
                    continue;
                }
                Capability capability = capability(part);
                if (capability == null) {
                    errors.add(new CellError(Column.CAPABILITIES.key, "'" + part.strip() + "' is not a capability."));
                } else {
                    named.add(capability);
                }
            }
            List<FieldError> unfit = new ArrayList<>();
            capabilities = UserAdministration.capabilities(
                    named, organisation == null ? null : organisation.kind(), false, unfit);
            unfit.forEach(f -> errors.add(new CellError(Column.CAPABILITIES.key, f.message())));
        }
        String language = line.get(Column.LANGUAGE);
        if (language == null) {
            language = caller.language() == null ? "en" : caller.language();
        } else {
            language = language(language);
            if (language == null) {
                errors.add(new CellError(Column.LANGUAGE.key, "Choose English (en) or Chinese (zh-CN)."));
            }
        }
        ReportRow row = new ReportRow(
                line.row(),
                name,
                email,
                mobile,
                organisation == null ? organisationCell : organisation.name(),
                capabilities.stream().map(Enum::name).toList(),
                language,
                errors);
        return new Checked(row, organisation, email, name, mobile, capabilities, language, inviteeId);
    }

    /** The capability a person typed: its code ({@code PARTNER_MEMBER}) or its name on the screens, in English or Chinese. */
    static Capability capability(String typed) {
        String value = typed.strip();
        String code = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Capability capability : Capability.values()) {
            if (capability.name().equals(code)) {
                return capability;
            }
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "tenant admin", "租户管理员", "管理员" -> Capability.TENANT_ADMIN;
            case "process designer", "designer", "流程设计师" -> Capability.DESIGNER;
            case "manager", "经理" -> Capability.MANAGER;
            case "member", "成员" -> Capability.MEMBER;
            case "partner member", "合作伙伴成员" -> Capability.PARTNER_MEMBER;
            case "partner manager", "合作伙伴经理" -> Capability.PARTNER_MANAGER;
            case "customer viewer", "customer", "客户查看者", "客户" -> Capability.CUSTOMER_VIEWER;
            default -> null;
        };
    }

    private static String language(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "en", "english", "英文", "英语" -> "en";
            case "zh-cn", "zh", "zh_cn", "chinese", "中文", "简体中文" -> "zh-CN";
            default -> null;
        };
    }

    /** Without a capabilities column a row gets the least an organisation's people hold. */
    private static Set<Capability> defaultCapabilities(OrganisationKind kind) {
        return switch (kind) {
            case HOST -> EnumSet.of(Capability.MEMBER);
            case PARTNER -> EnumSet.of(Capability.PARTNER_MEMBER);
            case CUSTOMER -> EnumSet.of(Capability.CUSTOMER_VIEWER);
        };
    }

    private Directory directory(UUID tenantId) {
        Map<String, OrganisationRow> byName = new HashMap<>();
        Map<String, OrganisationRow> domains = new HashMap<>();
        jdbc.sql("select id, name, kind, short_code, email_domains, active from idn_organisation where tenant_id = ?")
                .param(tenantId)
                .query(rs -> {
                    OrganisationRow row = new OrganisationRow(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            OrganisationKind.valueOf(rs.getString("kind")));
                    for (String domain : OrganisationAdministration.strings(rs.getArray("email_domains"))) {
                        domains.put(domain.toLowerCase(Locale.ROOT), row);
                    }
                    if (rs.getBoolean("active")) {
                        byName.put(row.name().strip().toLowerCase(Locale.ROOT), row);
                        String code = rs.getString("short_code");
                        if (code != null) {
                            byName.putIfAbsent(code.toLowerCase(Locale.ROOT), row);
                        }
                    }
                });
        return new Directory(byName, domains);
    }

    private record Directory(Map<String, OrganisationRow> byNameOrCode, Map<String, OrganisationRow> domains) {
        Optional<OrganisationRow> find(String typed) {
            return Optional.ofNullable(byNameOrCode.get(typed.strip().toLowerCase(Locale.ROOT)));
        }
    }

    private record Checked(
            ReportRow reportRow,
            OrganisationRow organisation,
            String email,
            String name,
            String mobile,
            Set<Capability> capabilities,
            String language,
            UUID inviteeId) {}

    /** One problem of a row: the column (name, email, mobile, organisation, capabilities, language) and what to do. */
    public record CellError(String column, String message) {}

    /** A row as it will be imported (organisation by its name, capabilities as codes), with its problems. */
    public record ReportRow(
            int row,
            String name,
            String email,
            String mobile,
            String organisation,
            List<String> capabilities,
            String language,
            List<CellError> errors) {}

    /**
     * What an import found: every row with its problems; {@code imported} when the rows were
     * written (never in a dry run, never when a row has errors).
     */
    public record Report(boolean dryRun, boolean imported, int rowCount, int rowsWithErrors, List<ReportRow> rows)
            implements Localized {

        @Override
        public Report localized(UnaryOperator<String> translate) {
            return new Report(
                    dryRun,
                    imported,
                    rowCount,
                    rowsWithErrors,
                    rows.stream()
                            .map(r -> new ReportRow(
                                    r.row(),
                                    r.name(),
                                    r.email(),
                                    r.mobile(),
                                    r.organisation(),
                                    r.capabilities(),
                                    r.language(),
                                    r.errors().stream()
                                            .map(e -> new CellError(e.column(), translate.apply(e.message())))
                                            .toList()))
                            .toList());
        }
    }
}
