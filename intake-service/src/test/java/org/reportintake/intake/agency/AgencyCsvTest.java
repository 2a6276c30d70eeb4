package org.reportintake.intake.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.agency.IssuerType;

class AgencyCsvTest {

    @Test
    void readsColumnsByHeaderNameWithQuotedFieldsAndLists() {
        String csv = "\uFEFFname,id,issuerType,contactEmails,websiteUrl\r\n"
                + "\"某县人民政府办公室, \"\"县府办\"\"\",county-office,DEPARTMENT,a@x.example; b@x.example,\r\n"
                + "\"多行\n名称\",town,town_or_street,,http://t.example/\r\n\r\n";

        List<AgencyRecord> agencies = AgencyCsv.parse(csv);

        assertEquals(2, agencies.size());
        AgencyRecord office = agencies.get(0);
        assertEquals("county-office", office.id());
        assertEquals("某县人民政府办公室, \"县府办\"", office.name());
        assertEquals(IssuerType.DEPARTMENT, office.issuerType());
        assertEquals(List.of("a@x.example", "b@x.example"), office.contactEmails());
        assertNull(office.websiteUrl());
        assertEquals("多行\n名称", agencies.get(1).name());
        assertEquals(IssuerType.TOWN_OR_STREET, agencies.get(1).issuerType());
    }

    @Test
    void unknownIssuerTypeIsLeftForTheCheckToReport() {
        assertNull(AgencyCsv.parse("id,name,issuerType\nx1,某局,BUREAU\n").get(0).issuerType());
    }

    @Test
    void headerWithoutIdAndNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AgencyCsv.parse("a,b\n1,2\n"));
    }
}
