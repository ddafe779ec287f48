package io.crossflow.identity.internal;

import static io.crossflow.identity.internal.OrganisationAdministration.requireAdmin;
import static io.crossflow.identity.internal.OrganisationAdministration.required;
import static io.crossflow.identity.internal.OrganisationAdministration.throwIfAny;

import io.crossflow.identity.AdministrativeChange;
import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.IdentityProperties;
import io.crossflow.identity.InvitationAccepted;
import io.crossflow.identity.InvitationIssued;
import io.crossflow.identity.InvitationProjects;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.GoneException;
import io.crossflow.shared.InvalidInputException.FieldError;
import io.crossflow.shared.NotFoundException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations into an organisation (docs/administration.md). A tenant admin invites into any
 * organisation of its tenant with capabilities that fit it; a partner manager invites colleagues
 * into its own organisation only, with partner capabilities only. The invitee's account exists
 * from the invitation on, disabled and without a password; accepting the single-use link within
 * its validity sets the name and password and activates it. The link's secret is kept only as its
 * SHA-256.
 */
@Service
public class Invitations {

    static final String PATH = "/invitations/";
    static final String INTO_PROJECTS =
            "Partner managers invite colleagues into their organisation; the project's managers bring it into projects.";
    static final String USED = "This invitation has already been accepted. Sign in with the password chosen then.";
    static final String WITHDRAWN = "This invitation was withdrawn. Ask the person who invited you for a new one.";
    static final String EXPIRED = "This invitation has expired. Ask the person who invited you to send it again.";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_AT_ONCE = 50;
    private static final String SELECT = """
            select i.id, i.email, i.organisation_id, o.name as organisation_name, i.capabilities, i.created_at,
                   i.project_ids, i.project_role,
                   i.expires_at, i.accepted_at, i.revoked_at, i.sent_count, u.display_name as invited_by_name
              from idn_invitation i
              join idn_organisation o on o.id = i.organisation_id
              join idn_user u on u.id = i.invited_by
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Duration validity;
    private final InvitationProjects projects;
    private final TenantSsoDiscovery sso;
    private final SecureRandom random = new SecureRandom();

    private final PasswordPolicy policy;

    Invitations(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            IdentityProperties settings,
            InvitationProjects projects,
            TenantSsoDiscovery sso,
            PasswordPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.passwords = passwords;
        this.events = events;
        this.validity = settings.invitationValidity();
        this.projects = projects;
        this.sso = sso;
    }

    /** A tenant admin invites into any active organisation of its tenant. */
    @Transactional
    public List<InvitationView> invite(CurrentUser caller, InviteRequest request) {
        requireAdmin(caller);
        return issue(caller, request);
    }

    /**
     * A partner manager invites colleagues into its own organisation: another organisation answers
     * 404 like a missing one, a capability beyond the partner ones 403.
     */
    @Transactional
    public List<InvitationView> inviteColleagues(CurrentUser caller, UUID organisationId, InviteRequest request) {
        if (!caller.has(Capability.TENANT_ADMIN)) {
            if (!caller.organisationId().equals(organisationId)) {
                throw new NotFoundException("Organisation");
            }
            if (!caller.has(Capability.PARTNER_MANAGER)) {
                throw new ForbiddenException(OrganisationPeople.MANAGERS_ONLY);
            }
            if (request.capabilities() != null
                    && !UserAdministration.PARTNER.containsAll(request.capabilities().stream()
                            .filter(java.util.Objects::nonNull)
                            .toList())) {
                throw new ForbiddenException("Partner managers invite colleagues with partner capabilities only.");
            }
            if (request.projectIds() != null && !request.projectIds().isEmpty()) {
                throw new ForbiddenException(INTO_PROJECTS);
            }
        }
        return issue(caller, request.withOrganisation(organisationId));
    }

    @Transactional(readOnly = true)
    public List<InvitationView> list(CurrentUser caller) {
        requireAdmin(caller);
        return jdbc.sql(SELECT + " where i.tenant_id = ? order by i.created_at desc, i.email limit 500")
                .param(caller.tenantId())
                .query(VIEW)
                .list();
    }

    /** Withdraws a pending invitation: its link answers 410 from now on. Withdrawing twice is harmless. */
    @Transactional
    public void revoke(CurrentUser caller, UUID id) {
        requireAdmin(caller);
        InvitationView invitation = find(caller.tenantId(), id);
        if (invitation.acceptedAt() != null) {
            throw new ConflictException("This invitation has been accepted already; deactivate the user instead.");
        }
        int revoked = jdbc.sql("update idn_invitation set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(Instant.now()), id)
                .update();
        if (revoked > 0) {
            events.publishEvent(AdministrativeChange.by(
                    caller, "INVITATION", id, "REVOKED", AdministrativeChange.values("email", invitation.email())));
        }
    }

    /** Sends a pending (or expired) invitation again with a new link; the old link stops working. */
    @Transactional
    public InvitationView resend(CurrentUser caller, UUID id) {
        requireAdmin(caller);
        InvitationView invitation = find(caller.tenantId(), id);
        if (invitation.acceptedAt() != null || invitation.revokedAt() != null) {
            throw new ConflictException("Only a pending or expired invitation can be sent again.");
        }
        String token = token();
        Instant now = Instant.now();
        jdbc.sql("update idn_invitation set token_hash = ?, expires_at = ?, sent_count = sent_count + 1 where id = ?")
                .params(UnlockLinks.hash(token), Timestamp.from(now.plus(validity)), id)
                .update();
        UUID invitee = jdbc.sql("select user_id from idn_invitation where id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        InvitationView sent = find(caller.tenantId(), id);
        events.publishEvent(new InvitationIssued(
                id,
                caller.tenantId(),
                invitee,
                sent.organisationName(),
                caller.displayName(),
                PATH + token,
                sent.expiresAt(),
                sent.sentCount()));
        events.publishEvent(AdministrativeChange.by(
                caller,
                "INVITATION",
                id,
                "RESENT",
                AdministrativeChange.values(
                        "email",
                        sent.email(),
                        "sentCount",
                        sent.sentCount(),
                        "expiresAt",
                        String.valueOf(sent.expiresAt()))));
        return sent;
    }

    /** What the accept page shows of a link; 404 for an unknown link, 410 for a used, withdrawn or expired one. */
    @Transactional(readOnly = true)
    public OpenInvitation open(String token) {
        Pending pending = usable(token);
        return new OpenInvitation(
                pending.email(),
                pending.organisationName(),
                pending.tenantName(),
                pending.kind(),
                pending.expiresAt(),
                sso.forInvitation(pending.tenantId(), pending.email(), token).orElse(null));
    }

    /**
     * Accepts the invitation of the user by its tenant's single sign-on (TenantSsoSignIn): the
     * identity provider vouched for the invitee, so no password is set. False when the link is not
     * that user's or no longer usable.
     */
    @Transactional
    boolean acceptThroughSso(String token, UUID userId) {
        Timestamp now = Timestamp.from(Instant.now());
        int taken = jdbc.sql("""
                        update idn_invitation i set accepted_at = :now
                         where i.token_hash = :hash and i.user_id = :user and i.accepted_at is null
                           and i.revoked_at is null and i.expires_at > :now
                           and exists (select 1 from idn_organisation o where o.id = i.organisation_id and o.active)
                        """)
                .param("now", now)
                .param("hash", UnlockLinks.hash(token))
                .param("user", userId)
                .update();
        if (taken == 0) {
            return false;
        }
        jdbc.sql("update idn_user set enabled = true, deactivated_at = null where id = ?")
                .param(userId)
                .update();
        jdbc.sql("""
                        select u.email, u.display_name, o.kind from idn_user u
                          join idn_organisation o on o.id = u.organisation_id where u.id = ?
                        """)
                .param(userId)
                .query((rs, n) -> {
                    accepted(
                            token,
                            userId,
                            OrganisationKind.valueOf(rs.getString("kind")),
                            rs.getString("email"),
                            rs.getString("display_name"),
                            now);
                    return true;
                })
                .single();
        return true;
    }

    /**
     * Accepts the link: sets the invitee's name and password and activates the account, once. Two
     * acceptances at the same moment make one account: the second finds the invitation used (410).
     * Bad input changes nothing.
     */
    @Transactional
    public Accepted accept(String token, AcceptRequest request) {
        Pending pending = usable(token);
        List<FieldError> errors = new ArrayList<>();
        String displayName = required(request.displayName(), "displayName", 120, errors);
        policy.problem(request.password(), pending.username(), pending.email())
                .ifPresent(problem -> errors.add(new FieldError("password", problem)));
        throwIfAny(errors);
        Timestamp now = Timestamp.from(Instant.now());
        int taken = jdbc.sql("""
                        update idn_invitation set accepted_at = :now
                         where token_hash = :hash and accepted_at is null and revoked_at is null and expires_at > :now
                        """)
                .param("now", now)
                .param("hash", UnlockLinks.hash(token))
                .update();
        if (taken == 0) {
            usable(token); // someone was faster, or it just expired: say which
            throw new GoneException(USED);
        }
        jdbc.sql("""
                        update idn_user set display_name = ?, password_hash = ?, enabled = true, deactivated_at = null
                         where id = ?
                        """)
                .params(displayName, passwords.encode(request.password()), pending.userId())
                .update();
        accepted(token, pending.userId(), pending.kind(), pending.email(), displayName, now);
        return new Accepted(pending.username(), pending.kind());
    }

    /**
     * What follows an acceptance, by password or by single sign-on: the invitation's projects
     * ({@link InvitationAccepted}) and the audit entry ({@link AdministrativeChange}).
     */
    private void accepted(
            String token, UUID userId, OrganisationKind kind, String email, String displayName, Timestamp now) {
        jdbc.sql("select id, tenant_id, organisation_id, project_ids, project_role, invited_by from idn_invitation"
                        + " where token_hash = ?")
                .param(UnlockLinks.hash(token))
                .query((rs, n) -> {
                    UUID tenantId = rs.getObject("tenant_id", UUID.class);
                    events.publishEvent(new InvitationAccepted(
                            tenantId,
                            userId,
                            rs.getObject("organisation_id", UUID.class),
                            kind,
                            uuids(rs.getArray("project_ids")),
                            rs.getString("project_role"),
                            rs.getObject("invited_by", UUID.class)));
                    events.publishEvent(new AdministrativeChange(
                            tenantId,
                            userId,
                            "INVITATION",
                            rs.getObject("id", UUID.class).toString(),
                            "ACCEPTED",
                            AdministrativeChange.values("email", email, "displayName", displayName),
                            now.toInstant()));
                    return true;
                })
                .single();
    }

    /**
     * A platform operator invites another operator into its own company (the host organisation of
     * its tenant): the only way the operator capability is granted besides the bootstrap. The
     * invitation is an ordinary one (expiry, resend, revoke and the audit trail as for any other).
     */
    @Transactional
    public InvitationView inviteOperator(CurrentUser operator, String email, String language) {
        if (!operator.has(Capability.PLATFORM_OPERATOR)) {
            throw new ForbiddenException("Only platform operators can do this.");
        }
        List<FieldError> errors = new ArrayList<>();
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            errors.add(new FieldError("email", "Enter an e-mail address like name@example.com."));
        }
        String chosen = UserAdministration.language(language == null ? operator.language() : language, errors);
        OrganisationRow company = jdbc.sql("select id, name, kind from idn_organisation where tenant_id = ? and id = ?")
                .params(operator.tenantId(), operator.organisationId())
                .query((rs, i) -> new OrganisationRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind"))))
                .single();
        List<FieldError> inviteeErrors = new ArrayList<>();
        Optional<UUID> invitee =
                errors.isEmpty() ? invitee(operator.tenantId(), address, inviteeErrors) : Optional.empty();
        inviteeErrors.forEach(e -> errors.add(new FieldError("email", e.message())));
        throwIfAny(errors);
        UUID id = issueOne(
                operator,
                company,
                address,
                null,
                null,
                EnumSet.of(Capability.PLATFORM_OPERATOR),
                chosen,
                invitee.orElseThrow());
        return find(operator.tenantId(), id);
    }

    private List<InvitationView> issue(CurrentUser caller, InviteRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> emails = new LinkedHashSet<>();
        for (String raw : request.emails() == null ? List.<String>of() : request.emails()) {
            String email = raw == null ? "" : raw.strip();
            if (email.isEmpty()) {
                continue;
            }
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.add(new FieldError("emails", "'" + email + "' is not an e-mail address like name@example.com."));
            } else {
                emails.add(email.toLowerCase(Locale.ROOT));
            }
        }
        if (emails.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("emails", "Enter at least one e-mail address."));
        } else if (emails.size() > MAX_AT_ONCE) {
            errors.add(new FieldError("emails", "Invite at most " + MAX_AT_ONCE + " people at once."));
        }
        Optional<OrganisationRow> organisation = request.organisationId() == null
                ? Optional.empty()
                : jdbc.sql("select id, name, kind from idn_organisation where tenant_id = ? and id = ? and active")
                        .params(caller.tenantId(), request.organisationId())
                        .query((rs, i) -> new OrganisationRow(
                                rs.getObject("id", UUID.class),
                                rs.getString("name"),
                                OrganisationKind.valueOf(rs.getString("kind"))))
                        .optional();
        if (organisation.isEmpty()) {
            errors.add(new FieldError("organisationId", "Choose an active organisation of your tenant."));
        }
        Set<Capability> capabilities = UserAdministration.capabilities(
                request.capabilities(), organisation.map(OrganisationRow::kind).orElse(null), false, errors);
        String language = UserAdministration.language(
                request.language() == null ? caller.language() : request.language(), errors);
        List<UUID> projectIds = request.projectIds() == null
                ? List.of()
                : request.projectIds().stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList();
        if (!projectIds.isEmpty() && organisation.isPresent()) {
            projects.problem(caller.tenantId(), projectIds, organisation.get().kind(), request.projectRole())
                    .ifPresent(problem -> errors.add(new FieldError("projectIds", problem)));
        }
        List<UUID> invitees = new ArrayList<>();
        for (String email : emails) {
            invitee(caller.tenantId(), email, errors).ifPresent(invitees::add);
        }
        throwIfAny(errors);
        List<UUID> ids = new ArrayList<>();
        int i = 0;
        for (String email : emails) {
            UUID id =
                    issueOne(caller, organisation.get(), email, null, null, capabilities, language, invitees.get(i++));
            if (!projectIds.isEmpty()) {
                jdbc.sql("update idn_invitation set project_ids = ?, project_role = ? where id = ?")
                        .params(projectIds.toArray(UUID[]::new), request.projectRole(), id)
                        .update();
            }
            ids.add(id);
        }
        return ids.stream().map(id -> find(caller.tenantId(), id)).toList();
    }

    /**
     * The account an invitation to the address activates: a new one, or the not yet active account
     * of an earlier invitation to the same address in this tenant (whose open invitations are then
     * withdrawn). An address with an account of its own cannot be invited (field error).
     */
    Optional<UUID> invitee(UUID tenantId, String email, List<FieldError> errors) {
        Optional<Existing> existing = jdbc
                .sql("""
                        select u.id, u.tenant_id, u.enabled, u.password_hash is not null as has_password,
                               u.deactivated_at is not null as deactivated
                          from idn_user u where lower(u.email) = ? or lower(u.username) = ?
                        """)
                .params(email, email)
                .query((rs, n) -> new Existing(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getBoolean("enabled") || rs.getBoolean("has_password") || rs.getBoolean("deactivated")))
                .list()
                .stream()
                .findFirst();
        if (existing.isEmpty()) {
            return Optional.of(UUID.randomUUID());
        }
        if (existing.get().tenantId().equals(tenantId) && !existing.get().activeOnce()) {
            return Optional.of(existing.get().id());
        }
        errors.add(new FieldError("emails", email + " already has a Crossflow account and cannot be invited again."));
        return Optional.empty();
    }

    /**
     * Invites one address whose input the caller checked (also the bulk import's path, {@link
     * UserImport}): {@code displayName} and {@code mobile} may be null (the name then comes from the
     * address until the invitee chooses one).
     */
    UUID issueOne(
            CurrentUser caller,
            OrganisationRow organisation,
            String email,
            String displayName,
            String mobile,
            Set<Capability> capabilities,
            String language,
            UUID inviteeId) {
        String[] capabilityNames = capabilities.stream().map(Enum::name).toArray(String[]::new);
        int updated = jdbc.sql("""
                        update idn_user set organisation_id = ?, capabilities = ?, language = ?,
                                            display_name = coalesce(?, display_name), mobile = coalesce(?, mobile)
                         where id = ? and tenant_id = ?
                        """)
                .params(organisation.id(), capabilityNames, language, displayName, mobile, inviteeId, caller.tenantId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into idn_user (id, tenant_id, organisation_id, username, email, mobile, display_name,
                                                  language, capabilities, enabled)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, false)
                            """)
                    .params(
                            inviteeId,
                            caller.tenantId(),
                            organisation.id(),
                            email,
                            email,
                            mobile,
                            displayName == null ? email.substring(0, email.indexOf('@')) : displayName,
                            language,
                            capabilityNames)
                    .update();
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "update idn_invitation set revoked_at = ? where user_id = ? and accepted_at is null and revoked_at is null")
                .params(now, inviteeId)
                .update();
        UUID id = UUID.randomUUID();
        String token = token();
        Instant expires = now.toInstant().plus(validity);
        jdbc.sql("""
                        insert into idn_invitation (id, tenant_id, organisation_id, user_id, email, capabilities, token_hash,
                                                    invited_by, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        caller.tenantId(),
                        organisation.id(),
                        inviteeId,
                        email,
                        capabilityNames,
                        UnlockLinks.hash(token),
                        caller.id(),
                        now,
                        Timestamp.from(expires))
                .update();
        events.publishEvent(new InvitationIssued(
                id, caller.tenantId(), inviteeId, organisation.name(), caller.displayName(), PATH + token, expires, 1));
        events.publishEvent(AdministrativeChange.by(
                caller,
                "INVITATION",
                id,
                "ISSUED",
                AdministrativeChange.values(
                        "email",
                        email,
                        "organisation",
                        organisation.name(),
                        "capabilities",
                        String.join(", ", capabilityNames),
                        "expiresAt",
                        expires.toString())));
        return id;
    }

    private Pending usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("Invitation");
        }
        Pending pending = jdbc.sql("""
                        select i.user_id, i.tenant_id, i.email, i.expires_at, i.accepted_at, i.revoked_at, o.name, o.kind, o.active,
                               t.name as tenant_name, u.username
                          from idn_invitation i
                          join idn_organisation o on o.id = i.organisation_id
                          join ten_tenant t on t.id = i.tenant_id
                          join idn_user u on u.id = i.user_id
                         where i.token_hash = ?
                        """)
                .param(UnlockLinks.hash(token))
                .query((rs, i) -> new Pending(
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("username"),
                        rs.getString("name"),
                        rs.getString("tenant_name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("accepted_at") != null,
                        rs.getTimestamp("revoked_at") != null || !rs.getBoolean("active")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Invitation"));
        if (pending.accepted()) {
            throw new GoneException(USED);
        }
        if (pending.withdrawn()) {
            throw new GoneException(WITHDRAWN);
        }
        if (!pending.expiresAt().isAfter(Instant.now())) {
            throw new GoneException(EXPIRED);
        }
        return pending;
    }

    private InvitationView find(UUID tenantId, UUID id) {
        return jdbc.sql(SELECT + " where i.tenant_id = ? and i.id = ?")
                .params(tenantId, id)
                .query(VIEW)
                .optional()
                .orElseThrow(() -> new NotFoundException("Invitation"));
    }

    private static List<UUID> uuids(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            ids.add(value instanceof UUID id ? id : UUID.fromString(value.toString()));
        }
        return List.copyOf(ids);
    }

    private String token() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    record OrganisationRow(UUID id, String name, OrganisationKind kind) {}

    private record Existing(UUID id, UUID tenantId, boolean activeOnce) {}

    private record Pending(
            UUID userId,
            UUID tenantId,
            String email,
            String username,
            String organisationName,
            String tenantName,
            OrganisationKind kind,
            Instant expiresAt,
            boolean accepted,
            boolean withdrawn) {}

    /**
     * Who to invite: one or many addresses into one organisation with the same capabilities, and
     * optionally (tenant admins only) into projects with a role ({@link InvitationProjects}).
     */
    public record InviteRequest(
            List<String> emails,
            UUID organisationId,
            List<Capability> capabilities,
            String language,
            List<UUID> projectIds,
            String projectRole) {
        InviteRequest withOrganisation(UUID organisation) {
            return new InviteRequest(emails, organisation, capabilities, language, projectIds, projectRole);
        }
    }

    /** The invitee's choice when accepting. */
    public record AcceptRequest(String displayName, String password) {}

    /**
     * What the accept page shows before the invitee accepts; {@code ssoLoginUrl} (or null) accepts
     * it by the tenant's single sign-on, when the invitee's domain belongs to it.
     */
    public record OpenInvitation(
            String email,
            String organisationName,
            String tenantName,
            OrganisationKind organisationKind,
            Instant expiresAt,
            String ssoLoginUrl) {}

    /** The account an acceptance activated: its user name, for signing in, and where it lands. */
    public record Accepted(String username, OrganisationKind organisationKind) {}

    /** An invitation as the admin screen lists it; {@code status} PENDING, EXPIRED, ACCEPTED or REVOKED. */
    public record InvitationView(
            UUID id,
            String email,
            UUID organisationId,
            String organisationName,
            Set<Capability> capabilities,
            Instant createdAt,
            Instant expiresAt,
            Instant acceptedAt,
            Instant revokedAt,
            int sentCount,
            String invitedBy,
            String status,
            List<UUID> projectIds,
            String projectRole) {}

    private static final RowMapper<InvitationView> VIEW = (rs, i) -> {
        EnumSet<Capability> capabilities = EnumSet.noneOf(Capability.class);
        OrganisationAdministration.strings(rs.getArray("capabilities"))
                .forEach(name -> capabilities.add(Capability.valueOf(name)));
        Instant expires = rs.getTimestamp("expires_at").toInstant();
        Instant accepted = rs.getTimestamp("accepted_at") == null
                ? null
                : rs.getTimestamp("accepted_at").toInstant();
        Instant revoked = rs.getTimestamp("revoked_at") == null
                ? null
                : rs.getTimestamp("revoked_at").toInstant();
        String status = accepted != null
                ? "ACCEPTED"
                : revoked != null ? "REVOKED" : expires.isAfter(Instant.now()) ? "PENDING" : "EXPIRED";
        return new InvitationView(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                capabilities,
                rs.getTimestamp("created_at").toInstant(),
                expires,
                accepted,
                revoked,
                rs.getInt("sent_count"),
                rs.getString("invited_by_name"),
                status,
                uuids(rs.getArray("project_ids")),
                rs.getString("project_role"));
    };
}
