package io.crossflow.identity;

import static io.crossflow.identity.ApiTokenScope.INTEGRATION;
import static io.crossflow.identity.ApiTokenScope.READ;
import static io.crossflow.identity.ApiTokenScope.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.shared.ForbiddenException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokenPolicyTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();
    private static final UUID OTHER_SUPPLIER = UUID.randomUUID();

    @Test
    void onlyInternalServiceUsersAndPartnerManagersMayHoldTheIntegrationScope() {
        assertThat(ApiTokenPolicy.mayHold(serviceUser())).containsExactlyInAnyOrder(READ, WRITE, INTEGRATION);
        assertThat(ApiTokenPolicy.mayHold(partner(Capability.PARTNER_MANAGER, Capability.PARTNER_MEMBER)))
                .containsExactlyInAnyOrder(READ, WRITE, INTEGRATION);
        for (CurrentUser person : List.of(
                internal(Capability.TENANT_ADMIN, Capability.DESIGNER),
                internal(Capability.PLATFORM_OPERATOR),
                internal(Capability.MANAGER, Capability.MEMBER),
                partner(Capability.PARTNER_MEMBER),
                user(OrganisationKind.CUSTOMER, UUID.randomUUID(), false, Capability.CUSTOMER_VIEWER),
                // a partner capability on someone outside a partner organisation counts for nothing
                user(OrganisationKind.CUSTOMER, UUID.randomUUID(), false, Capability.PARTNER_MANAGER),
                // a service account outside the tenant's own company is not an internal integration
                user(OrganisationKind.CUSTOMER, UUID.randomUUID(), true, Capability.CUSTOMER_VIEWER))) {
            assertThat(ApiTokenPolicy.mayHold(person)).as(person.toString()).containsExactlyInAnyOrder(READ, WRITE);
        }
    }

    @Test
    void refusalNamesTheScope() {
        CurrentUser engineer = internal(Capability.MEMBER);

        assertThatThrownBy(() -> ApiTokenPolicy.requireMayHold(engineer, EnumSet.of(READ, INTEGRATION)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("'integration' scope");
        assertThatCode(() -> ApiTokenPolicy.requireMayHold(engineer, EnumSet.of(READ, WRITE)))
                .doesNotThrowAnyException();
    }

    @Test
    void aServiceUserActsForTheWholeTenantAPartnerManagerForItsOwnOrganisationOnly() {
        IntegrationReach service = ApiTokenPolicy.reach(serviceUser()).orElseThrow();
        IntegrationReach manager =
                ApiTokenPolicy.reach(partner(Capability.PARTNER_MANAGER)).orElseThrow();

        assertThat(service.actsFor(TENANT, SUPPLIER)).isTrue();
        assertThat(service.actsFor(TENANT, OTHER_SUPPLIER)).isTrue();
        assertThat(service.actsFor(UUID.randomUUID(), SUPPLIER))
                .as("another tenant")
                .isFalse();
        assertThat(manager.actsFor(TENANT, SUPPLIER)).isTrue();
        assertThat(manager.actsFor(TENANT, OTHER_SUPPLIER)).isFalse();
        assertThat(manager.actsFor(UUID.randomUUID(), SUPPLIER)).isFalse();
    }

    @Test
    void whoMayNotHoldTheScopeActsForNobody() {
        assertThat(ApiTokenPolicy.reach(partner(Capability.PARTNER_MEMBER))).isEmpty();
        assertThat(ApiTokenPolicy.reach(internal(Capability.PLATFORM_OPERATOR))).isEmpty();
        assertThat(new IntegrationCaller(partner(Capability.PARTNER_MEMBER), null).actsFor(TENANT, SUPPLIER))
                .isFalse();
    }

    private static CurrentUser serviceUser() {
        return user(OrganisationKind.HOST, UUID.randomUUID(), true, Capability.MEMBER);
    }

    private static CurrentUser internal(Capability... capabilities) {
        return user(OrganisationKind.HOST, UUID.randomUUID(), false, capabilities);
    }

    private static CurrentUser partner(Capability... capabilities) {
        return user(OrganisationKind.PARTNER, SUPPLIER, false, capabilities);
    }

    private static CurrentUser user(
            OrganisationKind kind, UUID organisation, boolean serviceAccount, Capability... capabilities) {
        return new CurrentUser(
                UUID.randomUUID(),
                TENANT,
                organisation,
                kind,
                "u",
                "U",
                "en",
                capabilities.length == 0 ? Set.of() : EnumSet.of(capabilities[0], capabilities),
                serviceAccount);
    }
}
