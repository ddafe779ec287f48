/**
 * Supplier orders: a partner organisation confirms an order, reports QC and ships, run by process
 * {@code supplier-order}; ERP/MES disruptions flag the order's work items. Also the generic
 * multi-level {@code approval} process (purchases are its first users).
 */
package io.crossflow.supply;
