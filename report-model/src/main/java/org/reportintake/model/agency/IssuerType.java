package org.reportintake.model.agency;

/** What kind of body publishes a report; decides the publication deadline (条例 Art. 49). */
public enum IssuerType {
    /** 人民政府: its report for its own level is due by 31 March of N+1. */
    PEOPLES_GOVERNMENT,
    /** 政府部门 (局/委/办/中心/管委会, also the 政府办公室's own report): due by 31 January of N+1. */
    DEPARTMENT,
    /** 乡镇/街道: not named in Art. 49; treated like a department. */
    TOWN_OR_STREET,
    /** Any other issuer (派出机构, 法律法规授权组织, ...): treated like a department. */
    OTHER
}
