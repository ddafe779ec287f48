/**
 * The open API for ERP, CRM, OA and MES systems under {@code /api/integrations}: reached only with
 * API tokens of scope {@code integration}, acting in the token owner's tenant.
 */
package io.crossflow.integration;
