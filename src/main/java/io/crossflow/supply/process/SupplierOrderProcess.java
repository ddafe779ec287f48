package io.crossflow.supply.process;

/**
 * Constants of {@code processes/supplier-order.bpmn}: the supplier confirms the order, submits the
 * QC report (required), internal QC reviews it (approve or back to the supplier), the supplier
 * ships. ERP/MES disruptions arrive as messages at any time and flag the order's work items.
 */
public final class SupplierOrderProcess {

    private SupplierOrderProcess() {}

    public static final String PROCESS_KEY = "supplier-order";

    // user tasks
    public static final String CONFIRM_TASK = "ConfirmOrder";
    public static final String QC_REPORT_TASK = "SubmitQcReport";
    public static final String QC_REVIEW_TASK = "ReviewQcReport";
    public static final String SHIP_TASK = "ShipOrder";

    // events
    public static final String CONFIRMATION_REMINDER_TIMER = "ConfirmationReminder";
    /** Outside waits: the supplier's steps are reminded, then told to the project's managers. */
    public static final String CONFIRMATION_ESCALATION_TIMER = "ConfirmationEscalation";

    public static final String QC_REPORT_REMINDER_TIMER = "QcReportReminder";
    public static final String QC_REPORT_ESCALATION_TIMER = "QcReportEscalation";
    public static final String SHIPMENT_REMINDER_TIMER = "ShipmentReminder";
    public static final String SHIPMENT_ESCALATION_TIMER = "ShipmentEscalation";
    public static final String MATERIAL_SHORTAGE_START = "MaterialShortageReported";
    public static final String EQUIPMENT_FAILURE_START = "EquipmentFailureReported";
    public static final String DELIVERED_END = "OrderDelivered";
    public static final String SUPPLIER_REMINDED_END = "SupplierReminded";
    public static final String MATERIAL_SHORTAGE_END = "MaterialShortageHandled";
    public static final String EQUIPMENT_FAILURE_END = "EquipmentFailureHandled";

    // messages (BPMN message names)
    public static final String MATERIAL_SHORTAGE_MESSAGE = "MaterialShortage";
    public static final String EQUIPMENT_FAILURE_MESSAGE = "EquipmentFailure";

    // variables set at start (besides tenantId, projectId, startedBy); business key = order id
    public static final String ORDER_ID = "orderId";
    public static final String SUPPLIER_ORGANISATION_ID = "supplierOrganisationId";

    // variables set locally by a disruption message
    public static final String DISRUPTION_TYPE = "disruptionType";
    public static final String DISRUPTION_DETAIL = "disruptionDetail";
    public static final String DISRUPTION_ID = "disruptionId";

    // variables set by forms
    public static final String CONFIRMATION_NOTE = "confirmationNote";
    /** The stored QC report: a document number or link (form supplier-order-qc-report), required. */
    public static final String QC_REPORT_REFERENCE = "qcReportReference";

    public static final String QC_NOTE = "qcNote";
    /** "approve" or "reject" (form supplier-order-qc-review). */
    public static final String QC_REVIEW_OUTCOME = "qcReviewOutcome";

    public static final String QC_REVIEW_COMMENT = "qcReviewComment";
    /** Carrier and tracking number (form supplier-order-ship), required. */
    public static final String SHIPMENT_REFERENCE = "shipmentReference";

    /** The longest QC report reference the QC step accepts. */
    public static final int REFERENCE_MAX_LENGTH = 500;
}
