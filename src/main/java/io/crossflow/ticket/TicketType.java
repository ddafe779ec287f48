package io.crossflow.ticket;

/** What a ticket is; the code goes into its number ({@code PRJ-1-CR-7}). */
public enum TicketType {
    CHANGE_REQUEST("CR"),
    ISSUE("IS"),
    COMPLAINT("CO"),
    /** A partner's or customer's question to the host company's service desk. */
    SUPPORT_REQUEST("SR");

    private final String code;

    TicketType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
